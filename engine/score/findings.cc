#include "score/findings.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "rules/evidence_state.h"
#include "util/percent.h"

namespace iso20k {
namespace {

std::string titled(const Checklist& c, const std::string& id) {
  const EvidenceItem* e = c.find_evidence(id);
  return e ? e->title + " (" + id + ")" : id;
}

std::string list_items(const Checklist& c, const std::vector<std::string>& ids) {
  std::string s;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    s += (i == 0 ? "" : i + 1 == ids.size() ? " and " : ", ") + titled(c, ids[i]);
  }
  return s;
}

std::string grade_name(Grade g) {
  switch (g) {
    case Grade::major: return "major nonconformity";
    case Grade::minor: return "minor nonconformity";
    case Grade::ofi: return "opportunity for improvement";
  }
  return {};
}

// What is not met, in words, from the gap lists (or the judgement).
std::string describe_gap(const Checklist& c, const RequirementResult& res) {
  if (res.basis == Basis::judgement) {
    return "The assessor judged the requirement " + std::string(to_string(res.result)) +
           (res.result == Result::partial ? " (achievement " + percent(res.achievement, 0) + ")" : "") +
           ".";
  }
  std::string s;
  auto add = [&](const std::vector<std::string>& ids, const char* what) {
    if (ids.empty()) return;
    s += (s.empty() ? "" : " ") + list_items(c, ids) + " " + what + ".";
  };
  add(res.missing, res.missing.size() == 1 ? "was not seen or only partly seen" : "were not seen or only partly seen");
  add(res.stale, "is older than its maximum age");
  add(res.expired, "has expired");
  add(res.unapproved, "lacks the required approval");
  add(res.targets_missed, "did not meet its target");
  if (s.empty()) {
    s = "The requirement's rule was not satisfied by the evidence seen (achievement " +
        percent(res.achievement, 0) + ").";
  }
  return s;
}

std::string objective_evidence(const RequirementResult& res, const std::string& justification) {
  std::string s;
  if (res.basis == Basis::judgement && !justification.empty()) s = justification;
  for (const Observation& o : res.observations) {
    s += (s.empty() ? "" : "; ") + o.subject + ": " + o.detail;
  }
  return s.empty() ? "No evidence recorded." : s + ".";
}

std::string recommend(const Checklist& c, const RequirementResult& res, Grade g) {
  if (g == Grade::ofi) {
    // An opportunity for improvement names the area, never a specific solution.
    return "Consider how the organisation could strengthen its arrangements for this requirement.";
  }
  std::vector<std::string> steps;
  for (const std::string& id : res.missing) {
    const EvidenceItem* e = c.find_evidence(id);
    if (!e) continue;
    if (e->kind == EvidenceKind::document) {
      steps.push_back("Establish and approve " + e->title + ".");
    } else if (e->kind == EvidenceKind::metric) {
      steps.push_back("Start measuring " + e->title + " and record the value against its target.");
    } else {
      steps.push_back("Produce and retain " + e->title + ".");
    }
  }
  for (const std::string& id : res.stale) {
    if (const EvidenceItem* e = c.find_evidence(id)) steps.push_back("Review and update " + e->title + ".");
  }
  for (const std::string& id : res.expired) {
    if (const EvidenceItem* e = c.find_evidence(id)) steps.push_back("Renew " + e->title + ".");
  }
  for (const std::string& id : res.unapproved) {
    if (const EvidenceItem* e = c.find_evidence(id)) steps.push_back("Have " + e->title + " approved by its authority.");
  }
  for (const std::string& id : res.targets_missed) {
    if (const EvidenceItem* e = c.find_evidence(id)) {
      steps.push_back("Analyse why " + e->title + " misses its target and act on the causes.");
    }
  }
  if (steps.empty()) steps.push_back("Determine the cause of the gap and implement the requirement in full.");
  std::string s;
  for (const std::string& st : steps) s += (s.empty() ? "" : " ") + st;
  return s;
}

// The clause an item of SMS documented information belongs to: "7.5.4 d" → "7.5.4".
std::string home_clause(const EvidenceItem& e) {
  return e.documented_information.substr(0, e.documented_information.find(' '));
}

}  // namespace

