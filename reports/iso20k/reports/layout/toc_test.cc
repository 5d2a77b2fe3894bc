// The table of contents on pages inserted where it belongs: titled, one line per entry indented by
// level, the physical page number of its target at the right edge with a dotted leader, each line a
// link; as many pages as the entries need.
#include "iso20k/reports/layout/toc.h"

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/error.h"
#include "support/pdf_probe.h"

namespace iso20k::layout {
namespace {

namespace t = iso20k::testing;

const t::Word& word(const std::vector<t::Word>& words, const std::string& text) {
  for (const t::Word& w : words) {
    if (w.text == text) return w;
  }
  FAIL("no word " << text);
  throw;
}

// The word right of `text` on its line: the page number.
const t::Word& number_of(const std::vector<t::Word>& words, const std::string& text) {
  const t::Word& w = word(words, text);
  const t::Word* last = &w;
  for (const t::Word& x : words) {
    if (std::abs(x.y1 - w.y1) < 1 && x.x0 > last->x0) last = &x;
  }
  return *last;
}

}  // namespace

TEST_CASE("table of contents: entries indented by level, numbered with the pages they point to") {
  t::TempDir dir("toc-entries");
  Document doc;
  const HPDF_Page cover = doc.add_page();
  const HPDF_Page body1 = doc.add_page();
  const HPDF_Page body2 = doc.add_page();
  const HPDF_Page body3 = doc.add_page();
  (void)cover;
  Theme theme;
  theme.contents_title = "Inhalt";
  const std::vector<TocEntry> entries{{1, "Alpha", body1, 700}, {2, "Bravo", body2, 600}, {3, "Charlie", body3, 500},
                                      {1, "Delta", body3, 300}};
  CHECK(table_of_contents_pages(doc, theme, entries) == 1);
  CHECK(insert_table_of_contents(doc, theme, entries, 1) == 1);  // after the cover
  REQUIRE(doc.page_count() == 5);
  CHECK(doc.page_index(body1) == 2);
  doc.save(dir / "t.pdf");

  const std::vector<t::Word> w = t::pdf_words(dir / "t.pdf", 2);
  CHECK(word(w, "Inhalt").x0 == doctest::Approx(56).epsilon(0.01));
  CHECK(word(w, "Inhalt").y1 < word(w, "Alpha").y0);
  CHECK(word(w, "Alpha").x0 == doctest::Approx(56).epsilon(0.01));
  CHECK(word(w, "Bravo").x0 == doctest::Approx(56 + 18).epsilon(0.01));
  CHECK(word(w, "Charlie").x0 == doctest::Approx(56 + 36).epsilon(0.01));
  CHECK(word(w, "Delta").x0 == doctest::Approx(56).epsilon(0.01));
  // Physical page numbers after the insertion, at the right edge of the frame.
  const char* titles[] = {"Alpha", "Bravo", "Charlie", "Delta"};
  const char* pages[] = {"3", "4", "5", "5"};
  for (int i = 0; i < 4; ++i) {
    CAPTURE(titles[i]);
    const t::Word& n = number_of(w, titles[i]);
    CHECK(n.text == pages[i]);
    CHECK(n.x1 == doctest::Approx(595.276 - 56).epsilon(0.005));
  }
  CHECK(iso20k::test::squeeze(t::pdf_page_text(dir / "t.pdf", 1)).empty());  // the cover page stays where it was, untouched

  // Each line a link to its heading's page and place.
  const t::PdfStructure pdf = t::pdf_structure(dir / "t.pdf");
  REQUIRE(pdf.links.size() == 5);
  REQUIRE(pdf.links[1].size() == 4);
  const int targets[] = {3, 4, 5, 5};
  for (std::size_t i = 0; i < 4; ++i) CHECK(pdf.links[1][i].target == targets[i]);
}

TEST_CASE("table of contents: a dotted leader joins a short title to its number") {
  t::TempDir dir("toc-leader");
  Document doc;
  const HPDF_Page body = doc.add_page();
  const std::vector<TocEntry> entries{{1, "Short", body, 700}};
  insert_table_of_contents(doc, Theme{}, entries, 0);
  doc.save(dir / "l.pdf");
  const std::vector<t::Word> w = t::pdf_words(dir / "l.pdf", 1);
  const t::Word& title = word(w, "Short");
  const t::Word& number = number_of(w, "Short");
  CHECK(number.text == "2");
  const t::Raster page = t::render_page(dir / "l.pdf", 1, 144, dir.path(), false);  // 2 pixels a point
  const int row = static_cast<int>(2 * title.y1) - 5;  // about the baseline
  int dots = 0;
  const int from = static_cast<int>(2 * title.x1) + 16;
  const int to = static_cast<int>(2 * number.x0) - 16;
  for (int x = from; x < to; ++x) {
    bool inked = false;
    for (int y = row - 5; y <= row + 3; ++y) inked = inked || page.at(x, y, 0) < 200;
    dots += inked;
  }
  const int span = to - from;
  CHECK(dots > span / 5);  // dotted: inked along the way …
  CHECK(dots < span);      // … but not solid
}

TEST_CASE("table of contents: more entries than a page holds take more pages, numbered past them") {
  t::TempDir dir("toc-long");
  Document doc;
  std::vector<HPDF_Page> body;
  for (int i = 0; i < 3; ++i) body.push_back(doc.add_page());
  std::vector<TocEntry> entries;
  for (int i = 0; i < 80; ++i) {
    entries.push_back(TocEntry{1 + i % 2, "Entry " + std::to_string(i + 100), body[static_cast<std::size_t>(i % 3)], 700});
  }
  const std::size_t pages = table_of_contents_pages(doc, Theme{}, entries);
  CHECK(pages >= 2);
  CHECK(insert_table_of_contents(doc, Theme{}, entries, 0) == pages);
  CHECK(doc.page_count() == 3 + pages);
  doc.save(dir / "l.pdf");
  const std::string toc = t::pdf_text(dir / "l.pdf", 1, static_cast<int>(pages));
  for (int i = 0; i < 80; ++i) CHECK(toc.find("Entry " + std::to_string(i + 100)) != std::string::npos);
  const std::vector<t::Word> first = t::pdf_words(dir / "l.pdf", 1);
  CHECK(number_of(first, "100").text == std::to_string(pages + 1));  // Entry 100 points at the first body page
  CHECK(t::pdf_text(dir / "l.pdf", static_cast<int>(pages) + 1, static_cast<int>(pages) + 1).find("Entry") ==
        std::string::npos);
}

TEST_CASE("table of contents: an entry without a target page is an error") {
  Document doc;
  const std::vector<TocEntry> entries{{1, "Nowhere", nullptr, 0}};
  CHECK(table_of_contents_pages(doc, Theme{}, entries) == 1);  // measuring needs no target
  CHECK_THROWS_AS(insert_table_of_contents(doc, Theme{}, entries, 0), LayoutError);
}

}  // namespace iso20k::layout
