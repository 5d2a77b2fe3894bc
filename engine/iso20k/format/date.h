#pragma once
// A calendar date (proleptic Gregorian) as a day count, so arithmetic and comparison are trivial,
// and a length of time in days, with the spellings every input format uses for them (YYYY-MM-DD,
// "30d"). In format/ because the readers of every format parse them; the model speaks of them
// through model/date.h.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace iso20k {

struct Date {
  int days = 0;  // days since 1970-01-01
  auto operator<=>(const Date&) const = default;
};

Date date_from_ymd(int year, unsigned month, unsigned day);
// Accepts exactly YYYY-MM-DD with a real calendar day; anything else is nullopt.
std::optional<Date> parse_date(std::string_view text);
std::string to_string(Date d);  // YYYY-MM-DD

// A length of time in days. Written "30d", "8w", "12m" (30 days each), "1y" (365 days).
struct Duration {
  int days = 0;
  auto operator<=>(const Duration&) const = default;
};
std::optional<Duration> parse_duration(std::string_view text);
std::string to_string(Duration d);  // the shortest exact spelling: "1y", "12m", "8w", "30d"

}  // namespace iso20k
