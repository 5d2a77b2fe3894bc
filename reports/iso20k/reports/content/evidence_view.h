#pragma once
// How the evidence a requirement cites fared, in words for the report: which items were seen, and
// which were missing, out of date, expired, unapproved or missed their target (from the result's
// lists, docs/scoring.md), each named by its title from the checklist.
#include <string>
#include <vector>

#include "iso20k/reports/content/report_text.h"
#include "iso20k/reports/report_input.h"

namespace iso20k::reports {

// "Title" of the evidence item, or its id when the checklist does not know it.
std::string evidence_title(const Checklist& checklist, const std::string& id);

// Lines such as "Seen: Service management policy; Scope of the service management system" and
// "Not seen or partly seen: Management review minutes"; "No evidence cited" when the requirement
// cites none.
std::vector<std::string> evidence_lines(const ReportInput& input, const ReportText& text, const RequirementResult& r);

}  // namespace iso20k::reports
