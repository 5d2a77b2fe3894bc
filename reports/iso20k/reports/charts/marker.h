#pragma once
// Point markers: shapes that tell series apart without colour (a trend line's points, a legend's
// swatch), and the alert mark for overdue items.
#include "iso20k/reports/layout/canvas.h"

namespace iso20k::charts {

// target: a short upright bar, as target marks on bars are drawn.
enum class Marker { none, circle, square, triangle, diamond, alert, target };

// Draws `marker` centred on `at`, about `size` points across, filled with `color` and ringed in white
// so that it stands out on lines and bars. Marker::alert is a circle with a white "!" in it.
void draw_marker(layout::Canvas& canvas, layout::Point at, Marker marker, double size, layout::Color color);

// The markers series use in order: circle, square, triangle, diamond, then again.
Marker series_marker(std::size_t index);

}  // namespace iso20k::charts
