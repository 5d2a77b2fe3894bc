#pragma once
// Heat map: rows (e.g. clauses) by columns (e.g. finding grades major / minor / OFI) with the count in
// each cell and the cell's colour intensity scaled to the largest count. Each column may have its own
// hue, so the grade stays recognisable without relying on colour alone (the header names it).
//
// With a `scale` the intensity comes from fixed bands given as data instead (e.g. 0, 1, 2, 3–4, 5+),
// so that the same count has the same shade in every report, and a legend of the bands is drawn under
// the map. Rows may carry an indent level (`row_levels`), e.g. clause 8 over its sub-clauses 8.1 … 8.7.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "iso20k/reports/layout/canvas.h"

namespace iso20k::charts {

struct HeatBand {
  double from = 0;       // the band holds the values from here up to the next band's `from`
  std::string label;     // e.g. "0", "3–4", "5+"
  double intensity = 0;  // 0: the empty-cell grey; up to 1: that share of the column's hue over white
};

struct HeatScale {
  std::string title;            // before the legend of the bands, e.g. "Findings per cell"
  std::vector<HeatBand> bands;  // ascending `from`, the first at 0 or below
};

struct HeatMap {
  std::string title;
  std::vector<std::string> rows;
  std::vector<std::string> columns;
  std::vector<std::vector<double>> values;  // values[row][column], non-negative
  std::vector<layout::Color> column_colors; // one per column; empty: all Okabe-Ito blue
  std::string note;                         // small print under the map, e.g. what intensity means
  std::vector<int> row_levels;              // indent level per row (0..3); empty: all 0
  std::optional<HeatScale> scale;           // fixed bands; absent: intensity relative to the largest count
};

// The fixed scale for counts of findings: 0, 1, 2, 3–4, 5+ at intensities 0, 0.3, 0.5, 0.75, 1 (no title).
HeatScale finding_count_scale();

// The band `value` falls in (the last band whose `from` is at or below it).
std::size_t heat_band(const HeatScale& scale, double value);

// The fill of a cell of `intensity` (0..1) in `hue`: the empty-cell grey at 0.
layout::Color heat_fill(layout::Color hue, double intensity);

double suggested_height(const layout::Document& doc, const HeatMap& chart, double width);

// Throws LayoutError when the shapes do not match, a value is negative or not finite, a level is
// outside 0..3 or the scale is not ascending from 0 or below with intensities in 0..1.
void draw_heat_map(layout::Canvas& canvas, const HeatMap& chart, const layout::Box& box);

}  // namespace iso20k::charts
