// The cover page: the classification top right, the logo top left, the title and subtitle inside a
// full-width band across the upper middle, the organisation, date, details and badge under it, who
// prepared the report at the foot; a page without running header, the body starting on the next.
#include "iso20k/reports/layout/cover.h"

#include <doctest/doctest.h>

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

Cover full_cover() {
  Cover cover;
  cover.title = "Gap Assessment";
  cover.subtitle = "Against the standard";
  cover.organisation = "Example Ltd";
  cover.date = "14 March 2026";
  cover.prepared_by = "Okafor Consulting";
  cover.classification = "Confidential";
  cover.details = {{"Checklist", "ISO/IEC 20000-1:2018"}, {"Assessors", "Claire Okafor"}};
  cover.badge = "Ready for stage 1";
  cover.badge_color = hex(0xE69F00);
  return cover;
}

void render(const std::filesystem::path& path, const Cover& cover) {
  Document doc;
  Flow flow(doc);
  add_cover(flow, cover);
  flow.paragraph("Body text.");
  flow.finish(PageDecoration{"Header firm", "Header title", "Footer left", "", "Page {page} of {pages}"});
  doc.save(path);
}

}  // namespace

TEST_CASE("cover: every field where a reader looks for it, top to bottom") {
  t::TempDir dir("cover-places");
  render(dir / "c.pdf", full_cover());
  const double page_h = 841.89;
  const std::vector<t::Word> w = t::pdf_words(dir / "c.pdf", 1);
  // Classification: top right, on the frame's right edge.
  CHECK(word(w, "Confidential").x1 == doctest::Approx(595.276 - 56).epsilon(0.005));
  CHECK(word(w, "Confidential").y1 < 62);
  // The band: at least 22 % of the page high, centred at 40 % from the top, the title and subtitle in it.
  const double band_h = page_h * 0.22;
  const double band_top = page_h * 0.4 - band_h / 2;
  for (const char* s : {"Gap", "Assessment", "Against", "standard"}) {
    CAPTURE(s);
    CHECK(word(w, s).y0 > band_top);
    CHECK(word(w, s).y1 < band_top + band_h);
    CHECK(word(w, s).x0 >= 56 - 0.5);
  }
  CHECK(word(w, "Gap").y1 < word(w, "Against").y0);
  // Under the band, in this order: organisation, date, details, badge.
  CHECK(word(w, "Example").y0 > band_top + band_h + 30);
  CHECK(word(w, "Example").y1 < word(w, "March").y0);
  CHECK(word(w, "March").y1 < word(w, "Checklist").y0);
  CHECK(word(w, "Checklist").y1 < word(w, "Assessors").y0);
  CHECK(word(w, "Assessors").y1 < word(w, "Ready").y0);
  // The details' values line up in a column right of the labels.
  CHECK(word(w, "ISO/IEC").x0 == doctest::Approx(word(w, "Claire").x0));
  CHECK(word(w, "ISO/IEC").x0 > word(w, "Assessors").x1);
  // Prepared by: at the foot of the frame (64 pt margin), the caption above the name.
  CHECK(word(w, "PREPARED").y1 < word(w, "Consulting").y0);
  CHECK(word(w, "Consulting").y1 < page_h - 64 + 1);
  CHECK(word(w, "PREPARED").y0 > page_h - 64 - 30);

  const t::Raster page = t::render_page(dir / "c.pdf", 1, 72, dir.path(), false);
  // The theme's primary, full bleed (the organisation under the band is in it too: rows above it only).
  const t::PixelBox band = t::find_color(page, 0x1B, 0x36, 0x5D, 3, 0, static_cast<int>(band_top + band_h + 20));
  REQUIRE(band.count > 0);
  CHECK(band.x1 >= page.width - 2);  // to the right edge of the page
  CHECK(band.y0 == doctest::Approx(band_top).epsilon(0.01));
  CHECK(band.y1 - band.y0 + 1 == doctest::Approx(band_h).epsilon(0.02));
  const t::PixelBox badge = t::find_color(page, 0xE6, 0x9F, 0x00);
  REQUIRE(badge.count > 0);
  CHECK(badge.x0 == 56);
  CHECK(badge.y0 < word(w, "Ready").y0);
  CHECK(badge.y1 > word(w, "Ready").y1);
}

TEST_CASE("cover: no running header or footer on it, and the body on the next page") {
  t::TempDir dir("cover-plain");
  render(dir / "c.pdf", full_cover());
  REQUIRE(t::pdf_page_count(dir / "c.pdf") == 2);
  const std::string cover = t::pdf_page_text(dir / "c.pdf", 1);
  CHECK(cover.find("Header firm") == std::string::npos);
  CHECK(cover.find("Footer left") == std::string::npos);
  CHECK(cover.find("Body text.") == std::string::npos);
  const std::string body = t::pdf_page_text(dir / "c.pdf", 2);
  CHECK(body.find("Body text.") != std::string::npos);
  CHECK(body.find("Header firm") != std::string::npos);
}

TEST_CASE("cover: empty fields leave nothing behind, and a long title is cut after three lines") {
  t::TempDir dir("cover-bare");
  Cover bare;
  bare.title = "Only a title";
  bare.prepared_by_label = "";
  render(dir / "b.pdf", bare);
  CHECK(iso20k::test::squeeze(t::pdf_page_text(dir / "b.pdf", 1)) == "Only a title");

  Cover wordy;
  for (int i = 0; i < 30; ++i) wordy.title += "Assessment ";
  render(dir / "w.pdf", wordy);
  const std::string text = t::pdf_page_text(dir / "w.pdf", 1);
  CHECK(t::count(text, "Assessment") < 30);
  CHECK(text.find("…") != std::string::npos);
}

TEST_CASE("cover: the logo top left, and a logo that cannot be read fails before any page is drawn") {
  t::TempDir dir("cover-logo");
  t::write_bytes(dir / "logo.png", t::make_logo_png());
  Cover cover = full_cover();
  cover.classification = "";  // in the accent colour, top right
  cover.logo = dir / "logo.png";
  render(dir / "l.pdf", cover);
  const t::Raster page = t::render_page(dir / "l.pdf", 1, 72, dir.path(), false);
  const t::PixelBox bar = t::find_color(page, 0x00, 0x72, 0xB2, 3, 48, 48 + 56);  // the logo's blue bar
  REQUIRE(bar.count > 0);
  CHECK(bar.x0 >= 56);
  CHECK(bar.x1 <= 56 + 170);

  Document doc;
  Flow flow(doc);
  cover.logo = dir / "missing.png";
  CHECK_THROWS_AS(add_cover(flow, cover), LayoutError);
  CHECK(doc.page_count() == 0);
}

}  // namespace iso20k::layout
