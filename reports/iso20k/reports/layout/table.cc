#include "iso20k/reports/layout/table.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "iso20k/format/number_text.h"
#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/error.h"

namespace iso20k::layout {
namespace {

constexpr double kPadX = 5;
constexpr double kPadY = 3.5;
constexpr double kEpsilon = 1e-6;
constexpr double kBorder = 0.4;
constexpr double kNarrowest = 2 * kPadX + 4;  // a column any narrower can hold no text
constexpr double kWidestCellShare = 0.4;       // no cell word widens a column beyond this share of the table

struct Cell {
  std::vector<std::string> lines;
  TextStyle style;
  std::optional<Color> fill;
  double indent = 0;
  double hanging = 0;
  std::vector<bool> wrapped;  // with a hanging indent: the lines an entry wrapped onto
};

// The lines of `text` in `width`; with a hanging indent, entry by entry, in the width left by it.
Cell wrap_cell(const Document& doc, const std::string& text, const TextStyle& style, double width, double hanging) {
  Cell cell{{}, style, {}, 0, 0, {}};
  if (hanging <= 0) {
    cell.lines = wrap_text(doc, text, style.face, style.size, width);
    return cell;
  }
  cell.hanging = hanging;
  std::size_t start = 0;
  for (;;) {
    const std::size_t nl = text.find('\n', start);
    const std::string entry = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    const std::vector<std::string> lines = wrap_text(doc, entry, style.face, style.size, width - hanging);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      cell.lines.push_back(lines[i]);
      cell.wrapped.push_back(i > 0);
    }
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return cell;
}

struct Layout {
  std::vector<double> widths;
  double leading = 0;
  bool zebra = true;
  bool has_header = true;
  bool total_row = false;
  std::vector<Cell> header;
  std::vector<std::vector<Cell>> rows;
};

std::size_t max_lines(const std::vector<Cell>& row) {
  std::size_t n = 1;
  for (const Cell& c : row) n = std::max(n, c.lines.size());
  return n;
}

double row_height(std::size_t lines, double leading) { return static_cast<double>(lines) * leading + 2 * kPadY; }

std::string points(double pt) { return rounded_text(pt, 0) + " pt"; }

// Raises the columns below their minimum to it, taking the difference from the room the other
// columns have above theirs (in proportion to it): from the shared columns, then, when `fixed_too`,
// from the fixed ones. False, with `widths` unchanged, when there is not enough room.
bool widen_to_minimum(std::span<const TableColumn> columns, std::span<const double> minimum, bool fixed_too,
                      std::vector<double>& widths) {
  // No column gives up so much that it could hold no text at all.
  const auto lowest = [&](std::size_t i) { return std::max(minimum[i], kNarrowest); };
  double needed = 0;
  for (std::size_t i = 0; i < widths.size(); ++i) needed += std::max(0.0, minimum[i] - widths[i]);
  if (needed <= kEpsilon) return true;
  std::vector<double> out = widths;
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = std::max(out[i], minimum[i]);
  for (const ColumnWidth::Kind kind : {ColumnWidth::Kind::share, ColumnWidth::Kind::points}) {
    if (kind == ColumnWidth::Kind::points && !fixed_too) break;
    std::vector<double> spare(out.size(), 0.0);
    double room = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (columns[i].width.kind == kind) room += spare[i] = std::max(0.0, out[i] - lowest(i));
    }
    if (room <= kEpsilon) continue;
    const double take = std::min(needed, room);
    for (std::size_t i = 0; i < out.size(); ++i) out[i] -= take * spare[i] / room;
    needed -= take;
    if (needed <= kEpsilon) break;
  }
  if (needed > kEpsilon) return false;
  widths = std::move(out);
  return true;
}

class TableWriter {
 public:
  TableWriter(Flow& flow, const Layout& layout) : flow_(flow), layout_(layout) {}

