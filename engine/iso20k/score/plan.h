#pragma once
// The improvement plan (docs/scoring.md, "Improvement plan"): the workspace's own actions plus a
// proposed action for every finding without one, phased in the spirit of ISO/IEC TR 20000-5 and
// ordered by grade, weight and dependency; overdue actions flagged against the assessment date.
#include "iso20k/model/assessment.h"

namespace iso20k {

// 1 foundations (clauses 4–6), 2 documented information, 3 operation and records,
// 4 evaluation and improvement (clauses 9–10).
int phase_of(const Checklist& checklist, const std::string& clause, const RequirementResult* result);
const char* phase_title(int phase);

// Stage 6: the workspace's actions with the findings they address, then a proposed action for
// every finding without one (id from the finding's, due 30 days per phase after the profile's
// assessment date), ordered by phase, grade and weight.
std::vector<PlannedAction> plan_improvements(const Checklist& checklist, const Workspace& workspace,
                                             const std::vector<RequirementResult>& results,
                                             const std::vector<Finding>& findings, Date as_of);

// "PA-8.7.2" for finding "F-8.7.2".
std::string proposed_action_id(const std::string& finding_id);

}  // namespace iso20k
