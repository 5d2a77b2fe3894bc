#include "charts/bar_chart.h"

#include <algorithm>

#include "charts/axis.h"
#include "charts/chart_frame.h"
#include "charts/palette.h"
#include "layout/error.h"
#include "layout/number_format.h"
#include "layout/text.h"
#include "layout/utf8.h"

namespace iso20k::charts {
namespace {

using layout::Align;
using layout::Box;
using layout::FontFace;
using layout::LineStyle;
using layout::Stroke;
using layout::TextStyle;

constexpr double kLabelSize = 8;
constexpr double kTickSize = 7.5;
constexpr double kRowHeight = 24;
constexpr double kAxisSpace = 30;    // tick labels and the axis title under the plot
constexpr double kThresholdSpace = 14;

void validate(const BarChart& chart) {
  if (chart.labels.size() != chart.values.size()) {
    throw layout::LayoutError("bar chart: " + std::to_string(chart.labels.size()) + " labels but " +
                              std::to_string(chart.values.size()) + " values");
  }
  if (!chart.colors.empty() && chart.colors.size() != chart.values.size()) {
    throw layout::LayoutError("bar chart: the number of colours must match the number of bars");
  }
  if (!(chart.max > 0)) throw layout::LayoutError("bar chart: the axis maximum must be positive");
  require_finite("bar chart", chart.values);
}

double label_width(const layout::Document& doc, const BarChart& chart, double width) {
  double widest = 0;
  for (const std::string& label : chart.labels) {
    widest = std::max(widest, doc.text_width(layout::sanitize_utf8(label), FontFace::regular, kLabelSize));
  }
  return std::min(widest + 2, width * 0.36);
}

}  // namespace

double suggested_height(const layout::Document& doc, const BarChart& chart, double width) {
  return chart_frame_height(doc, chart.title, chart.legend, width) + kAxisSpace +
         (chart.threshold ? kThresholdSpace : 4) + static_cast<double>(std::max<std::size_t>(chart.values.size(), 1)) * kRowHeight;
}

void draw_bar_chart(layout::Canvas& canvas, const BarChart& chart, const Box& box) {
  validate(chart);
  const layout::Document& doc = canvas.document();
  const Box area = draw_chart_frame(canvas, chart.title, chart.legend, box);
  if (chart.values.empty()) return;

  const std::string widest_value = layout::format_number(chart.max, 0) + chart.value_suffix;
  const double value_room = doc.text_width(widest_value, FontFace::regular, kTickSize) + 8;
  const double lw = label_width(doc, chart, area.w);
  const double x0 = area.x + lw + 8;
  const double x1 = area.right() - value_room;
  const double top = area.top() - (chart.threshold ? kThresholdSpace : 4);
  const double bottom = area.y + kAxisSpace;
  if (x1 - x0 < 60 || top - bottom < 10) throw layout::LayoutError("bar chart: box too small for the chart");
  const double scale = (x1 - x0) / chart.max;
  const auto x_of = [&](double v) { return x0 + std::clamp(v, 0.0, chart.max) * scale; };

  // Gridlines and tick labels.
  const std::vector<double> ticks = nice_ticks(chart.max, 5);
  const TextStyle tick{FontFace::regular, kTickSize, tick_color, 1.2, Align::center};
  for (double t : ticks) {
    if (t > chart.max + 1e-9) break;
    const double x = x_of(t);
    canvas.line({x, bottom}, {x, top}, Stroke{grid_color, 0.5, LineStyle::solid});
    canvas.text(layout::format_compact(t, 1), x, bottom - 10, tick);
  }
  if (!chart.axis_label.empty()) {
    TextStyle axis = tick;
    axis.size = 8;
    axis.color = label_color;
    canvas.text(layout::fit_text(doc, chart.axis_label, axis.face, axis.size, x1 - x0), (x0 + x1) / 2, area.y + 2, axis);
  }

  // Bars.
  const double row = (top - bottom) / static_cast<double>(chart.values.size());
  const double bar = std::min(row * 0.62, 15.0);
  const std::size_t max_label_lines = row >= 2.3 * kLabelSize * 1.15 ? 2 : 1;
  const TextStyle label{FontFace::regular, kLabelSize, label_color, 1.15, Align::left};
  const TextStyle value{FontFace::regular, kTickSize, label_color, 1.2, Align::left};
  const auto middle = [&](std::size_t i) { return top - row * (static_cast<double>(i) + 0.5); };
  for (std::size_t i = 0; i < chart.values.size(); ++i) {
    const layout::Color color = chart.colors.empty() ? okabe_ito::blue : chart.colors[i];
    const double x = x_of(chart.values[i]);
    if (x > x0) canvas.fill_rect(Box{x0, middle(i) - bar / 2, x - x0, bar}, color);
  }
  canvas.line({x0, bottom}, {x0, top}, Stroke{axis_color, 0.8, LineStyle::solid});

  // The threshold, under the value labels so they stay legible where they cross it.
  if (chart.threshold) {
    const double x = x_of(*chart.threshold);
    canvas.line({x, bottom}, {x, top + 3}, Stroke{okabe_ito::vermillion, 1.2, LineStyle::dashed});
    const std::string text = chart.threshold_label.empty()
                                 ? layout::format_compact(*chart.threshold, 1) + chart.value_suffix
                                 : chart.threshold_label + " " + layout::format_compact(*chart.threshold, 1) +
                                       chart.value_suffix;
    TextStyle style{FontFace::bold, kTickSize, okabe_ito::vermillion, 1.2, Align::left};
    const std::string fitted = layout::fit_text(doc, text, style.face, style.size, area.w);
    const double w = doc.text_width(fitted, style.face, style.size);
    const double left = std::clamp(x - w / 2, area.x, area.right() - w);
    canvas.text(fitted, left, top + 5, style);
  }

  for (std::size_t i = 0; i < chart.values.size(); ++i) {
    const double mid = middle(i);
    const double v = chart.values[i];
    const std::string value_text = layout::format_compact(v, 1) + chart.value_suffix;
    const double value_w = doc.text_width(value_text, value.face, value.size);
    canvas.fill_rect(Box{x_of(v) + 2, mid - kTickSize * 0.6, value_w + 4, kTickSize * 1.2}, layout::white);
    canvas.text(value_text, x_of(v) + 4, mid - kTickSize * 0.35, value);

    const std::vector<std::string> lines =
        layout::wrap_text(doc, chart.labels[i], label.face, label.size, lw, max_label_lines);
    const double block = static_cast<double>(lines.size()) * label.leading();
    layout::TextStyle right = label;
    right.align = Align::right;
    canvas.lines(lines, area.x, mid + block / 2, lw, right);
  }
}

}  // namespace iso20k::charts
