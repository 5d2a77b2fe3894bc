#include "iso20k/score/plan.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace iso20k {
namespace {

std::string top_clause(const std::string& clause) { return clause.substr(0, clause.find('.')); }

int grade_rank(const std::optional<Grade>& g) { return g ? static_cast<int>(*g) : 3; }

}  // namespace

int phase_of(const Checklist& c, const std::string& clause, const RequirementResult* res) {
  const std::string top = top_clause(clause);
  if (top == "4" || top == "5" || top == "6") return 1;
  if (top == "9" || top == "10") return 4;
  if (res) {
    auto is_document = [&](const std::string& id) {
      const EvidenceItem* e = c.find_evidence(id);
      return e && e->kind == EvidenceKind::document;
    };
    for (const auto* list : {&res->absent, &res->partly, &res->stale, &res->expired, &res->unapproved}) {
      if (std::any_of(list->begin(), list->end(), is_document)) return 2;
    }
  }
  return 3;
}

const char* phase_title(int phase) {
  switch (phase) {
    case 1: return "Foundations: context, leadership, policy and planning";
    case 2: return "Documented information: policies, plans, processes and agreements";
    case 3: return "Operation: run the processes and keep their records";
    default: return "Evaluation and improvement: measure, audit, review, improve";
  }
}

std::vector<PlannedAction> plan_improvements(const Checklist& c, const Workspace& w,
                                             const std::vector<RequirementResult>& results,
                                             const std::vector<Finding>& findings, Date as_of) {
  std::vector<PlannedAction> plan;
  std::map<std::string, std::vector<const Finding*>> findings_by_requirement;
  for (const Finding& f : findings) {
    for (const std::string& rid : f.requirements) findings_by_requirement[rid].push_back(&f);
  }
  auto result_of = [&](const std::string& requirement) -> const RequirementResult* {
    const Requirement* r = c.find_requirement(requirement);
    return r ? &results[static_cast<std::size_t>(r - c.requirements.data())] : nullptr;
  };
  std::map<std::string, std::string> action_of_finding;
  std::vector<double> weight_of;  // by plan entry: the weight of its heaviest finding
  for (const Action& act : w.actions) {
    PlannedAction p;
    p.id = act.id;
    p.title = act.title;
    p.owner = act.owner;
    p.due = act.due;
    p.status = act.status;
    p.progress = act.progress;
    p.requirements = act.requirements;
    p.phase = 4;
    double weight = 0;
    for (const std::string& rid : act.requirements) {
      const Requirement* r = c.find_requirement(rid);
      if (r) p.phase = std::min(p.phase, phase_of(c, r->clause, result_of(rid)));
      for (const Finding* f : findings_by_requirement[rid]) {
        if (std::find(p.findings.begin(), p.findings.end(), f->id) != p.findings.end()) continue;
        p.findings.push_back(f->id);
        if (!p.grade || f->grade < *p.grade) p.grade = f->grade;
        weight = std::max(weight, f->weight);
        action_of_finding.emplace(f->id, act.id);
      }
    }
    weight_of.push_back(weight);
    p.overdue = p.due && *p.due < as_of && p.status != ActionStatus::done && p.status != ActionStatus::cancelled;
    plan.push_back(std::move(p));
  }
  // Proposed due dates count from the assessment date the profile records, not from the date the
  // tool runs (--as-of), so they stay put when the same assessment is run again.
  const Date base = w.profile.assessment_date.value_or(as_of);
  for (const Finding& f : findings) {
    if (action_of_finding.count(f.id)) continue;
    PlannedAction p;
    p.id = proposed_action_id(f.id);
    p.proposed = true;
    p.title = f.recommendation;
    p.phase = phase_of(c, f.clause, f.requirements.empty() ? nullptr : result_of(f.requirements.front()));
    p.due = Date{base.days + 30 * p.phase};
    p.grade = f.grade;
    p.requirements = f.requirements;
    p.findings = {f.id};
    weight_of.push_back(f.weight);
    plan.push_back(std::move(p));
  }
  // Sorted by position, then moved once: PlannedAction is too large to shuffle around.
  std::vector<std::size_t> order(plan.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
    const PlannedAction& x = plan[i];
    const PlannedAction& y = plan[j];
    if (x.phase != y.phase) return x.phase < y.phase;
    if (grade_rank(x.grade) != grade_rank(y.grade)) return grade_rank(x.grade) < grade_rank(y.grade);
    if (weight_of[i] != weight_of[j]) return weight_of[i] > weight_of[j];
    return x.id < y.id;
  });
  std::vector<PlannedAction> sorted;
  sorted.reserve(order.size());
  for (std::size_t i : order) sorted.push_back(std::move(plan[i]));
  return sorted;
}

std::string proposed_action_id(const std::string& finding_id) {
  return "PA-" + (finding_id.rfind("F-", 0) == 0 ? finding_id.substr(2) : finding_id);
}

}  // namespace iso20k
