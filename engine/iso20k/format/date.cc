#include "iso20k/format/date.h"

#include <charconv>

namespace iso20k {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
int days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Ymd {
  int y;
  unsigned m, d;
};

Ymd civil_from_days(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(int y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

Date date_from_ymd(int year, unsigned month, unsigned day) {
  return Date{days_from_civil(year, month, day)};
}

std::optional<Date> parse_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  const auto ys = t.substr(0, 4), ms = t.substr(5, 2), ds = t.substr(8, 2);
  if (!all_digits(ys) || !all_digits(ms) || !all_digits(ds)) return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  std::from_chars(ys.data(), ys.data() + ys.size(), y);
  std::from_chars(ms.data(), ms.data() + ms.size(), m);
  std::from_chars(ds.data(), ds.data() + ds.size(), d);
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return date_from_ymd(y, m, d);
}

std::string to_string(Date d) {
  const Ymd c = civil_from_days(d.days);
  char buf[16];
  buf[0] = static_cast<char>('0' + c.y / 1000 % 10);
  buf[1] = static_cast<char>('0' + c.y / 100 % 10);
  buf[2] = static_cast<char>('0' + c.y / 10 % 10);
  buf[3] = static_cast<char>('0' + c.y % 10);
  buf[4] = '-';
  buf[5] = static_cast<char>('0' + c.m / 10);
  buf[6] = static_cast<char>('0' + c.m % 10);
  buf[7] = '-';
  buf[8] = static_cast<char>('0' + c.d / 10);
  buf[9] = static_cast<char>('0' + c.d % 10);
  return std::string(buf, 10);
}

std::optional<Duration> parse_duration(std::string_view t) {
  if (t.size() < 2) return std::nullopt;
  const auto digits = t.substr(0, t.size() - 1);
  if (!all_digits(digits) || digits.size() > 6) return std::nullopt;
  int n = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), n);
  switch (t.back()) {
    case 'd': return Duration{n};
    case 'w': return Duration{n * 7};
    case 'm': return Duration{n * 30};
    case 'y': return Duration{n * 365};
    default: return std::nullopt;
  }
}

std::string to_string(Duration d) {
  if (d.days != 0 && d.days % 365 == 0) return std::to_string(d.days / 365) + "y";
  if (d.days != 0 && d.days % 30 == 0) return std::to_string(d.days / 30) + "m";
  if (d.days != 0 && d.days % 7 == 0) return std::to_string(d.days / 7) + "w";
  return std::to_string(d.days) + "d";
}

}  // namespace iso20k
