#pragma once
// Stage 2 of scoring: one result per requirement, with the reason. An assessor judgement wins,
// else the requirement's rule, else the default rule over its evidence (docs/scoring.md). Items
// still outstanding never count against a requirement: when they could still change its result,
// it stays not assessed.
#include <vector>

#include "iso20k/model/assessment.h"
#include "iso20k/rules/rule.h"

namespace iso20k {

// The judgement that applies to each requirement: the latest by date (judgements dated after the
// assessment date do not exist yet), then by file order. A pointer per requirement (null: none).
std::vector<const Judgement*> applicable_judgements(const Checklist& checklist,
                                                    const Workspace& workspace, Date as_of);

// `ctx` names the checklist, the workspace, the assessment date and the register index;
// `reviews` is review_evidence()'s answer for the same inputs.
RequirementResult score_requirement(const Requirement& requirement, const rules::EvalContext& ctx,
                                    const std::vector<ItemReview>& reviews, const Judgement* judgement);

// The assessor's own words in a judged result's explanation (without the engine's "Assessor
// judgement by … on …: "), for a report in another language; empty for a result not judged.
std::string judgement_justification(const RequirementResult& result);

}  // namespace iso20k
