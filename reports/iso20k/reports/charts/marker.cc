#include "iso20k/reports/charts/marker.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace iso20k::charts {

using layout::Point;
using layout::Stroke;

void draw_marker(layout::Canvas& canvas, Point at, Marker marker, double size, layout::Color color) {
  const double r = size / 2;
  const Stroke halo{layout::white, 0.8, layout::LineStyle::solid};
  switch (marker) {
    case Marker::none:
      return;
    case Marker::circle:
      canvas.circle(at, r, color, halo);
      return;
    case Marker::square: {
      const double s = r * 0.9;
      const std::vector<Point> square{{at.x - s, at.y - s}, {at.x + s, at.y - s}, {at.x + s, at.y + s}, {at.x - s, at.y + s}};
      canvas.polygon(square, color, 1, halo);
      return;
    }
    case Marker::triangle: {
      const double s = r * 1.15;
      const std::vector<Point> triangle{{at.x - s, at.y - s * 0.8}, {at.x + s, at.y - s * 0.8}, {at.x, at.y + s}};
      canvas.polygon(triangle, color, 1, halo);
      return;
    }
    case Marker::diamond: {
      const double s = r * 1.2;
      const std::vector<Point> diamond{{at.x, at.y - s}, {at.x + s, at.y}, {at.x, at.y + s}, {at.x - s, at.y}};
      canvas.polygon(diamond, color, 1, halo);
      return;
    }
    case Marker::target:
      // A white edge keeps it apart from a dark bar it stands on.
      canvas.fill_rect(layout::Box{at.x - 2.3, at.y - r - 0.8, 4.6, size + 1.6}, layout::white);
      canvas.fill_rect(layout::Box{at.x - 1.5, at.y - r, 3, size}, color);
      return;
    case Marker::alert: {
      canvas.circle(at, r, color, halo);
      const double stem = size * 0.22;
      const Stroke bang{layout::white, std::max(0.8, size * 0.14), layout::LineStyle::solid};
      canvas.line({at.x, at.y - stem * 0.2}, {at.x, at.y + r * 0.62}, bang);
      canvas.circle({at.x, at.y - r * 0.5}, bang.width * 0.55, layout::white, std::nullopt);
      return;
    }
  }
}

Marker series_marker(std::size_t index) {
  constexpr std::array<Marker, 4> order{Marker::circle, Marker::square, Marker::triangle, Marker::diamond};
  return order[index % order.size()];
}

}  // namespace iso20k::charts
