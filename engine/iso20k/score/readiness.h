#pragma once
// Stage 5 of scoring: the readiness verdict against this tool's readiness criteria (checklist
// data, docs/scoring.md "Readiness"; not the rules of a certification body): not ready, ready for
// stage 1, or ready for stage 2, with every blocker named. Open major nonconformities block the
// certification decision, not the audits. The verdict reads the weighted roll-up whatever model
// the scores are shown in.
#include <string>
#include <vector>

#include "iso20k/model/assessment.h"

namespace iso20k {

struct Readiness {
  Verdict verdict = Verdict::not_ready;
  std::vector<Blocker> blockers;
  std::vector<std::string> concerns;  // major findings in clauses 4–6, 9 and 10
  std::string note;                   // how to read the verdict, when it needs saying
};

Readiness decide_readiness(const Checklist& checklist, const std::vector<ItemReview>& reviews,
                           const Rollup& weighted_overall, const std::vector<Finding>& findings);

}  // namespace iso20k
