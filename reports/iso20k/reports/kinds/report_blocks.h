#pragma once
// Building blocks both report kinds use, laid out in the flow: key-figure tiles, a verdict banner,
// label/value tables, finding counts, charts placed at their suggested height, and small notes.
#include <optional>
#include <string>
#include <vector>

#include "iso20k/reports/charts/bar_chart.h"
#include "iso20k/reports/charts/heat_map.h"
#include "iso20k/reports/charts/radar_chart.h"
#include "iso20k/reports/charts/stacked_bar_chart.h"
#include "iso20k/reports/kinds/report_text.h"
#include "iso20k/reports/layout/color.h"
#include "iso20k/reports/layout/flow.h"
#include "iso20k/reports/report_input.h"

namespace iso20k::reports {

struct KeyFigure {
  std::string label;  // "Overall score"
  std::string value;  // "62%"
  std::string note;   // "weighted scoring model"
  layout::Color color;             // of the value and the tile's top rule
  std::optional<layout::Color> fill;  // a tinted tile, e.g. for the verdict
};

// A row of tiles across the text frame, kept together.
void add_key_figures(layout::Flow& flow, const std::vector<KeyFigure>& figures);

// A coloured band with the verdict in bold and its explanation beside it.
void add_verdict_banner(layout::Flow& flow, const ReportText& text, Verdict verdict);

struct LabelValue {
  std::string label;
  std::string value;
  bool list = false;  // one entry per line: the lines an entry wraps onto are indented
};
// Two columns, the labels in bold on the left; no header row.
void add_label_values(layout::Flow& flow, const std::vector<LabelValue>& rows, double label_width = 130);

// `intro` (if any), then the major, minor and OFI counts with their grade colours and the total,
// kept together.
void add_finding_counts(layout::Flow& flow, const ReportText& text, const Assessment& a, const std::string& intro = {});

// Charts at their suggested height across the text frame (the radar at `height`, or square-ish).
void add_chart(layout::Flow& flow, const charts::BarChart& chart);
void add_chart(layout::Flow& flow, const charts::StackedBarChart& chart);
void add_chart(layout::Flow& flow, const charts::HeatMap& chart);
void add_chart(layout::Flow& flow, const charts::RadarChart& chart, double height = 0);

// A small caption line in the muted style (e.g. under a chart or above a table).
void add_note(layout::Flow& flow, const std::string& note);

}  // namespace iso20k::reports
