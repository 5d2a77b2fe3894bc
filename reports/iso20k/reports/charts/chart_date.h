#pragma once
// Calendar dates as chart data: plain {year, month, day}, so the charts need no engine types. The
// timeline and the trend chart place them on a linear day scale.
#include <array>
#include <string>
#include <string_view>

namespace iso20k::charts {

struct ChartDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31, valid for the month
  auto operator<=>(const ChartDate&) const = default;
};

// Twelve month names, January first: data, so a German report writes "Mär" and "Okt".
using MonthNames = std::array<std::string, 12>;
MonthNames english_month_abbreviations();  // "Jan" .. "Dec"

// True for a real calendar date (2024-02-29 yes, 2025-02-29 no) between the years 1900 and 2200.
bool valid_date(const ChartDate& date);

// Days since 1970-01-01 (negative before). Throws LayoutError("<chart>: invalid date 2025-02-30")
// unless valid_date(date).
long days_since_epoch(const ChartDate& date, std::string_view chart);

// The inverse of days_since_epoch.
ChartDate date_of_days(long days);

// "2025-03-14", for messages.
std::string iso_text(const ChartDate& date);

}  // namespace iso20k::charts
