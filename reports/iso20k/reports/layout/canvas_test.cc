// Drawing on a page where asked, in PDF coordinates (origin bottom-left): rectangles filled (also
// translucent) and outlined, lines solid, dashed and dotted, polygons and circles, text aligned left,
// centred or right on its anchor, stacked lines one leading apart, and links to another page.
#include "iso20k/reports/layout/canvas.h"

#include <doctest/doctest.h>

#include "support/pdf_probe.h"
#include "support/render_fixture.h"

namespace iso20k::layout {
namespace {

namespace t = iso20k::testing;

// Pixel row (72 dpi, top row 0) of the PDF height y on an A4 page.
double row(double y) { return 841.89 - y; }

const t::Word& word(const std::vector<t::Word>& words, const std::string& text) {
  for (const t::Word& w : words) {
    if (w.text == text) return w;
  }
  FAIL("no word " << text);
  throw;
}

}  // namespace

TEST_CASE("canvas: rectangles filled where asked, translucent over white, outlined with a hollow inside") {
  t::TempDir dir("canvas-rect");
  t::render_page(dir / "r.pdf", [](Canvas& c) {
    c.fill_rect(Box{100, 700, 50, 20}, hex(0xFF0000));
    c.fill_rect(Box{100, 600, 50, 20}, hex(0x0000FF), 0.5);
    c.stroke_rect(Box{300, 500, 100, 50}, Stroke{hex(0x00FF00), 2, LineStyle::solid});
  });
  const t::Raster page = t::render_page(dir / "r.pdf", 1, 72, dir.path(), false);
  const t::PixelBox red = t::find_color(page, 255, 0, 0);
  REQUIRE(red.count > 0);
  CHECK(red.x0 == 100);
  CHECK(red.x1 == doctest::Approx(149).epsilon(0.01));
  CHECK(red.y0 == doctest::Approx(row(720)).epsilon(0.01));
  CHECK(red.y1 - red.y0 + 1 == doctest::Approx(20).epsilon(0.06));
  const t::PixelBox half = t::find_color(page, 128, 128, 255, 4);  // half blue over white
  REQUIRE(half.count > 0);
  CHECK(half.x0 == 100);
  CHECK(half.y0 == doctest::Approx(row(620)).epsilon(0.01));
  CHECK(t::find_color(page, 0, 0, 255).count == 0);  // nowhere opaque
  const t::PixelBox green = t::find_color(page, 0, 255, 0, 40);
  REQUIRE(green.count > 0);
  CHECK(green.width() == doctest::Approx(102).epsilon(0.02));  // the 2 pt stroke straddles the edge
  CHECK(page.at(350, static_cast<int>(row(525)), 1) == 255);  // inside: white
  CHECK(page.at(350, static_cast<int>(row(525)), 0) == 255);
}

TEST_CASE("canvas: dashed and dotted lines ink less of their length than a solid one") {
  t::TempDir dir("canvas-lines");
  t::render_page(dir / "l.pdf", [](Canvas& c) {
    c.line({100, 700}, {300, 700}, Stroke{hex(0xFF0000), 2, LineStyle::solid});
    c.line({100, 600}, {300, 600}, Stroke{hex(0x00FF00), 2, LineStyle::dashed});
    c.line({100, 500}, {300, 500}, Stroke{hex(0x0000FF), 2, LineStyle::dotted});
  });
  const t::Raster page = t::render_page(dir / "l.pdf", 1, 72, dir.path(), false);
  const t::PixelBox solid = t::find_color(page, 255, 0, 0, 60);
  const t::PixelBox dashed = t::find_color(page, 0, 255, 0, 60);
  const t::PixelBox dotted = t::find_color(page, 0, 0, 255, 60);
  CHECK(solid.x0 == 100);
  CHECK(solid.width() == doctest::Approx(200).epsilon(0.01));
  CHECK(dashed.width() == doctest::Approx(200).epsilon(0.03));  // the same extent
  const double s = static_cast<double>(solid.count);
  CHECK(static_cast<double>(dashed.count) / s == doctest::Approx(4.0 / 7).epsilon(0.15));  // 4 on, 3 off
  CHECK(static_cast<double>(dotted.count) < static_cast<double>(dashed.count));
  CHECK(dotted.count > 0);
}

TEST_CASE("canvas: polygons and circles filled or outlined, nothing when neither is asked") {
  t::TempDir dir("canvas-shapes");
  t::render_page(dir / "s.pdf", [](Canvas& c) {
    const std::vector<Point> triangle{{100, 600}, {200, 600}, {150, 700}};
    c.polygon(triangle, hex(0xFF0000), 1, std::nullopt);
    const std::vector<Point> shifted{{300, 600}, {400, 600}, {350, 700}};
    c.polygon(shifted, std::nullopt, 1, std::nullopt);  // neither fill nor stroke
    const std::vector<Point> one{{300, 300}};
    c.polygon(one, hex(0x00FF00), 1, std::nullopt);  // not a shape
    c.circle({150, 400}, 20, hex(0x0000FF), std::nullopt);
    c.circle({350, 400}, 20, std::nullopt, Stroke{hex(0xFF00FF), 2, LineStyle::solid});
    c.circle({450, 400}, 20, std::nullopt, std::nullopt);
  });
  const t::Raster page = t::render_page(dir / "s.pdf", 1, 72, dir.path(), false);
  const t::PixelBox triangle = t::find_color(page, 255, 0, 0);
  CHECK(triangle.x0 == doctest::Approx(100).epsilon(0.02));
  CHECK(triangle.width() == doctest::Approx(100).epsilon(0.03));
  CHECK(triangle.y1 - triangle.y0 + 1 == doctest::Approx(100).epsilon(0.03));
  // The top of the triangle is narrow: its top row is inked around x = 150 only.
  CHECK(t::find_color(page, 255, 0, 0, 3, triangle.y0, triangle.y0 + 3).width() < 10);
  CHECK(t::find_color(page, 0, 255, 0).count == 0);
  const t::PixelBox disc = t::find_color(page, 0, 0, 255);
  CHECK(disc.width() == doctest::Approx(40).epsilon(0.06));
  CHECK((disc.x0 + disc.x1) / 2.0 == doctest::Approx(150).epsilon(0.01));
  const t::PixelBox ring = t::find_color(page, 255, 0, 255, 60);
  CHECK(ring.width() == doctest::Approx(42).epsilon(0.06));
  CHECK(page.at(350, static_cast<int>(row(400)), 1) == 255);  // the ring is hollow
  // Nothing was drawn right of x = 420 (the circle with neither fill nor stroke) or at (300, 300).
  std::size_t inked = 0;
  for (int y = 0; y < page.height; ++y) {
    for (int x = 420; x < page.width; ++x) inked += page.at(x, y, 0) < 250 || page.at(x, y, 2) < 250;
  }
  CHECK(inked == 0);
}

TEST_CASE("canvas: text is anchored on its left edge, centre or right edge, and lines stack one leading apart") {
  t::TempDir dir("canvas-text");
  t::render_page(dir / "t.pdf", [](Canvas& c) {
    TextStyle left;
    c.text("Leftward", 100, 700, left);
    TextStyle centre = left;
    centre.align = Align::center;
    c.text("Centred", 300, 650, centre);
    TextStyle right = left;
    right.align = Align::right;
    c.text("Rightward", 500, 600, right);
    c.text("", 100, 550, left);  // nothing to draw
    const std::vector<std::string> three{"First", "Second", "Third"};
    c.lines(three, 100, 500, 200, left);
    c.lines(three, 300, 500, 200, right);
  });
  const std::vector<t::Word> words = t::pdf_words(dir / "t.pdf", 1);
  CHECK(words.size() == 9);
  CHECK(word(words, "Leftward").x0 == doctest::Approx(100).epsilon(0.01));
  const t::Word& centred = word(words, "Centred");
  CHECK((centred.x0 + centred.x1) / 2 == doctest::Approx(300).epsilon(0.005));
  CHECK(word(words, "Rightward").x1 == doctest::Approx(500).epsilon(0.005));
  // Stacked lines: 10 pt at 1.4 → 14 points apart, the first under `top`.
  std::vector<const t::Word*> lefts;
  for (const t::Word& w : words) {
    if ((w.text == "First" || w.text == "Second" || w.text == "Third") && w.x0 < 250) lefts.push_back(&w);
  }
  REQUIRE(lefts.size() == 3);
  CHECK(lefts[0]->y0 > row(500) - 0.5);
  CHECK(lefts[1]->y0 - lefts[0]->y0 == doctest::Approx(14).epsilon(0.02));
  CHECK(lefts[2]->y0 - lefts[1]->y0 == doctest::Approx(14).epsilon(0.02));
  for (const t::Word& w : words) {
    if (w.x0 > 250 && w.x0 < 500 && (w.text == "First" || w.text == "Second" || w.text == "Third")) {
      CHECK(w.x1 == doctest::Approx(500).epsilon(0.005));  // right-aligned in [300, 500]
    }
  }
}

TEST_CASE("canvas: a link jumps to its target page") {
  t::TempDir dir("canvas-link");
  Document doc;
  const HPDF_Page first = doc.add_page();
  const HPDF_Page second = doc.add_page();
  Canvas(doc, first).link(Box{100, 700, 200, 20}, second, 500);
  Canvas(doc, second).text("Target", 100, 480, TextStyle{});
  doc.save(dir / "l.pdf");
  const t::PdfStructure pdf = t::pdf_structure(dir / "l.pdf");
  REQUIRE(pdf.links.size() == 2);
  REQUIRE(pdf.links[0].size() == 1);
  CHECK(pdf.links[0][0].target == 2);
  CHECK(pdf.links[0][0].top == doctest::Approx(720));
  CHECK(pdf.links[1].empty());
}

}  // namespace iso20k::layout
