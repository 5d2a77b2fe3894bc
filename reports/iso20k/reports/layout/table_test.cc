#include "iso20k/reports/layout/table.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "iso20k/reports/layout/error.h"
#include "support/pdf_probe.h"

namespace iso20k::layout {
namespace {

namespace t = iso20k::testing;

std::string id(int n) {
  std::string digits = std::to_string(n);
  return "REQ-" + std::string(4 - digits.size(), '0') + digits;
}

Table requirements_table(int rows) {
  Table table;
  table.columns = {{"Identifier", ColumnWidth::pt(80), Align::left},
                   {"Requirement", ColumnWidth::share(3), Align::left},
                   {"Result", ColumnWidth::share(1), Align::center}};
  for (int i = 1; i <= rows; ++i) {
    std::string text = "The organization shall retain documented information for requirement " + std::to_string(i);
    if (i % 5 == 0) text += ", including records of reviews, approvals and the evidence of their effectiveness";
    const bool bad = i % 7 == 0;
    table.rows.push_back(TableRow{id(i), text, {bad ? "Nonconformant" : "Conformant", bad ? hex(0xD55E00) : hex(0x009E73), true}});
  }
  return table;
}

// `table` alone on an A4 page, saved as dir/t.pdf.
std::filesystem::path render(const t::TempDir& dir, const Table& table) {
  Document doc;
  Flow flow(doc);
  add_table(flow, table);
  flow.finish(PageDecoration{});
  doc.save(dir / "t.pdf");
  return dir / "t.pdf";
}

// The words between x0 and x1 on page 1 by line, top first: the leftmost word of each.
std::map<double, t::Word> line_starts(const std::filesystem::path& pdf, double x0, double x1) {
  std::map<double, t::Word> starts;
  for (const t::Word& w : t::pdf_words(pdf, 1)) {
    if (w.x0 < x0 || w.x0 > x1) continue;
    const auto [it, added] = starts.emplace(w.y0, w);
    if (!added && w.x0 < it->second.x0) it->second = w;
  }
  return starts;
}

}  // namespace

TEST_CASE("table: column widths from points and shares") {
  const std::vector<TableColumn> columns{{"a", ColumnWidth::pt(100)}, {"b", ColumnWidth::share(1)}, {"c", ColumnWidth::share(3)}};
  CHECK(column_widths(columns, 500) == std::vector<double>{100, 100, 300});
  CHECK_THROWS_WITH_AS(column_widths(columns, 90), "the fixed column widths (100 pt) exceed the table width (90 pt)",
                       LayoutError);
  const std::vector<TableColumn> narrow{{"tiny", ColumnWidth::pt(400)}, {"squeezed", ColumnWidth::share(1)}};
  CHECK_THROWS_WITH_AS(column_widths(narrow, 410), "column \"squeezed\" is too narrow to hold any text", LayoutError);
}

TEST_CASE("table: column widths with minimums take what the narrow columns need from the others' spare room") {
  const std::vector<TableColumn> columns{{"a", ColumnWidth::pt(100)}, {"b", ColumnWidth::share(1)}, {"c", ColumnWidth::share(3)}};
  // Nothing below its minimum: the widths as without minimums.
  CHECK(column_widths(columns, 500, std::vector<double>{90, 50, 200}) == std::vector<double>{100, 100, 300});
  // A shared column below its minimum takes from the other shared column.
  CHECK(column_widths(columns, 500, std::vector<double>{0, 150, 0}) == std::vector<double>{100, 150, 250});
  // A fixed column below its minimum takes from the shared columns, in proportion to their spare room.
  const std::vector<double> wide_a = column_widths(columns, 500, std::vector<double>{120, 0, 0});
  CHECK(wide_a[0] == doctest::Approx(120));
  CHECK(wide_a[1] == doctest::Approx(100 - 20.0 * 86 / 372));
  CHECK(wide_a[2] == doctest::Approx(300 - 20.0 * 286 / 372));
  // When the shared columns are down to the narrowest that holds text, the fixed ones give way too.
  const std::vector<double> wide_c = column_widths(columns, 500, std::vector<double>{0, 0, 390});
  CHECK(wide_c[0] == doctest::Approx(96));
  CHECK(wide_c[1] == doctest::Approx(14));
  CHECK(wide_c[2] == doctest::Approx(390));
  CHECK_THROWS_WITH_AS(column_widths(columns, 500, std::vector<double>{200, 200, 200}),
                       "the table is 500 pt wide but the longest words of its column headers (\"a\", \"b\", \"c\") "
                       "need 600 pt side by side",
                       LayoutError);
}

TEST_CASE("table: no column is narrower than the widest word of its header, so no header breaks inside a word") {
  t::TempDir dir("table-header-words");
  Document doc;
  Flow flow(doc);
  Table table;
  // By their shares and points alone "Findings" would get 34 pt and "Verantwortlich" 40 pt: both less
  // than the words (bold, 8.5 pt) and the cell padding.
  table.columns = {{"Description of the action", ColumnWidth::share(12)},
                   {"Findings", ColumnWidth::share(1), Align::center},
                   {"Verantwortlich", ColumnWidth::pt(40)}};
  table.rows.push_back(TableRow{"Publish the 2026 SMS objectives", "F-001", "Martin Hale"});
  const std::vector<double> widths = table_column_widths(flow, table);
  REQUIRE(widths.size() == 3);
  double total = 0;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    INFO("column ", table.columns[c].header);
    CHECK(widths[c] >= widest_word(doc, table.columns[c].header, FontFace::bold, Theme{}.table_size) + 10 - 1e-9);
    total += widths[c];
  }
  CHECK(total == doctest::Approx(flow.frame().w));
  std::vector<std::string> words;
  for (const t::Word& w : t::pdf_words(render(dir, table), 1)) words.push_back(w.text);
  for (const char* header : {"Findings", "Verantwortlich", "Description"}) {
    INFO(header);
    CHECK(std::find(words.begin(), words.end(), header) != words.end());
  }
  for (const char* piece : {"Finding", "s", "Verantwortli", "ch"}) CHECK(std::find(words.begin(), words.end(), piece) == words.end());
}

