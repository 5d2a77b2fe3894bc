#include "iso20k/reports/charts/heat_map.h"

#include <algorithm>

#include "iso20k/format/number_text.h"
#include "iso20k/reports/charts/axis.h"
#include "iso20k/reports/charts/chart_frame.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/text.h"

namespace iso20k::charts {
namespace {

using layout::Align;
using layout::Box;
using layout::FontFace;
using layout::TextStyle;

constexpr double kLabelSize = 8;
constexpr double kHeaderHeight = 24;
constexpr double kRowHeight = 20;
constexpr double kMaxCellWidth = 84;
constexpr double kGap = 1.5;
constexpr double kNoteHeight = 14;

void validate(const HeatMap& chart) {
  if (chart.columns.empty()) throw layout::LayoutError("heat map: needs at least one column");
  if (chart.rows.size() != chart.values.size()) {
    throw layout::LayoutError("heat map: " + std::to_string(chart.rows.size()) + " row labels but " +
                              std::to_string(chart.values.size()) + " rows of values");
  }
  if (!chart.column_colors.empty() && chart.column_colors.size() != chart.columns.size()) {
    throw layout::LayoutError("heat map: the number of colours must match the number of columns");
  }
  for (std::size_t r = 0; r < chart.values.size(); ++r) {
    if (chart.values[r].size() != chart.columns.size()) {
      throw layout::LayoutError("heat map: row \"" + chart.rows[r] + "\" has " + std::to_string(chart.values[r].size()) +
                                " values for " + std::to_string(chart.columns.size()) + " columns");
    }
    require_finite("heat map", chart.values[r]);
    for (double v : chart.values[r]) {
      if (v < 0) throw layout::LayoutError("heat map: counts cannot be negative");
    }
  }
}

}  // namespace

double suggested_height(const layout::Document& doc, const HeatMap& chart, double width) {
  return chart_frame_height(doc, chart.title, {}, width) + kHeaderHeight + (chart.note.empty() ? 0 : kNoteHeight) +
         static_cast<double>(std::max<std::size_t>(chart.rows.size(), 1)) * kRowHeight + 2;
}

void draw_heat_map(layout::Canvas& canvas, const HeatMap& chart, const Box& box) {
  validate(chart);
  const layout::Document& doc = canvas.document();
  const Box area = draw_chart_frame(canvas, chart.title, {}, box);
  const std::size_t ncols = chart.columns.size();

  const double lw = label_column_width(doc, chart.rows, kLabelSize, area.w * 0.45);
  const double cell_w = std::min(kMaxCellWidth, (area.w - lw - 8) / static_cast<double>(ncols));
  // Centre labels and cells together when the cells do not need the whole width.
  const double used = lw + 8 + cell_w * static_cast<double>(ncols);
  const double left = area.x + (area.w - used) / 2;
  const double x0 = left + lw + 8;
  const double top = area.top() - kHeaderHeight;
  const double bottom = area.y + (chart.note.empty() ? 0 : kNoteHeight);
  if (cell_w < 24 || top - bottom < 10) throw layout::LayoutError("heat map: box too small for the chart");
  const double row_h = chart.rows.empty() ? kRowHeight : std::min(kRowHeight * 1.4, (top - bottom) / static_cast<double>(chart.rows.size()));

  double max = 0;
  for (const std::vector<double>& row : chart.values) {
    for (double v : row) max = std::max(max, v);
  }

  const TextStyle header{FontFace::bold, kLabelSize, label_color, 1.15, Align::center};
  for (std::size_t c = 0; c < ncols; ++c) {
    const std::vector<std::string> lines = layout::wrap_text(doc, chart.columns[c], header.face, header.size, cell_w - 4, 2);
    const double block = static_cast<double>(lines.size()) * header.leading();
    canvas.lines(lines, x0 + cell_w * static_cast<double>(c), top + 2 + block, cell_w, header);
  }

  const TextStyle label{FontFace::regular, kLabelSize, label_color, 1.15, Align::right};
  const std::size_t label_lines = row_h >= 2.2 * kLabelSize * 1.15 ? 2 : 1;
  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    const double y = top - row_h * static_cast<double>(r + 1);
    const std::vector<std::string> lines = layout::wrap_text(doc, chart.rows[r], label.face, label.size, lw, label_lines);
    const double block = static_cast<double>(lines.size()) * label.leading();
    canvas.lines(lines, left, y + row_h / 2 + block / 2, lw, label);
    for (std::size_t c = 0; c < ncols; ++c) {
      const double v = chart.values[r][c];
      const layout::Color hue = chart.column_colors.empty() ? okabe_ito::blue : chart.column_colors[c];
      const double t = max > 0 ? v / max : 0;
      const layout::Color fill = v > 0 ? layout::mix(layout::white, hue, 0.15 + 0.85 * t) : layout::hex(0xF5F7F9);
      const Box cell{x0 + cell_w * static_cast<double>(c) + kGap / 2, y + kGap / 2, cell_w - kGap, row_h - kGap};
      canvas.fill_rect(cell, fill);
      TextStyle number{v > 0 ? FontFace::bold : FontFace::regular, 8.5,
                       v > 0 ? layout::text_color_on(fill, label_color) : tick_color, 1.2,
                       Align::center};
      canvas.text(compact_text(v, 1), cell.x + cell.w / 2, cell.y + cell.h / 2 - 8.5 * 0.35, number);
    }
  }
  if (!chart.note.empty()) {
    const TextStyle note{FontFace::regular, 7, tick_color, 1.2, Align::left};
    canvas.text(layout::fit_text(doc, chart.note, note.face, note.size, area.right() - x0), x0, area.y + 3, note);
  }
}

}  // namespace iso20k::charts
