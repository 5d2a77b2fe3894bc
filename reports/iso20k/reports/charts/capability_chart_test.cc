#include "iso20k/reports/charts/capability_chart.h"

#include <doctest/doctest.h>

#include <cmath>

#include "iso20k/reports/layout/error.h"
#include "support/chart_support.h"
#include "support/render_fixture.h"

namespace iso20k::charts {
namespace {

namespace t = iso20k::testing;
using layout::Box;

constexpr layout::Color kTarget = layout::hex(0xCC79A7);  // purple: easy to find in the raster

CapabilityChart processes() {
  CapabilityChart chart;
  chart.title = "Capability by process";
  chart.rows = {{"Incident management", 3, 3}, {"Change management", 1, 3}, {"Supplier management", 2, std::nullopt}};
  chart.level_labels = {"Incomplete", "Performed", "Managed", "Established", "Predictable", "Innovating"};
  chart.target_color = kTarget;
  return chart;
}

int px(double points) { return static_cast<int>(std::lround(points * 2)); }  // at 144 dpi

}  // namespace

TEST_CASE("capability chart: notes name the target and the achieved level") {
  CHECK(capability_note("target {target}, achieved {achieved}", 2, 1) == "target 2, achieved 1");
  CHECK(capability_note("Ziel {target}, erreicht {achieved}; {target}!", 3, 1.5) == "Ziel 3, erreicht 1.5; 3!");
  CHECK(capability_note("no placeholders", 3, 1) == "no placeholders");
}

TEST_CASE("capability chart: labels, level names, the gap written out, inside the box and apart") {
  t::TempDir dir("capability-text");
  layout::Document measure;
  const CapabilityChart chart = processes();
  const Box box{56, 400, 483, suggested_height(measure, chart, 483)};
  t::render_page(dir / "c.pdf", [&](layout::Canvas& c) { draw_capability_chart(c, chart, box); });
  const std::string text = t::pdf_text(dir / "c.pdf");
  for (const char* s : {"Capability by process", "Incident management", "target 3 met", "target 3, achieved 1",
                        "Established", "Achieved level", "Target level"}) {
    INFO(std::string(s));
    CHECK(text.find(s) != std::string::npos);
  }
  CHECK(t::count(text, "target 3") == 2);  // nothing beside the process without a target
  test::check_words_inside_and_apart(dir / "c.pdf", box, 841.89);
}

TEST_CASE("capability chart: bars to the achieved level, target markers only where a target is set") {
  t::TempDir dir("capability-geometry");
  const Box box{56, 500, 483, 200};
  CapabilityChart chart = processes();
  chart.rows = {{"a", 2, 1}, {"b", 4, std::nullopt}};  // a: target met, so no gap outline
  chart.achieved_color = layout::hex(0x0072B2);
  chart.below_target_color = layout::hex(0x0072B2);
  t::render_page(dir / "c.pdf", [&](layout::Canvas& c) { draw_capability_chart(c, chart, box); });
  const t::Raster page = t::render_page(dir / "c.pdf", 1, 144, dir.path(), false);
  const int top = px(841.89 - box.top());
  const int bottom = px(841.89 - box.y - 50);  // above the axis labels and the legend
  const int middle = (top + bottom) / 2;
  const t::PixelBox bar_a = t::find_color(page, 0x00, 0x72, 0xB2, 3, top, middle);
  const t::PixelBox bar_b = t::find_color(page, 0x00, 0x72, 0xB2, 3, middle, bottom);
  REQUIRE(bar_a.count > 100);
  REQUIRE(bar_b.count > 100);
  CHECK(bar_a.x0 == bar_b.x0);
  CHECK(bar_b.width() == doctest::Approx(2 * bar_a.width()).epsilon(0.03));  // levels 2 and 4
  const double level = bar_a.width() / 2.0;                                    // pixels per level
  const t::PixelBox target_a = t::find_color(page, 0xCC, 0x79, 0xA7, 3, top, middle);
  const t::PixelBox target_b = t::find_color(page, 0xCC, 0x79, 0xA7, 3, middle, bottom);
  REQUIRE(target_a.count > 10);
  CHECK((target_a.x0 + target_a.x1) / 2.0 == doctest::Approx(bar_a.x0 + 1 * level).epsilon(0.02));
  CHECK(target_b.count == 0);

  // No target anywhere: no marker, no target in the legend.
  chart.rows = {{"a", 1, std::nullopt}};
  t::render_page(dir / "n.pdf", [&](layout::Canvas& c) { draw_capability_chart(c, chart, box); });
  const t::Raster none = t::render_page(dir / "n.pdf", 1, 144, dir.path(), false);
  CHECK(t::find_color(none, 0xCC, 0x79, 0xA7, 3).count == 0);
  CHECK(t::pdf_text(dir / "n.pdf").find("Target level") == std::string::npos);
}

TEST_CASE("capability chart: levels outside the scale, bad numbers and label counts are rejected") {
  layout::Document doc;
  layout::Canvas canvas(doc, doc.add_page());
  const Box box{56, 400, 483, 200};
  CapabilityChart chart = processes();
  chart.rows[0].achieved = 6;
  CHECK_THROWS_WITH_AS(draw_capability_chart(canvas, chart, box),
                       "capability chart: \"Incident management\" has an achieved level 6 outside 0..5", layout::LayoutError);
  chart = processes();
  chart.rows[1].target = -1;
  CHECK_THROWS_WITH_AS(draw_capability_chart(canvas, chart, box),
                       "capability chart: \"Change management\" has a target level -1 outside 0..5", layout::LayoutError);
  chart = processes();
  chart.rows[2].achieved = std::nan("");
  CHECK_THROWS_WITH_AS(draw_capability_chart(canvas, chart, box), "capability chart: levels must be finite numbers",
                       layout::LayoutError);
  chart = processes();
  chart.level_labels.pop_back();
  CHECK_THROWS_WITH_AS(draw_capability_chart(canvas, chart, box), "capability chart: 5 level labels for levels 0..5",
                       layout::LayoutError);
  chart = processes();
  chart.max_level = 0;
  CHECK_THROWS_AS(draw_capability_chart(canvas, chart, box), layout::LayoutError);
}

}  // namespace iso20k::charts
