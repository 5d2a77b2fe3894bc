#include "iso20k/score/rollup.h"

namespace iso20k {

void RollupBuilder::add(double weight, Result result, double achievement) {
  ++r_.requirements;
  ++r_.counts[static_cast<std::size_t>(result)];
  if (result == Result::not_applicable) return;
  r_.applicable_weight += weight;
  if (result == Result::not_assessed) return;
  r_.assessed_weight += weight;
  if (model_ == ScoringModel::weighted) {
    r_.achieved_weight += weight * achievement;
  } else if (result == Result::conformant) {
    r_.achieved_weight += weight;  // flat and absolute: only full conformance counts
  }
  all_conformant_ = all_conformant_ && result == Result::conformant;
}

Rollup RollupBuilder::build() const {
  Rollup r = r_;
  if (r.assessed_weight > 0) {
    r.score = model_ == ScoringModel::absolute ? (all_conformant_ ? 1.0 : 0.0)
                                               : r.achieved_weight / r.assessed_weight;
  }
  if (r.applicable_weight > 0) r.coverage = r.assessed_weight / r.applicable_weight;
  return r;
}

Rollups roll_up(const Checklist& c, ScoringModel model, const std::vector<RequirementResult>& results) {
  Rollups out;
  std::vector<RollupBuilder> clauses(c.clauses.size(), RollupBuilder(model));
  std::vector<RollupBuilder> processes(c.processes.size(), RollupBuilder(model));
  RollupBuilder overall(model), hls(model), sms(model);
  for (std::size_t i = 0; i < c.requirements.size(); ++i) {
    const Requirement& r = c.requirements[i];
    const RequirementResult& res = results[i];
    overall.add(r.weight, res.result, res.achievement);
    const Clause* cl = c.find_clause(r.clause);
    if (cl) (cl->kind == ClauseKind::hls ? hls : sms).add(r.weight, res.result, res.achievement);
    for (int k = cl ? static_cast<int>(cl - c.clauses.data()) : -1; k >= 0;
         k = c.clauses[static_cast<std::size_t>(k)].parent) {
      clauses[static_cast<std::size_t>(k)].add(r.weight, res.result, res.achievement);
    }
    for (const std::string& p : r.processes) {
      if (const Process* proc = c.find_process(p)) {
        processes[static_cast<std::size_t>(proc - c.processes.data())].add(r.weight, res.result,
                                                                          res.achievement);
      }
    }
  }
  out.overall = overall.build();
  out.hls = hls.build();
  out.sms = sms.build();
  out.clauses.reserve(c.clauses.size());
  for (std::size_t i = 0; i < c.clauses.size(); ++i) out.clauses.push_back({c.clauses[i].number, clauses[i].build()});
  out.processes.reserve(c.processes.size());
  for (std::size_t i = 0; i < c.processes.size(); ++i) out.processes.push_back({c.processes[i].id, processes[i].build()});
  return out;
}

}  // namespace iso20k
