#include "iso20k/reports/charts/heat_map.h"

#include <algorithm>
#include <cmath>

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
constexpr double kIndent = 10;          // per row level
constexpr double kScaleRow = 12;        // a row of the scale's legend
constexpr double kScaleGap = 10;        // between the map and the scale's legend
constexpr double kScaleSwatch = 26;     // the width of a band's swatch
constexpr layout::Color kEmpty = layout::hex(0xF5F7F9);

void validate(const HeatMap& chart) {
  if (chart.columns.empty()) throw layout::LayoutError("heat map: needs at least one column");
  if (chart.rows.size() != chart.values.size()) {
    throw layout::LayoutError("heat map: " + std::to_string(chart.rows.size()) + " row labels but " +
                              std::to_string(chart.values.size()) + " rows of values");
  }
  if (!chart.column_colors.empty() && chart.column_colors.size() != chart.columns.size()) {
    throw layout::LayoutError("heat map: the number of colours must match the number of columns");
  }
  if (!chart.row_levels.empty() && chart.row_levels.size() != chart.rows.size()) {
    throw layout::LayoutError("heat map: " + std::to_string(chart.row_levels.size()) + " row levels for " +
                              std::to_string(chart.rows.size()) + " rows");
  }
  for (int level : chart.row_levels) {
    if (level < 0 || level > 3) throw layout::LayoutError("heat map: row levels must lie in 0..3");
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
  if (chart.scale) {
    const std::vector<HeatBand>& bands = chart.scale->bands;
    if (bands.empty()) throw layout::LayoutError("heat map: the scale needs at least one band");
    for (std::size_t b = 0; b < bands.size(); ++b) {
      if (!std::isfinite(bands[b].from) || !std::isfinite(bands[b].intensity)) {
        throw layout::LayoutError("heat map: scale values must be finite numbers");
      }
      if (bands[b].intensity < 0 || bands[b].intensity > 1) {
        throw layout::LayoutError("heat map: band \"" + bands[b].label + "\" has an intensity outside 0..1");
      }
      if (b > 0 && !(bands[b].from > bands[b - 1].from)) {
        throw layout::LayoutError("heat map: the scale's bands must be in ascending order");
      }
    }
    if (bands.front().from > 0) throw layout::LayoutError("heat map: the scale's first band must start at 0 or below");
  }
}

layout::Color hue_of(const HeatMap& chart, std::size_t column) {
  return chart.column_colors.empty() ? okabe_ito::blue : chart.column_colors[column];
}

// The columns whose hues the scale's legend shows: the first of each distinct colour.
std::vector<std::size_t> distinct_hues(const HeatMap& chart) {
  std::vector<std::size_t> columns;
  for (std::size_t c = 0; c < chart.columns.size(); ++c) {
    bool seen = false;
    for (std::size_t d : columns) seen = seen || hue_of(chart, d) == hue_of(chart, c);
    if (!seen) columns.push_back(c);
  }
  return columns;
}

double scale_height(const HeatMap& chart) {
  if (!chart.scale) return 0;
  return kScaleGap + kScaleRow * static_cast<double>(1 + distinct_hues(chart).size());
}

// The legend of the bands: their labels over a column of swatches, one row per hue (named after its
// column when the columns differ in hue), the scale's title beside the labels.
void draw_scale(layout::Canvas& canvas, const HeatMap& chart, double left, double label_w, double x0, double top,
                double right) {
  const layout::Document& doc = canvas.document();
  const std::vector<HeatBand>& bands = chart.scale->bands;
  const std::vector<std::size_t> hues = distinct_hues(chart);
  const double sw = std::min(kScaleSwatch, (right - x0) / static_cast<double>(bands.size()));
  const TextStyle head{FontFace::regular, 7, tick_color, 1.2, Align::center};
  const TextStyle name{FontFace::regular, 7, label_color, 1.2, Align::right};
  const double label_right = left + label_w;
  if (!chart.scale->title.empty()) {
    canvas.text(layout::fit_text(doc, chart.scale->title, name.face, name.size, label_w), label_right,
                top - kScaleRow + 3.5, name);
  }
  for (std::size_t b = 0; b < bands.size(); ++b) {
    const double cx = x0 + sw * (static_cast<double>(b) + 0.5);
    canvas.text(layout::fit_text(doc, bands[b].label, head.face, head.size, sw - 2), cx, top - kScaleRow + 3.5, head);
  }
  for (std::size_t h = 0; h < hues.size(); ++h) {
    const double y = top - kScaleRow * static_cast<double>(h + 2);
    if (hues.size() > 1) {
      canvas.text(layout::fit_text(doc, chart.columns[hues[h]], name.face, name.size, label_w), label_right, y + 3.5, name);
    }
    for (std::size_t b = 0; b < bands.size(); ++b) {
      canvas.fill_rect(Box{x0 + sw * static_cast<double>(b) + 0.75, y + 1, sw - 1.5, kScaleRow - 2},
                       heat_fill(hue_of(chart, hues[h]), bands[b].intensity));
    }
  }
}

}  // namespace

