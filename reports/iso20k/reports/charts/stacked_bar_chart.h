#pragma once
// Stacked horizontal bars: per category (e.g. clause), counts split into segments such as conformant,
// partially conformant, nonconformant and not assessed, with counts inside the segments that have room,
// the total at the bar end and a legend.
#include <string>
#include <vector>

#include "iso20k/reports/layout/canvas.h"

namespace iso20k::charts {

struct StackedSegment {
  std::string name;
  layout::Color color;
};

struct StackedBarChart {
  std::string title;
  std::vector<std::string> labels;
  std::vector<StackedSegment> segments;
  std::vector<std::vector<double>> values;  // values[bar][segment], non-negative
  std::string axis_label = "Requirements";
  bool show_totals = true;
};

double suggested_height(const layout::Document& doc, const StackedBarChart& chart, double width);

// Throws LayoutError when the shapes do not match or a value is negative or not finite.
void draw_stacked_bar_chart(layout::Canvas& canvas, const StackedBarChart& chart, const layout::Box& box);

}  // namespace iso20k::charts
