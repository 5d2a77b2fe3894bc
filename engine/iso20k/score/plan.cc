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
    for (const auto* list : {&res->missing, &res->stale, &res->expired, &res->unapproved}) {
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

void plan_improvements(const Checklist& c, const Workspace& w, Assessment& a) {
  a.plan.clear();
  std::map<std::string, std::vector<const Finding*>> findings_by_requirement;
  for (const Finding& f : a.findings) findings_by_requirement[f.requirement].push_back(&f);
  auto result_of = [&](const std::string& requirement) -> const RequirementResult* {
    const Requirement* r = c.find_requirement(requirement);
    return r ? &a.results[static_cast<std::size_t>(r - c.requirements.data())] : nullptr;
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
        p.findings.push_back(f->id);
        if (!p.grade || f->grade < *p.grade) p.grade = f->grade;
        weight = std::max(weight, f->weight);
        action_of_finding.emplace(f->id, act.id);
      }
    }
    weight_of.push_back(weight);
    p.overdue = p.due && *p.due < a.as_of && p.status != ActionStatus::done &&
                p.status != ActionStatus::cancelled;
    a.plan.push_back(std::move(p));
  }
  int proposed = 0;
  for (Finding& f : a.findings) {
    if (auto it = action_of_finding.find(f.id); it != action_of_finding.end()) {
      f.action = it->second;
      continue;
    }
    PlannedAction p;
    char id[16];
    std::snprintf(id, sizeof id, "P-%03d", ++proposed);
    p.id = id;
    p.proposed = true;
    p.title = f.recommendation;
    p.owner = "";
    p.phase = phase_of(c, f.clause, result_of(f.requirement));
    // Proposed target dates: 30 days per phase from the assessment date, for the client to adjust.
    p.due = Date{a.as_of.days + 30 * p.phase};
    p.grade = f.grade;
    p.requirements = {f.requirement};
    p.findings = {f.id};
    weight_of.push_back(f.weight);
    f.action = p.id;
    a.plan.push_back(std::move(p));
  }
  // Sorted by position, then moved once: PlannedAction is too large to shuffle around.
  std::vector<std::size_t> order(a.plan.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
    const PlannedAction& x = a.plan[i];
    const PlannedAction& y = a.plan[j];
    if (x.phase != y.phase) return x.phase < y.phase;
    if (grade_rank(x.grade) != grade_rank(y.grade)) return grade_rank(x.grade) < grade_rank(y.grade);
    if (weight_of[i] != weight_of[j]) return weight_of[i] > weight_of[j];
    return x.id < y.id;
  });
  std::vector<PlannedAction> sorted;
  sorted.reserve(order.size());
  for (std::size_t i : order) sorted.push_back(std::move(a.plan[i]));
  a.plan = std::move(sorted);
}

}  // namespace iso20k
