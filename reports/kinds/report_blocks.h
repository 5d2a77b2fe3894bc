#pragma once
// Building blocks both report kinds use, laid out in the flow: key-figure tiles, a verdict badge,
// label/value tables, blocker tables, finding counts and charts placed at their suggested height.
#include <optional>
#include <string>
#include <vector>

#include "charts/bar_chart.h"
#include "charts/heat_map.h"
#include "charts/radar_chart.h"
#include "charts/stacked_bar_chart.h"
#include "kinds/report_text.h"
#include "layout/color.h"
#include "layout/flow.h"
#include "layout/table.h"
#include "report_input.h"

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
};
// Two columns, the labels in bold on the left; no header row.
void add_label_values(layout::Flow& flow, const std::vector<LabelValue>& rows, double label_width = 130);

// The blockers of one stage (or of both, stage 1 first, when stage is 0). Blockers that are major
// findings are summed up in one row ("228 major nonconformities are open …") followed by the most
// significant of them (by weight), at most `majors_listed`, each with its nonconformity; the other
// blockers (missing stage 1 documents, score, coverage) are all listed.
void add_blocker_table(layout::Flow& flow, const ReportInput& input, const ReportText& text, int stage,
                       std::size_t majors_listed);

// Keeps the next `lead` points (e.g. a caption) with the start of `table` and any pending headings:
// the whole table when it takes at most `whole` of a page, else its header and first two rows.
void keep_with_table(layout::Flow& flow, double lead, const layout::Table& table, double whole = 0.4);

// The height of `text` as a paragraph in `style` across the frame, with the paragraph spacing.
double paragraph_height(const layout::Flow& flow, const std::string& text, const layout::TextStyle& style);

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
