#include "iso20k/reports/charts/chart_date.h"

#include <doctest/doctest.h>

#include "iso20k/reports/layout/error.h"

namespace iso20k::charts {

TEST_CASE("chart date: days since the epoch, both ways, and invalid dates refused") {
  CHECK(days_since_epoch({1970, 1, 1}, "t") == 0);
  CHECK(days_since_epoch({2024, 3, 1}, "t") - days_since_epoch({2024, 2, 28}, "t") == 2);  // a leap year
  CHECK(days_since_epoch({2025, 3, 1}, "t") - days_since_epoch({2025, 2, 28}, "t") == 1);
  CHECK(days_since_epoch({1969, 12, 31}, "t") == -1);
  CHECK(date_of_days(days_since_epoch({2026, 12, 3}, "t")) == ChartDate{2026, 12, 3});
  CHECK(valid_date({2024, 2, 29}));
  CHECK_FALSE(valid_date({2025, 2, 29}));
  CHECK_FALSE(valid_date({2025, 13, 1}));
  CHECK_FALSE(valid_date({2025, 0, 1}));
  CHECK_THROWS_WITH_AS(days_since_epoch({2025, 2, 30}, "timeline"), "timeline: invalid date 2025-02-30",
                       layout::LayoutError);
  CHECK(iso_text({2025, 3, 14}) == "2025-03-14");
  CHECK(english_month_abbreviations()[9] == "Oct");
}

}  // namespace iso20k::charts
