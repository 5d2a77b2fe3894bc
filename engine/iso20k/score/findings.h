#pragma once
// Findings: every requirement not fully conformant, graded major / minor / opportunity for
// improvement by the rules of docs/scoring.md ("Grading"), each with a nonconformity statement in
// the audit convention and, separately, a recommendation.
#include "iso20k/model/assessment.h"

namespace iso20k {

void grade_findings(const Checklist& checklist, const Workspace& workspace, Assessment& a);

}  // namespace iso20k
