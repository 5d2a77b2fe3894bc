#pragma once
// Radar (spider) chart: one axis per process, a 0..max scale (capability levels 0..5), and series such
// as the achieved and the target level. Filled series are translucent with a solid outline; outline
// series can be dashed, so the chart still reads when printed in greyscale.
#include <string>
#include <vector>

#include "iso20k/reports/layout/canvas.h"

namespace iso20k::charts {

struct RadarSeries {
  std::string name;
  std::vector<double> values;  // one per axis, 0..max (clamped)
  layout::Color color;
  bool filled = false;
  layout::LineStyle line = layout::LineStyle::solid;
};

struct RadarChart {
  std::string title;
  std::vector<std::string> axes;  // at least 3
  std::vector<RadarSeries> series;
  double max = 5;
  int rings = 5;  // concentric gridlines, labelled max/rings apart
};

// Throws LayoutError for fewer than 3 axes or a series with the wrong number of values.
void draw_radar_chart(layout::Canvas& canvas, const RadarChart& chart, const layout::Box& box);

}  // namespace iso20k::charts
