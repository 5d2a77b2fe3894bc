// Process capability: the radar of achieved against target levels, the attribute ratings and what
// holds each process at its level.
#include "iso20k/reports/kinds/capability_view.h"
#include "iso20k/reports/kinds/gap_sections.h"
#include "iso20k/reports/kinds/report_blocks.h"
#include "iso20k/reports/kinds/report_charts.h"

namespace iso20k::reports {

void add_gap_capability(GapContext& c) {
  const ReportText& t = c.text;
  if (c.input.assessment.capability.empty()) {
    c.flow.paragraph(t("capability.none"));
    return;
  }
  c.flow.paragraph(t("capability.intro"));
  if (const std::optional<charts::RadarChart> radar = capability_radar(c.input, t)) {
    add_chart(c.flow, *radar);
    if (const std::string note = capability_radar_note(c.input, t); !note.empty()) add_note(c.flow, note);
  }
  c.flow.heading(2, t("capability.ratings"));
  add_capability_table(c.flow, c.input, t);
  c.flow.heading(2, t("capability.why"));
  add_capability_explanations(c.flow, c.input, t);
}

}  // namespace iso20k::reports
