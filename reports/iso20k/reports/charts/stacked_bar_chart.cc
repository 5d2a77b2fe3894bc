#include "iso20k/reports/charts/stacked_bar_chart.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "iso20k/format/number_text.h"
#include "iso20k/reports/charts/axis.h"
#include "iso20k/reports/charts/chart_frame.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/text.h"
#include "iso20k/reports/layout/utf8.h"

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

std::vector<int> rounded_percentages(std::span<const double> counts) {
  const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
  std::vector<int> shares(counts.size(), 0);
  if (!(total > 0)) return shares;
  std::vector<std::pair<double, std::size_t>> remainders;
  int given = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const double exact = counts[i] / total * 100;
    shares[i] = static_cast<int>(std::floor(exact + 1e-9));
    given += shares[i];
    remainders.emplace_back(exact - shares[i], i);
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first + 1e-9; });
  for (std::size_t k = 0; given < 100 && k < remainders.size(); ++k, ++given) ++shares[remainders[k].second];
  return shares;
}

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
  const std::vector<double> ticks = chart.normalise ? nice_ticks(100, 5) : nice_ticks(*std::max_element(totals.begin(), totals.end()), 5);
  const double max = ticks.back();
  const TextStyle total{FontFace::bold, tick_size, label_color, 1.2, Align::left};
  double total_room = 4;
  if (chart.normalise) {
    double widest = 0;
    for (double t : totals) widest = std::max(widest, doc.text_width(layout::sanitize_utf8(chart.count_prefix + compact_text(t, 1)), total.face, total.size));
    total_room = widest + 8;
  } else if (chart.show_totals) {
    total_room = doc.text_width(compact_text(max, 1), FontFace::bold, tick_size) + 8;
  }
  const BarPlot plot = lay_out_bar_plot(doc, area, chart.labels, max, total_room, 4, "stacked bar chart");
  draw_value_axis(canvas, plot, ticks, chart.axis_label, chart.normalise ? chart.percent_suffix : std::string());

  const double bar = plot.bar_height();
  for (std::size_t i = 0; i < chart.values.size(); ++i) {
    const double mid = plot.middle(i);
    // Normalised, each bar is scaled to the full width by its own total.
    const double scale = chart.normalise ? (totals[i] > 0 ? (plot.x1 - plot.x0) / totals[i] : 0) : plot.scale();
    const std::vector<int> shares = chart.normalise ? rounded_percentages(chart.values[i]) : std::vector<int>{};
    if (chart.normalise && !(totals[i] > 0)) {
      canvas.stroke_rect(Box{plot.x0, mid - bar / 2, plot.x1 - plot.x0, bar}, Stroke{grid_color, 0.8, LineStyle::dashed});
    }
    double x = plot.x0;
    for (std::size_t s = 0; s < chart.segments.size(); ++s) {
      const double v = chart.values[i][s];
      if (v <= 0) continue;
      const double w = v * scale;
      const layout::Color color = chart.segments[s].color;
      canvas.fill_rect(Box{x, mid - bar / 2, w, bar}, color);
      const std::string text = chart.normalise ? std::to_string(shares[s]) + chart.percent_suffix : compact_text(v, 1);
      TextStyle inside{FontFace::bold, tick_size, layout::text_color_on(color, label_color), 1.2, Align::center};
      if (doc.text_width(layout::sanitize_utf8(text), inside.face, inside.size) + 4 <= w && bar >= tick_size + 1) {
        canvas.text(text, x + w / 2, mid - tick_size * 0.35, inside);
      }
      x += w;
    }
    // Thin white separators keep adjacent segments of similar lightness apart.
    double sx = plot.x0;
    for (std::size_t s = 0; s + 1 < chart.segments.size(); ++s) {
      sx += chart.values[i][s] * scale;
      if (chart.values[i][s] > 0 && sx < x - 0.5) canvas.line({sx, mid - bar / 2}, {sx, mid + bar / 2}, Stroke{layout::white, 0.8, LineStyle::solid});
    }
    if (chart.normalise) {
      canvas.text(chart.count_prefix + compact_text(totals[i], 1), plot.x1 + 4, mid - tick_size * 0.35, total);
    } else if (chart.show_totals) {
      canvas.text(compact_text(totals[i], 1), x + 4, mid - tick_size * 0.35, total);
    }
    draw_category_label(canvas, plot, i, chart.labels[i]);
  }
  draw_baseline(canvas, plot);
}

}  // namespace iso20k::charts
