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

// Clause roll-ups (each clause with all its sub-clauses), process roll-ups, HLS/SMS and overall.
void roll_up(const Checklist& checklist, ScoringModel model, Assessment& a);

}  // namespace iso20k
