#pragma once
// Stacked horizontal bars: per category (e.g. clause), counts split into segments such as conformant,
// partially conformant, nonconformant and not assessed, with counts inside the segments that have room,
// the total at the bar end and a legend.
//
// With `normalise` the bars show shares instead (100 % bars): every bar spans the full width whatever
// its count, the segments hold their percentages where they have room, and the count of the bar stands
// at its end ("n = 142"), so categories of very different sizes can be compared by their mix.
#include <span>
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
  bool normalise = false;             // 100 % bars (see above); the axis runs 0..100
  std::string count_prefix = "n = ";  // normalised bars: before the count at the bar end
  std::string percent_suffix = "%";   // normalised bars: after the shares, e.g. " %" in German
};

// The shares of `counts` in whole percent, summing to exactly 100 (largest remainders get the odd
// points; ties go to the earlier segment); all 0 when the counts add up to 0.
std::vector<int> rounded_percentages(std::span<const double> counts);

double suggested_height(const layout::Document& doc, const StackedBarChart& chart, double width);

// Throws LayoutError when the shapes do not match or a value is negative or not finite.
void draw_stacked_bar_chart(layout::Canvas& canvas, const StackedBarChart& chart, const layout::Box& box);

}  // namespace iso20k::charts
