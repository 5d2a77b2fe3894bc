// The RFC 4180 reader: quoting, line ends, BOM, header mapping, and every problem at its position.
#include "iso20k/format/csv.h"

#include <doctest/doctest.h>

using namespace iso20k;

namespace {

std::vector<CsvRow> parse(const std::string& text, Diagnostics& out) {
  return parse_csv(SourceText("t.csv", text), out);
}

std::vector<std::vector<std::string>> values(const std::vector<CsvRow>& rows) {
  std::vector<std::vector<std::string>> v;
  for (const CsvRow& r : rows) {
    v.emplace_back();
    for (const CsvField& f : r.fields) v.back().push_back(f.value);
  }
  return v;
}

std::string where(const std::string& text, std::size_t offset) {
  const SourceLocation l = SourceText("t.csv", text).location(offset);
  return std::to_string(l.line) + ":" + std::to_string(l.column);
}

std::string only_error(const Diagnostics& d) {
  REQUIRE(d.size() == 1);
  return std::to_string(d[0].where.line) + ":" + std::to_string(d[0].where.column) + " " +
         d[0].message;
}

const std::vector<CsvColumn> kColumns = {
    {"id", {"evidence id"}, true}, {"status", {}, true}, {"approved-by", {}, false},
    {"notes", {}, false}};

}  // namespace

TEST_CASE("csv: plain rows, LF and CRLF, trailing newline or none") {
  Diagnostics d;
  CHECK(values(parse("a,b,c\n1,2,3\n", d)) ==
        std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"1", "2", "3"}});
  CHECK(values(parse("a,b\r\n1,2\r\n", d)) ==
        std::vector<std::vector<std::string>>{{"a", "b"}, {"1", "2"}});
  CHECK(values(parse("a,b\r\n1,2", d)) ==
        std::vector<std::vector<std::string>>{{"a", "b"}, {"1", "2"}});
  CHECK(d.empty());
}

TEST_CASE("csv: quoted fields with commas, doubled quotes and line breaks") {
  Diagnostics d;
  const std::string text = "id,notes\r\nX,\"one, two\"\r\nY,\"say \"\"hi\"\"\"\r\nZ,\"line 1\r\nline 2\"\r\n";
  const auto rows = parse(text, d);
  CHECK(d.empty());
  REQUIRE(rows.size() == 4);
  CHECK(rows[1].fields[1].value == "one, two");
  CHECK(rows[2].fields[1].value == "say \"hi\"");
  CHECK(rows[3].fields[1].value == "line 1\r\nline 2");
  CHECK(rows[3].fields[1].quoted);
  // Offsets: the first character inside the quotes; the row after a multi-line field.
  CHECK(where(text, rows[1].fields[1].offset) == "2:4");
  CHECK(where(text, rows[3].offset) == "4:1");
}

TEST_CASE("csv: empty fields, a trailing comma, blank lines skipped") {
  Diagnostics d;
  CHECK(values(parse("a,,c\n\n,,\n\n1,2,\n", d)) ==
        std::vector<std::vector<std::string>>{{"a", "", "c"}, {"", "", ""}, {"1", "2", ""}});
  CHECK(values(parse("\"\"\n", d)) == std::vector<std::vector<std::string>>{{""}});  // quoted: kept
  CHECK(d.empty());
}

TEST_CASE("csv: a UTF-8 byte order mark is skipped, columns count code points") {
  Diagnostics d;
  const std::string text = "\xEF\xBB\xBFid,notes\nX,Caf\xC3\xA9\n";
  const auto rows = parse(text, d);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields[0].value == "id");
  CHECK(where(text, rows[0].fields[0].offset) == "1:2");  // the BOM is one code point
}

TEST_CASE("csv: a quote inside an unquoted field") {
  Diagnostics d;
  const auto rows = parse("a,b\nx,ab\"c\ny,z\n", d);
  CHECK(only_error(d) == "2:5 a quote inside an unquoted field; put the whole field in quotes and write the quote twice (\"\")");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].broken);
  CHECK_FALSE(rows[2].broken);
}

TEST_CASE("csv: text after a closing quote") {
  Diagnostics d;
  parse("a,b\nx,\"ab\"c,d\n", d);
  CHECK(only_error(d) == "2:7 text after the closing quote of a field; a quote inside a quoted field is written twice (\"\")");
}

TEST_CASE("csv: an unterminated quoted field is reported at its opening quote") {
  Diagnostics d;
  parse("a,b\nx,\"never\nclosed\n", d);
  CHECK(only_error(d) == "2:3 this quoted field is never closed: a '\"' is missing");
}

TEST_CASE("csv: a carriage return alone ends the reading") {
  Diagnostics d;
  parse("a,b\rx,y\r", d);
  CHECK(only_error(d) == "1:4 a carriage return without a line feed: save the file with Windows (CRLF) or Unix (LF) line ends");
}

