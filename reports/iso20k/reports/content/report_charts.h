#pragma once
// Chart adapters: from an assessment to the data of the charts in reports/charts, with titles, axis
// labels and legends in the template's language and the colour-blind-safe palette.
#include <optional>

#include "iso20k/reports/charts/bar_chart.h"
#include "iso20k/reports/charts/capability_chart.h"
#include "iso20k/reports/charts/timeline_chart.h"
#include "iso20k/reports/charts/trend_chart.h"
#include "iso20k/reports/charts/heat_map.h"
#include "iso20k/reports/charts/radar_chart.h"
#include "iso20k/reports/charts/stacked_bar_chart.h"
#include "iso20k/reports/content/report_text.h"
#include "iso20k/reports/report_input.h"

namespace iso20k::reports {

// The score of each top-level clause (sub-clauses included) in percent, against the checklist's
// stage2-min-score as a dashed threshold line. Bars at or above the threshold are blue, below it
// orange, and clauses with nothing assessed grey (value 0).
charts::BarChart clause_score_chart(const ReportInput& input, const ReportText& text);

// Achieved capability level of each process (filled) against its target level (dashed). Processes
// without a target show their achieved level as the target; without any target there is no target
// series. nullopt when the checklist has fewer than three processes (a radar needs three axes).
std::optional<charts::RadarChart> capability_radar(const ReportInput& input, const ReportText& text);
// The note to print under the radar when some processes have a target and others do not (else empty).
std::string capability_radar_note(const ReportInput& input, const ReportText& text);

// Per top-level clause, how many requirements are conformant, partially conformant, nonconformant
// and not assessed (and not applicable, when the checklist allows it and any are).
charts::StackedBarChart results_by_clause_chart(const ReportInput& input, const ReportText& text);

// Findings counted by clause and grade (major, minor, OFI). depth 0: one row per top-level clause;
// depth 1: one row per second-level clause that has findings.
charts::HeatMap findings_heat_map(const ReportInput& input, const ReportText& text, int depth = 0);

// Achieved capability level of each process as a bar, the target as a marker only where the
// profile sets one. None when the checklist rates no process.
std::optional<charts::CapabilityChart> capability_chart(const ReportInput& input, const ReportText& text);
// The open actions of the plan on a time line by phase, with the assessment date and the earliest
// stage 1 and stage 2 audits the plan allows. None when no open action has a due date.
std::optional<charts::TimelineChart> plan_timeline(const ReportInput& input, const ReportText& text);
// Per evidence kind, the shares provided, provided in part, absent and outstanding.
charts::StackedBarChart evidence_status_chart(const ReportInput& input, const ReportText& text);
// The overall score, the management system's clauses and operation (clause 8) at each earlier
// assessment and this one, against the stage 2 threshold. None without an earlier assessment.
std::optional<charts::TrendChart> score_trend(const ReportInput& input, const std::vector<Assessment>& earlier,
                                              const ReportText& text);
// What follows a number in a percentage in the template's format ("%" or " %").
std::string percent_suffix(const ReportText& text);
// "8.5 Service design, build and transition", or the number alone when the checklist lacks it.
std::string clause_label(const Checklist& checklist, const std::string& number);

// The clause `number` belongs to at `depth` (0 = its top-level clause); the number itself when it is
// not deeper than that or not in the checklist.
std::string clause_at_depth(const Checklist& checklist, const std::string& number, int depth);

}  // namespace iso20k::reports
