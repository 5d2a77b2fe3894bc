#pragma once
// Roll-ups of requirement results under a scoring model (docs/scoring.md, "Scoring models").
#include "iso20k/model/assessment.h"

namespace iso20k {

class RollupBuilder {
 public:
  explicit RollupBuilder(ScoringModel model) : model_(model) {}
  void add(double weight, Result result, double achievement);
  Rollup build() const;

 private:
  ScoringModel model_;
  Rollup r_;
  bool all_conformant_ = true;
};

struct Rollups {
  std::vector<ClauseScore> clauses;    // checklist clause order, each with all its sub-clauses
  std::vector<ProcessScore> processes;  // checklist process order
  Rollup overall, hls, sms;
};

// Stage 2b: the roll-ups of the requirement results under `model`.
Rollups roll_up(const Checklist& checklist, ScoringModel model, const std::vector<RequirementResult>& results);

}  // namespace iso20k
