#include "iso20k/reports/charts/axis.h"

#include <doctest/doctest.h>

namespace iso20k::charts {

TEST_CASE("axis: nice ticks step by 1, 2, 2.5 or 5 times a power of ten and reach the maximum") {
  CHECK(nice_ticks(100) == std::vector<double>{0, 20, 40, 60, 80, 100});
  CHECK(nice_ticks(56) == std::vector<double>{0, 20, 40, 60});
  CHECK(nice_ticks(23) == std::vector<double>{0, 5, 10, 15, 20, 25});
  CHECK(nice_ticks(12) == std::vector<double>{0, 2.5, 5, 7.5, 10, 12.5});
  CHECK(nice_ticks(7) == std::vector<double>{0, 2, 4, 6, 8});
  CHECK(nice_ticks(3) == std::vector<double>{0, 1, 2, 3});   // counts never step by fractions
  CHECK(nice_ticks(5, 5) == std::vector<double>{0, 1, 2, 3, 4, 5});
  CHECK(nice_ticks(0.4) == std::vector<double>{0, 0.1, 0.2, 0.3, 0.4});
  CHECK(nice_ticks(0) == std::vector<double>{0, 1});
  CHECK(nice_ticks(-3) == std::vector<double>{0, 1});
  CHECK(nice_ticks(1200) == std::vector<double>{0, 250, 500, 750, 1000, 1250});
}

}  // namespace iso20k::charts
