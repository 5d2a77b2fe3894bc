#pragma once
// Assessing many workspaces against one checklist on worker threads. Each assessment is computed
// exactly as assess() computes it alone (assess is pure), so the results are identical to
// assessing the workspaces one by one, in the same order.
#include <vector>

#include "iso20k/score/assess.h"

namespace iso20k {

// `threads` ≤ 1 runs on the calling thread. Exceptions from one workspace (e.g. no assessment
// date) are rethrown after all threads have finished.
std::vector<Assessment> assess_all(const Checklist& checklist, const std::vector<Workspace>& workspaces,
                                   const AssessOptions& options, int threads);

}  // namespace iso20k
