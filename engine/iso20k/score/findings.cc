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

std::string sentence(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
  if (!s.empty() && s.back() != '.' && s.back() != '!' && s.back() != '?') s += '.';
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// "12 months", "8 weeks": a maximum age as a phrase.
Phrase age_phrase(Duration d) {
  const std::string spelled = to_string(d);
  const std::string number = spelled.substr(0, spelled.size() - 1);
  const bool one = number == "1";
  const char* key = spelled.back() == 'y'   ? (one ? "age.year" : "age.years")
                    : spelled.back() == 'm' ? (one ? "age.month" : "age.months")
                    : spelled.back() == 'w' ? (one ? "age.week" : "age.weeks")
                                            : (one ? "age.day" : "age.days");
  return Phrase{key, {text_arg("n", number)}};
}

PhraseArg metric_arg(std::string name, const EvidenceItem& item, double v) {
  return number_arg(std::move(name), v, item.unit);
}

bool conversation(const EvidenceItem& item) {
  return item.kind == EvidenceKind::interview || item.kind == EvidenceKind::observation;
}

// What is wrong with one item, in one sentence; none when nothing is.
std::optional<Phrase> defect_phrase(const EvidenceItem& item, const ItemReview& v, const EvidenceRecord* rec,
                                    bool benchmark_only) {
  const PhraseArg it = item_arg("item", item.id);
  if (item.kind == EvidenceKind::metric) {
    if (v.review != Review::provided) return std::nullopt;
    if (!v.met && v.target) {
      return Phrase{"defect.metric-target", {it, metric_arg("value", item, v.value), metric_arg("target", item, *v.target)}};
    }
    if (benchmark_only && !v.benchmark_met) {
      return Phrase{"defect.metric-benchmark",
                    {it, metric_arg("value", item, v.value), metric_arg("benchmark", item, v.benchmark)}};
    }
    return std::nullopt;
  }
  if (v.review == Review::absent) {
    return Phrase{conversation(item) ? "defect.conversation-absent" : "defect.absent", {it}};
  }
  std::vector<Phrase> wrong;
  if (v.review == Review::partial) {
    wrong.push_back(Phrase{conversation(item) ? "defect.partial-conversation" : "defect.partial", {it}});
  }
  if (v.unapproved) {
    wrong.push_back(rec && !rec->version.empty()
                        ? Phrase{"defect.unapproved-version", {it, text_arg("version", rec->version)}}
                        : Phrase{"defect.unapproved", {it}});
  }
  if (v.expired && rec && rec->expires) wrong.push_back(Phrase{"defect.expired", {it, date_arg("date", *rec->expires)}});
  if (v.stale && item.max_age && rec) {
    const std::optional<Date>& since = rec->reviewed ? rec->reviewed : rec->issued;
    if (since) {
      wrong.push_back(Phrase{rec->reviewed ? "defect.stale-reviewed" : "defect.stale-issued",
                             {it, date_arg("date", *since), list_arg("age", {age_phrase(*item.max_age)})}});
    }
  }
  if (wrong.empty()) return std::nullopt;
  return Phrase{"defect.item", {it, list_arg("defects", std::move(wrong))}};
}

// The steps the client can act on for one defective item (consultancy wording).
std::vector<Phrase> remedies(const EvidenceItem& item, const ItemReview& v) {
  const PhraseArg it = item_arg("item", item.id);
  if (item.kind == EvidenceKind::metric) {
    if (!v.met) return {Phrase{"action.analyse", {it}}};
    return {};
  }
  if (conversation(item)) return {};
  if (v.review == Review::absent) {
    return {Phrase{item.kind == EvidenceKind::document ? "action.establish" : "action.produce", {it}}};
  }
  if (v.review == Review::partial) return {Phrase{"action.complete", {it}}};
  std::vector<Phrase> steps;
  if (v.expired) steps.push_back(Phrase{"action.renew", {it}});
  else if (v.stale) steps.push_back(Phrase{"action.review", {it}});
  if (v.unapproved) steps.push_back(Phrase{"action.approve", {it}});
  return steps;
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

Phrase evidence_phrase(const EvidenceItem& item, const ItemReview& v, const Workspace& w) {
  const PhraseArg it = item_arg("item", item.id);
  if (item.kind == EvidenceKind::metric) {
    const MetricRecord* m = w.find_metric(item.id);
    if (!m) return Phrase{"evidence.metric-none", {it}};
    std::vector<Phrase> details{Phrase{"evidence.value", {metric_arg("value", item, m->value)}}};
    if (!m->period.empty()) details.push_back(Phrase{"text", {text_arg("text", m->period)}});
    if (!m->source.empty()) details.push_back(Phrase{"evidence.source", {text_arg("source", m->source)}});
    Phrase target = v.target ? Phrase{"evidence.target", {metric_arg("target", item, *v.target)}}
                             : Phrase{"evidence.benchmark", {metric_arg("benchmark", item, v.benchmark)}};
    return Phrase{"evidence.metric", {it, parts_arg("details", std::move(details)), list_arg("target", {std::move(target)})}};
  }
  const EvidenceRecord* rec = w.find_evidence(item.id);
  if (!rec || v.review == Review::outstanding) return Phrase{"evidence.outstanding", {it}};
  std::vector<Phrase> parts;
  if (v.review == Review::absent) parts.push_back(Phrase{"evidence.absent", {}});
  if (v.review == Review::partial) parts.push_back(Phrase{"evidence.partial", {}});
  if (!rec->reference.empty()) parts.push_back(Phrase{"text", {text_arg("text", rec->reference)}});
  if (!rec->version.empty()) parts.push_back(Phrase{"evidence.version", {text_arg("version", rec->version)}});
  if (rec->issued) parts.push_back(Phrase{conversation(item) ? "evidence.held" : "evidence.issued", {date_arg("date", *rec->issued)}});
  if (rec->reviewed) parts.push_back(Phrase{"evidence.reviewed", {date_arg("date", *rec->reviewed)}});
  if (rec->expires) parts.push_back(Phrase{"evidence.expires", {date_arg("date", *rec->expires)}});
  if (!rec->approved_by.empty()) parts.push_back(Phrase{"evidence.approved-by", {text_arg("name", rec->approved_by)}});
  if (!rec->owner.empty()) parts.push_back(Phrase{"evidence.owner", {text_arg("name", rec->owner)}});
  if (parts.empty()) parts.push_back(Phrase{"evidence.provided", {}});
  if (rec->notes.empty()) return Phrase{"evidence.item", {it, parts_arg("details", std::move(parts))}};
  std::string notes = rec->notes;
  while (!notes.empty() && (notes.back() == '.' || notes.back() == ' ')) notes.pop_back();
  return Phrase{"evidence.item-notes", {it, parts_arg("details", std::move(parts)), text_arg("notes", notes)}};
}

FindingWords finding_words(const FindingPhrases& phrases, const PhraseWords& words) {
  FindingWords out;
  out.nonconformity = phrases_text(phrases.nonconformity, words, " ");
  out.objective_evidence = sentence(phrases_text(phrases.objective_evidence, words, "; "));
  for (const Phrase& p : phrases.grade_reasons) out.grade_reasons.push_back(phrase_text(p, words));
  out.recommendation = phrases_text(phrases.recommendation, words, " ");
  return out;
}

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
    FindingPhrases& ph = f.phrases;
    for (std::size_t i : d.own) {
      const RequirementResult& res = results[i];
      if (res.basis != Basis::judgement) continue;
      const auto j = justification.find(c.requirements[i].id);
      if (j != justification.end() && !j->second.empty()) {
        ph.nonconformity.push_back(Phrase{"text", {text_arg("text", sentence(j->second))}});
      }
    }
    for (std::size_t pos : d.items) {
      const EvidenceItem& item = c.evidence[pos];
      std::optional<Phrase> defect = defect_phrase(item, reviews[pos], w.find_evidence(item.id), d.benchmark);
      if (defect) ph.nonconformity.push_back(std::move(*defect));
    }
    for (std::size_t i : d.own) {
      const RequirementResult& res = results[i];
      if (res.basis == Basis::judgement || !is_gap(res)) continue;
      const bool shown = std::any_of(d.items.begin(), d.items.end(), [&](std::size_t pos) {
        const std::vector<std::string>& ev = c.requirements[i].evidence;
        return std::find(ev.begin(), ev.end(), c.evidence[pos].id) != ev.end();
      });
      if (!shown) {
        ph.nonconformity.push_back(Phrase{"defect.not-shown", {requirement_arg("requirement", c.requirements[i].id),
                                                               percent_arg("achieved", res.achievement)}});
      }
    }
    if (ph.nonconformity.empty()) ph.nonconformity.push_back(Phrase{"defect.unspecified", {}});
    // Objective evidence: the defective items, then what else the clause's own requirements cite
    // that was reviewed, and the judgements.
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
    for (std::size_t pos : shown_items) ph.objective_evidence.push_back(evidence_phrase(c.evidence[pos], reviews[pos], w));
    for (std::size_t i : d.own) {
      const RequirementResult& res = results[i];
      if (res.basis != Basis::judgement) continue;
      const bool by = !res.judged_by.empty();
      const bool on = res.judged_on.has_value();
      Phrase line{by && on ? "evidence.judgement-by-on" : by ? "evidence.judgement-by" : on ? "evidence.judgement-on" : "evidence.judgement",
                  {requirement_arg("requirement", c.requirements[i].id)}};
      if (by) line.args.push_back(text_arg("assessor", res.judged_by));
      if (on) line.args.push_back(date_arg("date", *res.judged_on));
      ph.objective_evidence.push_back(std::move(line));
    }
    if (ph.objective_evidence.empty()) ph.objective_evidence.push_back(Phrase{"evidence.none", {}});
    // Grade (docs/scoring.md, "Grading"): good practice is never a nonconformity; an unmet
    // obligation is never downgraded to an opportunity for improvement.
    if (d.basis == Provenance::good_practice) {
      f.grade = Grade::ofi;
      ph.grade_reasons.push_back(Phrase{d.benchmark && d.own.empty() ? "grade.benchmark" : "grade.good-practice", {}});
    } else {
      f.grade = Grade::minor;
      for (std::size_t pos : d.items) {
        const EvidenceItem& e = c.evidence[pos];
        if (e.mandatory && !e.documented_information.empty() && reviews[pos].review == Review::absent) {
          f.grade = Grade::major;
          ph.grade_reasons.push_back(Phrase{"grade.mandatory-absent", {item_arg("item", e.id)}});
        }
      }
      for (std::size_t i : d.own) {
        const Requirement& r = c.requirements[i];
        if (r.capability != Attribute::pa1_1) continue;
        for (const std::string& p : r.processes) {
          if (!not_performed[p]) continue;
          const Phrase reason{"grade.not-performed", {process_arg("process", p)}};
          if (std::find(ph.grade_reasons.begin(), ph.grade_reasons.end(), reason) == ph.grade_reasons.end()) {
            f.grade = Grade::major;
            ph.grade_reasons.push_back(reason);
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
        ph.grade_reasons.push_back(
            Phrase{not_at_all.size() == 1 ? "grade.high-severity" : "grade.high-severities", {text_arg("requirements", ids)}});
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
        ph.grade_reasons.push_back(Phrase{"grade.systemic", {count_arg("problems", problems), count_arg("unmet", unmet),
                                                             count_arg("assessed", assessed)}});
      }
      if (f.grade == Grade::minor) {
        ph.grade_reasons.push_back(Phrase{"grade.minor", {}});
      }
    }
    // Recommendation: one step per defective item, for the improvement plan. An opportunity for
    // improvement names the area, never a specific solution.
    if (f.grade == Grade::ofi) {
      ph.recommendation.push_back(Phrase{"action.consider", {clause_arg("clause", d.clause)}});
    } else {
      std::vector<Phrase>& steps = ph.recommendation;
      for (std::size_t pos : d.items) {
        for (Phrase& step : remedies(c.evidence[pos], reviews[pos])) {
          if (std::find(steps.begin(), steps.end(), step) == steps.end()) steps.push_back(std::move(step));
        }
      }
      for (std::size_t i : d.own) {
        const bool only_conversation = std::none_of(d.items.begin(), d.items.end(), [&](std::size_t pos) {
          const std::vector<std::string>& ev = c.requirements[i].evidence;
          return std::find(ev.begin(), ev.end(), c.evidence[pos].id) != ev.end() &&
                 !remedies(c.evidence[pos], reviews[pos]).empty();
        });
        if (only_conversation) steps.push_back(Phrase{"action.put-in-place", {requirement_arg("requirement", c.requirements[i].id)}});
      }
    }
    const FindingWords english = finding_words(ph, EnglishWords(c));
    f.nonconformity = english.nonconformity;
    f.objective_evidence = english.objective_evidence;
    f.grade_reasons = english.grade_reasons;
    f.recommendation = english.recommendation;
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