TEST_CASE("csv table: header mapped case-insensitively, aliases, - _ and spaces alike") {
  Diagnostics d;
  const CsvTable t = read_csv_table(
      SourceText("t.csv", "Evidence ID,STATUS,Approved_By,notes\nA,seen,CEO,\n"), kColumns, d);
  CHECK(d.empty());
  CHECK(t.column_of == std::vector<int>{0, 1, 2, 3});
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0].fields[2].value == "CEO");
  CHECK(normalise_column_name("  Approved -- by ") == "approved by");
}

TEST_CASE("csv table: unknown column with a suggestion, and without one") {
  Diagnostics d;
  read_csv_table(SourceText("t.csv", "id,stauts,colour\nA,seen,red\n"), kColumns, d);
  REQUIRE(d.size() == 3);
  CHECK(d[0].message == "unknown column 'stauts' (did you mean 'status'?)");
  CHECK(d[0].where.column == 4);
  CHECK(d[1].message == "unknown column 'colour'; known columns: id, status, approved-by, notes");
  CHECK(d[2].message == "the header row has no 'status' column");
}

TEST_CASE("csv table: a semicolon-separated file gets a hint") {
  Diagnostics d;
  read_csv_table(SourceText("t.csv", "id;status\nA;seen\n"), kColumns, d);
  REQUIRE_FALSE(d.empty());
  CHECK(d[0].message == "unknown column 'id;status': the file seems to use ';' between fields; save it as comma-separated values");
}

TEST_CASE("csv table: duplicate column") {
  Diagnostics d;
  read_csv_table(SourceText("t.csv", "id,status,Status\n"), kColumns, d);
  CHECK(only_error(d) == "1:11 column 'status' appears twice (also column 2)");
}

TEST_CASE("csv table: rows with too few or too many fields, at their line") {
  Diagnostics d;
  const CsvTable t = read_csv_table(
      SourceText("t.csv", "id,status\nA,seen\nB\nC,seen,extra\nD,seen,,\n"), kColumns, d);
  REQUIRE(d.size() == 2);
  CHECK(d[0].message == "this row has 1 fields but the header has 2");
  CHECK(d[0].where.line == 3);
  CHECK(d[0].where.column == 1);
  CHECK(d[1].message == "this row has 3 fields but the header has 2");
  CHECK(d[1].where.line == 4);
  CHECK(d[1].where.column == 8);  // at the first extra field
  // Trailing empty fields (as spreadsheets export them) are not an error.
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].fields[0].value == "D");
}

TEST_CASE("csv table: an unnamed column is ignored while empty, reported when it holds data") {
  Diagnostics d;
  const CsvTable t =
      read_csv_table(SourceText("t.csv", "id,status,\nA,seen,\nB,seen,oops\n"), kColumns, d);
  CHECK(only_error(d) == "3:8 column 3 has no name in the header row but holds data");
  CHECK(t.rows.size() == 1);
}

TEST_CASE("csv table: empty file, header only, rows of empty cells") {
  Diagnostics d;
  read_csv_table(SourceText("t.csv", ""), kColumns, d);
  CHECK(only_error(d) == "1:1 the file is empty: expected a header row naming the columns");
  d.clear();
  CHECK(read_csv_table(SourceText("t.csv", "id,status\r\n"), kColumns, d).rows.empty());
  CHECK(read_csv_table(SourceText("t.csv", "id,status\n,\n , \n"), kColumns, d).rows.empty());
  CHECK(d.empty());
}

TEST_CASE("csv writer: a first field starting with U+FEFF survives the start of a file (fuzz)") {
  const std::vector<std::string> fields = {"\xEF\xBB\xBFmi", "x"};
  const std::string row = csv_row(fields);
  CHECK(row == "\"\xEF\xBB\xBFmi\",x\r\n");
  Diagnostics d;
  const auto rows = parse(row, d);
  REQUIRE(rows.size() == 1);
  CHECK(values(rows)[0] == fields);
}

TEST_CASE("csv writer: quoting round-trips through the reader") {
  const std::vector<std::string> fields = {"plain", "a,b", "say \"hi\"", "two\nlines", " padded ",
                                           ""};
  const std::string row = csv_row(fields);
  CHECK(row == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",\r\n");
  Diagnostics d;
  const auto rows = parse(row, d);
  CHECK(d.empty());
  REQUIRE(rows.size() == 1);
  CHECK(values(rows)[0] == fields);
}

TEST_CASE("csv writer: formula injection — a cell starting with = + - @ tab or CR gets an apostrophe") {
  const std::vector<std::string> fields = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx",
                                           "=cmd|' /C calc'!A0", "a=b", " =padded", ""};
  const std::string row = csv_row(fields);
  CHECK(row ==
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",'=cmd|' /C calc'!A0,a=b,\" =padded\",\r\n");
  Diagnostics d;
  const auto rows = parse(row, d);
  CHECK(d.empty());
  REQUIRE(rows.size() == 1);
  for (std::size_t i = 0; i < fields.size(); ++i) {
    CAPTURE(i);
    CHECK(values(rows)[0][i] == neutralise_formula(fields[i]));
  }
  CHECK(neutralise_formula("plain") == "plain");
  CHECK(neutralise_formula("=1") == "'=1");
}
