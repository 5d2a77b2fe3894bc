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

void plan_improvements(const Checklist& checklist, const Workspace& workspace, Assessment& a);

}  // namespace iso20k
