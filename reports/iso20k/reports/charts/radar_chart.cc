#include "iso20k/reports/charts/radar_chart.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "iso20k/format/number_text.h"
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
using layout::Point;
using layout::Stroke;
using layout::TextStyle;

constexpr double kLabelSize = 7.5;
constexpr double kLabelGap = 7;
constexpr double kLabelClearance = 10;  // between labels side by side, so that they do not read as one
constexpr double kLineClearance = 1.5;  // between labels one above the other

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

// Spoke i of n, clockwise from the top.
double axis_angle(std::size_t i, std::size_t n) {
  return std::numbers::pi / 2 - 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
}

struct AxisLabel {
  double x = 0;    // the left edge of the label_w wide box its lines are aligned in
  double top = 0;  // the top of its first line
  Align align = Align::left;
  double left = 0, right = 0, bottom = 0;  // the extent of the text itself
};

// Each label outside the end of its spoke, anchored away from the centre: beside the chart centred on
// the spoke, above it standing on the spoke's end, below it hanging from it. A label centred above
// or below the chart that would touch a neighbour's (many axes put them close) moves further out,
// clear of it.
std::vector<AxisLabel> place_labels(const layout::Document& doc, const std::vector<std::vector<std::string>>& labels,
                                    Point centre, double radius, double label_w, const TextStyle& style) {
  const std::size_t n = labels.size();
  std::vector<AxisLabel> placed;
  for (std::size_t i = 0; i < n; ++i) {
    const double c = std::cos(axis_angle(i, n));
    const double s = std::sin(axis_angle(i, n));
    const Point anchor{centre.x + (radius + kLabelGap) * c, centre.y + (radius + kLabelGap) * s};
    double text_w = 0;
    for (const std::string& line : labels[i]) text_w = std::max(text_w, doc.text_width(line, style.face, style.size));
    AxisLabel l;
    if (c > 0.2) {
      l.align = Align::left;
      l.x = anchor.x;
      l.left = anchor.x;
    } else if (c < -0.2) {
      l.align = Align::right;
      l.x = anchor.x - label_w;
      l.left = anchor.x - text_w;
    } else {
      l.align = Align::center;
      l.x = anchor.x - label_w / 2;
      l.left = anchor.x - text_w / 2;
    }
    l.right = l.left + text_w;
    const double block = static_cast<double>(labels[i].size()) * style.leading();
    l.top = anchor.y + block / 2;       // beside the chart: centred on the spoke
    if (s > 0.5) l.top = anchor.y + block;      // above: the block sits on the anchor
    if (s < -0.5) l.top = anchor.y;             // below: the block hangs from it
    l.bottom = l.top - block;
    placed.push_back(l);
  }
  // Labels above and below the chart, from the outside in (furthest from the vertical axis first), move
  // further up or down, clear of any label already settled beside them: those beside the chart stay.
  std::vector<std::size_t> settled;
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < n; ++i) {
    (std::abs(std::sin(axis_angle(i, n))) > 0.5 ? order : settled).push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::abs(std::cos(axis_angle(a, n))) > std::abs(std::cos(axis_angle(b, n))) + 1e-9;
  });
  for (const std::size_t i : order) {
    AxisLabel& l = placed[i];
    const bool below = std::sin(axis_angle(i, n)) < 0;
    const double block = l.top - l.bottom;
    // Every move is outwards, past the label that caused it, so each settled label causes one at most.
    for (bool moved = true; moved;) {
      moved = false;
      for (const std::size_t j : settled) {
        const AxisLabel& other = placed[j];
        const bool beside = other.left < l.right + kLabelClearance && other.right > l.left - kLabelClearance;
        const bool level = other.bottom < l.top + kLineClearance - 1e-9 && other.top > l.bottom - kLineClearance + 1e-9;
        if (!beside || !level) continue;
        l.top = below ? other.bottom - kLineClearance : other.top + kLineClearance + block;
        l.bottom = l.top - block;
        moved = true;
      }
    }
    settled.push_back(i);
  }
  return placed;
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

  // Labels take up to 3 lines of at most ~a quarter of the width; the radius is what remains, less what
  // labels pushed apart from their neighbours need (see place_labels).
  const double label_w = std::clamp(area.w * 0.22, 50.0, 110.0);
  std::vector<std::vector<std::string>> labels;
  double widest = 0;
  double tallest = 0;
  for (const std::string& axis : chart.axes) {
    labels.push_back(layout::wrap_text(doc, axis, label.face, label.size, label_w, 3));
    for (const std::string& line : labels.back()) widest = std::max(widest, doc.text_width(line, label.face, label.size));
    tallest = std::max(tallest, static_cast<double>(labels.back().size()) * label.leading());
  }
  const Point centre{area.x + area.w / 2, area.y + area.h / 2};
  double radius = std::min(area.w / 2 - widest - kLabelGap - 2, area.h / 2 - tallest - kLabelGap);
  std::vector<AxisLabel> placed = place_labels(doc, labels, centre, radius, label_w, label);
  for (int round = 0; round < 4; ++round) {
    double over = 0;
    for (const AxisLabel& l : placed) over = std::max({over, area.y - l.bottom, l.top - area.top()});
    if (over <= 0.01) break;
    radius -= over;
    placed = place_labels(doc, labels, centre, radius, label_w, label);
  }
  if (radius < 30) throw layout::LayoutError("radar chart: box too small for the chart");
  const auto angle = [&](std::size_t i) { return axis_angle(i, n); };
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
    const std::string text = compact_text(v, 1);
    const Point p = at(0, radius * k / chart.rings);
    const double w = doc.text_width(text, scale.face, scale.size);
    canvas.fill_rect(Box{p.x + 2, p.y - 3, w + 2, 7}, layout::white, 0.85);
    canvas.text(text, p.x + 3, p.y - 2, scale);
  }

  // Axis labels outside the outer ring.
  for (std::size_t i = 0; i < n; ++i) {
    TextStyle style = label;
    style.align = placed[i].align;
    canvas.lines(labels[i], placed[i].x, placed[i].top, label_w, style);
  }
}

}  // namespace iso20k::charts
