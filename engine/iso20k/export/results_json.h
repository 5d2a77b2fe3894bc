#pragma once
// results.json: an Assessment with the context a reader needs (checklist identity, clause and
// process names, the organisation's profile and evidence register), versioned as
// "iso20k-results/2" and documented in docs/results-format.md. Deterministic: the same inputs
// give the same bytes. A tailored checklist's tailoring (id, version, title, file, notes,
// deselected requirements) is recorded as "checklist.tailoring"; the key is absent otherwise.
#include <string>

#include "iso20k/model/assessment.h"

namespace iso20k {

std::string results_to_json(const Assessment& a, const Checklist& checklist,
                            const Workspace& workspace);

}  // namespace iso20k