  void run() {
    const Box frame = flow_.frame();
    const double header_h = layout_.has_header ? row_height(max_lines(layout_.header), layout_.leading) : 0;
    if (header_h > frame.h / 2) throw LayoutError("the table header is taller than half a page");
    flow_.keep(std::min(first_part(header_h), frame.h));
    header(header_h);
    for (std::size_t i = 0; i < layout_.rows.size(); ++i) {
      const std::vector<Cell>& row = layout_.rows[i];
      const std::size_t lines = max_lines(row);
      const double h = row_height(lines, layout_.leading);
      if (layout_.total_row && i + 2 == layout_.rows.size() && h <= flow_.remaining() + kEpsilon) {
        // The row before the total goes with it to the next page rather than leave it alone there.
        const double both = h + row_height(max_lines(layout_.rows[i + 1]), layout_.leading);
        if (both > flow_.remaining() + kEpsilon && both <= frame.h - header_h + kEpsilon) continue_on_new_page(header_h);
      }
      if (h <= flow_.remaining() + kEpsilon) {
        draw(row, i, 0, lines, flow_.take(h));
      } else if (h <= frame.h - header_h + kEpsilon) {
        continue_on_new_page(header_h);
        draw(row, i, 0, lines, flow_.take(h));
      } else {
        split(row, i, lines, header_h);
      }
    }
  }

 private:
  // The start of the table that must not be parted from what stands above it (a heading): the header
  // and rows until there are two lines (the header counts as one), and the row before a total row
  // when the table is just that pair (it would move to the next page with the total).
  double first_part(double header_h) const {
    double h = header_h;
    std::size_t lines = layout_.has_header ? 1 : 0;
    std::size_t r = 0;
    for (; r < layout_.rows.size() && (r == 0 || lines < 2); ++r) {
      lines += max_lines(layout_.rows[r]);
      h += row_height(max_lines(layout_.rows[r]), layout_.leading);
    }
    if (layout_.total_row && layout_.rows.size() == 2 && r == 1) {
      h += row_height(max_lines(layout_.rows[1]), layout_.leading);
    }
    return h;
  }

  void continue_on_new_page(double header_h) {
    flow_.new_page();
    header(header_h);
  }

  void header(double h) {
    if (!layout_.has_header) return;
    const Box box = flow_.take(h);
    Canvas canvas = flow_.canvas();
    const Theme& theme = flow_.theme();
    const double total = table_width();
    canvas.fill_rect(Box{box.x, box.y, total, box.h}, theme.primary);
    double x = box.x;
    for (std::size_t c = 0; c < layout_.header.size(); ++c) {
      const Cell& cell = layout_.header[c];
      canvas.lines(cell.lines, x + kPadX, box.top() - kPadY, layout_.widths[c] - 2 * kPadX, cell.style);
      x += layout_.widths[c];
    }
  }

  double table_width() const {
    double total = 0;
    for (double w : layout_.widths) total += w;
    return total;
  }

  // Lines [from, to) of each cell of row `index`, in `box`.
  void draw(const std::vector<Cell>& row, std::size_t index, std::size_t from, std::size_t to, const Box& box) {
    Canvas canvas = flow_.canvas();
    const Theme& theme = flow_.theme();
    const std::optional<Color> stripe =
        layout_.zebra && index % 2 == 1 ? std::optional<Color>(theme.zebra) : std::nullopt;
    double x = box.x;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const Cell& cell = row[c];
      const double w = layout_.widths[c];
      if (const std::optional<Color> fill = cell.fill ? cell.fill : stripe) {
        canvas.fill_rect(Box{x, box.y, w, box.h}, *fill);
      }
      if (from < cell.lines.size()) {
        const std::size_t end = std::min(to, cell.lines.size());
        const double left = x + kPadX + cell.indent;
        const double inner = w - 2 * kPadX - cell.indent;
        if (cell.wrapped.empty()) {
          canvas.lines(std::span(cell.lines).subspan(from, end - from), left, box.top() - kPadY, inner, cell.style);
        } else {
          for (std::size_t k = from; k < end; ++k) {
            const double hang = cell.wrapped[k] ? cell.hanging : 0;
            canvas.lines(std::span(cell.lines).subspan(k, 1), left + hang,
                         box.top() - kPadY - static_cast<double>(k - from) * layout_.leading, inner - hang, cell.style);
          }
        }
      }
      x += w;
    }
    const Stroke border{theme.rule, kBorder, LineStyle::solid};
    canvas.line({box.x, box.y}, {x, box.y}, border);
    if (!layout_.has_header) canvas.line({box.x, box.top()}, {x, box.top()}, border);  // no header above
    double vx = box.x;
    canvas.line({vx, box.y}, {vx, box.top()}, border);
    for (double w : layout_.widths) {
      vx += w;
      canvas.line({vx, box.y}, {vx, box.top()}, border);
    }
  }

