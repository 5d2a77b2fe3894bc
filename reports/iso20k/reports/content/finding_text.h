#pragma once
// A consolidated finding as a reader sees it, in the template's words: its heading, the requirement
// of the standard it names (clause and title, the checklist requirements cited by id), what is not
// met, the objective evidence, the grade with its reasons, and the recommendation with the action.
// The gap report's findings register and the readiness report's major findings both use it.
#include <string>
#include <vector>

#include "iso20k/model/assessment.h"
#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/content/report_text.h"
#include "iso20k/reports/report_input.h"

namespace iso20k::reports {

// "F-8.7.2 · Major nonconformity · 8.7.2 Service continuity management"
std::string finding_heading(const ReportInput& input, const ReportText& text, const Finding& f);
// "ISO/IEC 20000-1:2018, clause 8.7.2 Service continuity management: R-8.7.2-01, R-8.7.2-03; the
// same evidence bears on R-8.1-02." For good practice: "Good practice for clause …".
std::string finding_requirement(const ReportInput& input, const ReportText& text, const Finding& f);
// The finding as blocks: heading (level 3), requirement, nonconformity, objective evidence (small
// print), grade and why, and — when `recommend` (not in a certification body's report) — the
// recommendation and the action that addresses it.
void add_finding(Blocks& out, const ReportInput& input, const ReportText& text, const Finding& f, bool recommend);
// Findings ordered for a reader: major, minor, OFI; within a grade the checklist's order (their ids).
std::vector<const Finding*> by_grade(const Assessment& a);

}  // namespace iso20k::reports
