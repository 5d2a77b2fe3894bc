#include "iso20k/score/assess.h"

#include <map>
#include <stdexcept>

#include "iso20k/rules/register_index.h"
#include "iso20k/score/capability.h"
#include "iso20k/score/evidence_review.h"
#include "iso20k/score/findings.h"
#include "iso20k/score/plan.h"
#include "iso20k/score/readiness.h"
#include "iso20k/score/requirement_scoring.h"
#include "iso20k/score/rollup.h"

namespace iso20k {

// The stages in order; each takes what it reads and returns what it produces (docs/scoring.md).
Assessment assess(const Checklist& c, const Workspace& w, const AssessOptions& options) {
  Assessment a;
  const std::optional<Date> as_of = options.as_of ? options.as_of : w.profile.assessment_date;
  if (!as_of) {
    throw std::invalid_argument("no assessment date: the profile gives none and none was passed");
  }
  a.as_of = *as_of;
  a.checklist_id = c.id;
  a.standard = c.standard;
  a.edition = c.edition;
  a.checklist_version = c.version;
  a.organisation = w.profile.organisation;
  a.model = options.model;
  a.evidence = review_evidence(c, w, a.as_of);
  const std::vector<const Judgement*> judgements = applicable_judgements(c, w, a.as_of);
  const rules::RegisterIndex registers(c, w, a.as_of);
  const rules::EvalContext ctx{c, w, a.as_of, &registers};
  a.results.reserve(c.requirements.size());
  for (std::size_t i = 0; i < c.requirements.size(); ++i) {
    a.results.push_back(score_requirement(c.requirements[i], ctx, a.evidence, judgements[i]));
  }
  Rollups rollups = roll_up(c, options.model, a.results);
  a.clauses = std::move(rollups.clauses);
  a.processes = std::move(rollups.processes);
  a.overall = rollups.overall;
  a.hls = rollups.hls;
  a.sms = rollups.sms;
  a.capability = rate_capability(c, w, a.results);
  a.findings = grade_findings(c, w, a.evidence, a.results, a.capability);
  a.finding_counts = {};
  for (const Finding& f : a.findings) ++a.finding_counts[static_cast<std::size_t>(f.grade)];
  // Readiness reads the weighted score whatever model the scores are shown in.
  const Rollup weighted =
      options.model == ScoringModel::weighted ? a.overall : roll_up(c, ScoringModel::weighted, a.results).overall;
  Readiness readiness = decide_readiness(c, a.evidence, weighted, a.findings);
  a.verdict = readiness.verdict;
  a.blockers = std::move(readiness.blockers);
  a.concerns = std::move(readiness.concerns);
  a.readiness_note = std::move(readiness.note);
  a.plan = plan_improvements(c, w, a.results, a.findings, a.as_of);
  std::map<std::string, std::string> action_of;
  for (const PlannedAction& p : a.plan) {
    for (const std::string& f : p.findings) action_of.emplace(f, p.id);
  }
  for (Finding& f : a.findings) f.action = action_of[f.id];
  return a;
}

}  // namespace iso20k
