#include "iso20k/reports/charts/bar_chart.h"

#include <doctest/doctest.h>

#include "support/chart_support.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/error.h"
#include "support/render_fixture.h"

namespace iso20k::charts {
namespace {

namespace t = iso20k::testing;
using layout::Box;

constexpr double kPageHeight = 841.89;

}  // namespace

TEST_CASE("bar chart: labels, values, ticks, axis title and threshold are drawn, inside the box, apart") {
  t::TempDir dir("bar-chart-text");
  BarChart chart;
  chart.title = "Conformance by clause";
  chart.labels = {"4 Context of the organization", "7 Support of the service management system", "10 Improvement"};
  chart.values = {86.4, 74, 100};
  chart.threshold = 80;
  chart.legend = {{"Clause", okabe_ito::blue}};
  const Box box{56, 400, 483, 200};
  t::render_page(dir / "c.pdf", [&](layout::Canvas& c) { draw_bar_chart(c, chart, box); });
  const std::string text = t::pdf_text(dir / "c.pdf");
  for (const char* s : {"Conformance by clause", "4 Context of the organization", "10 Improvement", "86.4%", "74%",
                        "100%", "Readiness threshold 80%", "Conformance (%)", "Clause"}) {
    INFO(s);
    CHECK(text.find(s) != std::string::npos);
  }
  for (const char* tick : {"0\n", "20\n", "40\n", "60\n", "80\n"}) CHECK(text.find(tick) != std::string::npos);
  test::check_words_inside_and_apart(dir / "c.pdf", box, kPageHeight);
}

TEST_CASE("bar chart: bar lengths are proportional to the values and the threshold sits at its value") {
  t::TempDir dir("bar-chart-geometry");
  BarChart chart;
  chart.labels = {"a", "b", "c"};
  chart.values = {25, 50, 100};
  chart.colors = {okabe_ito::blue, okabe_ito::green, okabe_ito::purple};
  chart.threshold = 80;
  t::render_page(dir / "c.pdf", [&](layout::Canvas& c) { draw_bar_chart(c, chart, Box{56, 400, 483, 200}); });
  const t::Raster page = t::render_page(dir / "c.pdf", 1, 144, dir.path(), false);
  const t::PixelBox a = t::find_color(page, 0x00, 0x72, 0xB2);
  const t::PixelBox b = t::find_color(page, 0x00, 0x9E, 0x73);
  const t::PixelBox c = t::find_color(page, 0xCC, 0x79, 0xA7);
  REQUIRE(a.count > 100);
  REQUIRE(b.count > 100);
  REQUIRE(c.count > 100);
  CHECK(std::abs(a.x0 - b.x0) <= 1);  // a common baseline
  CHECK(std::abs(a.x0 - c.x0) <= 1);
  // Anti-aliasing blurs each bar end by up to a pixel, and the comparison multiplies that error.
  CHECK(std::abs(b.width() - 2 * a.width()) <= 3);
  CHECK(std::abs(c.width() - 4 * a.width()) <= 5);
  CHECK(c.width() > 600);  // 100 % spans most of the 483 pt box at 144 dpi
  CHECK(a.y0 < b.y0);  // in the given order, top to bottom
  CHECK(b.y0 < c.y0);
  // The dashed vermillion line, looked for between the bars only (its label is vermillion too).
  const t::PixelBox line = t::find_color(page, 0xD5, 0x5E, 0x00, 3, a.y1 + 1, c.y0);
  REQUIRE(line.count > 5);
  const double expected = c.x0 + 0.8 * c.width();
  CHECK(std::abs((line.x0 + line.x1) / 2.0 - expected) <= 2.5);
  CHECK(line.width() <= 4);
}

TEST_CASE("bar chart: mismatched or invalid data is rejected") {
  layout::Document doc;
  layout::Canvas canvas(doc, doc.add_page());
  const Box box{56, 400, 483, 200};
  BarChart chart;
  chart.labels = {"a", "b"};
  chart.values = {1};
  CHECK_THROWS_WITH_AS(draw_bar_chart(canvas, chart, box), "bar chart: 2 labels but 1 values", layout::LayoutError);
  chart.values = {1, std::nan("")};
  CHECK_THROWS_WITH_AS(draw_bar_chart(canvas, chart, box), "bar chart: values must be finite numbers", layout::LayoutError);
  chart.values = {1, 2};
  chart.colors = {okabe_ito::blue};
  CHECK_THROWS_WITH_AS(draw_bar_chart(canvas, chart, box), "bar chart: the number of colours must match the number of bars",
                       layout::LayoutError);
  chart.colors.clear();
  chart.max = 0;
  CHECK_THROWS_AS(draw_bar_chart(canvas, chart, box), layout::LayoutError);
  chart.max = 100;
  CHECK_THROWS_WITH_AS(draw_bar_chart(canvas, chart, Box{56, 400, 483, 30}),
                       "chart box too small: no room left to plot", layout::LayoutError);
  CHECK_NOTHROW(draw_bar_chart(canvas, chart, box));
}

TEST_CASE("bar chart: the suggested height grows with the number of bars") {
  layout::Document doc;
  BarChart chart;
  chart.labels = {"a", "b"};
  chart.values = {1, 2};
  const double two = suggested_height(doc, chart, 480);
  chart.labels.push_back("c");
  chart.values.push_back(3);
  CHECK(suggested_height(doc, chart, 480) == doctest::Approx(two + 24));
}

}  // namespace iso20k::charts