  void split(const std::vector<Cell>& row, std::size_t index, std::size_t lines, double header_h) {
    std::size_t from = 0;
    while (from < lines) {
      auto fit = static_cast<std::size_t>(std::floor((flow_.remaining() - 2 * kPadY + kEpsilon) / layout_.leading));
      if (fit < 2 && flow_.remaining() < flow_.frame().h - header_h) {
        continue_on_new_page(header_h);
        continue;
      }
      fit = std::max<std::size_t>(fit, 1);
      const std::size_t to = std::min(lines, from + fit);
      draw(row, index, from, to, flow_.take(row_height(to - from, layout_.leading)));
      from = to;
      if (from < lines) continue_on_new_page(header_h);
    }
  }

  Flow& flow_;
  const Layout& layout_;
};

}  // namespace

std::vector<double> column_widths(std::span<const TableColumn> columns, double width) {
  return column_widths(columns, width, std::vector<double>(columns.size(), 0.0));
}

std::vector<double> column_widths(std::span<const TableColumn> columns, double width, std::span<const double> minimum) {
  if (minimum.size() != columns.size()) throw LayoutError("one minimum width per column is needed");
  double fixed = 0;
  double shares = 0;
  for (const TableColumn& c : columns) {
    if (c.width.value < 0) throw LayoutError("column \"" + c.header + "\" has a negative width");
    (c.width.kind == ColumnWidth::Kind::points ? fixed : shares) += c.width.value;
  }
  if (fixed > width + kEpsilon) {
    throw LayoutError("the fixed column widths (" + points(fixed) + ") exceed the table width (" + points(width) + ")");
  }
  std::vector<double> widths;
  for (const TableColumn& c : columns) {
    if (c.width.kind == ColumnWidth::Kind::points) {
      widths.push_back(c.width.value);
    } else {
      widths.push_back(shares > 0 ? (width - fixed) * c.width.value / shares : 0);
    }
  }
  if (!widen_to_minimum(columns, minimum, true, widths)) {
    double least = 0;
    std::string names;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      least += std::max(minimum[i], kNarrowest);
      names += (names.empty() ? "\"" : ", \"") + columns[i].header + "\"";
    }
    throw LayoutError("the table is " + points(width) + " wide but the longest words of its column headers (" +
                      names + ") need " + points(least) + " side by side");
  }
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (widths[i] < kNarrowest) {
      throw LayoutError("column \"" + columns[i].header + "\" is too narrow to hold any text");
    }
  }
  return widths;
}

