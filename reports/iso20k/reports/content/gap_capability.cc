// Process capability: each process's achieved level against its target (where the profile sets one)
// and the attribute ratings; what holds each process at its level is in the technical annex.
#include <algorithm>

#include "iso20k/reports/content/capability_view.h"
#include "iso20k/reports/content/gap_sections.h"
#include "iso20k/reports/content/report_charts.h"

namespace iso20k::reports {

void add_gap_capability(GapContext& c) {
  const ReportText& t = c.text;
  if (c.input.assessment.capability.empty()) {
    c.out.paragraph(t("capability.none"));
    return;
  }
  c.out.paragraph(t("capability.intro"));
  if (std::optional<charts::CapabilityChart> chart = capability_chart(c.input, t)) {
    // Compact rows: the chart and the ratings table share a page.
    const double rows = static_cast<double>(chart->rows.size());
    ChartBlock block(std::move(*chart));
    block.height_share = std::max(0.3, 0.06 + 0.028 * rows);
    block.max_height = 420;
    c.out.chart(std::move(block));
  }
  c.out.heading(2, t("capability.ratings"));
  add_capability_table(c.out, c.input, t);
}

}  // namespace iso20k::reports
