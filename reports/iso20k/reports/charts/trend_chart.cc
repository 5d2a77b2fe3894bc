#include "iso20k/reports/charts/trend_chart.h"

#include <algorithm>
#include <cmath>

#include "iso20k/format/number_text.h"
#include "iso20k/reports/charts/axis.h"
#include "iso20k/reports/charts/chart_frame.h"
#include "iso20k/reports/charts/marker.h"
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
using layout::Point;
using layout::Stroke;
using layout::TextStyle;

constexpr const char* kChart = "trend chart";
constexpr double kDateSize = 7.5;
constexpr double kValueSize = 7;
constexpr double kDateRoom = 24;   // two lines of date labels under the plot
constexpr double kTopRoom = 14;    // the axis title above the plot
constexpr double kMarker = 6;

void validate(const TrendChart& chart) {
  if (chart.dates.size() < 2 || chart.dates.size() > 12) {
    throw layout::LayoutError(std::string(kChart) + ": needs 2 to 12 dates, not " + std::to_string(chart.dates.size()));
  }
  for (std::size_t i = 0; i < chart.dates.size(); ++i) {
    days_since_epoch(chart.dates[i], kChart);
    if (i > 0 && !(chart.dates[i - 1] < chart.dates[i])) {
      throw layout::LayoutError(std::string(kChart) + ": dates must be ascending, " + iso_text(chart.dates[i]) +
                                " follows " + iso_text(chart.dates[i - 1]));
    }
  }
  if (!chart.date_labels.empty() && chart.date_labels.size() != chart.dates.size()) {
    throw layout::LayoutError(std::string(kChart) + ": " + std::to_string(chart.date_labels.size()) + " date labels for " +
                              std::to_string(chart.dates.size()) + " dates");
  }
  if (!(chart.max > 0) || !std::isfinite(chart.max)) throw layout::LayoutError(std::string(kChart) + ": the axis maximum must be positive");
  if (chart.series.empty()) throw layout::LayoutError(std::string(kChart) + ": needs at least one series");
  for (const TrendSeries& s : chart.series) {
    if (s.values.size() != chart.dates.size()) {
      throw layout::LayoutError(std::string(kChart) + ": series \"" + s.name + "\" has " + std::to_string(s.values.size()) +
                                " values for " + std::to_string(chart.dates.size()) + " dates");
    }
    require_finite(kChart, s.values);
    for (double v : s.values) {
      if (v < 0 || v > chart.max) {
        throw layout::LayoutError(std::string(kChart) + ": series \"" + s.name + "\" has " + compact_text(v, 1) +
                                  ", outside 0.." + compact_text(chart.max, 1));
      }
    }
  }
  if (chart.threshold && !std::isfinite(*chart.threshold)) throw layout::LayoutError(std::string(kChart) + ": values must be finite numbers");
}

std::vector<LegendItem> legend_of(const TrendChart& chart) {
  std::vector<LegendItem> legend;
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    const TrendSeries& s = chart.series[i];
    legend.push_back({s.name, s.color, s.line == LineStyle::solid ? Swatch::line : Swatch::dashed_line, series_marker(i)});
  }
  // The threshold is named in the legend, with its value, rather than on the plot where it would
  // collide with the values of the points near it.
  if (chart.threshold) {
    legend.push_back({chart.threshold_label + (chart.threshold_label.empty() ? "" : " ") + compact_text(*chart.threshold, 1) +
                          chart.value_suffix,
                      okabe_ito::vermillion, Swatch::dashed_line});
  }
  return legend;
}

std::vector<std::string> labels_of(const TrendChart& chart) {
  if (!chart.date_labels.empty()) return chart.date_labels;
  bool repeats = false;
  for (std::size_t i = 1; i < chart.dates.size(); ++i) {
    repeats = repeats || (chart.dates[i].year == chart.dates[i - 1].year && chart.dates[i].month == chart.dates[i - 1].month);
  }
  std::vector<std::string> labels;
  for (const ChartDate& d : chart.dates) {
    const std::string month = chart.month_names[static_cast<std::size_t>(d.month - 1)];
    labels.push_back((repeats ? std::to_string(d.day) + " " : std::string()) + month + " " + std::to_string(d.year));
  }
  return labels;
}

