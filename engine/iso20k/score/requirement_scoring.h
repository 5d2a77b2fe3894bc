#pragma once
// Stage 1 of scoring: one result per requirement, with the reason. An assessor judgement wins,
// else the requirement's rule, else the default rule over its evidence (docs/scoring.md).
#include "iso20k/model/assessment.h"
#include "iso20k/rules/rule.h"

namespace iso20k {

// The judgement that applies to each requirement: the latest by date, then by file order.
// Returns a pointer per requirement index (null when none).
std::vector<const Judgement*> applicable_judgements(const Checklist& checklist,
                                                    const Workspace& workspace);

// `ctx` names the checklist, the workspace and the assessment date.
RequirementResult score_requirement(const Requirement& requirement, const rules::EvalContext& ctx,
                                    const Judgement* judgement);

}  // namespace iso20k
