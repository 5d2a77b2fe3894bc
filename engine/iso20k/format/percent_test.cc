#include "iso20k/format/percent.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <limits>

using namespace iso20k;

TEST_CASE("percent writes a fraction as a percentage with the asked decimals") {
  CHECK(percent(0.3333, 1) == "33.3%");
  CHECK(percent(0.3333, 1, true) == "33.3 %");
  CHECK(percent(1, 0) == "100%");
  CHECK(percent(0, 2) == "0.00%");
  CHECK(percent(0.85, 0) == "85%");
}

TEST_CASE("percent rounds exactly as printf's %.*f does, ties included") {
  // Scores are shown in reports and compared by users against their own spreadsheets: the
  // rounding must not change with the implementation.
  char expected[64];
  for (int i = 0; i <= 20000; ++i) {
    const double x = i / 20000.0;
    for (int decimals = 0; decimals <= 2; ++decimals) {
      std::snprintf(expected, sizeof expected, "%.*f%%", decimals, x * 100);
      REQUIRE_MESSAGE(percent(x, decimals) == expected, "x = ", x, ", decimals = ", decimals);
    }
  }
  CHECK(percent(std::numeric_limits<double>::max() / 100, 2).size() == 309 + 3 + 1);  // no truncation
}
