#include "iso20k/reports/charts/stacked_bar_chart.h"

#include <algorithm>
#include <numeric>

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

std::vector<LegendItem> legend_of(const StackedBarChart& chart) {
  std::vector<LegendItem> legend;
  for (const StackedSegment& s : chart.segments) legend.push_back(LegendItem{s.name, s.color, Swatch::box});
  return legend;
}

void validate(const StackedBarChart& chart) {
  if (chart.labels.size() != chart.values.size()) {
    throw layout::LayoutError("stacked bar chart: " + std::to_string(chart.labels.size()) + " labels but " +
                              std::to_string(chart.values.size()) + " bars");
  }
  for (std::size_t i = 0; i < chart.values.size(); ++i) {
    if (chart.values[i].size() != chart.segments.size()) {
      throw layout::LayoutError("stacked bar chart: bar \"" + chart.labels[i] + "\" has " +
                                std::to_string(chart.values[i].size()) + " values for " +
                                std::to_string(chart.segments.size()) + " segments");
    }
    require_finite("stacked bar chart", chart.values[i]);
    for (double v : chart.values[i]) {
      if (v < 0) throw layout::LayoutError("stacked bar chart: counts cannot be negative");
    }
  }
}

}  // namespace

double suggested_height(const layout::Document& doc, const StackedBarChart& chart, double width) {
  const std::vector<LegendItem> legend = legend_of(chart);
  return chart_frame_height(doc, chart.title, legend, width) + bar_plot_height(chart.values.size(), 4);
}

void draw_stacked_bar_chart(layout::Canvas& canvas, const StackedBarChart& chart, const Box& box) {
  validate(chart);
  const layout::Document& doc = canvas.document();
  const std::vector<LegendItem> legend = legend_of(chart);
  const Box area = draw_chart_frame(canvas, chart.title, legend, box);
  if (chart.values.empty()) return;

  std::vector<double> totals;
  for (const std::vector<double>& row : chart.values) totals.push_back(std::accumulate(row.begin(), row.end(), 0.0));
  const std::vector<double> ticks = nice_ticks(*std::max_element(totals.begin(), totals.end()), 5);
  const double max = ticks.back();
  const double total_room =
      chart.show_totals ? doc.text_width(compact_text(max, 1), FontFace::bold, tick_size) + 8 : 4;
  const BarPlot plot = lay_out_bar_plot(doc, area, chart.labels, max, total_room, 4, "stacked bar chart");
  draw_value_axis(canvas, plot, ticks, chart.axis_label);

  const double scale = plot.scale();
  const double bar = plot.bar_height();
  for (std::size_t i = 0; i < chart.values.size(); ++i) {
    const double mid = plot.middle(i);
    double x = plot.x0;
    for (std::size_t s = 0; s < chart.segments.size(); ++s) {
      const double v = chart.values[i][s];
      if (v <= 0) continue;
      const double w = v * scale;
      const layout::Color color = chart.segments[s].color;
      canvas.fill_rect(Box{x, mid - bar / 2, w, bar}, color);
      const std::string count = compact_text(v, 1);
      TextStyle inside{FontFace::bold, tick_size, layout::text_color_on(color, label_color), 1.2, Align::center};
      if (doc.text_width(count, inside.face, inside.size) + 4 <= w && bar >= tick_size + 1) {
        canvas.text(count, x + w / 2, mid - tick_size * 0.35, inside);
      }
      x += w;
    }
    // Thin white separators keep adjacent segments of similar lightness apart.
    double sx = plot.x0;
    for (std::size_t s = 0; s + 1 < chart.segments.size(); ++s) {
      sx += chart.values[i][s] * scale;
      if (chart.values[i][s] > 0 && sx < x - 0.5) canvas.line({sx, mid - bar / 2}, {sx, mid + bar / 2}, Stroke{layout::white, 0.8, LineStyle::solid});
    }
    if (chart.show_totals) {
      TextStyle total{FontFace::bold, tick_size, label_color, 1.2, Align::left};
      canvas.text(compact_text(totals[i], 1), x + 4, mid - tick_size * 0.35, total);
    }
    draw_category_label(canvas, plot, i, chart.labels[i]);
  }
  draw_baseline(canvas, plot);
}

}  // namespace iso20k::charts