std::vector<double> table_column_widths(const Flow& flow, const Table& table) {
  const Document& doc = flow.document();
  const double size = table.font_size > 0 ? table.font_size : flow.theme().table_size;
  const double width = flow.frame().w;
  std::vector<double> header;  // a must: no header broken inside a word
  std::vector<double> cells;   // where there is room: no word of a cell in a shared column broken either
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const double word = table.header ? widest_word(doc, table.columns[c].header, FontFace::bold, size) : 0;
    header.push_back(word > 0 ? word + 2 * kPadX : 0);
    double cell = 0;
    if (table.columns[c].width.kind == ColumnWidth::Kind::share) {
      for (const TableRow& row : table.rows) {
        if (c < row.size()) {
          cell = std::max(cell, row[c].indent + widest_word(doc, row[c].text, row[c].bold ? FontFace::bold : FontFace::regular, size));
        }
      }
    }
    cells.push_back(std::max(header.back(), std::min(cell > 0 ? cell + 2 * kPadX : 0, width * kWidestCellShare)));
  }
  std::vector<double> widths = column_widths(table.columns, width, header);
  // Only from the shared columns' spare room; where that is too little for all, as far towards the
  // cells' words as it goes (the same fraction of the way for every column).
  const auto towards = [&](double f) {
    std::vector<double> m(cells.size());
    for (std::size_t c = 0; c < cells.size(); ++c) m[c] = header[c] + f * std::max(0.0, cells[c] - header[c]);
    return m;
  };
  if (widen_to_minimum(table.columns, cells, false, widths)) return widths;
  double low = 0;
  double high = 1;
  for (int i = 0; i < 20; ++i) {
    const double mid = (low + high) / 2;
    std::vector<double> trial = widths;
    (widen_to_minimum(table.columns, towards(mid), false, trial) ? low : high) = mid;
  }
  widen_to_minimum(table.columns, towards(low), false, widths);
  return widths;
}

namespace {

Layout lay_out(const Flow& flow, const Table& table) {
  if (table.columns.empty()) throw LayoutError("a table needs at least one column");
  const Document& doc = flow.document();
  const Theme& theme = flow.theme();
  const double size = table.font_size > 0 ? table.font_size : theme.table_size;
  Layout layout;
  layout.widths = table_column_widths(flow, table);
  const TextStyle base{FontFace::regular, size, theme.ink, 1.3, Align::left};
  layout.leading = base.leading();

  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    TextStyle style = base;
    style.face = FontFace::bold;
    style.color = theme.header_text;
    style.align = table.columns[c].align;
    const double inner = layout.widths[c] - 2 * kPadX;
    layout.header.push_back(wrap_cell(doc, table.columns[c].header, style, inner, 0));
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const TableRow& row = table.rows[r];
    if (row.size() > table.columns.size()) {
      throw LayoutError("table row " + std::to_string(r + 1) + " has " + std::to_string(row.size()) +
                        " cells but the table has " + std::to_string(table.columns.size()) + " columns");
    }
    std::vector<Cell> cells;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const TableCell empty;
      const TableCell& cell = c < row.size() ? row[c] : empty;
      TextStyle style = base;
      style.face = cell.bold ? FontFace::bold : FontFace::regular;
      style.align = cell.align.value_or(table.columns[c].align);
      if (cell.color) {
        style.color = *cell.color;
      } else if (cell.fill) {
        style.color = text_color_on(*cell.fill, theme.ink);
      }
      const double indent = std::clamp(cell.indent, 0.0, std::max(0.0, layout.widths[c] - 2 * kPadX - 4));
      const double inner = layout.widths[c] - 2 * kPadX - indent;
      Cell laid = wrap_cell(doc, cell.text, style, inner, std::clamp(cell.hanging, 0.0, std::max(0.0, inner - 4)));
      laid.fill = cell.fill;
      laid.indent = indent;
      cells.push_back(std::move(laid));
    }
    layout.rows.push_back(std::move(cells));
  }
  layout.zebra = table.zebra;
  layout.has_header = table.header;
  layout.total_row = table.total_row;
  return layout;
}

}  // namespace

double table_height(const Flow& flow, const Table& table, std::size_t rows) {
  const Layout layout = lay_out(flow, table);
  double h = layout.has_header ? row_height(max_lines(layout.header), layout.leading) : 0;
  for (std::size_t r = 0; r < layout.rows.size() && r < rows; ++r) h += row_height(max_lines(layout.rows[r]), layout.leading);
  return h;
}

void add_table(Flow& flow, const Table& table) {
  const Layout layout = lay_out(flow, table);
  TableWriter(flow, layout).run();
  flow.space(flow.theme().paragraph_space);
}

}  // namespace iso20k::layout
