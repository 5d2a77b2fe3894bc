#include "iso20k/reports/charts/trend_chart.h"

#include <doctest/doctest.h>

#include <cmath>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/error.h"
#include "support/chart_support.h"
#include "support/render_fixture.h"

namespace iso20k::charts {
namespace {

namespace t = iso20k::testing;
using layout::Box;

TrendChart quarters() {
  TrendChart chart;
  chart.title = "Score over the assessments";
  chart.dates = {{2024, 3, 14}, {2024, 6, 20}, {2024, 9, 12}, {2025, 3, 6}};
  chart.series = {{"Overall", {48, 57, 63, 74}, okabe_ito::blue},
                  {"8 Operation", {41, 55, 61, 72}, okabe_ito::orange, layout::LineStyle::dashed},
                  {"9 Performance evaluation", {30, 35, 52, 80}, okabe_ito::green}};
  chart.threshold = 80;
  return chart;
}

}  // namespace

TEST_CASE("trend chart: dates, values at every point, legend and threshold, inside the box and apart") {
  t::TempDir dir("trend-text");
  layout::Document measure;
  const TrendChart chart = quarters();
  const Box box{56, 400, 483, suggested_height(measure, chart, 483)};
  t::render_page(dir / "t.pdf", [&](layout::Canvas& c) { draw_trend_chart(c, chart, box); });
  const std::string text = t::pdf_text(dir / "t.pdf");
  for (const char* s : {"Score over the assessments", "Mar 2024", "Jun 2024", "Mar 2025", "48%", "74%", "41%", "72%", "80%",
                        "Overall", "8 Operation", "9 Performance evaluation", "Readiness threshold 80%", "Score (%)"}) {
    INFO(std::string(s));
    CHECK(text.find(s) != std::string::npos);
  }
  test::check_words_inside_and_apart(dir / "t.pdf", box, 841.89);
}

TEST_CASE("trend chart: points spaced by time, evenly when dates crowd, and German dates") {
  layout::Document doc;
  TrendChart chart = quarters();
  const Box box{56, 400, 483, 260};
  std::vector<double> xs = trend_x_positions(doc, chart, box);
  REQUIRE(xs.size() == 4);
  const auto days = [](const ChartDate& d) { return static_cast<double>(days_since_epoch(d, "t")); };
  const double per_day = (xs[3] - xs[0]) / (days(chart.dates[3]) - days(chart.dates[0]));
  for (std::size_t i = 1; i < 3; ++i) CHECK(xs[i] - xs[0] == doctest::Approx(per_day * (days(chart.dates[i]) - days(chart.dates[0]))));

  chart.dates = {{2024, 3, 14}, {2024, 3, 21}, {2025, 3, 6}, {2025, 3, 20}};  // a week apart, twice
  xs = trend_x_positions(doc, chart, box);
  CHECK(xs[1] - xs[0] == doctest::Approx(xs[2] - xs[1]));
  CHECK(xs[3] - xs[2] == doctest::Approx(xs[2] - xs[1]));

  t::TempDir dir("trend-german");
  chart.month_names = {"Jan", "Feb", "M\u00e4r", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"};
  chart.value_suffix = " %";
  chart.axis_label = "Erf\u00fcllungsgrad (%)";
  chart.threshold_label = "Schwelle f\u00fcr die Zertifizierungsreife";
  t::render_page(dir / "g.pdf", [&](layout::Canvas& c) { draw_trend_chart(c, chart, box); });
  const std::string text = t::pdf_text(dir / "g.pdf");
  for (const char* s : {"14 M\u00e4r 2024", "21 M\u00e4r 2024", "20 M\u00e4r 2025", "74 %", "Erf\u00fcllungsgrad (%)"}) {
    INFO(std::string(s));
    CHECK(text.find(s) != std::string::npos);
  }
  test::check_words_inside_and_apart(dir / "g.pdf", box, 841.89);
}

TEST_CASE("trend chart: too few dates, dates out of order, mismatched or out-of-range values are rejected") {
  layout::Document doc;
  layout::Canvas canvas(doc, doc.add_page());
  const Box box{56, 400, 483, 260};
  TrendChart chart = quarters();
  chart.dates.resize(1);
  for (TrendSeries& s : chart.series) s.values.resize(1);
  CHECK_THROWS_WITH_AS(draw_trend_chart(canvas, chart, box), "trend chart: needs 2 to 12 dates, not 1", layout::LayoutError);
  chart = quarters();
  std::swap(chart.dates[1], chart.dates[2]);
  CHECK_THROWS_WITH_AS(draw_trend_chart(canvas, chart, box), "trend chart: dates must be ascending, 2024-06-20 follows 2024-09-12",
                       layout::LayoutError);
  chart = quarters();
  chart.series[1].values.pop_back();
  CHECK_THROWS_WITH_AS(draw_trend_chart(canvas, chart, box), "trend chart: series \"8 Operation\" has 3 values for 4 dates",
                       layout::LayoutError);
  chart = quarters();
  chart.series[0].values[2] = 101;
  CHECK_THROWS_WITH_AS(draw_trend_chart(canvas, chart, box), "trend chart: series \"Overall\" has 101, outside 0..100",
                       layout::LayoutError);
  chart = quarters();
  chart.series[0].values[2] = std::nan("");
  CHECK_THROWS_WITH_AS(draw_trend_chart(canvas, chart, box), "trend chart: values must be finite numbers", layout::LayoutError);
  chart = quarters();
  chart.series.clear();
  CHECK_THROWS_WITH_AS(draw_trend_chart(canvas, chart, box), "trend chart: needs at least one series", layout::LayoutError);
  chart = quarters();
  chart.date_labels = {"Q1"};
  CHECK_THROWS_WITH_AS(draw_trend_chart(canvas, chart, box), "trend chart: 1 date labels for 4 dates", layout::LayoutError);
}

}  // namespace iso20k::charts
