// Process capability: the radar of achieved against target levels, the attribute ratings and what
// holds each process at its level.
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
  if (const std::optional<charts::RadarChart> radar = capability_radar(c.input, t)) {
    c.out.chart(*radar);
    if (const std::string note = capability_radar_note(c.input, t); !note.empty()) c.out.note(note);
  }
  c.out.heading(2, t("capability.ratings"));
  add_capability_table(c.out, c.input, t);
}

}  // namespace iso20k::reports
