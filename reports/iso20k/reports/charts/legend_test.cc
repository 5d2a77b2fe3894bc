#include "iso20k/reports/charts/legend.h"

#include <doctest/doctest.h>

#include "iso20k/reports/charts/palette.h"
#include "support/pdf_probe.h"
#include "support/render_fixture.h"

namespace iso20k::charts {

TEST_CASE("legend: items share a row while they fit and wrap to more rows when they do not") {
  layout::Document doc;
  const std::vector<LegendItem> items{{"Conformant", conformant_color},
                                      {"Partially conformant", partial_color},
                                      {"Nonconformant", nonconformant_color},
                                      {"Not assessed", not_assessed_color}};
  const auto item_width = [&](const LegendItem& item) { return 9 + 4 + doc.text_width(item.label, layout::FontFace::regular, 8); };
  const double all = item_width(items[0]) + item_width(items[1]) + item_width(items[2]) + item_width(items[3]) + 3 * 16;
  const double first_two = item_width(items[0]) + item_width(items[1]) + 16;
  const double last_two = item_width(items[2]) + item_width(items[3]) + 16;
  CHECK(legend_height(doc, {}, 400) == 0);
  CHECK(legend_height(doc, items, all) == 14);
  CHECK(legend_height(doc, items, all - 1) == 28);
  CHECK(legend_height(doc, items, std::max(first_two, last_two)) == 28);
  CHECK(legend_height(doc, items, 60) == 56);  // one per row, labels shortened
}

TEST_CASE("legend: every label is drawn, in order, without overlaps") {
  testing::TempDir dir("legend");
  const std::vector<LegendItem> items{{"Achieved", okabe_ito::blue, Swatch::box},
                                      {"Target", okabe_ito::vermillion, Swatch::dashed_line},
                                      {"Previous assessment", okabe_ito::green, Swatch::line}};
  testing::render_page(dir / "l.pdf", [&](layout::Canvas& c) { draw_legend(c, items, layout::Box{56, 700, 200, 28}); });
  const std::string text = testing::pdf_text(dir / "l.pdf");
  CHECK(text.find("Achieved") < text.find("Target"));
  CHECK(text.find("Target") < text.find("Previous assessment"));
  CHECK(testing::overlapping_words(testing::pdf_words(dir / "l.pdf", 1)).empty());
}

}  // namespace iso20k::charts
