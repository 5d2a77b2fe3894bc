#include "score/findings.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "rules/evidence_state.h"

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

std::string percent(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", x * 100);
  return buf;
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
           (res.result == Result::partial ? " (achievement " + percent(res.achievement) + ")" : "") +
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
        percent(res.achievement) + ").";
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

bool missing_documented_information(const Checklist& c, const RequirementResult& res) {
  for (const std::string& id : res.missing) {
    const EvidenceItem* e = c.find_evidence(id);
    if (e && e->mandatory && !e->documented_information.empty()) return true;
  }
  return false;
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
      f.grade_reasons.push_back("largely met (" + percent(res.achievement) +
                                ") on a low-severity requirement");
    } else {
      f.grade = Grade::minor;
      f.grade_reasons.push_back("partly met (" + percent(res.achievement) + "); severity " +
                                to_string(r.severity));
    }
    // Rule 2: mandatory documented information missing.
    if (missing_documented_information(c, res)) {
      f.grade = Grade::major;
      f.grade_reasons.push_back("mandatory documented information is missing");
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
  // Rule 4: several minors under one clause show a systemic failure and make a major.
  std::map<std::string, int> minors;
  for (const Finding& f : a.findings) minors[f.clause] += f.grade == Grade::minor;
  for (Finding& f : a.findings) {
    const int n = minors[f.clause];
    if (f.grade == Grade::minor && n >= sc.systemic_minor_count) {
      f.grade = Grade::major;
      f.grade_reasons.push_back("systemic: " + std::to_string(n) + " minor findings under clause " +
                                f.clause);
    }
  }
  a.finding_counts = {};
  int n = 0;
  for (Finding& f : a.findings) {
    char id[16];
    std::snprintf(id, sizeof id, "F-%03d", ++n);
    f.id = id;
    ++a.finding_counts[static_cast<std::size_t>(f.grade)];
    const std::size_t index = static_cast<std::size_t>(c.find_requirement(f.requirement) - c.requirements.data());
    f.recommendation = recommend(c, a.results[index], f.grade);
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
