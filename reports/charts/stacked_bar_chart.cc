#include "charts/stacked_bar_chart.h"

#include <algorithm>
#include <numeric>

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
constexpr double kAxisSpace = 30;

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
  return chart_frame_height(doc, chart.title, legend, width) + kAxisSpace + 4 +
         static_cast<double>(std::max<std::size_t>(chart.values.size(), 1)) * kRowHeight;
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

  double widest = 0;
  for (const std::string& label : chart.labels) {
    widest = std::max(widest, doc.text_width(layout::sanitize_utf8(label), FontFace::regular, kLabelSize));
  }
  const double lw = std::min(widest + 2, area.w * 0.36);
  const double total_room = chart.show_totals ? doc.text_width(layout::format_compact(max, 1), FontFace::bold, kTickSize) + 8 : 4;
  const double x0 = area.x + lw + 8;
  const double x1 = area.right() - total_room;
  const double top = area.top() - 4;
  const double bottom = area.y + kAxisSpace;
  if (x1 - x0 < 60 || top - bottom < 10) throw layout::LayoutError("stacked bar chart: box too small for the chart");
  const double scale = (x1 - x0) / max;

  const TextStyle tick{FontFace::regular, kTickSize, tick_color, 1.2, Align::center};
  for (double t : ticks) {
    const double x = x0 + t * scale;
    canvas.line({x, bottom}, {x, top}, Stroke{grid_color, 0.5, LineStyle::solid});
    canvas.text(layout::format_compact(t, 1), x, bottom - 10, tick);
  }
  if (!chart.axis_label.empty()) {
    TextStyle axis = tick;
    axis.size = 8;
    axis.color = label_color;
    canvas.text(layout::fit_text(doc, chart.axis_label, axis.face, axis.size, x1 - x0), (x0 + x1) / 2, area.y + 2, axis);
  }

  const double row = (top - bottom) / static_cast<double>(chart.values.size());
  const double bar = std::min(row * 0.62, 15.0);
  const std::size_t max_label_lines = row >= 2.3 * kLabelSize * 1.15 ? 2 : 1;
  const TextStyle label{FontFace::regular, kLabelSize, label_color, 1.15, Align::right};
  for (std::size_t i = 0; i < chart.values.size(); ++i) {
    const double mid = top - row * (static_cast<double>(i) + 0.5);
    double x = x0;
    for (std::size_t s = 0; s < chart.segments.size(); ++s) {
      const double v = chart.values[i][s];
      if (v <= 0) continue;
      const double w = v * scale;
      const layout::Color color = chart.segments[s].color;
      canvas.fill_rect(Box{x, mid - bar / 2, w, bar}, color);
      const std::string count = layout::format_compact(v, 1);
      TextStyle inside{FontFace::bold, kTickSize, layout::text_color_on(color, label_color), 1.2,
                       Align::center};
      if (doc.text_width(count, inside.face, inside.size) + 4 <= w && bar >= kTickSize + 1) {
        canvas.text(count, x + w / 2, mid - kTickSize * 0.35, inside);
      }
      x += w;
    }
    // Thin white separators keep adjacent segments of similar lightness apart.
    double sx = x0;
    for (std::size_t s = 0; s + 1 < chart.segments.size(); ++s) {
      sx += chart.values[i][s] * scale;
      if (chart.values[i][s] > 0 && sx < x - 0.5) canvas.line({sx, mid - bar / 2}, {sx, mid + bar / 2}, Stroke{layout::white, 0.8, LineStyle::solid});
    }
    if (chart.show_totals) {
      TextStyle total{FontFace::bold, kTickSize, label_color, 1.2, Align::left};
      canvas.text(layout::format_compact(totals[i], 1), x + 4, mid - kTickSize * 0.35, total);
    }
    const std::vector<std::string> lines = layout::wrap_text(doc, chart.labels[i], label.face, label.size, lw, max_label_lines);
    const double block = static_cast<double>(lines.size()) * label.leading();
    canvas.lines(lines, area.x, mid + block / 2, lw, label);
  }
  canvas.line({x0, bottom}, {x0, top}, Stroke{axis_color, 0.8, LineStyle::solid});
}

}  // namespace iso20k::charts
