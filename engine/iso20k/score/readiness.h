#pragma once
// The readiness verdict (docs/scoring.md, "Readiness"): not ready, ready for stage 1, or ready for
// stage 2, with every blocker named. All thresholds come from the checklist's <scoring>.
#include "iso20k/model/assessment.h"

namespace iso20k {

void decide_readiness(const Checklist& checklist, const Workspace& workspace, Assessment& a);

}  // namespace iso20k
