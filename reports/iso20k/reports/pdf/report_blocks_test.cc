// The blocks that are more than text: key-figure tiles side by side across the text width (label,
// value in the figure's colour, note), the verdict banner with its coloured bar, and charts at their
// height — each taking exactly the height it measures, then a gap.
#include "iso20k/reports/pdf/report_blocks.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "iso20k/reports/charts/palette.h"
#include "support/pdf_probe.h"

namespace iso20k::reports {
namespace {

namespace t = iso20k::testing;

const t::Word& word(const std::vector<t::Word>& words, const std::string& text) {
  for (const t::Word& w : words) {
    if (w.text == text) return w;
  }
  FAIL("no word " << text);
  throw;
}

charts::BarChart bars() {
  charts::BarChart chart;
  chart.title = "Score by clause";
  chart.labels = {"Clause 4", "Clause 5"};
  chart.values = {40, 80};
  return chart;
}

}  // namespace

TEST_CASE("report blocks: key figures as tiles across the width, each as tall as measured") {
  t::TempDir dir("report-blocks-figures");
  layout::Document doc;
  layout::Flow flow(doc);
  const layout::Box frame = flow.frame();
  add_key_figures(flow, {});
  CHECK(doc.page_count() == 0);  // nothing to draw, no page
  add_key_figures(flow, {KeyFigure{"Overall", "62.5%", "note weighted", charts::okabe_ito::vermillion, std::nullopt},
                         KeyFigure{"Coverage", "91.0%", "note assessed", charts::okabe_ito::blue, std::nullopt},
                         KeyFigure{"Findings", "38", "note majors", charts::okabe_ito::green, std::nullopt}});
  // One line each of label (8 pt × 1.25), value (19 × 1.15) and note (7.5 × 1.3), the top rule, the
  // padding and the gaps: 3 + 8 + 10 + 4 + 21.85 + 4 + 9.75 + 8 = 68.6, then 12 under the tiles.
  CHECK(flow.cursor() == doctest::Approx(frame.top() - 68.6 - 12));
  flow.finish(layout::PageDecoration{"", "", "", "", ""});
  doc.save(dir / "f.pdf");

  const std::vector<t::Word> words = t::pdf_words(dir / "f.pdf", 1);
  const double tile = (frame.w - 2 * 10) / 3;
  const double top = doc.page_height() - frame.top();  // the tiles' top, from the top of the page
  const char* labels[] = {"Overall", "Coverage", "Findings"};
  const char* values[] = {"62.5%", "91.0%", "38"};
  std::vector<t::Word> notes;  // the first word of each note, left to right
  for (const t::Word& x : words) {
    if (x.text == "note") notes.push_back(x);
  }
  REQUIRE(notes.size() == 3);
  std::sort(notes.begin(), notes.end(), [](const t::Word& a, const t::Word& b) { return a.x0 < b.x0; });
  for (int i = 0; i < 3; ++i) {
    CAPTURE(i);
    const double left = frame.x + i * (tile + 10) + 8;  // inside the tile's padding
    CHECK(word(words, labels[i]).x0 == doctest::Approx(left).epsilon(0.01));
    CHECK(word(words, values[i]).x0 == doctest::Approx(left).epsilon(0.01));
    CHECK(notes[static_cast<std::size_t>(i)].x0 == doctest::Approx(left).epsilon(0.01));
    CHECK(word(words, labels[i]).y0 > top + 3);
    CHECK(word(words, labels[i]).y1 < word(words, values[i]).y0 + 1);
    CHECK(word(words, values[i]).y1 < notes[static_cast<std::size_t>(i)].y0 + 1);
    CHECK(notes[static_cast<std::size_t>(i)].y1 < top + 68.6);
  }
  // The tiles exactly 10 points apart: the same word at the same place in each is a tile's width and
  // the gap apart.
  CHECK(notes[1].x0 - notes[0].x0 == doctest::Approx(tile + 10).epsilon(0.001));
  CHECK(notes[2].x0 - notes[1].x0 == doctest::Approx(tile + 10).epsilon(0.001));
  // The top rule of the first tile in its figure's colour, across that tile only.
  const t::Raster page = t::render_page(dir / "f.pdf", 1, 72, dir.path(), false);
  const int row = static_cast<int>(top);
  const t::PixelBox rule = t::find_color(page, 213, 94, 0, 3, row, row + 3);
  REQUIRE(rule.count > 0);
  CHECK(rule.x0 == doctest::Approx(frame.x).epsilon(0.02));
  CHECK(rule.x1 == doctest::Approx(frame.x + tile).epsilon(0.02));
}

TEST_CASE("report blocks: a value too long for one line is set smaller") {
  t::TempDir dir("report-blocks-long-value");
  layout::Document doc;
  layout::Flow flow(doc);
  std::vector<KeyFigure> figures(4, KeyFigure{"Verdict", "Short", "n", charts::okabe_ito::blue, std::nullopt});
  figures[0].value = "Not ready for certification";
  add_key_figures(flow, figures);
  flow.finish(layout::PageDecoration{"", "", "", "", ""});
  doc.save(dir / "v.pdf");
  const std::vector<t::Word> words = t::pdf_words(dir / "v.pdf", 1);
  const t::Word& small = word(words, "Not");
  const t::Word& large = word(words, "Short");
  CHECK(small.y1 - small.y0 == doctest::Approx((large.y1 - large.y0) * 13 / 19).epsilon(0.05));
}

TEST_CASE("report blocks: the banner's bar in its colour beside the title and text") {
  t::TempDir dir("report-blocks-banner");
  layout::Document doc;
  layout::Flow flow(doc);
  const layout::Box frame = flow.frame();
  add_banner(flow, Banner{"Ready for stage 1", "The stage 1 audit can proceed.", charts::okabe_ito::orange});
  // 10 + 14 × 1.25 + 3 + 9.5 × 1.4 + 10 = 53.8, then 12.
  CHECK(flow.cursor() == doctest::Approx(frame.top() - 53.8 - 12));
  flow.finish(layout::PageDecoration{"", "", "", "", ""});
  doc.save(dir / "b.pdf");
  const std::string text = t::pdf_text(dir / "b.pdf");
  CHECK(text.find("Ready for stage 1") < text.find("The stage 1 audit can proceed."));
  CHECK(word(t::pdf_words(dir / "b.pdf", 1), "Ready").x0 == doctest::Approx(frame.x + 16).epsilon(0.01));
  const t::Raster page = t::render_page(dir / "b.pdf", 1, 144, dir.path(), false);
  const t::PixelBox bar = t::find_color(page, 230, 159, 0);
  REQUIRE(bar.count > 0);
  CHECK(bar.x0 == doctest::Approx(frame.x * 2).epsilon(0.02));
  CHECK(bar.width() == doctest::Approx(12).epsilon(0.15));  // 6 pt
  CHECK(bar.y1 - bar.y0 + 1 == doctest::Approx(53.8 * 2).epsilon(0.03));
}

TEST_CASE("report blocks: charts at their suggested height, the radar square-ish within the page") {
  layout::Document portrait;
  layout::Flow flow(portrait);
  const layout::Box frame = flow.frame();
  charts::RadarChart radar;
  radar.axes = {"a", "b", "c"};
  CHECK(chart_height_in(flow, radar) == doctest::Approx(frame.w * 0.78));  // narrower than 60 % of the height
  CHECK(chart_height_in(flow, bars()) == doctest::Approx(charts::suggested_height(portrait, bars(), frame.w)));

  layout::DocumentOptions wide;
  wide.orientation = layout::Orientation::landscape;
  layout::Document landscape(wide);
  layout::Flow across(landscape);
  CHECK(chart_height_in(across, radar) == doctest::Approx(across.frame().h * 0.6));
}

TEST_CASE("report blocks: a chart is drawn at the height asked for, then a gap of 10 points") {
  t::TempDir dir("report-blocks-chart");
  layout::Document doc;
  layout::Flow flow(doc);
  const double top = flow.frame().top();
  add_chart(flow, bars(), 150);
  CHECK(flow.cursor() == doctest::Approx(top - 160));
  add_chart(flow, bars());
  CHECK(flow.cursor() == doctest::Approx(top - 160 - charts::suggested_height(doc, bars(), flow.frame().w) - 10));
  flow.finish(layout::PageDecoration{"", "", "", "", ""});
  doc.save(dir / "c.pdf");
  CHECK(t::count(t::pdf_text(dir / "c.pdf"), "Score by clause") == 2);
}

}  // namespace iso20k::reports
