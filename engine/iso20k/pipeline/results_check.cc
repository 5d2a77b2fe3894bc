#include "iso20k/pipeline/results_check.h"

#include <algorithm>
#include <cmath>

#include "iso20k/format/json_writer.h"
#include "iso20k/score/readiness.h"
#include "iso20k/score/rollup.h"

namespace iso20k {
namespace {

class Compare {
 public:
  explicit Compare(const Results& r) : r_(r) {}

  bool failed() const { return first_.has_value(); }
  std::optional<Diagnostic> take() { return std::move(first_); }

  void rollup(const std::string& path, const Rollup& recorded, const Rollup& computed) {
    // results.json rounds to six decimals; the weights computed again from rounded achievements
    // may differ from the written ones by that much per requirement.
    const double weight_slack = 1e-6 * (1 + computed.applicable_weight);
    number(path + ".score", recorded.score, computed.score, 2e-6);
    number(path + ".coverage", recorded.coverage, computed.coverage, 2e-6);
    number(path + ".achieved_weight", recorded.achieved_weight, computed.achieved_weight, weight_slack);
    number(path + ".assessed_weight", recorded.assessed_weight, computed.assessed_weight, weight_slack);
    number(path + ".applicable_weight", recorded.applicable_weight, computed.applicable_weight, weight_slack);
    whole(path + ".requirements", recorded.requirements, computed.requirements);
    for (int k = 0; k < 5; ++k) {
      whole(path + ".results." + to_string(static_cast<Result>(k)), recorded.counts[static_cast<std::size_t>(k)],
            computed.counts[static_cast<std::size_t>(k)]);
    }
  }

  void number(const std::string& path, double recorded, double computed, double slack) {
    if (std::fabs(recorded - computed) <= slack) return;
    differs(path, json_number(recorded), json_number(computed));
  }
  void whole(const std::string& path, int recorded, int computed) {
    if (recorded != computed) differs(path, std::to_string(recorded), std::to_string(computed));
  }
  void differs(const std::string& path, const std::string& recorded, const std::string& computed) {
    if (first_) return;
    first_ = Diagnostic{r_.figures.of(path, r_.where),
                        path + " is " + recorded + ", but the requirement results in this file give " + computed +
                            ": the file was changed after iso20k wrote it, and is not shown as an assessment; "
                            "assess the workspace again"};
  }

 private:
  const Results& r_;
  std::optional<Diagnostic> first_;
};

std::string blockers_text(const std::vector<Blocker>& blockers) {
  std::string s;
  for (const Blocker& b : blockers) s += (s.empty() ? "" : ", ") + ("stage " + std::to_string(b.stage) + " " + b.reference);
  return "[" + s + "]";
}

std::string ids_text(const std::vector<std::string>& ids) {
  std::string s;
  for (const std::string& id : ids) s += (s.empty() ? "" : ", ") + id;
  return "[" + s + "]";
}

}  // namespace

std::optional<Diagnostic> check_results_figures(const Results& results, const Checklist& checklist) {
  const Assessment& a = results.assessment;
  if (a.results.size() != checklist.requirements.size() || a.clauses.size() != checklist.clauses.size() ||
      a.processes.size() != checklist.processes.size() || a.evidence.size() != checklist.evidence.size()) {
    return Diagnostic{results.where, "the results do not fit the checklist (fit_checklist first)"};
  }
  Compare cmp(results);
  const Rollups again = roll_up(checklist, a.model, a.results);
  cmp.rollup("overall", a.overall, again.overall);
  cmp.rollup("hls", a.hls, again.hls);
  cmp.rollup("sms", a.sms, again.sms);
  for (std::size_t i = 0; i < a.clauses.size() && !cmp.failed(); ++i) {
    cmp.rollup("clauses[" + std::to_string(i) + "]", a.clauses[i].rollup, again.clauses[i].rollup);
  }
  for (std::size_t i = 0; i < a.processes.size() && !cmp.failed(); ++i) {
    cmp.rollup("processes[" + std::to_string(i) + "]", a.processes[i].rollup, again.processes[i].rollup);
  }
  for (int g = 0; g < 3; ++g) {
    const auto grade = static_cast<Grade>(g);
    const auto n = std::count_if(a.findings.begin(), a.findings.end(), [&](const Finding& f) { return f.grade == grade; });
    cmp.whole(std::string("finding_counts.") + to_string(grade), a.finding_counts[static_cast<std::size_t>(g)],
              static_cast<int>(n));
  }
  if (cmp.failed()) return cmp.take();
  // The verdict reads the weighted roll-up whatever the model (as assess does); the recorded one,
  // now known to follow, when the scores are weighted.
  const Rollup weighted =
      a.model == ScoringModel::weighted ? a.overall : roll_up(checklist, ScoringModel::weighted, a.results).overall;
  const Readiness readiness = decide_readiness(checklist, a.evidence, weighted, a.findings);
  if (readiness.verdict != a.verdict) cmp.differs("verdict.code", to_string(a.verdict), to_string(readiness.verdict));
  const auto same_blocker = [](const Blocker& x, const Blocker& y) { return x.stage == y.stage && x.reference == y.reference; };
  if (!std::equal(a.blockers.begin(), a.blockers.end(), readiness.blockers.begin(), readiness.blockers.end(), same_blocker)) {
    cmp.differs("verdict.blockers", blockers_text(a.blockers), blockers_text(readiness.blockers));
  }
  if (a.concerns != readiness.concerns) {
    cmp.differs("verdict.concerns", ids_text(a.concerns), ids_text(readiness.concerns));
  }
  return cmp.take();
}

}  // namespace iso20k
