#include "iso20k/reports/charts/chart_date.h"

#include <chrono>
#include <cstdio>

#include "iso20k/reports/layout/error.h"

namespace iso20k::charts {

MonthNames english_month_abbreviations() {
  return {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
}

bool valid_date(const ChartDate& date) {
  if (date.year < 1900 || date.year > 2200 || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) {
    return false;
  }
  const std::chrono::year_month_day ymd{std::chrono::year{date.year},
                                        std::chrono::month{static_cast<unsigned>(date.month)},
                                        std::chrono::day{static_cast<unsigned>(date.day)}};
  return ymd.ok();
}

long days_since_epoch(const ChartDate& date, std::string_view chart) {
  if (!valid_date(date)) {
    throw layout::LayoutError(std::string(chart) + ": invalid date " + iso_text(date));
  }
  const std::chrono::sys_days days{std::chrono::year_month_day{std::chrono::year{date.year},
                                                               std::chrono::month{static_cast<unsigned>(date.month)},
                                                               std::chrono::day{static_cast<unsigned>(date.day)}}};
  return static_cast<long>(days.time_since_epoch().count());
}

ChartDate date_of_days(long days) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days}}};
  return ChartDate{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string iso_text(const ChartDate& date) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

}  // namespace iso20k::charts
