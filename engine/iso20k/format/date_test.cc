#include "iso20k/format/date.h"

#include <doctest/doctest.h>

using namespace iso20k;

TEST_CASE("dates parse only as real YYYY-MM-DD calendar days and print back") {
  CHECK(parse_date("1970-01-01")->days == 0);
  CHECK(to_string(*parse_date("2024-02-29")) == "2024-02-29");
  CHECK(parse_date("2025-03-01")->days - parse_date("2025-02-28")->days == 1);
  CHECK_FALSE(parse_date("2023-02-29"));
  CHECK_FALSE(parse_date("2025-13-01"));
  CHECK_FALSE(parse_date("2025-1-01"));
  CHECK_FALSE(parse_date("25-01-01xx"));
  CHECK_FALSE(parse_date(""));
}

TEST_CASE("durations parse d/w/m/y and print in the shortest exact unit") {
  CHECK(parse_duration("30d")->days == 30);
  CHECK(parse_duration("8w")->days == 56);
  CHECK(parse_duration("12m")->days == 360);
  CHECK(parse_duration("1y")->days == 365);
  CHECK_FALSE(parse_duration("12"));
  CHECK_FALSE(parse_duration("d"));
  CHECK_FALSE(parse_duration("-3d"));
  CHECK_FALSE(parse_duration("3h"));
  CHECK(to_string(Duration{365}) == "1y");
  CHECK(to_string(Duration{360}) == "12m");
  CHECK(to_string(Duration{14}) == "2w");
  CHECK(to_string(Duration{10}) == "10d");
}
