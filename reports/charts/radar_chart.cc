#include "charts/radar_chart.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "charts/chart_frame.h"
#include "charts/palette.h"
#include "layout/error.h"
#include "layout/number_format.h"
#include "layout/text.h"

namespace iso20k::charts {
namespace {

using layout::Align;
using layout::Box;
using layout::FontFace;
using layout::LineStyle;
using layout::Point;
using layout::Stroke;
using layout::TextStyle;

constexpr double kLabelSize = 7.5;
constexpr double kLabelGap = 7;

void validate(const RadarChart& chart) {
  if (chart.axes.size() < 3) throw layout::LayoutError("radar chart: needs at least 3 axes");
  if (!(chart.max > 0)) throw layout::LayoutError("radar chart: the scale maximum must be positive");
  if (chart.rings < 1) throw layout::LayoutError("radar chart: needs at least one ring");
  for (const RadarSeries& s : chart.series) {
    if (s.values.size() != chart.axes.size()) {
      throw layout::LayoutError("radar chart: series \"" + s.name + "\" has " + std::to_string(s.values.size()) +
                                " values for " + std::to_string(chart.axes.size()) + " axes");
    }
    require_finite("radar chart", s.values);
  }
}

}  // namespace

void draw_radar_chart(layout::Canvas& canvas, const RadarChart& chart, const Box& box) {
  validate(chart);
  const layout::Document& doc = canvas.document();
  std::vector<LegendItem> legend;
  for (const RadarSeries& s : chart.series) {
    legend.push_back(LegendItem{s.name, s.color,
                                s.filled ? Swatch::box
                                         : (s.line == LineStyle::solid ? Swatch::line : Swatch::dashed_line)});
  }
  const Box area = draw_chart_frame(canvas, chart.title, legend, box);
  const std::size_t n = chart.axes.size();
  const TextStyle label{FontFace::regular, kLabelSize, label_color, 1.15, Align::left};

  // Labels take up to 3 lines of at most ~a quarter of the width; the radius is what remains.
  const double label_w = std::clamp(area.w * 0.22, 50.0, 110.0);
  std::vector<std::vector<std::string>> labels;
  double widest = 0;
  double tallest = 0;
  for (const std::string& axis : chart.axes) {
    labels.push_back(layout::wrap_text(doc, axis, label.face, label.size, label_w, 3));
    for (const std::string& line : labels.back()) widest = std::max(widest, doc.text_width(line, label.face, label.size));
    tallest = std::max(tallest, static_cast<double>(labels.back().size()) * label.leading());
  }
  const double radius = std::min(area.w / 2 - widest - kLabelGap - 2, area.h / 2 - tallest - kLabelGap);
  if (radius < 30) throw layout::LayoutError("radar chart: box too small for the chart");
  const Point centre{area.x + area.w / 2, area.y + area.h / 2};
  const auto angle = [&](std::size_t i) {
    return std::numbers::pi / 2 - 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
  };
  const auto at = [&](std::size_t i, double r) {
    return Point{centre.x + r * std::cos(angle(i)), centre.y + r * std::sin(angle(i))};
  };

  // Grid: rings and spokes.
  for (int k = 1; k <= chart.rings; ++k) {
    const double r = radius * k / chart.rings;
    std::vector<Point> ring;
    for (std::size_t i = 0; i < n; ++i) ring.push_back(at(i, r));
    canvas.polygon(ring, std::nullopt, 1, Stroke{k == chart.rings ? axis_color : grid_color, k == chart.rings ? 0.7 : 0.5, LineStyle::solid});
  }
  for (std::size_t i = 0; i < n; ++i) canvas.line(centre, at(i, radius), Stroke{grid_color, 0.5, LineStyle::solid});

  // Series: fills first so no outline is hidden under a fill.
  const auto shape = [&](const RadarSeries& s) {
    std::vector<Point> points;
    for (std::size_t i = 0; i < n; ++i) points.push_back(at(i, radius * std::clamp(s.values[i], 0.0, chart.max) / chart.max));
    return points;
  };
  for (const RadarSeries& s : chart.series) {
    if (s.filled) canvas.polygon(shape(s), s.color, 0.22, std::nullopt);
  }
  for (const RadarSeries& s : chart.series) {
    const std::vector<Point> points = shape(s);
    canvas.polygon(points, std::nullopt, 1, Stroke{s.color, 1.6, s.line});
    if (s.filled) {
      for (const Point& p : points) canvas.circle(p, 2, s.color, std::nullopt);
    }
  }

  // Scale labels along the first spoke, on a white halo so they stay legible over the series.
  const TextStyle scale{FontFace::regular, 6.5, tick_color, 1.1, Align::left};
  for (int k = 0; k <= chart.rings; ++k) {
    const double v = chart.max * k / chart.rings;
    const std::string text = layout::format_compact(v, 1);
    const Point p = at(0, radius * k / chart.rings);
    const double w = doc.text_width(text, scale.face, scale.size);
    canvas.fill_rect(Box{p.x + 2, p.y - 3, w + 2, 7}, layout::white, 0.85);
    canvas.text(text, p.x + 3, p.y - 2, scale);
  }

  // Axis labels outside the outer ring, anchored away from the centre.
  for (std::size_t i = 0; i < n; ++i) {
    const double c = std::cos(angle(i));
    const double s = std::sin(angle(i));
    const Point anchor = at(i, radius + kLabelGap);
    TextStyle style = label;
    double x = anchor.x;
    if (c > 0.2) {
      style.align = Align::left;
    } else if (c < -0.2) {
      style.align = Align::right;
      x = anchor.x - label_w;
    } else {
      style.align = Align::center;
      x = anchor.x - label_w / 2;
    }
    const double block = static_cast<double>(labels[i].size()) * style.leading();
    double top = anchor.y + block / 2;       // beside the chart: centred on the spoke
    if (s > 0.5) top = anchor.y + block;      // above: the block sits on the anchor
    if (s < -0.5) top = anchor.y;             // below: the block hangs from it
    canvas.lines(labels[i], x, top, label_w, style);
  }
}

}  // namespace iso20k::charts