// Positions for labels wanted at `want` (descending), at least `step` apart, each as close to its wish
// as that allows (touching labels move as a block centred on their wishes), within [low, high].
std::vector<double> spread(const std::vector<double>& want, double step, double low, double high) {
  struct Block {
    double top;  // the first label's position
    std::size_t first, count;
    double sum;  // of want[k] + (k - first) * step: the block's top if each label had its wish
  };
  std::vector<Block> blocks;
  for (std::size_t k = 0; k < want.size(); ++k) {
    blocks.push_back(Block{want[k], k, 1, want[k]});
    // Merge while a block overlaps the one above it.
    while (blocks.size() > 1) {
      Block& above = blocks[blocks.size() - 2];
      Block& last = blocks.back();
      if (above.top - static_cast<double>(above.count) * step >= last.top - 1e-9) break;
      above.sum += last.sum + static_cast<double>(above.count * last.count) * step;
      above.count += last.count;
      above.top = above.sum / static_cast<double>(above.count);
      blocks.pop_back();
    }
  }
  std::vector<double> out;
  for (const Block& b : blocks) {
    for (std::size_t k = 0; k < b.count; ++k) out.push_back(b.top - static_cast<double>(k) * step);
  }
  // Inside the plot: shift the whole column if it sticks out.
  if (!out.empty() && out.back() < low) {
    const double lift = low - out.back();
    for (double& v : out) v += lift;
  }
  if (!out.empty() && out.front() > high) {
    const double drop = out.front() - high;
    for (double& v : out) v -= drop;
  }
  return out;
}

struct Plot {
  double x0 = 0;  // the y axis
  double x1 = 0;
  double y0 = 0;  // 0
  double y1 = 0;  // max
};

double axis_width(const layout::Document& doc, const TrendChart& chart) {
  double w = 0;
  for (double t : nice_ticks(chart.max, 5)) w = std::max(w, doc.text_width(compact_text(t, 1), FontFace::regular, tick_size));
  return w + 6;
}

}  // namespace

std::vector<double> trend_x_positions(const layout::Document& doc, const TrendChart& chart, const Box& box) {
  validate(chart);
  const std::vector<std::string> labels = labels_of(chart);
  const std::size_t n = chart.dates.size();
  // The first and last points sit in from the ends by half the widest label, so their labels fit.
  double widest = 0;
  for (const std::string& l : labels) {
    widest = std::max(widest, doc.text_width(layout::fit_text(doc, l, FontFace::regular, kDateSize, 80), FontFace::regular, kDateSize));
  }
  // The values stand right of the points: the last needs their room.
  double value_w = 0;
  for (const TrendSeries& s : chart.series) {
    for (double v : s.values) {
      value_w = std::max(value_w, doc.text_width(layout::sanitize_utf8(compact_text(v, 1) + chart.value_suffix), FontFace::bold, kValueSize));
    }
  }
  const double pad = std::max(widest / 2 + 2, 16.0);
  const double left = box.x + axis_width(doc, chart) + pad;
  const double right = box.right() - std::max(pad, chart.label_values ? value_w + kMarker / 2 + 4 : 0.0);
  if (right - left < 40 * static_cast<double>(n - 1) / 2) throw layout::LayoutError(std::string(kChart) + ": box too small for the chart");
  const long first = days_since_epoch(chart.dates.front(), kChart);
  const long span = days_since_epoch(chart.dates.back(), kChart) - first;
  std::vector<double> xs;
  for (const ChartDate& d : chart.dates) {
    xs.push_back(left + (right - left) * static_cast<double>(days_since_epoch(d, kChart) - first) / static_cast<double>(span));
  }
  // Dates so close that their labels would touch: evenly spaced instead.
  const double need = std::min(widest + 8, (right - left) / static_cast<double>(n - 1));
  for (std::size_t i = 1; i < n; ++i) {
    if (xs[i] - xs[i - 1] < need - 1e-9) {
      for (std::size_t k = 0; k < n; ++k) xs[k] = left + (right - left) * static_cast<double>(k) / static_cast<double>(n - 1);
      break;
    }
  }
  return xs;
}

double suggested_height(const layout::Document& doc, const TrendChart& chart, double width) {
  return chart_frame_height(doc, chart.title, legend_of(chart), width) + kTopRoom + kDateRoom + 180;
}

