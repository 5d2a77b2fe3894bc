#pragma once
// Capability achieved against target: one row per process on a 0..max_level axis (ISO/IEC 33020
// levels 0 incomplete .. 5 innovating), a bar to the achieved level and, only where a target is set, a
// target marker, with the gap written out beside the row ("target 3, achieved 1"). The words carry the
// message, so the chart reads in greyscale.
#include <optional>
#include <string>
#include <vector>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/canvas.h"

namespace iso20k::charts {

struct CapabilityRow {
  std::string label;             // e.g. "Incident management"
  double achieved = 0;           // 0..max_level
  std::optional<double> target{};  // 0..max_level; none: no marker, no annotation
};

struct CapabilityChart {
  std::string title;
  std::vector<CapabilityRow> rows;
  int max_level = 5;
  // Names of the levels 0..max_level under their numbers on the axis (e.g. "Incomplete" .. "Innovating");
  // empty: the numbers alone.
  std::vector<std::string> level_labels;
  std::string achieved_label = "Achieved level";  // legend
  std::string target_label = "Target level";      // legend
  std::string below_target_label = "Below target"; // legend, shown when a row is below its target
  // Beside a row below its target; {target} and {achieved} are replaced by the levels.
  std::string gap_text = "target {target}, achieved {achieved}";
  // Beside a row at or above its target (empty: nothing).
  std::string met_text = "target {target} met";
  layout::Color achieved_color = okabe_ito::blue;
  layout::Color below_target_color = okabe_ito::orange;  // the bar of a row below its target
  layout::Color target_color = okabe_ito::black;
};

// `text` with {target} and {achieved} replaced.
std::string capability_note(const std::string& text, double target, double achieved);

double suggested_height(const layout::Document& doc, const CapabilityChart& chart, double width);

// Throws LayoutError when max_level is not 1..10, the level labels do not number max_level + 1, or a
// level is outside 0..max_level or not finite.
void draw_capability_chart(layout::Canvas& canvas, const CapabilityChart& chart, const layout::Box& box);

}  // namespace iso20k::charts
