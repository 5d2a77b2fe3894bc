// Measuring before placing: a fixed column widened to its widest word (the header in bold, bold cells
// in bold, at the table's font size) plus the cell padding, never beyond the cap and never narrowed;
// a table's start kept with its caption; the height a paragraph takes.
#include "iso20k/reports/pdf/table_fit.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "iso20k/reports/layout/document.h"

namespace iso20k::reports {
namespace {

using layout::ColumnWidth;
using layout::FontFace;

}  // namespace

TEST_CASE("table fit: fixed columns widen to their widest word plus 12 points, up to the cap") {
  layout::Document doc;
  layout::Flow flow(doc);
  const double size = flow.theme().table_size;  // 8.5
  const auto width = [&](const char* word, FontFace face, double at) { return doc.text_width(word, face, at); };

  layout::Table table;
  table.columns = {{"Owner", ColumnWidth::pt(20)},           // a cell's word is wider than the header
                   {"Verantwortlich", ColumnWidth::pt(20)},  // the bold header is the widest
                   {"Title", ColumnWidth::share(1)},         // shared columns are not touched
                   {"ID", ColumnWidth::pt(140)},             // already at or above the cap
                   {"Status", ColumnWidth::pt(80)},          // wide enough already: never narrowed
                   {"Ref", ColumnWidth::pt(20)}};            // capped
  layout::TableCell strong("Abweichung");
  strong.bold = true;
  table.rows = {{"Hauptabweichung offen", "x", "Some long title text", "A", "Done", "DOC-PORT-SERVICE-REQUIREMENTS-REGISTER"},
                {strong, "y"}};  // a short row: the other cells are empty
  fit_columns(flow, table);

  const double owner = std::max({width("Owner", FontFace::bold, size), width("Hauptabweichung", FontFace::regular, size),
                                 width("Abweichung", FontFace::bold, size)}) + 12;
  CHECK(table.columns[0].width.value == doctest::Approx(owner));
  CHECK(table.columns[1].width.value == doctest::Approx(width("Verantwortlich", FontFace::bold, size) + 12));
  CHECK(table.columns[2].width.kind == ColumnWidth::Kind::share);
  CHECK(table.columns[2].width.value == 1);
  CHECK(table.columns[3].width.value == 140);
  CHECK(table.columns[4].width.value == 80);
  CHECK(table.columns[5].width.value == 130);  // the default cap

  // The table's own font size, no header row counted when there is none, and a cap of one's own.
  layout::Table small;
  small.header = false;
  small.font_size = 7;
  small.columns = {{"Verantwortlich", ColumnWidth::pt(10)}, {"x", ColumnWidth::pt(10)}};
  small.rows = {{"Owner", "DOC-PORT-SERVICE-REQUIREMENTS-REGISTER"}};
  fit_columns(flow, small, 90);
  CHECK(small.columns[0].width.value == doctest::Approx(width("Owner", FontFace::regular, 7) + 12));
  CHECK(small.columns[1].width.value == 90);
}

TEST_CASE("table fit: a caption is kept with the whole of a short table, or with the start of a long one") {
  layout::Document doc;
  layout::Flow flow(doc);
  const double frame = flow.frame().h;
  layout::Table table;
  table.columns = {{"A", ColumnWidth::share(1)}, {"B", ColumnWidth::pt(60)}};
  for (int i = 0; i < 5; ++i) table.rows.push_back({"row " + std::to_string(i), "x"});
  const double all = layout::table_height(flow, table);
  const double start = layout::table_height(flow, table, 2);
  REQUIRE(all < frame * 0.4);
  REQUIRE(start < all);

  // Room for the caption and the whole table: it stays on this page.
  flow.take(frame - (20 + all + 1));
  const double before = flow.remaining();
  keep_with_table(flow, 20, table);
  CHECK(flow.remaining() == doctest::Approx(before));
  CHECK(doc.page_count() == 1);
  // Room for the caption and its first rows only: the short table goes to the next page whole.
  flow.take(2);
  keep_with_table(flow, 20, table);
  flow.take(1);  // what is kept is placed with the next block
  CHECK(doc.page_count() == 2);

  // A table longer than `whole` of a page needs only its header and two rows under the caption.
  layout::Document doc2;
  layout::Flow flow2(doc2);
  flow2.take(frame - (20 + start + 1));
  keep_with_table(flow2, 20, table, 0.01);
  flow2.take(1);
  CHECK(doc2.page_count() == 1);
}

TEST_CASE("table fit: a paragraph's height is its lines times the leading plus the paragraph space") {
  layout::Document doc;
  layout::Flow flow(doc);
  const layout::TextStyle body = flow.theme().body();    // 10 pt at 1.4
  const layout::TextStyle small = flow.theme().small();  // 8 pt at 1.3
  CHECK(paragraph_height(flow, "Short.", body) == doctest::Approx(14 + 7));
  CHECK(paragraph_height(flow, "One\nTwo\nThree", body) == doctest::Approx(3 * 14 + 7));
  CHECK(paragraph_height(flow, "Short.", small) == doctest::Approx(10.4 + 7));
  std::string long_text;
  for (int i = 0; i < 60; ++i) long_text += "requirement ";
  const std::size_t lines =
      layout::wrap_text(doc, long_text, body.face, body.size, flow.frame().w).size();
  REQUIRE(lines > 1);
  CHECK(paragraph_height(flow, long_text, body) == doctest::Approx(static_cast<double>(lines) * 14 + 7));
}

}  // namespace iso20k::reports
