#pragma once
// Tables that break across pages: the header row is repeated at the top of every page the table
// continues on, cells wrap their text, a row is kept together when it fits on a page and a row taller
// than a page is split between pages (nothing is ever dropped).
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "iso20k/reports/layout/color.h"
#include "iso20k/reports/layout/flow.h"
#include "iso20k/reports/layout/text.h"

namespace iso20k::layout {

// A fixed width in points, or a share of what the fixed columns leave (shares are relative weights:
// 1, 2, 1 gives a quarter, a half and a quarter).
struct ColumnWidth {
  enum class Kind { points, share };
  Kind kind = Kind::share;
  double value = 1;

  static ColumnWidth pt(double points) { return {Kind::points, points}; }
  static ColumnWidth share(double weight) { return {Kind::share, weight}; }
};

struct TableColumn {
  std::string header;
  ColumnWidth width;
  Align align = Align::left;
};

struct TableCell {
  TableCell() = default;
  // Implicit, so a row can be written {"4.1", "Understanding the organization", ...}.
  TableCell(std::string s) : text(std::move(s)) {}  // NOLINT(google-explicit-constructor)
  TableCell(const char* s) : text(s) {}             // NOLINT(google-explicit-constructor)
  TableCell(std::string s, Color background, bool strong = false)
      : text(std::move(s)), fill(background), bold(strong) {}

  std::string text;
  std::optional<Color> fill;   // e.g. a status colour; otherwise white or the zebra stripe
  bool bold = false;
  std::optional<Color> color;  // text colour; otherwise the theme's ink (or white on dark fills)
  std::optional<Align> align;  // otherwise the column's
  double indent = 0;           // points: every line of the text indented (e.g. a sub-clause under its clause)
  double hanging = 0;          // points: the lines each '\n'-separated entry wraps onto indented further,
                               // so that the entries of a list stand apart
};

using TableRow = std::vector<TableCell>;

struct Table {
  std::vector<TableColumn> columns;
  std::vector<TableRow> rows;  // a row may have fewer cells than columns: the rest are empty
  bool zebra = true;           // light stripes on every other row
  bool header = true;          // false: no header row (e.g. a label/value table)
  double font_size = 0;        // 0: the theme's table_size
  bool total_row = false;      // the last row totals the others: it never starts a page alone
};

// Column widths in points for a table `width` points wide. Throws if the fixed widths do not fit.
std::vector<double> column_widths(std::span<const TableColumn> columns, double width);

// The same, but no column narrower than its `minimum` (one per column): a column below its minimum is
// widened to it, and what that takes comes from the other columns' room above their minimums, from
// the shared columns first, then from the fixed ones. Throws if the minimums do not fit side by side.
std::vector<double> column_widths(std::span<const TableColumn> columns, double width,
                                  std::span<const double> minimum);

// The column widths add_table gives `table` in the flow's frame: as column_widths, with no column
// narrower than the widest word of its header (bold, at the table's font size) and the cell padding,
// so that no header is ever broken inside a word ("Finding" / "s"). Where all of them fit, shared
// columns are also made as wide as the widest word of their cells (up to 40 % of the table), so that
// identifiers such as "DOC-PORT-SERVICE-REQUIREMENTS" are not broken either. Throws LayoutError when
// the headers' widest words cannot stand side by side in the frame.
std::vector<double> table_column_widths(const Flow& flow, const Table& table);

// The height of the table's header and its first `rows` rows (all by default) when laid out in the
// flow's frame, e.g. to keep a heading, a caption and the start of a table together (Flow::keep).
double table_height(const Flow& flow, const Table& table, std::size_t rows = static_cast<std::size_t>(-1));

// Lays the table out in the flow, starting at the cursor.
void add_table(Flow& flow, const Table& table);

}  // namespace iso20k::layout