TEST_CASE("table: a shared column widens to its widest cell word from the other shared columns' room") {
  Document doc;
  Flow flow(doc);
  const double size = Theme{}.table_size;
  Table table;
  table.columns = {{"Item", ColumnWidth::share(1)}, {"Status", ColumnWidth::pt(60)}, {"Description", ColumnWidth::share(5)}};
  table.rows.push_back(TableRow{"DOC-PORT-SERVICE-REQUIREMENTS", "Seen", "Service requirements of the portfolio"});
  const double id = widest_word(doc, "DOC-PORT-SERVICE-REQUIREMENTS", FontFace::regular, size);
  REQUIRE(column_widths(table.columns, flow.frame().w)[0] < id + 10);  // by its share alone it would break
  std::vector<double> widths = table_column_widths(flow, table);
  CHECK(widths[0] == doctest::Approx(id + 10));
  CHECK(widths[1] == 60);  // fixed columns give nothing for cell words
  CHECK(widths[0] + widths[1] + widths[2] == doctest::Approx(flow.frame().w));
  // Where the shared columns' room is too little, as far as it goes: the fixed column still untouched.
  table.columns[1].width = ColumnWidth::pt(flow.frame().w - id - 20);
  widths = table_column_widths(flow, table);
  CHECK(widths[1] == doctest::Approx(flow.frame().w - id - 20));
  CHECK(widths[0] > widths[2]);
  CHECK(widths[0] < id + 10);
}

TEST_CASE("table: headers whose widest words cannot stand side by side are an error, headerless tables are not") {
  Document doc;
  Flow flow(doc);
  Table table;
  for (int i = 0; i < 8; ++i) table.columns.push_back({"Verantwortlichkeiten", ColumnWidth::share(1)});
  CHECK_THROWS_WITH_AS(add_table(flow, table), doctest::Contains("longest words of its column headers"), LayoutError);
  table.header = false;
  CHECK_NOTHROW(add_table(flow, table));
}

TEST_CASE("table: 300 rows break across pages, the header repeats on every page and no row is lost") {
  t::TempDir dir("table-300");
  Document doc;
  Flow flow(doc);
  flow.heading(1, "Requirements");
  add_table(flow, requirements_table(300));
  flow.paragraph("After the table.");
  flow.finish(PageDecoration{});
  doc.save(dir / "t.pdf");

  const int pages = t::pdf_page_count(dir / "t.pdf");
  REQUIRE(pages >= 5);
  int seen = 0;
  int previous_last = 0;
  for (int p = 1; p <= pages; ++p) {
    INFO("page ", p);
    const std::string text = t::pdf_page_text(dir / "t.pdf", p);
    CHECK(t::count(text, "Identifier") == 1);
    int first = 0, last = 0;
    for (int i = 1; i <= 300; ++i) {
      if (text.find(id(i)) != std::string::npos) {
        if (first == 0) first = i;
        last = i;
        ++seen;
      }
    }
    CHECK(first == previous_last + 1);  // rows continue in order, none skipped
    previous_last = last;
  }
  CHECK(seen == 300);
  CHECK(previous_last == 300);
  const std::string all = t::pdf_text(dir / "t.pdf");
  for (int i = 1; i <= 300; ++i) CHECK(t::count(all, id(i)) == 1);
  CHECK(t::count(all, "Nonconformant") == 300 / 7);
  CHECK(t::pdf_page_text(dir / "t.pdf", pages).find("After the table.") != std::string::npos);
}

