#pragma once
// Drawing the blocks of report content that are more than text and tables: key-figure tiles, the
// coloured banner, and charts placed across the text width at their height.
#include "iso20k/reports/charts/bar_chart.h"
#include "iso20k/reports/charts/heat_map.h"
#include "iso20k/reports/charts/radar_chart.h"
#include "iso20k/reports/charts/stacked_bar_chart.h"
#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/layout/flow.h"

namespace iso20k::reports {

// A row of tiles across the text frame, kept together.
void add_key_figures(layout::Flow& flow, const std::vector<KeyFigure>& figures);
// A tinted band with a bar in the banner's colour, its title in bold and its text below.
void add_banner(layout::Flow& flow, const Banner& banner);

// The height a chart takes across the text frame when none is given: its suggested height (the
// radar: square-ish, at most 60 % of the frame's height).
double chart_height_in(const layout::Flow& flow, const ChartData& chart);
// The chart across the frame, `height` points high (0: chart_height_in), then a small gap.
void add_chart(layout::Flow& flow, const ChartData& chart, double height = 0);

}  // namespace iso20k::reports
