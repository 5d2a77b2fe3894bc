#include "iso20k/score/requirement_scoring.h"

#include <algorithm>
#include <cstdio>

#include "iso20k/rules/default_rule.h"
#include "iso20k/rules/evidence_state.h"
#include "iso20k/format/number_text.h"
#include "iso20k/rules/rule.h"

namespace iso20k {
namespace {

// An assessor has looked at a requirement when any item it cites has an entry in the evidence
// register (whatever its status) or a recorded metric value. Otherwise it is not assessed: the
// absence of any entry means nobody looked, which must not count as a failure.
bool looked_at(const Requirement& r, const rules::EvalContext& ctx) {
  for (std::size_t k = 0; k < r.evidence.size(); ++k) {
    const std::string& id = r.evidence[k];
    const EvidenceItem* item = ctx.checklist.cited_item(r, k);
    if (!item) continue;
    if (item->kind == EvidenceKind::metric ? ctx.metric_record(item, id) != nullptr
                                           : ctx.evidence_record(item, id) != nullptr) {
      return true;
    }
  }
  return false;
}

// Sorts the cited items into the gap lists used by findings and recommendations.
void classify_evidence(const Requirement& r, const rules::EvalContext& ctx, RequirementResult& out) {
  for (std::size_t k = 0; k < r.evidence.size(); ++k) {
    const std::string& id = r.evidence[k];
    const EvidenceItem* item = ctx.checklist.cited_item(r, k);
    if (!item) continue;
    if (item->kind == EvidenceKind::metric) {
      const rules::MetricState s = rules::metric_state(item, ctx.metric_record(item, id));
      if (!s.present) {
        out.missing.push_back(id);
      } else if (!s.met) {
        out.targets_missed.push_back(id);
      }
      continue;
    }
    const rules::EvidenceState s = rules::evidence_state(item, ctx.evidence_record(item, id), ctx.as_of);
    if (!s.present && s.status != EvidenceStatus::partial) {
      out.missing.push_back(id);
      continue;
    }
    if (s.status == EvidenceStatus::partial) out.missing.push_back(id);  // only partly seen
    if (s.stale) out.stale.push_back(id);
    if (s.expired) out.expired.push_back(id);
    if (item->approval_required && !s.approved) out.unapproved.push_back(id);
  }
}

}  // namespace

std::vector<const Judgement*> applicable_judgements(const Checklist& checklist,
                                                    const Workspace& workspace) {
  std::vector<const Judgement*> out(checklist.requirements.size(), nullptr);
  for (const Judgement& j : workspace.judgements) {
    const Requirement* r = checklist.find_requirement(j.requirement);
    if (!r) continue;
    const Judgement*& slot = out[static_cast<std::size_t>(r - checklist.requirements.data())];
    // Later dates win; equal or missing dates: the later entry in the file wins.
    if (!slot || !slot->date || !j.date || *j.date >= *slot->date) slot = &j;
  }
  return out;
}

RequirementResult score_requirement(const Requirement& r, const rules::EvalContext& ctx,
                                    const Judgement* judgement) {
  RequirementResult out;
  out.requirement = r.id;
  out.clause = r.clause;
  classify_evidence(r, ctx, out);
  if (judgement) {
    out.basis = Basis::judgement;
    out.result = judgement->result;
    out.achievement = judgement->result == Result::conformant ? 1.0
                      : judgement->result == Result::partial  ? judgement->achievement.value_or(0.5)
                                                              : 0.0;
    out.judged_by = judgement->assessor;
    out.judged_on = judgement->date;
    out.explanation = "Assessor judgement" +
                      (judgement->assessor.empty() ? std::string() : " by " + judgement->assessor) +
                      (judgement->date ? " on " + to_string(*judgement->date) : std::string()) +
                      ": " + judgement->justification;
    // The evidence seen still belongs in the trail, for the reader to weigh against the judgement.
    out.observations = rules::default_outcome(r, ctx, true).observations;
    return out;
  }
  if (!looked_at(r, ctx)) {
    out.result = Result::not_assessed;
    out.basis = r.rule ? Basis::rule : Basis::evidence;
    out.explanation = "Not assessed: the evidence register has no entry for any item this "
                      "requirement cites, and no judgement was recorded.";
    return out;
  }
  rules::Outcome o;
  if (r.rule) {
    out.basis = Basis::rule;
    o = rules::evaluate(*r.rule, ctx, true);
    out.explanation.append("Rule ").append(r.rule_text).append(" gave ").append(to_string(o.result));
    out.explanation.append(" (achievement ").append(percent(o.achievement, 1, true)).append(").");
  } else {
    out.basis = Basis::evidence;
    o = rules::default_outcome(r, ctx, true);
    out.explanation.append("Default rule over the cited evidence gave ").append(to_string(o.result));
    out.explanation.append(" (achievement ").append(percent(o.achievement, 1, true)).append(").");
  }
  out.result = o.result;
  out.achievement = o.achievement;
  out.observations = std::move(o.observations);
  return out;
}

}  // namespace iso20k