TEST_CASE("table: a row taller than a page is split across pages, every word kept") {
  t::TempDir dir("table-tall");
  Table table;
  table.columns = {{"Clause", ColumnWidth::pt(60)}, {"Evidence", ColumnWidth::share(1)}};
  std::string words;
  for (int i = 1; i <= 1500; ++i) words += "t" + std::to_string(10000 + i) + " ";
  table.rows.push_back(TableRow{"before", "short row"});
  table.rows.push_back(TableRow{"8.2", words});
  table.rows.push_back(TableRow{"after", "short row"});
  render(dir, table);
  const int pages = t::pdf_page_count(dir / "t.pdf");
  CHECK(pages >= 3);
  const std::string all = t::pdf_text(dir / "t.pdf");
  std::size_t last = 0;
  for (int i = 1; i <= 1500; ++i) {
    const std::string word = "t" + std::to_string(10000 + i);
    INFO(word);
    const std::size_t at = all.find(word);
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
  for (int p = 1; p <= pages; ++p) CHECK(t::count(t::pdf_page_text(dir / "t.pdf", p), "Evidence") == 1);
  CHECK(t::pdf_page_text(dir / "t.pdf", 1).find("before") != std::string::npos);  // the split row starts under it
  CHECK(t::pdf_page_text(dir / "t.pdf", pages).find("after") != std::string::npos);
}

TEST_CASE("table: a row that fits on a page is never split") {
  t::TempDir dir("table-keep");
  Document doc;
  Flow flow(doc);
  flow.paragraph("start");
  const double leading = Theme{}.table_size * 1.3;
  const double one_line_row = leading + 7;
  flow.take(flow.remaining() - (2 * one_line_row + 3 * leading + 2));  // header, row 1 and three lines
  Table table;
  table.columns = {{"Name", ColumnWidth::share(1)}, {"Lines", ColumnWidth::share(1)}};
  table.rows.push_back(TableRow{"row1", "one"});
  table.rows.push_back(TableRow{"row2", "k1\nk2\nk3\nk4\nk5\nk6"});
  add_table(flow, table);
  flow.finish(PageDecoration{});
  doc.save(dir / "t.pdf");
  const std::string first = t::pdf_page_text(dir / "t.pdf", 1);
  const std::string second = t::pdf_page_text(dir / "t.pdf", 2);
  CHECK(first.find("row1") != std::string::npos);
  CHECK(first.find("k1") == std::string::npos);
  for (const char* k : {"row2", "k1", "k2", "k3", "k4", "k5", "k6", "Name"}) CHECK(second.find(k) != std::string::npos);
}

TEST_CASE("table: a total row never starts a page alone: the row before goes with it") {
  for (const bool total : {false, true}) {
    CAPTURE(total);
    t::TempDir dir("table-total");
    Document doc;
    Flow flow(doc);
    flow.paragraph("start");
    const double one_line_row = Theme{}.table_size * 1.3 + 7;
    flow.take(flow.remaining() - (3 * one_line_row + 5));  // the header and two rows, not a third
    Table table;
    table.columns = {{"Name", ColumnWidth::share(1)}, {"Value", ColumnWidth::share(1)}};
    table.rows = {TableRow{"first", "1"}, TableRow{"second", "2"}, TableRow{"Total", "3"}};
    table.total_row = total;
    add_table(flow, table);
    flow.finish(PageDecoration{});
    doc.save(dir / "t.pdf");
    const std::string first = t::pdf_page_text(dir / "t.pdf", 1);
    const std::string second = t::pdf_page_text(dir / "t.pdf", 2);
    CHECK(first.find("first") != std::string::npos);
    CHECK(second.find("Total") != std::string::npos);
    CHECK((second.find("second") != std::string::npos) == total);
    CHECK(t::count(second, "Name") == 1);  // under the header again
  }
}

TEST_CASE("table: an indented cell keeps its indent on every line") {
  t::TempDir dir("table-indent");
  Table table;
  table.columns = {{"Clause", ColumnWidth::pt(150)}, {"Score", ColumnWidth::share(1)}};
  TableCell sub("8.5.3 Release and deployment management of the services");
  sub.indent = 16;
  table.rows = {TableRow{"8 Operation", "80%"}, TableRow{sub, "81%"}};
  const double left = Document{}.frame().x + 5;  // the cell padding
  const std::map<double, t::Word> lines = line_starts(render(dir, table), left - 1, left + 145);
  REQUIRE(lines.size() >= 4);  // "Clause", "8 Operation" and the sub-clause over two lines or more
  auto it = lines.begin();
  CHECK((++it)->second.x0 == doctest::Approx(left).epsilon(0.002));  // "8 Operation"
  for (++it; it != lines.end(); ++it) CHECK(it->second.x0 == doctest::Approx(left + 16).epsilon(0.002));
}

TEST_CASE("table: with a hanging indent the lines an entry wraps onto are indented, each entry is not") {
  t::TempDir dir("table-hanging");
  Table table;
  table.header = false;
  table.columns = {{"", ColumnWidth::pt(100)}, {"", ColumnWidth::pt(200)}, {"", ColumnWidth::share(1)}};
  TableCell parties("Alpha Networks Ltd (external supplier), operates: branch network and telephony\n"
                    "Beta Colocation Ltd (external supplier), operates: secondary data centre");
  parties.hanging = 12;
  table.rows = {TableRow{"Other parties", parties}};
  const double left = Document{}.frame().x + 100 + 5;
  const std::map<double, t::Word> lines = line_starts(render(dir, table), left - 1, left + 195);
  REQUIRE(lines.size() >= 4);  // both entries wrap
  for (const auto& [y, start] : lines) {
    INFO(start.text);
    const bool entry = start.text == "Alpha" || start.text == "Beta";
    CHECK(start.x0 == doctest::Approx(entry ? left : left + 12).epsilon(0.002));
  }
}

TEST_CASE("table: status fills, zebra stripes and white text on dark fills") {
  t::TempDir dir("table-fill");
  Table table;
  table.columns = {{"Status", ColumnWidth::share(1)}, {"Note", ColumnWidth::share(1)}};
  table.rows.push_back(TableRow{{"Nonconformant", hex(0xD55E00), true}, "first"});
  table.rows.push_back(TableRow{{"Conformant", hex(0x009E73)}, "second"});
  table.rows.push_back(TableRow{"plain", "third"});
  render(dir, table);

  const Document doc;  // for its frame and page size
  const t::Raster page = t::render_page(dir / "t.pdf", 1, 72, dir.path(), false);
  const Box frame = doc.frame();
  const double row = Theme{}.table_size * 1.3 + 7;
  const auto pixel = [&](double x, double y) {  // PDF coordinates to the 72 dpi raster
    const int px = static_cast<int>(std::lround(x));
    const int py = static_cast<int>(std::lround(doc.page_height() - y));
    return std::array<int, 3>{page.at(px, py, 0), page.at(px, py, 1), page.at(px, py, 2)};
  };
  const auto near = [](std::array<int, 3> got, std::array<int, 3> want) {
    for (int c = 0; c < 3; ++c) {
      if (std::abs(got[static_cast<std::size_t>(c)] - want[static_cast<std::size_t>(c)]) > 4) return false;
    }
    return true;
  };
  const double left = frame.x + 2;             // inside the padding: no text there
  const double right = frame.x + frame.w / 2 + 2;
  const double mid = [&](int r) { return frame.top() - row * (r + 1.5); }(0);
  CHECK(near(pixel(left, frame.top() - row / 2), {0x1B, 0x36, 0x5D}));  // header fill
  CHECK(near(pixel(left, mid), {0xD5, 0x5E, 0x00}));                      // row 1 status
  CHECK(near(pixel(right, mid), {255, 255, 255}));                        // row 1, no fill
  CHECK(near(pixel(left, mid - row), {0x00, 0x9E, 0x73}));                // row 2 status
  CHECK(near(pixel(right, mid - row), {0xF2, 0xF5, 0xF9}));               // row 2 zebra stripe
  CHECK(near(pixel(right, mid - 2 * row), {255, 255, 255}));              // row 3
}

TEST_CASE("table: a row with more cells than columns is an error — fewer are padded") {
  Document doc;
  Flow flow(doc);
  Table table;
  table.columns = {{"A", ColumnWidth::share(1)}, {"B", ColumnWidth::share(1)}};
  table.rows.push_back(TableRow{"only one"});
  CHECK_NOTHROW(add_table(flow, table));
  table.rows.push_back(TableRow{"1", "2", "3"});
  CHECK_THROWS_WITH_AS(add_table(flow, table), "table row 2 has 3 cells but the table has 2 columns", LayoutError);
  CHECK_THROWS_WITH_AS(add_table(flow, Table{}), "a table needs at least one column", LayoutError);
}

}  // namespace iso20k::layout
