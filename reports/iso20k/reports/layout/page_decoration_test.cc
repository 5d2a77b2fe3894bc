// Running headers and footers, drawn once the page count is known: the firm top left and the title
// top right over a rule, the classification bottom left, the organisation centred and "Page X of Y"
// bottom right under a rule, on every page but the plain ones (the cover), which carry at most their
// number.
#include "iso20k/reports/layout/page_decoration.h"

#include <doctest/doctest.h>

#include <algorithm>

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

// Three pages decorated, the first plain.
void decorate(const std::filesystem::path& path, const PageDecoration& decoration) {
  Document doc;
  for (int i = 0; i < 3; ++i) doc.add_page();
  const HPDF_Page plain[] = {doc.page(0)};
  decorate_pages(doc, Theme{}, decoration, plain);
  doc.save(path);
}

// Whether any pixel of column x between rows row0 and row1 (exclusive) is darker than white.
bool inked(const t::Raster& page, int x, int row0, int row1) {
  for (int y = row0; y < row1; ++y) {
    if (page.at(x, y, 0) < 245 || page.at(x, y, 2) < 245) return true;
  }
  return false;
}

// Whether a rule runs between rows row0 and row1 across the frame (56 to 539 pt) and not beyond it.
bool rule_across_frame(const t::Raster& page, int row0, int row1) {
  for (int x = 58; x < 538; x += 4) {
    if (!inked(page, x, row0, row1)) return false;
  }
  return !inked(page, 50, row0, row1) && !inked(page, 545, row0, row1);
}

PageDecoration full() { return PageDecoration{"Firm", "Title", "Confidential", "Organisation", "Page {page} of {pages}"}; }

}  // namespace

TEST_CASE("page decoration: each text at its corner of the frame, on every page but the plain one") {
  t::TempDir dir("decoration-places");
  decorate(dir / "d.pdf", full());
  const double page_h = 841.89;
  const double left = 56;
  const double right = 595.276 - 56;
  CHECK(t::pdf_words(dir / "d.pdf", 1).empty());  // plain, and not numbered unless asked
  for (int p = 2; p <= 3; ++p) {
    CAPTURE(p);
    const std::vector<t::Word> w = t::pdf_words(dir / "d.pdf", p);
    CHECK(w.size() == 8);  // Firm, Title, Confidential, Organisation, Page, p, of, 3
    // Header: baseline 44 pt below the top of the page (the top margin less 28).
    CHECK(word(w, "Firm").x0 == doctest::Approx(left).epsilon(0.01));
    CHECK(word(w, "Firm").y1 == doctest::Approx(44).epsilon(0.08));
    CHECK(word(w, "Title").x1 == doctest::Approx(right).epsilon(0.005));
    CHECK(word(w, "Title").y1 == doctest::Approx(word(w, "Firm").y1).epsilon(0.01));
    // Footer: baseline 30 pt above the foot of the page (the bottom margin less 34).
    CHECK(word(w, "Confidential").x0 == doctest::Approx(left).epsilon(0.01));
    CHECK(word(w, "Confidential").y1 == doctest::Approx(page_h - 30).epsilon(0.005));
    const t::Word& centre = word(w, "Organisation");
    CHECK((centre.x0 + centre.x1) / 2 == doctest::Approx(595.276 / 2).epsilon(0.005));
    CHECK(word(w, "Page").x0 > centre.x1);
    const t::Word& last = w.back();  // "3" of "Page p of 3", at the right edge
    CHECK(last.text == "3");
    CHECK(last.x1 == doctest::Approx(right).epsilon(0.005));
  }
  CHECK(t::pdf_page_text(dir / "d.pdf", 2).find("Page 2 of 3") != std::string::npos);
  CHECK(t::pdf_page_text(dir / "d.pdf", 3).find("Page 3 of 3") != std::string::npos);

  // The rules: under the header and over the footer, across the frame, on decorated pages only.
  const t::Raster page2 = t::render_page(dir / "d.pdf", 2, 72, dir.path(), false);
  CHECK(rule_across_frame(page2, 48, 53));    // 6 pt under the header's baseline (row 44)
  CHECK(rule_across_frame(page2, 799, 803));  // 11 pt over the footer's (row 812)
  CHECK_FALSE(rule_across_frame(page2, 60, 790));
  const t::Raster page1 = t::render_page(dir / "d.pdf", 1, 72, dir.path(), false);
  CHECK(t::dark_pixels(page1, 250) == 0);  // nothing at all on the plain page
}

TEST_CASE("page decoration: the plain page numbered on request, no numbers without a format, no header without text") {
  t::TempDir dir("decoration-options");
  PageDecoration numbered = full();
  numbered.number_plain_pages = true;
  decorate(dir / "n.pdf", numbered);
  CHECK(iso20k::test::squeeze(t::pdf_page_text(dir / "n.pdf", 1)) == "Page 1 of 3");

  PageDecoration bare{"", "", "Confidential", "", ""};
  decorate(dir / "b.pdf", bare);
  CHECK(iso20k::test::squeeze(t::pdf_page_text(dir / "b.pdf", 2)) == "Confidential");
  const t::Raster page = t::render_page(dir / "b.pdf", 2, 72, dir.path(), false);
  CHECK_FALSE(rule_across_frame(page, 48, 53));  // no header rule either
  CHECK(rule_across_frame(page, 799, 803));       // the footer's is always there
}

TEST_CASE("page decoration: a header too long for half the width is shortened with an ellipsis") {
  t::TempDir dir("decoration-long");
  PageDecoration d = full();
  d.header_left.clear();
  for (int i = 0; i < 20; ++i) d.header_left += "Consulting ";
  decorate(dir / "l.pdf", d);
  const std::vector<t::Word> w = t::pdf_words(dir / "l.pdf", 2);
  double widest = 0;
  for (const t::Word& x : w) {
    if (x.y1 < 60) widest = std::max(widest, x.x1 < 300 ? x.x1 : 0.0);
  }
  CHECK(widest <= 56 + (595.276 - 112) / 2 - 6 + 0.5);
  CHECK(t::pdf_page_text(dir / "l.pdf", 2).find("…") != std::string::npos);
}

TEST_CASE("page decoration: page numbers filled into the template's words") {
  CHECK(format_page_number("Page {page} of {pages}", 3, 12) == "Page 3 of 12");
  CHECK(format_page_number("Seite {page} von {pages}", 1, 1) == "Seite 1 von 1");
  CHECK(format_page_number("{page}/{pages} ({page})", 7, 9) == "7/9 (7)");
  CHECK(format_page_number("{pages}", 4, 40) == "40");
  CHECK(format_page_number("no numbers", 4, 40) == "no numbers");
  CHECK(format_page_number("", 1, 2) == "");
}

}  // namespace iso20k::layout
