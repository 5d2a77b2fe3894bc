#pragma once
// Chart legends: a swatch and a label per item, in centred rows that wrap.
#include <span>
#include <string>

#include "iso20k/reports/charts/marker.h"
#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/color.h"

namespace iso20k::charts {

// marker: the item's marker alone (LegendItem::marker), e.g. the alert mark of overdue items.
enum class Swatch { box, line, dashed_line, marker };

struct LegendItem {
  std::string label;
  layout::Color color;
  Swatch swatch = Swatch::box;
  Marker marker = Marker::none;  // drawn over the swatch's centre, e.g. a series' point shape
};

// Height the legend needs in a box `width` wide (0 for no items).
double legend_height(const layout::Document& doc, std::span<const LegendItem> items, double width);

// Draws the legend from the top of `box`.
void draw_legend(layout::Canvas& canvas, std::span<const LegendItem> items, const layout::Box& box);

}  // namespace iso20k::charts
