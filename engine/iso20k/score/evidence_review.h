#pragma once
// Stage 1 of scoring: what the review of each evidence item of the checklist found on the
// assessment date (docs/scoring.md, "Evidence review"). Outstanding items (no register entry,
// status `requested`, an entry dated after the assessment date, a metric without a value) are
// open requests: they lower coverage and never lead to a finding. Only confirmed absence or a
// defect of what was provided does.
#include <vector>

#include "iso20k/model/assessment.h"

namespace iso20k {

std::vector<ItemReview> review_evidence(const Checklist& checklist, const Workspace& workspace, Date as_of);

}  // namespace iso20k
