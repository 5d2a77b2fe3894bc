#pragma once
// Heat map: rows (e.g. clauses) by columns (e.g. finding grades major / minor / OFI) with the count in
// each cell and the cell's colour intensity scaled to the largest count. Each column may have its own
// hue, so the grade stays recognisable without relying on colour alone (the header names it).
#include <string>
#include <vector>

#include "iso20k/reports/layout/canvas.h"

namespace iso20k::charts {

struct HeatMap {
  std::string title;
  std::vector<std::string> rows;
  std::vector<std::string> columns;
  std::vector<std::vector<double>> values;  // values[row][column], non-negative
  std::vector<layout::Color> column_colors; // one per column; empty: all Okabe-Ito blue
  std::string note;                         // small print under the map, e.g. what intensity means
};

double suggested_height(const layout::Document& doc, const HeatMap& chart, double width);

// Throws LayoutError when the shapes do not match or a value is negative or not finite.
void draw_heat_map(layout::Canvas& canvas, const HeatMap& chart, const layout::Box& box);

}  // namespace iso20k::charts
