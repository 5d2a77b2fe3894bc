#include "iso20k/score/findings.h"

#include <algorithm>
#include <map>

#include "iso20k/format/number_text.h"
#include "iso20k/rules/evidence_state.h"

namespace iso20k {
namespace {

bool is_gap(const RequirementResult& r) {
  return r.result == Result::partial || r.result == Result::nonconformant;
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

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string sentence(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
  if (!s.empty() && s.back() != '.' && s.back() != '!' && s.back() != '?') s += '.';
  return capitalised(std::move(s));
}

// "about 12 months", "8 weeks": a maximum age in words.
std::string age_words(Duration d) {
  const std::string spelled = to_string(d);
  const std::string number = spelled.substr(0, spelled.size() - 1);
  const bool one = number == "1";
  switch (spelled.back()) {
    case 'y': return number + (one ? " year" : " years");
    case 'm': return number + (one ? " month" : " months");
    case 'w': return number + (one ? " week" : " weeks");
    default: return number + (one ? " day" : " days");
  }
}

std::string metric_value(const EvidenceItem& item, double v) {
  const std::string n = shortest_text(v);
  if (item.unit.empty()) return n;
  return item.unit == "%" ? n + " %" : n + " " + item.unit;
}

// "Change records" take a plural verb, "Service management policy" and "Process" a singular one.
// The head noun is the last word before a qualifier ("Evaluation of …" is singular, "Investigations
// of …" plural); two things joined by "and" are plural.
bool plural(const std::string& title) {
  std::string head = title;
  for (const char* qualifier : {" of ", " for ", " on ", " with ", " by ", " against ", " in ", " from "}) {
    const std::size_t at = head.find(qualifier);
    if (at != std::string::npos) head = head.substr(0, at);
  }
  if (head.find(" and ") != std::string::npos) return true;
  if (head.size() > 3 && head.compare(head.size() - 3, 3, "(s)") == 0) return true;
  const std::string last = head.substr(head.rfind(' ') == std::string::npos ? 0 : head.rfind(' ') + 1);
  if (last.size() < 3 || last.back() != 's') return false;
  const char before = last[last.size() - 2];
  return before != 's' && before != 'u' && before != 'i';
}

// What is wrong with one item, in one sentence; empty when nothing is.
std::string defect_sentence(const EvidenceItem& item, const ItemReview& v, const EvidenceRecord* rec,
                            bool benchmark_only) {
  const std::string t = in_sentence(item.title);
  const bool many = plural(item.title);
  const std::string was = many ? "were" : "was";
  if (item.kind == EvidenceKind::metric) {
    if (v.review != Review::provided) return {};
    if (!v.met && v.target) {
      return "‘" + item.title + "’ was " + metric_value(item, v.value) + " against the organisation's target of " +
             metric_value(item, *v.target) + ".";
    }
    if (benchmark_only && !v.benchmark_met) {
      return "‘" + item.title + "’ was " + metric_value(item, v.value) +
             "; the organisation has set no target of its own, and the benchmark of this checklist is " +
             metric_value(item, v.benchmark) + ".";
    }
    return {};
  }
  const bool conversation = item.kind == EvidenceKind::interview || item.kind == EvidenceKind::observation;
  if (v.review == Review::absent) {
    return conversation ? "The " + t + " did not show that it is in place."
                        : "The " + t + " " + was + " not provided.";
  }
  std::vector<std::string> wrong;
  if (v.review == Review::partial) wrong.push_back(conversation ? "showed it only in part" : was + " provided only in part");
  if (v.unapproved) {
    wrong.push_back(rec && !rec->version.empty() ? was + " provided as version " + rec->version + ", not approved"
                                                 : (many ? "are" : "is") + std::string(" not approved"));
  }
  if (v.expired && rec && rec->expires) wrong.push_back("expired on " + to_string(*rec->expires));
  if (v.stale && item.max_age && rec) {
    const std::optional<Date>& since = rec->reviewed ? rec->reviewed : rec->issued;
    if (since) {
      wrong.push_back(was + " last " + (rec->reviewed ? "reviewed" : "issued") + " on " +
                      to_string(*since) + ", more than " + age_words(*item.max_age) +
                      " before the assessment date");
    }
  }
  if (wrong.empty()) return {};
  std::string s = "The " + t + " ";
  for (std::size_t i = 0; i < wrong.size(); ++i) {
    s.append(i == 0 ? "" : i + 1 == wrong.size() ? " and " : ", ").append(wrong[i]);
  }
  return s + ".";
}

// What was reviewed, as a reader can check it: reference, version, dates, approver, the
// register's notes; for metrics the value, period and source.
std::string evidence_line(const EvidenceItem& item, const ItemReview& v, const Workspace& w) {
  std::string s = item.title + ": ";
  if (item.kind == EvidenceKind::metric) {
    const MetricRecord* m = w.find_metric(item.id);
    if (!m) return s + "no value provided";
    s += metric_value(item, m->value);
    if (!m->period.empty()) s += ", " + m->period;
    if (!m->source.empty()) s += ", source " + m->source;
    s += v.target ? "; organisation's target " + metric_value(item, *v.target)
                  : "; no target set by the organisation (benchmark " + metric_value(item, v.benchmark) + ")";
    return s;
  }
  const EvidenceRecord* rec = w.find_evidence(item.id);
  if (!rec || v.review == Review::outstanding) return s + "not yet provided";
  std::vector<std::string> parts;
  if (v.review == Review::absent) parts.push_back("looked for and not found");
  if (v.review == Review::partial) parts.push_back("provided in part");
  if (!rec->reference.empty()) parts.push_back(rec->reference);
  if (!rec->version.empty()) parts.push_back("version " + rec->version);
  const bool conversation = item.kind == EvidenceKind::interview || item.kind == EvidenceKind::observation;
  if (rec->issued) parts.push_back((conversation ? "held " : "issued ") + to_string(*rec->issued));
  if (rec->reviewed) parts.push_back("reviewed " + to_string(*rec->reviewed));
  if (rec->expires) parts.push_back("expires " + to_string(*rec->expires));
  if (!rec->approved_by.empty()) parts.push_back("approved by " + rec->approved_by);
  if (!rec->owner.empty()) parts.push_back("owner " + rec->owner);
  if (parts.empty()) parts.push_back("provided");
  for (std::size_t i = 0; i < parts.size(); ++i) s.append(i == 0 ? "" : ", ").append(parts[i]);
  if (!rec->notes.empty()) {
    std::string notes = rec->notes;
    while (!notes.empty() && (notes.back() == '.' || notes.back() == ' ')) notes.pop_back();
    s.append(" (notes: ").append(notes).append(")");
  }
  return s;
}

// A step the client can act on for one defective item (consultancy wording).
std::string remedy(const EvidenceItem& item, const ItemReview& v) {
  const std::string t = in_sentence(item.title);
  if (item.kind == EvidenceKind::metric) {
    if (!v.met) return "Analyse why ‘" + item.title + "’ misses the organisation's target and act on the causes.";
    return {};
  }
  if (item.kind == EvidenceKind::interview || item.kind == EvidenceKind::observation) return {};
  const std::string it = plural(item.title) ? "them" : "it";
  if (v.review == Review::absent) {
    if (item.kind == EvidenceKind::document) return "Establish and approve the " + t + ".";
    return "Produce the " + t + " and keep " + it + " as evidence.";
  }
  if (v.review == Review::partial) return "Complete the " + t + ".";
  std::string s;
  if (v.expired) s = "Renew the " + t + ".";
  else if (v.stale) s = "Review and update the " + t + ".";
  if (v.unapproved) s += (s.empty() ? "" : " ") + std::string("Have the ") + t + " approved by its authority.";
  return s;
}

struct Draft {
  std::string clause;
  Provenance basis = Provenance::obligation;
  std::vector<std::size_t> own;       // unmet requirements of the clause it stands for
  std::vector<std::size_t> items;     // evidence defects reported here (checklist positions)
  std::vector<std::size_t> affected;  // requirements of other findings its items also affect
  bool benchmark = false;             // holds benchmark misses (good practice only)
};

}  // namespace

std::string finding_id(const std::string& clause, Provenance basis) {
  return "F-" + clause + (basis == Provenance::good_practice ? "-GP" : "");
}

std::vector<Finding> grade_findings(const Checklist& c, const Workspace& w, const std::vector<ItemReview>& reviews,
                                    const std::vector<RequirementResult>& results,
                                    const std::vector<ProcessCapability>& capability) {
  const ScoringSettings& sc = c.scoring;
  // Drafts by key, in the order the checklist first produces them.
  std::vector<Draft> drafts;
  std::map<std::pair<std::string, int>, std::size_t> draft_of;
  const auto draft = [&](const std::string& clause, Provenance basis) -> Draft& {
    const auto key = std::make_pair(clause, static_cast<int>(basis));
    auto it = draft_of.find(key);
    if (it == draft_of.end()) {
      it = draft_of.emplace(key, drafts.size()).first;
      drafts.push_back(Draft{clause, basis, {}, {}, {}, false});
    }
    return drafts[it->second];
  };
  const auto position = [&](const std::string& id) -> std::size_t {
    const EvidenceItem* e = c.find_evidence(id);
    return e ? static_cast<std::size_t>(e - c.evidence.data()) : c.evidence.size();
  };
  // Which drafts an item's defect could be reported in: the keys of every unmet requirement whose
  // own evidence shows the defect (a judged requirement stands on the judgement alone).
  std::vector<std::vector<std::size_t>> candidates(c.evidence.size());
  std::vector<std::vector<std::size_t>> affected_by(c.evidence.size());
  for (std::size_t i = 0; i < c.requirements.size(); ++i) {
    const Requirement& r = c.requirements[i];
    const RequirementResult& res = results[i];
    const bool judged = res.basis == Basis::judgement;
    if (is_gap(res)) {
      Draft& d = draft(r.clause, r.provenance);
      const std::size_t k = static_cast<std::size_t>(&d - drafts.data());
      bool has_defect = false;
      if (!judged) {
        for (const auto* list : {&res.absent, &res.partly, &res.stale, &res.expired, &res.unapproved, &res.targets_missed}) {
          for (const std::string& id : *list) {
            const std::size_t pos = position(id);
            if (pos == c.evidence.size()) continue;
            has_defect = true;
            if (std::find(candidates[pos].begin(), candidates[pos].end(), k) == candidates[pos].end()) candidates[pos].push_back(k);
            if (std::find(affected_by[pos].begin(), affected_by[pos].end(), i) == affected_by[pos].end()) affected_by[pos].push_back(i);
          }
        }
      }
      if (judged || !has_defect) drafts[k].own.push_back(i);
    }
    // A metric that misses only this checklist's benchmark: an opportunity for improvement.
    if (!judged && res.result != Result::not_assessed && !res.benchmarks_missed.empty()) {
      Draft& d = draft(r.clause, Provenance::good_practice);
      d.benchmark = true;
      const std::size_t k = static_cast<std::size_t>(&d - drafts.data());
      for (const std::string& id : res.benchmarks_missed) {
        const std::size_t pos = position(id);
        if (pos == c.evidence.size()) continue;
        if (std::find(candidates[pos].begin(), candidates[pos].end(), k) == candidates[pos].end()) candidates[pos].push_back(k);
        if (std::find(affected_by[pos].begin(), affected_by[pos].end(), i) == affected_by[pos].end()) affected_by[pos].push_back(i);
      }
    }
  }
  // Each defective item goes to one draft: an obligation before good practice, then the item's
  // home clause, then the first in checklist order. It cites every requirement it affects.
  for (std::size_t pos = 0; pos < c.evidence.size(); ++pos) {
    if (candidates[pos].empty()) continue;
    std::size_t best = candidates[pos].front();
    const auto rank = [&](std::size_t k) {
      return std::make_pair(drafts[k].basis == Provenance::obligation ? 0 : 1, drafts[k].clause == c.evidence[pos].home_clause ? 0 : 1);
    };
    for (std::size_t k : candidates[pos]) {
      if (rank(k) < rank(best)) best = k;
    }
    drafts[best].items.push_back(pos);
    for (std::size_t i : affected_by[pos]) {
      const Requirement& r = c.requirements[i];
      const bool own_key = r.clause == drafts[best].clause && r.provenance == drafts[best].basis;
      auto& list = own_key ? drafts[best].own : drafts[best].affected;
      if (std::find(list.begin(), list.end(), i) == list.end()) list.push_back(i);
    }
  }
  // Processes not performed at all: PA1.1 rated N.
  std::map<std::string, bool> not_performed;
  for (const ProcessCapability& pc : capability) {
    const AttributeRating& pa11 = pc.attributes[0];
    not_performed[pc.process] = pa11.rated && pa11.rating == Rating::N;
  }
  // Assessed obligations per clause, for the systemic rule.
  std::map<std::string, int> assessed_obligations;
  for (std::size_t i = 0; i < c.requirements.size(); ++i) {
    if (c.requirements[i].provenance == Provenance::obligation && results[i].result != Result::not_assessed &&
        results[i].result != Result::not_applicable) {
      ++assessed_obligations[c.requirements[i].clause];
    }
  }
  std::map<std::string, std::string> justification;
  for (const Judgement& j : w.judgements) justification[j.requirement] = j.justification;

  std::vector<Finding> findings;
  for (Draft& d : drafts) {
    if (d.own.empty() && d.items.empty()) continue;
    std::sort(d.own.begin(), d.own.end());
    std::sort(d.affected.begin(), d.affected.end());
    std::sort(d.items.begin(), d.items.end());
    Finding f;
    f.clause = d.clause;
    f.basis = d.basis;
    f.id = finding_id(d.clause, d.basis);
    // A nonconformity cites obligations only: good practice the same defect touches is not a
    // requirement of the standard (its gap is explained by this finding's defect).
    std::vector<std::size_t> cited = d.own;
    for (std::size_t i : d.affected) {
      if (d.basis == Provenance::good_practice || c.requirements[i].provenance == Provenance::obligation) cited.push_back(i);
    }
    std::sort(cited.begin(), cited.end());
    cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
    for (std::size_t i : cited) {
      const Requirement& r = c.requirements[i];
      f.requirements.push_back(r.id);
      f.weight = std::max(f.weight, r.weight);
      for (const std::string& p : r.processes) {
        if (std::find(f.processes.begin(), f.processes.end(), p) == f.processes.end()) f.processes.push_back(p);
      }
    }
    // The requirement of the standard, and the checklist requirements not met.
    const Clause* cl = c.find_clause(d.clause);
    const std::string clause_name = "clause " + d.clause + (cl ? " " + cl->title : std::string());
    std::string& text = f.requirement_text;
    if (d.basis == Provenance::obligation) {
      text = c.standard + ":" + c.edition + ", " + clause_name + ".";
    } else {
      text = "Good practice for " + clause_name + " (not a requirement of " + c.standard + ":" + c.edition + ").";
    }
    // The clause's own requirements with their text; those of other clauses the same defect
    // affects by id, so that the finding stays readable.
    std::vector<std::string> elsewhere;
    for (std::size_t i : cited) {
      const Requirement& r = c.requirements[i];
      if (!is_gap(results[i]) && d.benchmark) continue;
      if (r.clause != d.clause) {
        elsewhere.push_back(r.id);
        continue;
      }
      text.append(" ").append(r.id).append(": ").append(sentence(r.text));
    }
    if (!elsewhere.empty()) {
      text.append(" The same evidence also bears on ");
      for (std::size_t k = 0; k < elsewhere.size(); ++k) {
        text.append(k == 0 ? "" : k + 1 == elsewhere.size() ? " and " : ", ").append(elsewhere[k]);
      }
      text.append(".");
    }
    // What is not met: the assessor's words, then each defect once, then what was not
    // demonstrated without a defect of its own.
    std::vector<std::string> sentences;
    for (std::size_t i : d.own) {
      const RequirementResult& res = results[i];
      if (res.basis != Basis::judgement) continue;
      const auto j = justification.find(c.requirements[i].id);
      if (j != justification.end() && !j->second.empty()) sentences.push_back(sentence(j->second));
    }
    for (std::size_t pos : d.items) {
      const EvidenceItem& item = c.evidence[pos];
      std::string s = defect_sentence(item, reviews[pos], w.find_evidence(item.id), d.benchmark);
      if (!s.empty()) sentences.push_back(std::move(s));
    }
    for (std::size_t i : d.own) {
      const RequirementResult& res = results[i];
      if (res.basis == Basis::judgement || !is_gap(res)) continue;
      const bool shown = std::any_of(d.items.begin(), d.items.end(), [&](std::size_t pos) {
        const std::vector<std::string>& ev = c.requirements[i].evidence;
        return std::find(ev.begin(), ev.end(), c.evidence[pos].id) != ev.end();
      });
      if (!shown) {
        std::string what = in_sentence(c.requirements[i].text);
        while (!what.empty() && (what.back() == '.' || what.back() == ' ')) what.pop_back();
        sentences.push_back("The evidence reviewed does not show that " + what + " (" + c.requirements[i].id + ", " +
                            percent(res.achievement, 0) + " achieved).");
      }
    }
    for (const std::string& s : sentences) f.nonconformity.append(f.nonconformity.empty() ? "" : " ").append(s);
    if (f.nonconformity.empty()) f.nonconformity = "The requirements above are not fully met.";
    // Objective evidence: the defective items, then what else the clause's own requirements cite
    // that was reviewed, and the judgements.
    std::vector<std::string> lines;
    std::vector<std::size_t> shown_items = d.items;
    for (std::size_t i : d.own) {
      const Requirement& r = c.requirements[i];
      for (std::size_t k = 0; k < r.evidence.size(); ++k) {
        const EvidenceItem* e = c.cited_item(r, k);
        if (!e) continue;
        const auto pos = static_cast<std::size_t>(e - c.evidence.data());
        if (reviews[pos].review == Review::outstanding) continue;
        if (std::find(shown_items.begin(), shown_items.end(), pos) == shown_items.end()) shown_items.push_back(pos);
      }
    }
    for (std::size_t pos : shown_items) lines.push_back(evidence_line(c.evidence[pos], reviews[pos], w));
    for (std::size_t i : d.own) {
      const RequirementResult& res = results[i];
      if (res.basis != Basis::judgement) continue;
      std::string s = "Assessor's judgement on " + c.requirements[i].id;
      if (!res.judged_by.empty()) s += " by " + res.judged_by;
      if (res.judged_on) s += " on " + to_string(*res.judged_on);
      lines.push_back(s);
    }
    for (const std::string& l : lines) f.objective_evidence.append(f.objective_evidence.empty() ? "" : "; ").append(l);
    f.objective_evidence = f.objective_evidence.empty() ? "No evidence was recorded." : sentence(f.objective_evidence);
    // Grade (docs/scoring.md, "Grading"): good practice is never a nonconformity; an unmet
    // obligation is never downgraded to an opportunity for improvement.
    if (d.basis == Provenance::good_practice) {
      f.grade = Grade::ofi;
      f.grade_reasons.push_back(d.benchmark && d.own.empty()
                                    ? "a benchmark of this checklist, not a target of the organisation"
                                    : "good practice beyond the requirements of the standard");
    } else {
      f.grade = Grade::minor;
      for (std::size_t pos : d.items) {
        const EvidenceItem& e = c.evidence[pos];
        if (e.mandatory && !e.documented_information.empty() && reviews[pos].review == Review::absent) {
          f.grade = Grade::major;
          f.grade_reasons.push_back("mandatory documented information is absent: " + in_sentence(e.title));
        }
      }
      for (std::size_t i : d.own) {
        const Requirement& r = c.requirements[i];
        if (r.capability != Attribute::pa1_1) continue;
        for (const std::string& p : r.processes) {
          if (!not_performed[p]) continue;
          const Process* proc = c.find_process(p);
          const std::string reason = "the " + in_sentence(proc ? proc->name : p) +
                                     " process is not performed (process performance not achieved)";
          if (std::find(f.grade_reasons.begin(), f.grade_reasons.end(), reason) == f.grade_reasons.end()) {
            f.grade = Grade::major;
            f.grade_reasons.push_back(reason);
          }
        }
      }
      std::vector<std::string> not_at_all;
      for (std::size_t i : d.own) {
        // Not implemented at all: nothing of it was shown, not merely shown in part.
        const Requirement& r = c.requirements[i];
        const RequirementResult& res = results[i];
        if (res.result != Result::nonconformant || r.severity != Severity::high) continue;
        // Not implemented at all: judged so, or none of its evidence was provided, even in part (a
        // current but unreviewed policy is a defect, not an absence).
        bool shown = false;
        for (std::size_t k = 0; k < r.evidence.size() && res.basis != Basis::judgement; ++k) {
          const EvidenceItem* e = c.cited_item(r, k);
          const Review v = e ? reviews[static_cast<std::size_t>(e - c.evidence.data())].review : Review::outstanding;
          shown = shown || v == Review::provided || v == Review::partial;
        }
        if (!shown) not_at_all.push_back(r.id);
      }
      if (!not_at_all.empty()) {
        f.grade = Grade::major;
        std::string ids;
        for (const std::string& id : not_at_all) ids.append(ids.empty() ? "" : ", ").append(id);
        f.grade_reasons.push_back(not_at_all.size() == 1 ? "a high-severity requirement is not met at all (" + ids + ")"
                                                         : "high-severity requirements are not met at all (" + ids + ")");
      }
      // Systemic: several separate problems (defective items, judged gaps) behind at least half of
      // the clause's assessed requirements; one defect affecting several requirements is one problem.
      int unmet = 0;
      for (std::size_t i : d.own) unmet += is_gap(results[i]) ? 1 : 0;
      int problems = static_cast<int>(d.items.size());
      for (std::size_t i : d.own) problems += results[i].basis == Basis::judgement ? 1 : 0;
      const int assessed = assessed_obligations[d.clause];
      if (problems >= sc.systemic_minor_count && 2 * unmet >= assessed) {
        f.grade = Grade::major;
        f.grade_reasons.push_back("systemic: " + std::to_string(problems) + " separate gaps leave " + std::to_string(unmet) +
                                  " of the clause's " + std::to_string(assessed) + " assessed requirements unmet");
      }
      if (f.grade == Grade::minor) {
        f.grade_reasons.push_back("the gap does not on its own put in doubt that the system achieves its intended results");
      }
    }
    // Recommendation: one step per defective item, for the improvement plan. An opportunity for
    // improvement names the area, never a specific solution.
    if (f.grade == Grade::ofi) {
      f.recommendation = "Consider how the arrangements for " + clause_name + " could be strengthened.";
    } else {
      std::vector<std::string> steps;
      for (std::size_t pos : d.items) {
        std::string s = remedy(c.evidence[pos], reviews[pos]);
        if (!s.empty() && std::find(steps.begin(), steps.end(), s) == steps.end()) steps.push_back(std::move(s));
      }
      for (std::size_t i : d.own) {
        const bool only_conversation = std::none_of(d.items.begin(), d.items.end(), [&](std::size_t pos) {
          const std::vector<std::string>& ev = c.requirements[i].evidence;
          return std::find(ev.begin(), ev.end(), c.evidence[pos].id) != ev.end() &&
                 !remedy(c.evidence[pos], reviews[pos]).empty();
        });
        if (only_conversation) steps.push_back("Put in place, and be able to show, what " + c.requirements[i].id + " asks.");
      }
      for (const std::string& s : steps) f.recommendation.append(f.recommendation.empty() ? "" : " ").append(s);
    }
    findings.push_back(std::move(f));
  }
  // Clause order of the checklist, obligations before good practice.
  const auto clause_rank = [&](const std::string& clause) {
    const Clause* cl = c.find_clause(clause);
    return cl ? cl - c.clauses.data() : static_cast<std::ptrdiff_t>(c.clauses.size());
  };
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding& x, const Finding& y) {
    if (x.clause != y.clause) return clause_rank(x.clause) < clause_rank(y.clause);
    return x.basis < y.basis;
  });
  for (Finding& f : findings) {
    std::string grade = f.grade == Grade::major ? "Major nonconformity"
                        : f.grade == Grade::minor ? "Minor nonconformity"
                                                  : "Opportunity for improvement";
    const bool ofi = f.grade == Grade::ofi;
    std::string& st = f.statement;
    st.append(ofi ? "Area: " : "Requirement: ").append(f.requirement_text).append("\n");
    st.append(ofi ? "Observation: " : "Nonconformity: ").append(f.nonconformity).append("\n");
    st.append("Objective evidence: ").append(f.objective_evidence).append("\nGrade: ").append(grade).append(" (");
    for (std::size_t k = 0; k < f.grade_reasons.size(); ++k) st.append(k == 0 ? "" : "; ").append(f.grade_reasons[k]);
    st.append(").");
  }
  return findings;
}

}  // namespace iso20k
