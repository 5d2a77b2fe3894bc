#pragma once
// The parts every chart shares: a title across the top and a legend along the bottom of its box. What
// is left in between is the plot area.
#include <span>
#include <string>

#include "iso20k/reports/charts/legend.h"
#include "iso20k/reports/layout/canvas.h"

namespace iso20k::charts {

// Draws the title and the legend inside `box` and returns the plot area between them.
layout::Box draw_chart_frame(layout::Canvas& canvas, const std::string& title, std::span<const LegendItem> legend,
                             const layout::Box& box);

// Height taken by the title and the legend in a box `width` wide.
double chart_frame_height(const layout::Document& doc, const std::string& title, std::span<const LegendItem> legend,
                          double width);

// Throws LayoutError("<chart>: ...") unless every value is finite.
void require_finite(const char* chart, std::span<const double> values);

}  // namespace iso20k::charts