HeatScale finding_count_scale() {
  return HeatScale{"", {{0, "0", 0}, {1, "1", 0.3}, {2, "2", 0.5}, {3, "3\u2013" "4", 0.75}, {5, "5+", 1}}};
}

std::size_t heat_band(const HeatScale& scale, double value) {
  std::size_t band = 0;
  for (std::size_t b = 0; b < scale.bands.size(); ++b) {
    if (scale.bands[b].from <= value + 1e-9) band = b;
  }
  return band;
}

layout::Color heat_fill(layout::Color hue, double intensity) {
  if (intensity >= 1) return hue;
  return intensity > 0 ? layout::mix(layout::white, hue, intensity) : kEmpty;
}

double suggested_height(const layout::Document& doc, const HeatMap& chart, double width) {
  return chart_frame_height(doc, chart.title, {}, width) + kHeaderHeight + (chart.note.empty() ? 0 : kNoteHeight) +
         static_cast<double>(std::max<std::size_t>(chart.rows.size(), 1)) * kRowHeight + 2 + scale_height(chart);
}

void draw_heat_map(layout::Canvas& canvas, const HeatMap& chart, const Box& box) {
  validate(chart);
  const layout::Document& doc = canvas.document();
  const Box area = draw_chart_frame(canvas, chart.title, {}, box);
  const std::size_t ncols = chart.columns.size();
  const bool levels = std::any_of(chart.row_levels.begin(), chart.row_levels.end(), [](int l) { return l > 0; });
  const auto level_of = [&](std::size_t r) { return chart.row_levels.empty() ? 0 : chart.row_levels[r]; };

  // The label column: indented labels take their indent on top of their width.
  double lw = 0;
  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    const FontFace face = levels && level_of(r) == 0 ? FontFace::bold : FontFace::regular;
    lw = std::max(lw, doc.text_width(layout::fit_text(doc, chart.rows[r], face, kLabelSize, area.w), face, kLabelSize) +
                          kIndent * level_of(r) + 2);
  }
  // Cells at most kMaxCellWidth wide, or as wide as the longest word of a header, so that
  // "Verbesserungspotenzial" is not broken; the labels give way for that (they wrap), down to 30 %.
  double widest_header = 0;
  for (const std::string& c : chart.columns) widest_header = std::max(widest_header, layout::widest_word(doc, c, FontFace::bold, kLabelSize));
  const double wanted_cell = std::max(kMaxCellWidth, widest_header + 8);
  lw = std::min({lw, area.w * 0.45, std::max(area.w * 0.3, area.w - 8 - wanted_cell * static_cast<double>(ncols))});
  const double cell_w = std::min(wanted_cell, (area.w - lw - 8) / static_cast<double>(ncols));
  // Centre labels and cells together when the cells do not need the whole width.
  const double used = lw + 8 + cell_w * static_cast<double>(ncols);
  const double left = area.x + (area.w - used) / 2;
  const double x0 = left + lw + 8;
  const double top = area.top() - kHeaderHeight;
  const double bottom = area.y + (chart.note.empty() ? 0 : kNoteHeight) + scale_height(chart);
  if (cell_w < 24 || top - bottom < 10) throw layout::LayoutError("heat map: box too small for the chart");
  const double row_h = chart.rows.empty() ? kRowHeight : std::min(kRowHeight * 1.4, (top - bottom) / static_cast<double>(chart.rows.size()));

  double max = 0;
  for (const std::vector<double>& row : chart.values) {
    for (double v : row) max = std::max(max, v);
  }

  // Headers whose longest word is still too wide shrink (to 6.5 points at least) rather than break it.
  const double header_size = std::clamp(kLabelSize * (cell_w - 4) / std::max(widest_header, 1.0), 6.5, kLabelSize);
  const TextStyle header{FontFace::bold, header_size, label_color, 1.15, Align::center};
  for (std::size_t c = 0; c < ncols; ++c) {
    const std::vector<std::string> lines = layout::wrap_text(doc, chart.columns[c], header.face, header.size, cell_w - 4, 2);
    const double block = static_cast<double>(lines.size()) * header.leading();
    canvas.lines(lines, x0 + cell_w * static_cast<double>(c), top + 2 + block, cell_w, header);
  }

  const std::size_t label_lines = row_h >= 2.2 * kLabelSize * 1.15 ? 2 : 1;
  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    const double y = top - row_h * static_cast<double>(r + 1);
    // Indented rows read as a tree: left-aligned, the top level in bold with a rule above its group.
    TextStyle label{FontFace::regular, kLabelSize, label_color, 1.15, levels ? Align::left : Align::right};
    const double indent = kIndent * level_of(r);
    if (levels && level_of(r) == 0) {
      label.face = FontFace::bold;
      if (r > 0) canvas.line({left, y + row_h}, {x0 + cell_w * static_cast<double>(ncols), y + row_h}, layout::Stroke{axis_color, 0.6, layout::LineStyle::solid});
    }
    const std::vector<std::string> lines =
        layout::wrap_text(doc, chart.rows[r], label.face, label.size, lw - indent, label_lines);
    const double block = static_cast<double>(lines.size()) * label.leading();
    canvas.lines(lines, left + indent, y + row_h / 2 + block / 2, lw - indent, label);
    for (std::size_t c = 0; c < ncols; ++c) {
      const double v = chart.values[r][c];
      const layout::Color hue = hue_of(chart, c);
      layout::Color fill = kEmpty;
      if (chart.scale) {
        fill = heat_fill(hue, chart.scale->bands[heat_band(*chart.scale, v)].intensity);
      } else if (v > 0) {
        fill = layout::mix(layout::white, hue, 0.15 + 0.85 * (max > 0 ? v / max : 0));
      }
      const Box cell{x0 + cell_w * static_cast<double>(c) + kGap / 2, y + kGap / 2, cell_w - kGap, row_h - kGap};
      canvas.fill_rect(cell, fill);
      TextStyle number{v > 0 ? FontFace::bold : FontFace::regular, 8.5,
                       v > 0 ? layout::text_color_on(fill, label_color) : tick_color, 1.2,
                       Align::center};
      canvas.text(compact_text(v, 1), cell.x + cell.w / 2, cell.y + cell.h / 2 - 8.5 * 0.35, number);
    }
  }
  if (chart.scale) {
    const double map_bottom = top - row_h * static_cast<double>(chart.rows.size());
    draw_scale(canvas, chart, left, lw, x0, map_bottom - kScaleGap, x0 + cell_w * static_cast<double>(ncols));
  }
  if (!chart.note.empty()) {
    const TextStyle note{FontFace::regular, 7, tick_color, 1.2, Align::left};
    canvas.text(layout::fit_text(doc, chart.note, note.face, note.size, area.right() - x0), x0, area.y + 3, note);
  }
}

}  // namespace iso20k::charts
