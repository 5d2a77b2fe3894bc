#include "iso20k/reports/layout/number_format.h"

#include <doctest/doctest.h>

#include <cmath>

namespace iso20k::layout {

TEST_CASE("number format: fixed decimals, no negative zero, compact whole numbers") {
  CHECK(format_number(72) == "72");
  CHECK(format_number(72.5, 1) == "72.5");
  CHECK(format_number(2.345, 2) == "2.35");
  CHECK(format_number(-0.4) == "0");
  CHECK(format_number(-3) == "-3");
  CHECK(format_number(1234567.0) == "1234567");
  CHECK(format_number(std::nan("")) == "\u2013");
  CHECK(format_compact(3) == "3");
  CHECK(format_compact(2.5) == "2.5");
  CHECK(format_compact(2.04) == "2");
  CHECK(format_compact(86.44) == "86.4");
}

}  // namespace iso20k::layout
