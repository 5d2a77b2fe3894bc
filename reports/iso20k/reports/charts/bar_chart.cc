#include "iso20k/reports/charts/bar_chart.h"

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
using layout::LineStyle;
using layout::Stroke;
using layout::TextStyle;

constexpr double kThresholdSpace = 14;  // the threshold's label above the bars

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

}  // namespace

double suggested_height(const layout::Document& doc, const BarChart& chart, double width) {
  return chart_frame_height(doc, chart.title, chart.legend, width) +
         bar_plot_height(chart.values.size(), chart.threshold ? kThresholdSpace : 4);
}

void draw_bar_chart(layout::Canvas& canvas, const BarChart& chart, const Box& box) {
  validate(chart);
  const layout::Document& doc = canvas.document();
  const Box area = draw_chart_frame(canvas, chart.title, chart.legend, box);
  if (chart.values.empty()) return;

  const std::string widest_value = rounded_text(chart.max, 0) + chart.value_suffix;
  const double value_room = doc.text_width(widest_value, FontFace::regular, tick_size) + 8;
  const BarPlot plot = lay_out_bar_plot(doc, area, chart.labels, chart.max, value_room,
                                        chart.threshold ? kThresholdSpace : 4, "bar chart");
  draw_value_axis(canvas, plot, nice_ticks(chart.max, 5), chart.axis_label);

  // Bars.
  const double bar = plot.bar_height();
  for (std::size_t i = 0; i < chart.values.size(); ++i) {
    const layout::Color color = chart.colors.empty() ? okabe_ito::blue : chart.colors[i];
    const double x = plot.x_of(chart.values[i]);
    if (x > plot.x0) canvas.fill_rect(Box{plot.x0, plot.middle(i) - bar / 2, x - plot.x0, bar}, color);
  }
  draw_baseline(canvas, plot);

  // The threshold, under the value labels so they stay legible where they cross it.
  if (chart.threshold) {
    const double x = plot.x_of(*chart.threshold);
    canvas.line({x, plot.bottom}, {x, plot.top + 3}, Stroke{okabe_ito::vermillion, 1.2, LineStyle::dashed});
    const std::string text = chart.threshold_label.empty()
                                 ? compact_text(*chart.threshold, 1) + chart.value_suffix
                                 : chart.threshold_label + " " + compact_text(*chart.threshold, 1) +
                                       chart.value_suffix;
    TextStyle style{FontFace::bold, tick_size, okabe_ito::vermillion, 1.2, Align::left};
    const std::string fitted = layout::fit_text(doc, text, style.face, style.size, area.w);
    const double w = doc.text_width(fitted, style.face, style.size);
    const double left = std::clamp(x - w / 2, area.x, area.right() - w);
    canvas.text(fitted, left, plot.top + 5, style);
  }

  const TextStyle value{FontFace::regular, tick_size, label_color, 1.2, Align::left};
  for (std::size_t i = 0; i < chart.values.size(); ++i) {
    const double mid = plot.middle(i);
    const double v = chart.values[i];
    const std::string value_text = compact_text(v, 1) + chart.value_suffix;
    const double value_w = doc.text_width(value_text, value.face, value.size);
    canvas.fill_rect(Box{plot.x_of(v) + 2, mid - tick_size * 0.6, value_w + 4, tick_size * 1.2}, layout::white);
    canvas.text(value_text, plot.x_of(v) + 4, mid - tick_size * 0.35, value);
    draw_category_label(canvas, plot, i, chart.labels[i]);
  }
}

}  // namespace iso20k::charts