void grade_findings(const Checklist& c, const Workspace& w, Assessment& a) {
  a.findings.clear();
  const ScoringSettings& sc = c.scoring;
  // Processes not performed at all: PA1.1 rated N.
  std::map<std::string, bool> not_performed;
  for (const ProcessCapability& pc : a.capability) {
    const AttributeRating& pa11 = pc.attributes[0];
    not_performed[pc.process] = pa11.rated && pa11.rating == Rating::N;
  }
  std::map<std::string, std::string> justification;
  for (const Judgement& j : w.judgements) justification[j.requirement] = j.justification;

  for (std::size_t i = 0; i < c.requirements.size(); ++i) {
    const Requirement& r = c.requirements[i];
    const RequirementResult& res = a.results[i];
    if (res.result != Result::partial && res.result != Result::nonconformant) continue;
    Finding f;
    f.requirement = r.id;
    f.clause = r.clause;
    f.processes = r.processes;
    f.weight = r.weight;
    // Rule 1: severity and result.
    if (res.result == Result::nonconformant) {
      f.grade = r.severity == Severity::high ? Grade::major : Grade::minor;
      f.grade_reasons.push_back(std::string("requirement not met; severity ") + to_string(r.severity));
    } else if (r.severity == Severity::low && res.achievement >= sc.ofi_min_achievement) {
      f.grade = Grade::ofi;
      f.grade_reasons.push_back("largely met (" + percent(res.achievement, 0) +
                                ") on a low-severity requirement");
    } else {
      f.grade = Grade::minor;
      f.grade_reasons.push_back("partly met (" + percent(res.achievement, 0) + "); severity " +
                                to_string(r.severity));
    }
    // Rule 3: a process that is not performed at all.
    if (r.capability == Attribute::pa1_1) {
      for (const std::string& p : r.processes) {
        if (not_performed[p]) {
          f.grade = Grade::major;
          f.grade_reasons.push_back("process '" + p + "' is not performed (PA1.1 rated N)");
          break;
        }
      }
    }
    const Clause* cl = c.find_clause(r.clause);
    f.requirement_text = c.standard + ":" + c.edition + " clause " + r.clause +
                         (cl ? " " + cl->title : std::string()) + ", requirement " + r.id + ": " +
                         r.text;
    f.nonconformity = describe_gap(c, res);
    f.objective_evidence = objective_evidence(res, justification[r.id]);
    a.findings.push_back(std::move(f));
  }
  int n = 0;
  for (Finding& f : a.findings) {
    char id[16];
    std::snprintf(id, sizeof id, "F-%03d", ++n);
    f.id = id;
  }
  auto result_of = [&](const Finding& f) -> const RequirementResult& {
    return a.results[static_cast<std::size_t>(c.find_requirement(f.requirement) - c.requirements.data())];
  };
  // Rule 2: a missing item of mandatory documented information is one major, raised where the
  // item belongs (its 7.5.4 requirement) or, when the checklist has no such clause, on the first
  // finding citing it — not once per requirement that happens to cite it.
  for (const EvidenceItem& e : c.evidence) {
    if (!e.mandatory || e.documented_information.empty()) continue;
    const EvidenceRecord* rec = w.find_evidence(e.id);
    if (rec && rec->status != EvidenceStatus::missing) continue;  // seen or partly seen
    Finding* target = nullptr;
    for (Finding& f : a.findings) {
      const auto& missing = result_of(f).missing;
      if (std::find(missing.begin(), missing.end(), e.id) == missing.end()) continue;
      if (f.clause == home_clause(e)) {
        target = &f;
        break;
      }
      if (!target) target = &f;
    }
    if (!target) continue;
    target->grade = Grade::major;
    target->grade_reasons.push_back("mandatory documented information is missing: " + e.title +
                                    " (" + e.id + ")");
  }
  // Rule 4: several minors under one clause show a systemic failure: the first of them becomes a
  // major that stands for all; the others stay minor and point at it.
  std::map<std::string, std::vector<Finding*>> minors;
  for (Finding& f : a.findings) {
    if (f.grade == Grade::minor) minors[f.clause].push_back(&f);
  }
  for (auto& [clause_number, list] : minors) {
    if (static_cast<int>(list.size()) < sc.systemic_minor_count) continue;
    std::string ids;
    for (const Finding* f : list) ids += (ids.empty() ? "" : ", ") + f->id;
    list[0]->grade = Grade::major;
    list[0]->grade_reasons.push_back("systemic: " + std::to_string(list.size()) +
                                     " minor findings under clause " + clause_number + " (" + ids + ")");
    for (std::size_t k = 1; k < list.size(); ++k) {
      list[k]->grade_reasons.push_back("part of the systemic major finding " + list[0]->id);
    }
  }
  a.finding_counts = {};
  for (Finding& f : a.findings) {
    ++a.finding_counts[static_cast<std::size_t>(f.grade)];
    f.recommendation = recommend(c, result_of(f), f.grade);
    std::string reasons;
    for (const std::string& r : f.grade_reasons) reasons += (reasons.empty() ? "" : "; ") + r;
    std::string grade = grade_name(f.grade);
    grade[0] = static_cast<char>(grade[0] - 'a' + 'A');
    const char* label = f.grade == Grade::ofi ? "Observation" : "Nonconformity";
    f.statement = "Requirement: " + f.requirement_text + "\n" + label + ": " + f.nonconformity +
                  "\nObjective evidence: " + f.objective_evidence + "\nGrade: " + grade + " (" +
                  reasons + ").";
  }
}

}  // namespace iso20k
