#include "iso20k/reports/charts/axis.h"

#include <algorithm>
#include <cmath>

#include "iso20k/format/number_text.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/text.h"
#include "iso20k/reports/layout/utf8.h"

namespace iso20k::charts {
namespace {

constexpr double kRowHeight = 24;
constexpr double kAxisSpace = 30;  // tick labels and the axis title under the plot
constexpr double kLabelGap = 8;    // between the label column and the bars

}  // namespace

std::vector<double> nice_ticks(double max, int target) {
  if (!(max > 0) || !std::isfinite(max)) return {0, 1};
  if (target < 1) target = 1;
  const double raw = max / target;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = magnitude * 10;
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (magnitude * factor >= raw - 1e-12) {
      step = magnitude * factor;
      break;
    }
  }
  // Counts are whole numbers: never step by fractions of one.
  if (step < 1 && max >= 1) step = 1;
  std::vector<double> ticks;
  for (int i = 0;; ++i) {
    const double v = std::round(step * i * 1e9) / 1e9;  // 0.1 * 3 is 0.3, not 0.30000000000000004
    ticks.push_back(v);
    if (v >= max - 1e-9) break;
  }
  return ticks;
}

double label_column_width(const layout::Document& doc, std::span<const std::string> labels, double size,
                          double max_width) {
  double widest = 0;
  for (const std::string& label : labels) {
    widest = std::max(widest, doc.text_width(layout::sanitize_utf8(label), layout::FontFace::regular, size));
  }
  return std::min(widest + 2, max_width);
}

double BarPlot::x_of(double v) const { return x0 + std::clamp(v, 0.0, max) * scale(); }

double BarPlot::middle(std::size_t row) const { return top - row_height() * (static_cast<double>(row) + 0.5); }

double BarPlot::bar_height() const { return std::min(row_height() * 0.62, 15.0); }

std::size_t BarPlot::label_lines() const { return row_height() >= 2.3 * category_label_size * 1.15 ? 2 : 1; }

double bar_plot_height(std::size_t rows, double top_room) {
  return kAxisSpace + top_room + static_cast<double>(std::max<std::size_t>(rows, 1)) * kRowHeight;
}

BarPlot lay_out_bar_plot(const layout::Document& doc, const layout::Box& area, std::span<const std::string> labels,
                         double max, double end_room, double top_room, std::string_view chart) {
  BarPlot plot;
  plot.area = area;
  plot.label_width = label_column_width(doc, labels, category_label_size, area.w * 0.36);
  plot.x0 = area.x + plot.label_width + kLabelGap;
  plot.x1 = area.right() - end_room;
  plot.top = area.top() - top_room;
  plot.bottom = area.y + kAxisSpace;
  plot.max = max;
  plot.rows = std::max<std::size_t>(labels.size(), 1);
  if (plot.x1 - plot.x0 < 60 || plot.top - plot.bottom < 10) {
    throw layout::LayoutError(std::string(chart) + ": box too small for the chart");
  }
  return plot;
}

void draw_value_axis(layout::Canvas& canvas, const BarPlot& plot, std::span<const double> ticks,
                     const std::string& title, std::string_view suffix) {
  using layout::Align;
  using layout::FontFace;
  const layout::TextStyle tick{FontFace::regular, tick_size, tick_color, 1.2, Align::center};
  for (double t : ticks) {
    if (t > plot.max + 1e-9) break;
    const double x = plot.x_of(t);
    canvas.line({x, plot.bottom}, {x, plot.top}, layout::Stroke{grid_color, 0.5, layout::LineStyle::solid});
    canvas.text(compact_text(t, 1) + std::string(suffix), x, plot.bottom - 10, tick);
  }
  if (!title.empty()) {
    layout::TextStyle axis = tick;
    axis.size = 8;
    axis.color = label_color;
    canvas.text(layout::fit_text(canvas.document(), title, axis.face, axis.size, plot.x1 - plot.x0),
                (plot.x0 + plot.x1) / 2, plot.area.y + 2, axis);
  }
}

void draw_baseline(layout::Canvas& canvas, const BarPlot& plot) {
  canvas.line({plot.x0, plot.bottom}, {plot.x0, plot.top}, layout::Stroke{axis_color, 0.8, layout::LineStyle::solid});
}

void draw_category_label(layout::Canvas& canvas, const BarPlot& plot, std::size_t row, const std::string& label) {
  const layout::TextStyle style{layout::FontFace::regular, category_label_size, label_color, 1.15,
                                layout::Align::right};
  const std::vector<std::string> lines =
      layout::wrap_text(canvas.document(), label, style.face, style.size, plot.label_width, plot.label_lines());
  const double block = static_cast<double>(lines.size()) * style.leading();
  canvas.lines(lines, plot.area.x, plot.middle(row) + block / 2, plot.label_width, style);
}

}  // namespace iso20k::charts
