#pragma once
// Horizontal bar chart of percentages: one bar per category (e.g. "4 Context of the organization"),
// value labels at the bar ends, vertical gridlines, and an optional dashed threshold line with its label
// (e.g. the readiness threshold).
#include <optional>
#include <string>
#include <vector>

#include "iso20k/reports/charts/legend.h"
#include "iso20k/reports/layout/canvas.h"

namespace iso20k::charts {

struct BarChart {
  std::string title;
  std::vector<std::string> labels;
  std::vector<double> values;            // 0..max; outside values are drawn clamped, labelled as given
  std::vector<layout::Color> colors;     // one per bar; empty: all Okabe-Ito blue
  std::vector<LegendItem> legend;        // e.g. what the colours mean; empty: no legend
  std::optional<double> threshold;
  std::string threshold_label = "Readiness threshold";
  std::string axis_label = "Conformance (%)";
  std::string value_suffix = "%";
  double max = 100;
};

// A comfortable height for the chart in a box `width` wide.
double suggested_height(const layout::Document& doc, const BarChart& chart, double width);

// Throws LayoutError when labels, values and colours do not match or a value is not finite.
void draw_bar_chart(layout::Canvas& canvas, const BarChart& chart, const layout::Box& box);

}  // namespace iso20k::charts
