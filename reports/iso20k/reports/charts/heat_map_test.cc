#include "iso20k/reports/charts/heat_map.h"

#include <doctest/doctest.h>

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
    INFO(s);
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