void draw_trend_chart(layout::Canvas& canvas, const TrendChart& chart, const Box& box) {
  validate(chart);
  const layout::Document& doc = canvas.document();
  const Box area = draw_chart_frame(canvas, chart.title, legend_of(chart), box);
  const std::vector<double> xs = trend_x_positions(doc, chart, area);
  const std::vector<std::string> labels = labels_of(chart);
  const std::size_t n = chart.dates.size();
  Plot plot;
  plot.x0 = area.x + axis_width(doc, chart);
  plot.x1 = area.right();
  plot.y0 = area.y + kDateRoom;
  plot.y1 = area.top() - kTopRoom;
  if (plot.y1 - plot.y0 < 60) throw layout::LayoutError(std::string(kChart) + ": box too small for the chart");
  const auto y_of = [&](double v) { return plot.y0 + (plot.y1 - plot.y0) * std::clamp(v, 0.0, chart.max) / chart.max; };

  // Grid and the value axis: gridlines across, their values on the left, the title above.
  const TextStyle tick{FontFace::regular, tick_size, tick_color, 1.2, Align::right};
  for (double t : nice_ticks(chart.max, 5)) {
    if (t > chart.max + 1e-9) break;
    const double y = y_of(t);
    canvas.line({plot.x0, y}, {plot.x1, y}, Stroke{t == 0 ? axis_color : grid_color, t == 0 ? 0.8 : 0.5, LineStyle::solid});
    canvas.text(compact_text(t, 1), plot.x0 - 4, y - tick_size * 0.35, tick);
  }
  if (!chart.axis_label.empty()) {
    const TextStyle title{FontFace::regular, 8, label_color, 1.2, Align::left};
    canvas.text(layout::fit_text(doc, chart.axis_label, title.face, title.size, area.w * 0.6), area.x, plot.y1 + 6, title);
  }
  // The dates: a tick at each, the label under it (two lines at most).
  double slot = area.w;  // the closest two dates: the width their labels wrap in
  for (std::size_t i = 1; i < n; ++i) slot = std::min(slot, xs[i] - xs[i - 1]);
  const TextStyle date{FontFace::regular, kDateSize, label_color, 1.15, Align::center};
  for (std::size_t i = 0; i < n; ++i) {
    canvas.line({xs[i], plot.y0}, {xs[i], plot.y0 - 3}, Stroke{axis_color, 0.8, LineStyle::solid});
    canvas.line({xs[i], plot.y0}, {xs[i], plot.y1}, Stroke{grid_color, 0.4, LineStyle::dotted});
    const double w = slot - 4;
    const std::vector<std::string> lines = layout::wrap_text(doc, labels[i], date.face, date.size, w, 2);
    canvas.lines(lines, xs[i] - w / 2, plot.y0 - 4, w, date);
  }

  if (chart.threshold) {
    const double y = y_of(*chart.threshold);
    canvas.line({plot.x0, y}, {plot.x1, y}, Stroke{okabe_ito::vermillion, 1.1, LineStyle::dashed});
  }

  // Lines, then the points over them.
  for (const TrendSeries& s : chart.series) {
    for (std::size_t i = 1; i < n; ++i) {
      canvas.line({xs[i - 1], y_of(s.values[i - 1])}, {xs[i], y_of(s.values[i])}, Stroke{s.color, 1.6, s.line});
    }
  }
  for (std::size_t k = 0; k < chart.series.size(); ++k) {
    for (std::size_t i = 0; i < n; ++i) {
      draw_marker(canvas, {xs[i], y_of(chart.series[k].values[i])}, series_marker(k), kMarker, chart.series[k].color);
    }
  }

  // Values: right of their points, centred on them; where points of one date lie close, the labels
  // spread apart around them (highest value on top), each on a white halo so that lines behind them
  // do not cut through.
  if (chart.label_values) {
    const double step = kValueSize * 1.2;
    for (std::size_t i = 0; i < n; ++i) {
      std::vector<std::size_t> order(chart.series.size());
      for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
      std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return chart.series[a].values[i] > chart.series[b].values[i];
      });
      std::vector<double> want(order.size());
      for (std::size_t j = 0; j < order.size(); ++j) want[j] = y_of(chart.series[order[j]].values[i]);
      const std::vector<double> centre = spread(want, step, plot.y0 + step / 2, plot.y1 + step);
      for (std::size_t j = 0; j < order.size(); ++j) {
        const TrendSeries& s = chart.series[order[j]];
        const std::string text = compact_text(s.values[i], 1) + chart.value_suffix;
        const layout::Color color = layout::contrast(s.color, layout::white) >= 3 ? s.color : label_color;
        const TextStyle value{FontFace::bold, kValueSize, color, 1.2, Align::left};
        const double w = doc.text_width(layout::sanitize_utf8(text), value.face, value.size);
        const double x = xs[i] + kMarker / 2 + 2.5;
        const double base = centre[j] - kValueSize * 0.35;
        canvas.fill_rect(Box{x - 1, base - 1.8, w + 2, kValueSize + 1.2}, layout::white, 0.85);
        canvas.text(text, x, base, value);
      }
    }
  }
}

}  // namespace iso20k::charts
