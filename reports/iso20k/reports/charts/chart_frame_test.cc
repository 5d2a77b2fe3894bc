// The frame every chart shares: a title of at most two lines across the top, a legend along the
// bottom, and the plot area left between them (a title line 13 pt and 8 pt of gap; a legend row
// 14 pt and 10 pt of gap).
#include "iso20k/reports/charts/chart_frame.h"

#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <limits>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/error.h"

namespace iso20k::charts {
namespace {

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const layout::LayoutError& e) {
    return e.what();
  }
  return "(no error)";
}

const std::vector<LegendItem> kLegend{{"Achieved", okabe_ito::blue, Swatch::box}};

}  // namespace

TEST_CASE("chart frame: the plot area is the box less the title above and the legend below") {
  layout::Document doc;
  layout::Canvas canvas(doc, doc.add_page());
  const layout::Box box{56, 400, 300, 200};
  const layout::Box plot = draw_chart_frame(canvas, "Scores by clause", kLegend, box);
  CHECK(plot.x == 56);
  CHECK(plot.w == 300);
  CHECK(plot.y == doctest::Approx(400 + 14 + 10));       // above the legend row and its gap
  CHECK(plot.h == doctest::Approx(200 - 13 - 8 - 14 - 10));  // the title line and its gap too
  CHECK(chart_frame_height(doc, "Scores by clause", kLegend, 300) == doctest::Approx(box.h - plot.h));
  // Neither title nor legend: the whole box.
  const layout::Box bare = draw_chart_frame(canvas, "", {}, box);
  CHECK(bare.y == 400);
  CHECK(bare.h == 200);
  CHECK(chart_frame_height(doc, "", {}, 300) == 0);
}

TEST_CASE("chart frame: a long title takes two lines at most") {
  layout::Document doc;
  const std::string title = "Achievement of every process attribute of every process in the scope of the assessment";
  CHECK(chart_frame_height(doc, title, {}, 120) == doctest::Approx(2 * 13 + 8));
  CHECK(chart_frame_height(doc, "Short", {}, 120) == doctest::Approx(13 + 8));
}

TEST_CASE("chart frame: a box with no room left to plot is an error") {
  layout::Document doc;
  layout::Canvas canvas(doc, doc.add_page());
  // 84 - 45 = 39 points left: one short of the 40 a plot needs.
  CHECK(message_of([&] { draw_chart_frame(canvas, "Scores", kLegend, layout::Box{56, 400, 300, 84}); }) ==
        "chart box too small: no room left to plot");
  CHECK(message_of([&] { draw_chart_frame(canvas, "Scores", kLegend, layout::Box{56, 400, 300, 85}); }) == "(no error)");
}

TEST_CASE("chart frame: values must be finite") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  CHECK(message_of([] { require_finite("bar chart", std::vector<double>{0, 1.5, -2}); }) == "(no error)");
  CHECK(message_of([&] { require_finite("bar chart", std::vector<double>{1, nan}); }) ==
        "bar chart: values must be finite numbers");
  CHECK(message_of([&] { require_finite("radar chart", std::vector<double>{-inf}); }) ==
        "radar chart: values must be finite numbers");
}

}  // namespace iso20k::charts
