#pragma once
// Comma-separated values (RFC 4180) as spreadsheets write them: quoted fields with embedded
// commas, doubled quotes and line breaks; LF or CRLF line ends; an optional UTF-8 byte order mark.
// Every field keeps its byte offset so problems are reported at file:line:column. Also the
// header-row mapping the workspace registers use, and the writer for the files iso20k produces.
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/format/source_text.h"

namespace iso20k {

struct CsvField {
  std::string value;       // the field's text: quotes removed, "" turned into "
  std::size_t offset = 0;  // byte offset of its first character (after the opening quote)
  bool quoted = false;
};

struct CsvRow {
  std::vector<CsvField> fields;
  std::size_t offset = 0;  // byte offset of the row's first character
  bool broken = false;     // a problem was reported in this row; its fields are unreliable
};

// Splits `text` into rows. Blank lines are skipped. A stray quote in an unquoted field, text after
// a closing quote, a quoted field that never ends and a carriage return without a line feed are
// reported and mark their row broken (the last two end the reading). A text holding a NUL byte is
// refused (one diagnostic, no rows).
std::vector<CsvRow> parse_csv(const SourceText& text, Diagnostics& out);

struct CsvColumn {
  std::string name;                  // canonical name, e.g. "approved-by"
  std::vector<std::string> aliases;  // other accepted headers, e.g. "evidence id"
  bool required = false;             // the header must name it
};

struct CsvTable {
  std::vector<CsvField> header;  // the first row as written
  std::vector<int> column_of;    // per header position: index into the columns, or -1 (ignored)
  std::vector<CsvRow> rows;      // data rows, each with exactly header.size() fields
};

// Reads a table whose first row names its columns. A header cell matches a column's name or
// alias case-insensitively, with '-', '_' and runs of spaces alike ("Approved by",
// "approved-by" and "APPROVED_BY" are one column). Reports unknown, duplicate, unnamed (when the
// column holds data) and missing required columns, and rows whose number of fields differs from
// the header's (trailing empty fields excepted); such rows are left out.
CsvTable read_csv_table(const SourceText& text, const std::vector<CsvColumn>& columns,
                        Diagnostics& out);

// The form header cells are compared in: lower case, '-' '_' and spaces become one space, trimmed.
std::string normalise_column_name(std::string_view name);

// Formula injection: a cell starting with '=', '+', '-', '@', a tab or a carriage return is taken
// for a formula by spreadsheets (=HYPERLINK(...), =cmd|...), so texts from a checklist or a
// tailoring file would run in the client's spreadsheet. Such a field gets an apostrophe in front
// ("'=1+2"), which makes spreadsheets read the cell as text; any other field is unchanged.
// (docs/workspace-format.md, "Files iso20k writes".)
std::string neutralise_formula(std::string_view field);

// The one CSV cell writer: every CSV iso20k writes goes through it. The field is neutralised
// (neutralise_formula), then quoted when it holds a comma, quote, line break or surrounding space,
// or starts with U+FEFF (which would read as a byte order mark at the start of a file); quotes
// doubled; verbatim otherwise.
std::string csv_escape(std::string_view field);
// Fields (each through csv_escape) joined with ',' and ended with CRLF, as RFC 4180 and
// spreadsheets expect.
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace iso20k
