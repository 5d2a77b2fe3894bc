#include "iso20k/reports/charts/heat_map.h"

#include <doctest/doctest.h>

#include <cmath>
#include <utility>

#include "support/chart_support.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/error.h"
#include "support/render_fixture.h"

namespace iso20k::charts {
namespace {

namespace t = iso20k::testing;
using layout::Box;

HeatMap findings() {
  HeatMap map;
  map.title = "Findings by clause and grade";
  map.rows = {"4 Context of the organization", "8 Operation of the service management system"};
  map.columns = {"Major", "Minor", "OFI"};
  map.column_colors = {major_color, minor_color, ofi_color};
  map.values = {{0, 1, 2}, {4, 3, 0}};
  map.note = "Darker cells hold more findings.";
  return map;
}

int channel(double v) { return static_cast<int>(std::lround(v * 255)); }

}  // namespace

TEST_CASE("heat map: headers, row labels, counts and note, apart and inside the box") {
  t::TempDir dir("heat-text");
  const Box box{56, 400, 483, 150};
  t::render_page(dir / "h.pdf", [&](layout::Canvas& c) { draw_heat_map(c, findings(), box); });
  const std::string text = t::pdf_text(dir / "h.pdf");
  for (const char* s : {"Findings by clause and grade", "Major", "Minor", "OFI", "4 Context of the organization",
                        "8 Operation of the service management system", "Darker cells hold more findings."}) {
    INFO(std::string(s));
    CHECK(text.find(s) != std::string::npos);
  }
  for (const char* n : {"0\n", "1\n", "2\n", "3\n", "4\n"}) CHECK(text.find(n) != std::string::npos);
  test::check_words_inside_and_apart(dir / "h.pdf", box, 841.89);
}

TEST_CASE("heat map: cell colour intensity scales with the count, per column hue") {
  t::TempDir dir("heat-colour");
  t::render_page(dir / "h.pdf", [&](layout::Canvas& c) { draw_heat_map(c, findings(), Box{56, 400, 483, 150}); });
  const t::Raster page = t::render_page(dir / "h.pdf", 1, 72, dir.path(), false);
  const auto present = [&](layout::Color c) { return t::find_color(page, channel(c.r), channel(c.g), channel(c.b), 2).count > 50; };
  CHECK(present(major_color));                                        // 4 of 4: the full hue
  CHECK(present(layout::mix(layout::white, minor_color, 0.15 + 0.85 * 0.75)));  // 3 of 4
  CHECK(present(layout::mix(layout::white, ofi_color, 0.15 + 0.85 * 0.5)));     // 2 of 4
  CHECK(present(layout::mix(layout::white, minor_color, 0.15 + 0.85 * 0.25)));  // 1 of 4
  CHECK(present(layout::hex(0xF5F7F9)));                              // zero
  CHECK_FALSE(present(ofi_color));                                    // no OFI cell holds the maximum
}

TEST_CASE("heat map: mismatched shapes and bad counts are rejected") {
  layout::Document doc;
  layout::Canvas canvas(doc, doc.add_page());
  const Box box{56, 400, 483, 150};
  HeatMap map = findings();
  map.values[1].pop_back();
  CHECK_THROWS_WITH_AS(draw_heat_map(canvas, map, box),
                       "heat map: row \"8 Operation of the service management system\" has 2 values for 3 columns",
                       layout::LayoutError);
  map = findings();
  map.column_colors.pop_back();
  CHECK_THROWS_WITH_AS(draw_heat_map(canvas, map, box), "heat map: the number of colours must match the number of columns",
                       layout::LayoutError);
  map = findings();
  map.values[0][0] = -1;
  CHECK_THROWS_WITH_AS(draw_heat_map(canvas, map, box), "heat map: counts cannot be negative", layout::LayoutError);
  map = findings();
  map.rows.pop_back();
  CHECK_THROWS_WITH_AS(draw_heat_map(canvas, map, box), "heat map: 1 row labels but 2 rows of values", layout::LayoutError);
  map = findings();
  map.columns.clear();
  CHECK_THROWS_AS(draw_heat_map(canvas, map, box), layout::LayoutError);
}

}  // namespace iso20k::charts

