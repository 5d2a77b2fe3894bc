#include "iso20k/reports/charts/radar_chart.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "support/chart_support.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/error.h"
#include "support/render_fixture.h"

namespace iso20k::charts {
namespace {

namespace t = iso20k::testing;
using layout::Box;

const std::vector<std::string> kProcesses{
    "Service portfolio management", "Service level management",      "Supplier management",
    "Budgeting and accounting",     "Demand management",             "Capacity management",
    "Change management",            "Release and deployment management", "Incident management",
    "Problem management",           "Service continuity management", "Information security management"};

RadarChart chart_with(double achieved) {
  RadarChart chart;
  chart.axes = kProcesses;
  chart.series = {{"Achieved", std::vector<double>(kProcesses.size(), achieved), okabe_ito::blue, true, layout::LineStyle::solid}};
  return chart;
}

// Pixels showing the translucent blue fill (22 % over white).
std::size_t fill_pixels(const std::filesystem::path& pdf, const t::TempDir& dir) {
  const t::Raster page = t::render_page(pdf, 1, 72, dir.path(), false);
  return t::find_color(page, 199, 224, 238, 6).count;
}

}  // namespace

TEST_CASE("radar chart: axis labels sit outside the rings, apart from each other and inside the box") {
  t::TempDir dir("radar-text");
  RadarChart chart = chart_with(3);
  chart.title = "Process capability";
  chart.series.push_back({"Target", std::vector<double>(kProcesses.size(), 3), okabe_ito::vermillion, false, layout::LineStyle::dashed});
  const Box box{56, 300, 483, 330};
  t::render_page(dir / "r.pdf", [&](layout::Canvas& c) { draw_radar_chart(c, chart, box); });
  const std::string text = t::pdf_text(dir / "r.pdf");
  for (const char* word : {"Process capability", "Portfolio", "Information", "security", "Release", "deployment",
                           "Achieved", "Target"}) {
    INFO(word);
    CHECK((text.find(word) != std::string::npos || text.find(std::string(word).substr(1)) != std::string::npos));
  }
  for (const char* scale : {"0\n", "1\n", "2\n", "3\n", "4\n", "5\n"}) CHECK(text.find(scale) != std::string::npos);
  test::check_words_inside_and_apart(dir / "r.pdf", box, 841.89);
}

TEST_CASE("radar chart: with twenty axes the labels above and below the chart keep clear of their neighbours") {
  t::TempDir dir("radar-twenty");
  RadarChart chart;
  chart.axes = {"Service portfolio management", "Service catalogue management", "Asset management",
                "Configuration management", "Business relationship management", "Service level management",
                "Supplier management", "Budgeting and accounting for services", "Demand management",
                "Capacity management", "Change management", "Service design and transition",
                "Release and deployment management", "Incident management", "Service request management",
                "Problem management", "Service availability management", "Service continuity management",
                "Information security management", "Service reporting"};
  chart.title = "Capability level by process";  // as in the readiness report: less room than on a page
  chart.series = {{"Achieved", std::vector<double>(chart.axes.size(), 3), okabe_ito::blue, true, layout::LineStyle::solid},
                  {"Target", std::vector<double>(chart.axes.size(), 2), okabe_ito::vermillion, false, layout::LineStyle::dashed}};
  const Box box{56, 300, 483, 330};
  t::render_page(dir / "r.pdf", [&](layout::Canvas& c) { draw_radar_chart(c, chart, box); });
  test::check_words_inside_and_apart(dir / "r.pdf", box, 841.89);
  // Words of different lines side by side ("transition" of one label, "Change" of the next) must not
  // read as one line: a clear gap between them, well over a space.
  const std::vector<t::Word> words = t::pdf_words(dir / "r.pdf", 1);
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (std::size_t j = i + 1; j < words.size(); ++j) {
      const t::Word& a = words[i];
      const t::Word& b = words[j];
      const double shared = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
      if (shared <= 1 || std::abs(a.y1 - b.y1) < 0.5) continue;  // not level, or the same line
      const double gap = std::max(a.x0, b.x0) - std::min(a.x1, b.x1);
      INFO("'", a.text, "' and '", b.text, "'");
      CHECK(gap >= 6);
    }
  }
  // Words of different lines one above the other ("management" ending one label, "Service" starting
  // the next below it) do not touch: no more overlap than the lines of one label have (0.12 pt).
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (std::size_t j = i + 1; j < words.size(); ++j) {
      const t::Word& a = words[i];
      const t::Word& b = words[j];
      if (std::abs(a.y1 - b.y1) < 0.5 || std::min(a.x1, b.x1) <= std::max(a.x0, b.x0)) continue;
      INFO("'", a.text, "' and '", b.text, "'");
      CHECK(std::min(a.y1, b.y1) - std::max(a.y0, b.y0) <= 0.2);
    }
  }
}

TEST_CASE("radar chart: a filled series covers an area growing with the square of its values") {
  t::TempDir dir("radar-area");
  const Box box{56, 300, 483, 330};
  t::render_page(dir / "full.pdf", [&](layout::Canvas& c) { draw_radar_chart(c, chart_with(5), box); });
  t::render_page(dir / "half.pdf", [&](layout::Canvas& c) { draw_radar_chart(c, chart_with(2.5), box); });
  t::render_page(dir / "none.pdf", [&](layout::Canvas& c) { draw_radar_chart(c, chart_with(0), box); });
  t::render_page(dir / "over.pdf", [&](layout::Canvas& c) { draw_radar_chart(c, chart_with(9), box); });
  const double full = static_cast<double>(fill_pixels(dir / "full.pdf", dir));
  const double half = static_cast<double>(fill_pixels(dir / "half.pdf", dir));
  REQUIRE(half > 500);
  CHECK(full / half == doctest::Approx(4).epsilon(0.12));
  CHECK(fill_pixels(dir / "none.pdf", dir) < 10);  // only anti-aliased edges of the markers at the centre
  CHECK(static_cast<double>(fill_pixels(dir / "over.pdf", dir)) == doctest::Approx(full).epsilon(0.02));  // clamped
}

TEST_CASE("radar chart: fewer than three axes or mismatched series are rejected") {
  layout::Document doc;
  layout::Canvas canvas(doc, doc.add_page());
  const Box box{56, 300, 483, 330};
  RadarChart chart = chart_with(3);
  chart.axes.resize(2);
  CHECK_THROWS_WITH_AS(draw_radar_chart(canvas, chart, box), "radar chart: needs at least 3 axes", layout::LayoutError);
  chart = chart_with(3);
  chart.series[0].values.pop_back();
  CHECK_THROWS_WITH_AS(draw_radar_chart(canvas, chart, box), "radar chart: series \"Achieved\" has 11 values for 12 axes",
                       layout::LayoutError);
  chart = chart_with(3);
  chart.series[0].values[4] = std::numeric_limits<double>::infinity();
  CHECK_THROWS_WITH_AS(draw_radar_chart(canvas, chart, box), "radar chart: values must be finite numbers", layout::LayoutError);
  CHECK_THROWS_WITH_AS(draw_radar_chart(canvas, chart_with(3), Box{56, 300, 483, 90}),
                       "radar chart: box too small for the chart", layout::LayoutError);
}

}  // namespace iso20k::charts
