// No heading at the foot of a page with fewer than two lines of its content under it: every kind of
// block a report puts under a heading, with the heading placed at every height near a page's foot.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/flow.h"
#include "iso20k/reports/layout/table.h"
#include "support/heading_probe.h"
#include "support/pdf_probe.h"

namespace iso20k::layout {
namespace {

namespace t = iso20k::testing;

const std::string kLong =
    "The service provider shall plan, establish, implement, maintain and continually improve the service "
    "management system, including the processes needed and their interactions, in accordance with the "
    "requirements of this document. Evidence is reviewed as at the assessment date.";

Table sample_table(std::size_t rows, bool header, bool total = false, std::string first_cell = "R-4.1-01") {
  Table table;
  table.columns = {{"Requirement", ColumnWidth::pt(90)}, {"Result", ColumnWidth::share(1)}};
  table.header = header;
  table.total_row = total;
  for (std::size_t r = 0; r < rows; ++r) {
    table.rows.push_back({r == 0 ? first_cell : "R-4.1-" + std::to_string(r + 10), "Partially conformant"});
  }
  return table;
}

struct Case {
  const char* name;
  std::function<void(Flow&)> content;  // what follows the heading under test
};

const std::vector<Case>& cases() {
  static const std::vector<Case> all = {
      {"a paragraph", [](Flow& f) { f.paragraph(kLong); }},
      {"a one-line paragraph, then a paragraph", [](Flow& f) { f.paragraph("Score 52.2 %."); f.paragraph(kLong); }},
      {"a one-line paragraph, then a table", [](Flow& f) { f.paragraph("Score 52.2 %."); add_table(f, sample_table(6, true)); }},
      {"a one-line paragraph, then a chart", [](Flow& f) {
         f.paragraph("Score 52.2 %.");
         auto [canvas, box] = f.place(120);
         canvas.fill_rect(box, hex(0x0072B2));
         canvas.text("Chart label", box.x + 4, box.top() - 14, TextStyle{});
       }},
      {"one-line list items", [](Flow& f) {
         const std::vector<std::string> items = {"First item.", "Second item.", "Third item.", "Fourth item."};
         f.bullets(items);
       }},
      {"a one-line list item, then a paragraph", [](Flow& f) {
         const std::vector<std::string> items = {"Only item."};
         f.bullets(items);
         f.paragraph(kLong);
       }},
      {"a table", [](Flow& f) { add_table(f, sample_table(8, true)); }},
      {"a table without header", [](Flow& f) { add_table(f, sample_table(8, false)); }},
      {"a table of one row and its total", [](Flow& f) { add_table(f, sample_table(2, true, true)); }},
      {"a table with a tall first row", [](Flow& f) { add_table(f, sample_table(4, true, false, kLong)); }},
      {"a chart", [](Flow& f) {
         auto [canvas, box] = f.place(140);
         canvas.fill_rect(box, hex(0xC5CCD6));
         canvas.text("Chart label", box.x + 4, box.top() - 14, TextStyle{});
         canvas.text("Axis label", box.x + 4, box.y + 4, TextStyle{});  // the PDF probe sees text only
       }},
      {"a sub-heading and a paragraph", [](Flow& f) { f.heading(3, "Sub-heading"); f.paragraph(kLong); }},
      {"a one-line paragraph, a sub-heading and a paragraph", [](Flow& f) {
         f.paragraph("Score 52.2 %.");
         f.heading(3, "Sub-heading");
         f.paragraph(kLong);
       }},
      {"a page break and a paragraph", [](Flow& f) { f.page_break(); f.paragraph(kLong); }},
      {"a one-line paragraph, a keep() for too little, a sub-heading, a line and a table", [](Flow& f) {
         // As a report does for a clause whose requirements are all in its sub-clauses.
         f.paragraph("Score 52.2 %.");
         f.keep(20);
         f.heading(3, "Sub-clause");
         f.paragraph("Score 50.0 %.");
         add_table(f, sample_table(3, true, false, kLong));
       }},
      {"a one-line paragraph, then a page break", [](Flow& f) {
         // Before the break it stays, at the foot if it must: the flow cannot keep it with what follows.
         f.paragraph("Score 52.2 %.");
         f.page_break();
         f.heading(2, "After the break");
         f.paragraph(kLong);
       }},
  };
  return all;
}

// For every case: a page per height left under a filler block (0 to 160 pt in steps of 2.5), the
// heading under test there, then the case's blocks.
void build(Flow& flow, const Case& c) {
  for (double leave = 0; leave <= 160; leave += 2.5) {
    flow.new_page();
    flow.heading(3, "Filler");
    flow.paragraph("Filler text.\nFiller text.");
    const double filler = flow.remaining() - leave;
    if (filler > 0) {
      auto [canvas, box] = flow.place(filler);
      canvas.text("Filler text", box.x, box.top() - 10, TextStyle{});
    }
    flow.heading(2, std::string(c.name) + " at " + std::to_string(leave));
    c.content(flow);
  }
}

}  // namespace

TEST_CASE("heading keep: no heading is left at a page's foot above fewer than two lines of its content") {
  for (const Case& c : cases()) {
    const std::string label = c.name;
    CAPTURE(label);
    Document doc;
    Flow flow(doc);
    build(flow, c);
    flow.finish(PageDecoration{});
    const std::vector<std::string> orphans = t::orphaned_headings(flow.headings());
    CHECK_MESSAGE(orphans.empty(), (orphans.empty() ? "" : orphans.front()));
  }
}

TEST_CASE("heading keep: the PDF probe agrees with the flow's records") {
  t::TempDir dir("heading-keep");
  for (const char* name : {"a one-line paragraph, then a table", "one-line list items", "a chart"}) {
    const std::string label = name;
    CAPTURE(label);
    const auto it = std::find_if(cases().begin(), cases().end(), [&](const Case& c) { return c.name == std::string(name); });
    REQUIRE(it != cases().end());
    Document doc;
    Flow flow(doc);
    build(flow, *it);
    flow.finish(PageDecoration{});
    doc.save(dir / "keep.pdf");
    const std::vector<std::string> orphans = t::orphaned_headings_in_pdf(dir / "keep.pdf", doc.options().margins);
    CHECK_MESSAGE(orphans.empty(), (orphans.empty() ? "" : orphans.front()));
  }
}

TEST_CASE("heading keep: both probes find a heading that was left at a page's foot") {
  // The flow cannot be made to leave one, so draw it by hand: a heading at the foot of page 1 with its
  // bookmark and its text on page 2, and one alone at the foot of page 2 with the next on page 3.
  t::TempDir dir("heading-orphan");
  Document doc;
  const TextStyle heading{FontFace::bold, 13, black, 1.3, Align::left};
  const TextStyle body{};
  const auto page = [&](const std::vector<std::pair<std::string, double>>& headings, int body_lines) {
    Canvas canvas(doc, doc.add_page());
    double y = 760;
    for (int i = 0; i < body_lines; ++i, y -= 14) canvas.text("Body text line " + std::to_string(i), 56, y, body);
    for (const auto& [text, top] : headings) {
      canvas.text(text, 56, top - 13, heading);
      doc.add_outline(nullptr, text, canvas.page(), top + 6);
    }
  };
  page({{"Left behind", 100}}, 10);
  page({{"Alone", 100}}, 10);
  page({{"Next", 775}}, 0);
  doc.save(dir / "orphan.pdf");
  const std::vector<std::string> pdf = t::orphaned_headings_in_pdf(dir / "orphan.pdf");
  REQUIRE(pdf.size() == 2);
  CHECK(pdf[0] == "p1 Left behind: 0 line(s) under it, the rest on a later page");
  CHECK(pdf[1] == "p2 Alone: alone, the heading that follows it on a later page");

  // Records made by hand: one line under a heading whose content goes on; a heading alone before the
  // next heading's page; a short section before a page break and a short last section are fine.
  HPDF_Page p1 = doc.page(0);
  HPDF_Page p2 = doc.page(1);
  const std::vector<HeadingRecord> made = {
      {2, "One line", p1, 100, 1, true, false},
      {2, "Alone", p1, 60, 0, false, false},
      {3, "Sub", p2, 700, 5, false, false},
      {2, "Broken", p2, 100, 1, false, true},
      {2, "Short", doc.page(2), 100, 1, false, false},
  };
  const std::vector<std::string> found = t::orphaned_headings(made);
  REQUIRE(found.size() == 2);
  CHECK(found[0] == "One line: 1 line(s) under it, the rest on a later page");
  CHECK(found[1] == "Alone: alone, the heading that follows it on a later page");
}

TEST_CASE("heading keep: the flow records the lines under each heading and whether they go on") {
  Document doc;
  Flow flow(doc);
  flow.heading(1, "One");
  flow.paragraph("A single line.");
  flow.paragraph("Another line.");
  flow.heading(2, "Two");
  add_table(flow, sample_table(3, true));
  flow.heading(2, "Three");
  flow.paragraph(kLong + " " + kLong + " " + kLong + " " + kLong + " " + kLong + " " + kLong + " " + kLong +
                 " " + kLong + " " + kLong + " " + kLong + " " + kLong + " " + kLong + " " + kLong + " " + kLong);
  flow.finish(PageDecoration{});
  const std::vector<HeadingRecord>& h = flow.headings();
  REQUIRE(h.size() == 3);
  CHECK(h[0].lines_after == 2);
  CHECK_FALSE(h[0].continues);
  CHECK(h[1].lines_after == 4);  // the header row and three rows
  CHECK_FALSE(h[1].continues);
  CHECK(h[2].lines_after > 2);
  CHECK(h[2].continues);
}

}  // namespace iso20k::layout