namespace iso20k::charts {
namespace {

HeatMap sub_clauses(double extra) {
  HeatMap map;
  map.title = "Feststellungen in Abschnitt 8";
  map.rows = {"8 Betrieb des Servicemanagementsystems", "8.1 Betriebliche Planung und Steuerung",
              "8.2 Serviceportfolio", "8.5 Gestaltung, Entwicklung und Überführung von Services"};
  map.row_levels = {0, 1, 1, 1};
  map.columns = {"Schwerwiegend", "Geringfügig", "Verbesserungspotenzial"};
  map.column_colors = {major_color, minor_color, ofi_color};
  map.values = {{2, 4, 9}, {0, 1, 2}, {1, 0, 3}, {1, 3, extra}};
  map.scale = finding_count_scale();
  map.scale->title = "Anzahl";
  return map;
}

}  // namespace

TEST_CASE("heat map, fixed scale: bands by threshold, the same shade for the same count in every map") {
  const HeatScale scale = finding_count_scale();
  CHECK(heat_band(scale, 0) == 0);
  CHECK(heat_band(scale, 1) == 1);
  CHECK(heat_band(scale, 2) == 2);
  CHECK(heat_band(scale, 3) == 3);
  CHECK(heat_band(scale, 4) == 3);
  CHECK(heat_band(scale, 5) == 4);
  CHECK(heat_band(scale, 40) == 4);
  CHECK(heat_fill(ofi_color, 0) == layout::hex(0xF5F7F9));
  CHECK(heat_fill(ofi_color, 1) == ofi_color);

  // The cell holding 3 minor findings: the same colour whether the largest count is 9 or 40.
  t::TempDir dir("heat-scale");
  const Box box{56, 380, 483, 200};
  const layout::Color three_minor = heat_fill(minor_color, scale.bands[3].intensity);
  const layout::Color two_ofi = heat_fill(ofi_color, scale.bands[2].intensity);
  for (double extra : {0.0, 40.0}) {
    CAPTURE(extra);
    t::render_page(dir / "h.pdf", [&](layout::Canvas& c) { draw_heat_map(c, sub_clauses(extra), box); });
    const t::Raster page = t::render_page(dir / "h.pdf", 1, 72, dir.path(), false);
    const auto count = [&](layout::Color c) { return t::find_color(page, channel(c.r), channel(c.g), channel(c.b), 2).count; };
    CHECK(count(three_minor) > 50);
    CHECK(count(two_ofi) > 50);
  }
}

TEST_CASE("heat map, fixed scale: indented German rows, the scale's legend, inside the box and apart") {
  t::TempDir dir("heat-levels");
  layout::Document measure;
  const HeatMap map = sub_clauses(12);
  const Box box{56, 300, 483, suggested_height(measure, map, 483)};
  t::render_page(dir / "h.pdf", [&](layout::Canvas& c) { draw_heat_map(c, map, box); });
  const std::string text = t::pdf_text(dir / "h.pdf");
  for (const char* s : {"Anzahl", "3\u20134", "5+", "Schwerwiegend", "8.2 Serviceportfolio", "12"}) {
    INFO(std::string(s));
    CHECK(text.find(s) != std::string::npos);
  }
  test::check_words_inside_and_apart(dir / "h.pdf", box, 841.89);
  // Indented rows start further right than their group's row.
  const std::vector<t::Word> words = t::pdf_words(dir / "h.pdf", 1);
  double group_x = -1;
  double sub_x = -1;
  for (const t::Word& w : words) {
    if (w.text == "8" && (group_x < 0 || w.x0 < group_x)) group_x = w.x0;
    if (w.text == "8.2") sub_x = w.x0;
  }
  REQUIRE(group_x > 0);
  CHECK(sub_x == doctest::Approx(group_x + 10).epsilon(0.01));
}

TEST_CASE("heat map, fixed scale: bad scales and levels are rejected") {
  layout::Document doc;
  layout::Canvas canvas(doc, doc.add_page());
  const Box box{56, 400, 483, 200};
  HeatMap map = sub_clauses(1);
  std::swap(map.scale->bands[1], map.scale->bands[2]);
  CHECK_THROWS_WITH_AS(draw_heat_map(canvas, map, box), "heat map: the scale's bands must be in ascending order", layout::LayoutError);
  map = sub_clauses(1);
  map.scale->bands[2].intensity = 1.5;
  CHECK_THROWS_WITH_AS(draw_heat_map(canvas, map, box), "heat map: band \"2\" has an intensity outside 0..1", layout::LayoutError);
  map = sub_clauses(1);
  map.scale->bands.erase(map.scale->bands.begin());
  CHECK_THROWS_WITH_AS(draw_heat_map(canvas, map, box), "heat map: the scale's first band must start at 0 or below", layout::LayoutError);
  map = sub_clauses(1);
  map.scale->bands.clear();
  CHECK_THROWS_WITH_AS(draw_heat_map(canvas, map, box), "heat map: the scale needs at least one band", layout::LayoutError);
  map = sub_clauses(1);
  map.scale->bands[3].from = std::nan("");
  CHECK_THROWS_WITH_AS(draw_heat_map(canvas, map, box), "heat map: scale values must be finite numbers", layout::LayoutError);
  map = sub_clauses(1);
  map.row_levels.pop_back();
  CHECK_THROWS_WITH_AS(draw_heat_map(canvas, map, box), "heat map: 3 row levels for 4 rows", layout::LayoutError);
  map = sub_clauses(1);
  map.row_levels[1] = 4;
  CHECK_THROWS_WITH_AS(draw_heat_map(canvas, map, box), "heat map: row levels must lie in 0..3", layout::LayoutError);
}

}  // namespace iso20k::charts
