#include "iso20k/score/findings.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "iso20k/rules/evidence_state.h"
#include "iso20k/format/number_text.h"

namespace iso20k {
namespace {

// Texts are built by appending into one string: a finding's statement runs to hundreds of
// characters and batch scoring builds hundreds of them per organisation.
void append_titled(std::string& out, const Checklist& c, const std::string& id) {
  if (const EvidenceItem* e = c.find_evidence(id)) {
    out.append(e->title).append(" (").append(id).append(")");
  } else {
    out.append(id);
  }
}

void append_items(std::string& out, const Checklist& c, const std::vector<std::string>& ids) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    out.append(i == 0 ? "" : i + 1 == ids.size() ? " and " : ", ");
    append_titled(out, c, ids[i]);
  }
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
    if (!s.empty()) s += ' ';
    append_items(s, c, ids);
    s.append(" ").append(what).append(".");
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
    if (!s.empty()) s += "; ";
    s.append(o.subject).append(": ").append(o.detail);
  }
  if (s.empty()) return "No evidence recorded.";
  s += '.';
  return s;
}

// An item's title inside a sentence: "Capacity plan" → "capacity plan"; titles that start with an
// acronym or a name in capitals ("SMS scope", "CMDB extract") keep their case.
std::string in_sentence(const std::string& title) {
  std::string t = title;
  const auto upper = [](char ch) { return ch >= 'A' && ch <= 'Z'; };
  const auto lower = [](char ch) { return ch >= 'a' && ch <= 'z'; };
  if (t.size() >= 2 && upper(t[0]) && (lower(t[1]) || t[1] == ' ')) t[0] = static_cast<char>(t[0] - 'A' + 'a');
  return t;
}

std::string recommend(const Checklist& c, const RequirementResult& res, Grade g) {
  if (g == Grade::ofi) {
    // An opportunity for improvement names the area, never a specific solution.
    return "Consider how the organisation could strengthen its arrangements for this requirement.";
  }
  std::string s;
  auto step = [&](const char* before, const std::string& words, const char* after) {
    if (!s.empty()) s += ' ';
    s.append(before).append(words).append(after);
  };
  for (const std::string& id : res.missing) {
    const EvidenceItem* e = c.find_evidence(id);
    if (!e) continue;
    if (e->kind == EvidenceKind::document) {
      step("Establish and approve the ", in_sentence(e->title), ".");
    } else if (e->kind == EvidenceKind::metric) {
      step("Start measuring ‘", e->title, "’ and record its value against the target.");
    } else {
      step("Produce and retain evidence of the ", in_sentence(e->title), ".");
    }
  }
  for (const std::string& id : res.stale) {
    if (const EvidenceItem* e = c.find_evidence(id)) step("Review and update the ", in_sentence(e->title), ".");
  }
  for (const std::string& id : res.expired) {
    if (const EvidenceItem* e = c.find_evidence(id)) step("Renew the ", in_sentence(e->title), ".");
  }
  for (const std::string& id : res.unapproved) {
    if (const EvidenceItem* e = c.find_evidence(id)) {
      step("Have the ", in_sentence(e->title), " approved by its authority.");
    }
  }
  for (const std::string& id : res.targets_missed) {
    if (const EvidenceItem* e = c.find_evidence(id)) {
      step("Analyse why ‘", e->title, "’ misses its target and act on the causes.");
    }
  }
  if (s.empty()) s = "Determine the cause of the gap and implement the requirement in full.";
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
  const std::string no_justification;
  for (const Judgement& j : w.judgements) justification[j.requirement] = j.justification;

  std::vector<std::size_t> requirement_of;  // by finding: its requirement's position
  for (std::size_t i = 0; i < c.requirements.size(); ++i) {
    const Requirement& r = c.requirements[i];
    const RequirementResult& res = a.results[i];
    if (res.result != Result::partial && res.result != Result::nonconformant) continue;
    requirement_of.push_back(i);
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
    std::string& text = f.requirement_text;
    text.reserve(c.standard.size() + c.edition.size() + r.clause.size() + r.id.size() +
                 r.text.size() + (cl ? cl->title.size() : 0) + 32);
    text.append(c.standard).append(":").append(c.edition).append(" clause ").append(r.clause);
    if (cl) text.append(" ").append(cl->title);
    text.append(", requirement ").append(r.id).append(": ").append(r.text);
    f.nonconformity = describe_gap(c, res);
    const auto judged = justification.find(r.id);
    f.objective_evidence = objective_evidence(res, judged == justification.end() ? no_justification : judged->second);
    a.findings.push_back(std::move(f));
  }
  int n = 0;
  for (Finding& f : a.findings) {
    char id[16];
    std::snprintf(id, sizeof id, "F-%03d", ++n);
    f.id = id;
  }
  // Rule 2: a missing item of mandatory documented information is one major, raised where the
  // item belongs (its 7.5.4 requirement) or, when the checklist has no such clause, on the first
  // finding citing it — not once per requirement that happens to cite it.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> at_home(c.evidence.size(), kNone), first_citing(c.evidence.size(), kNone);
  for (std::size_t k = 0; k < a.findings.size(); ++k) {
    for (const std::string& id : a.results[requirement_of[k]].missing) {
      const EvidenceItem* e = c.find_evidence(id);
      if (!e || !e->mandatory || e->documented_information.empty()) continue;
      const auto pos = static_cast<std::size_t>(e - c.evidence.data());
      if (first_citing[pos] == kNone) first_citing[pos] = k;
      if (at_home[pos] == kNone && a.findings[k].clause == home_clause(*e)) at_home[pos] = k;
    }
  }
  for (std::size_t pos = 0; pos < c.evidence.size(); ++pos) {
    const std::size_t k = at_home[pos] != kNone ? at_home[pos] : first_citing[pos];
    if (k == kNone) continue;
    const EvidenceItem& e = c.evidence[pos];
    const EvidenceRecord* rec = w.find_evidence(e.id);
    if (rec && rec->status != EvidenceStatus::missing) continue;  // seen or partly seen
    a.findings[k].grade = Grade::major;
    a.findings[k].grade_reasons.push_back("mandatory documented information is missing: " + e.title +
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
  for (std::size_t k = 0; k < a.findings.size(); ++k) {
    Finding& f = a.findings[k];
    ++a.finding_counts[static_cast<std::size_t>(f.grade)];
    f.recommendation = recommend(c, a.results[requirement_of[k]], f.grade);
    std::string grade = grade_name(f.grade);
    grade[0] = static_cast<char>(grade[0] - 'a' + 'A');
    const char* label = f.grade == Grade::ofi ? "Observation" : "Nonconformity";
    std::string& st = f.statement;
    st.reserve(f.requirement_text.size() + f.nonconformity.size() + f.objective_evidence.size() + 256);
    st.append("Requirement: ").append(f.requirement_text).append("\n").append(label).append(": ");
    st.append(f.nonconformity).append("\nObjective evidence: ").append(f.objective_evidence);
    st.append("\nGrade: ").append(grade).append(" (");
    for (const std::string& reason : f.grade_reasons) {
      if (&reason != &f.grade_reasons.front()) st.append("; ");
      st.append(reason);
    }
    st.append(").");
  }
}

}  // namespace iso20k
