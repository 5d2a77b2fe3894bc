#include "iso20k/score/requirement_scoring.h"

#include <algorithm>
#include <cstdio>

#include "iso20k/rules/default_rule.h"
#include "iso20k/rules/evidence_state.h"
#include "iso20k/format/number_text.h"
#include "iso20k/rules/rule.h"

namespace iso20k {
namespace {

// "Assessor judgement by A. Assessor on 2026-02-17: ", before the assessor's own words.
std::string judgement_prefix(const std::string& assessor, const std::optional<Date>& date) {
  return "Assessor judgement" + (assessor.empty() ? std::string() : " by " + assessor) +
         (date ? " on " + to_string(*date) : std::string()) + ": ";
}

// Sorts the cited items into the lists used by findings, recommendations and open requests.
// Returns whether any cited item was reviewed at all.
bool classify_evidence(const Requirement& r, const Checklist& c, const std::vector<ItemReview>& reviews,
                       RequirementResult& out) {
  bool reviewed = false;
  for (std::size_t k = 0; k < r.evidence.size(); ++k) {
    const std::string& id = r.evidence[k];
    if (std::find(r.evidence.begin(), r.evidence.begin() + static_cast<std::ptrdiff_t>(k), id) !=
        r.evidence.begin() + static_cast<std::ptrdiff_t>(k)) {
      continue;  // cited twice: once is enough
    }
    const EvidenceItem* item = c.cited_item(r, k);
    if (!item) continue;
    const ItemReview& v = reviews[static_cast<std::size_t>(item - c.evidence.data())];
    switch (v.review) {
      case Review::outstanding: out.outstanding.push_back(id); continue;
      case Review::absent: out.absent.push_back(id); reviewed = true; continue;
      case Review::partial: out.partly.push_back(id); break;
      case Review::provided: break;
    }
    reviewed = true;
    if (v.stale) out.stale.push_back(id);
    if (v.expired) out.expired.push_back(id);
    if (v.unapproved) out.unapproved.push_back(id);
    if (!v.met) out.targets_missed.push_back(id);
    if (v.met && !v.benchmark_met) out.benchmarks_missed.push_back(id);
  }
  return reviewed;
}

std::string count_items(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " item" : " items");
}

}  // namespace

std::vector<const Judgement*> applicable_judgements(const Checklist& checklist,
                                                    const Workspace& workspace, Date as_of) {
  std::vector<const Judgement*> out(checklist.requirements.size(), nullptr);
  for (const Judgement& j : workspace.judgements) {
    if (j.date && *j.date > as_of) continue;  // made after the assessment date
    const Requirement* r = checklist.find_requirement(j.requirement);
    if (!r) continue;
    const Judgement*& slot = out[static_cast<std::size_t>(r - checklist.requirements.data())];
    // Later dates win; equal or missing dates: the later entry in the file wins.
    if (!slot || !slot->date || !j.date || *j.date >= *slot->date) slot = &j;
  }
  return out;
}

RequirementResult score_requirement(const Requirement& r, const rules::EvalContext& ctx,
                                    const std::vector<ItemReview>& reviews, const Judgement* judgement) {
  RequirementResult out;
  out.requirement = r.id;
  out.clause = r.clause;
  const bool reviewed = classify_evidence(r, ctx.checklist, reviews, out);
  if (judgement) {
    out.basis = Basis::judgement;
    out.result = judgement->result;
    out.achievement = judgement->result == Result::conformant ? 1.0
                      : judgement->result == Result::partial  ? judgement->achievement.value_or(0.5)
                                                              : 0.0;
    out.judged_by = judgement->assessor;
    out.judged_on = judgement->date;
    out.explanation = judgement_prefix(judgement->assessor, judgement->date) + judgement->justification;
    // The evidence seen still belongs in the trail, for the reader to weigh against the judgement.
    out.observations = rules::default_outcome(r, ctx, true).observations;
    return out;
  }
  if (!reviewed) {
    out.result = Result::not_assessed;
    out.basis = r.rule ? Basis::rule : Basis::evidence;
    out.explanation = "Not assessed: none of the evidence this requirement cites has been provided "
                      "or reviewed yet, and no judgement was recorded.";
    return out;
  }
  const auto run = [&](const rules::EvalContext& context, bool explain) {
    return r.rule ? rules::evaluate(*r.rule, context, explain) : rules::default_outcome(r, context, explain);
  };
  out.basis = r.rule ? Basis::rule : Basis::evidence;
  rules::Outcome o = run(ctx, true);
  if (!out.outstanding.empty() && o.result != Result::conformant && ctx.registers) {
    // Would the outstanding items, once provided in order, change the result? Then it cannot be
    // decided yet. Otherwise the evidence reviewed already shows the gap, and it is rated on that.
    rules::EvalContext presumed = ctx;
    presumed.presume_outstanding = true;
    const rules::Outcome best = run(presumed, false);
    if (best.result == Result::conformant) {
      out.result = Result::not_assessed;
      out.explanation = "Not assessed yet: " + count_items(out.outstanding.size()) +
                        " of the evidence it cites " + (out.outstanding.size() == 1 ? "is" : "are") +
                        " still outstanding, and what was reviewed is in order.";
      out.observations = std::move(o.observations);
      return out;
    }
    o.result = best.result;
    o.achievement = best.achievement;
  }
  out.explanation.append(r.rule ? "Rule " + r.rule_text + " gave " : std::string("Default rule over the cited evidence gave "));
  out.explanation.append(to_string(o.result)).append(" (achievement ").append(percent(o.achievement, 1, true)).append(")");
  if (!out.outstanding.empty()) {
    out.explanation.append(", on the evidence reviewed so far (").append(count_items(out.outstanding.size())).append(" outstanding)");
  }
  out.explanation.append(".");
  out.result = o.result;
  out.achievement = o.achievement;
  out.observations = std::move(o.observations);
  return out;
}

std::string judgement_justification(const RequirementResult& result) {
  if (result.basis != Basis::judgement) return {};
  const std::string prefix = judgement_prefix(result.judged_by, result.judged_on);
  const std::string& e = result.explanation;
  return e.rfind(prefix, 0) == 0 ? e.substr(prefix.size()) : e;
}

}  // namespace iso20k
