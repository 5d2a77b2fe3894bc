#include "iso20k/load/tailoring/tailoring_apply.h"

#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "iso20k/format/number_text.h"
#include "iso20k/rules/rule.h"
#include "iso20k/util/suggest.h"

namespace iso20k {
namespace {

std::string at_line(const SourceLocation& w) {
  return w.line > 0 ? " at line " + std::to_string(w.line) : std::string();
}

bool in_clause(const std::string& requirement_clause, const std::string& clause) {
  return requirement_clause == clause ||
         (requirement_clause.size() > clause.size() && requirement_clause.starts_with(clause) &&
          requirement_clause[clause.size()] == '.');
}

std::string with_reason(std::string note, const std::string& reason) {
  if (!reason.empty()) note += " Reason: " + reason;
  return note;
}

template <class T, class Key>
std::vector<std::string_view> names_of(const std::vector<T>& items, Key key) {
  std::vector<std::string_view> out;
  out.reserve(items.size());
  for (const T& it : items) out.push_back(key(it));
  return out;
}

// Positions counted from the start of the rule text: exact unless an entity reference such as
// &amp; sits before the offset (the loader's locator is exact in every case).
SourceLocation count_from(const SourceLocation& start, const std::string& text,
                          std::size_t offset) {
  SourceLocation w = start;
  if (w.line == 0) return w;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++w.line;
      w.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++w.column;
    }
  }
  return w;
}

void check_internal(const Tailoring& t, Diagnostics& out) {
  std::map<std::string, const SourceLocation*> seen;
  for (const TailoringEvidence& e : t.evidence) {
    if (e.item.id.empty()) continue;
    const auto [it, fresh] = seen.emplace(e.item.id, &e.id_where);
    if (!fresh) {
      out.push_back({e.id_where, "evidence id '" + e.item.id + "' is added twice (first" +
                                     at_line(*it->second) + ")"});
    }
  }
  seen.clear();
  for (const TailoringRequirement& r : t.requirements) {
    if (r.requirement.id.empty()) continue;
    const auto [it, fresh] = seen.emplace(r.requirement.id, &r.id_where);
    if (!fresh) {
      out.push_back({r.id_where, "requirement id '" + r.requirement.id + "' is added twice (first" +
                                     at_line(*it->second) + ")"});
    }
    std::set<std::string> cited;
    for (std::size_t k = 0; k < r.requirement.evidence.size(); ++k) {
      const std::string& ref = r.requirement.evidence[k];
      if (!ref.empty() && !cited.insert(ref).second) {
        out.push_back({r.evidence_where[k],
                       "requirement " + r.requirement.id + " cites evidence '" + ref + "' twice"});
      }
    }
  }
  seen.clear();
  for (const TailoringSelection& s : t.selections) {
    const bool by_requirement = !s.requirement.empty();
    if (!by_requirement && s.clause.empty()) continue;
    const std::string what = by_requirement ? "requirement " + s.requirement : "clause " + s.clause;
    const auto [it, fresh] = seen.emplace(what, &s.where);
    if (!fresh) {
      out.push_back({s.target_where, what + " is already selected or deselected by the statement" +
                                         at_line(*it->second) + "; keep one"});
    }
  }
  seen.clear();
  for (const TailoringSet& s : t.sets) {
    const auto [it, fresh] = seen.emplace(s.requirement, &s.where);
    if (!fresh) {
      out.push_back({s.target_where, "requirement " + s.requirement +
                                         " is already changed by the <set>" + at_line(*it->second) +
                                         "; merge the two"});
    }
  }
  seen.clear();
  for (const TailoringTarget& s : t.targets) {
    const auto [it, fresh] = seen.emplace(s.evidence, &s.where);
    if (!fresh) {
      out.push_back({s.target_where, "the target of " + s.evidence +
                                         " is already set by the <set-target>" +
                                         at_line(*it->second) + "; keep one"});
    }
  }
}

class Applier {
 public:
  Applier(Checklist& work, const Tailoring& t, const RuleLocator& locate, Diagnostics& out)
      : c_(work), t_(t), locate_(locate), out_(out) {}

  void run() {
    check_internal(t_, out_);
    if (!c_.tailoring.id.empty()) {
      error(t_.where, "checklist " + c_.id + " is already tailored by '" + c_.tailoring.id +
                          "'; a checklist takes one tailoring");
      return;
    }
    if (t_.checklist != c_.id) {
      error(t_.checklist_where, "this tailoring is for checklist '" + t_.checklist +
                                    "', but it is applied to '" + c_.id + "' (" + c_.standard +
                                    ":" + c_.edition + ")");
      return;
    }
    check_selections();
    check_sets();
    check_targets();
    check_added_evidence();
    check_added_requirements();
    if (out_.empty()) {  // every reference resolves: change the working copy
      deselect();
      set_weights();
      set_targets();
    }
    // The added requirements' rules are compiled whatever else is wrong, so that every problem is
    // reported at once; the working copy is thrown away when there are any.
    add_evidence();
    add_requirements();
    c_.reindex();
    if (!out_.empty()) return;
    c_.tailoring.id = t_.id;
    c_.tailoring.version = t_.version;
    c_.tailoring.title = t_.title;
    c_.tailoring.file = t_.path;
  }

 private:
  void error(const SourceLocation& w, std::string message) {
    out_.push_back({w, std::move(message)});
  }

  std::vector<std::string_view> requirement_ids() const {
    return names_of(c_.requirements, [](const Requirement& r) -> std::string_view { return r.id; });
  }
  std::vector<std::string_view> evidence_ids(bool with_added) const {
    auto ids =
        names_of(c_.evidence, [](const EvidenceItem& e) -> std::string_view { return e.id; });
    if (with_added) {
      for (const TailoringEvidence& e : t_.evidence) ids.push_back(e.item.id);
    }
    return ids;
  }
  std::vector<std::string_view> clause_numbers() const {
    return names_of(c_.clauses, [](const Clause& cl) -> std::string_view { return cl.number; });
  }

  const TailoringRequirement* added_requirement(const std::string& id) const {
    for (const TailoringRequirement& r : t_.requirements) {
      if (r.requirement.id == id) return &r;
    }
    return nullptr;
  }
  const TailoringEvidence* added_evidence(const std::string& id) const {
    for (const TailoringEvidence& e : t_.evidence) {
      if (e.item.id == id) return &e;
    }
    return nullptr;
  }

  // Whether requirement (clause, id) stays selected, ignoring statement `skip`: a statement naming
  // the requirement decides; else the one naming the deepest clause that holds it; else selected.
  bool selected(const std::string& clause, const std::string& id, std::size_t skip) const {
    const auto& sel = t_.selections;
    for (std::size_t k = 0; k < sel.size(); ++k) {
      if (k != skip && !id.empty() && sel[k].requirement == id) return sel[k].select;
    }
    std::size_t best = sel.size();
    for (std::size_t k = 0; k < sel.size(); ++k) {
      if (k == skip || sel[k].clause.empty() || !in_clause(clause, sel[k].clause)) continue;
      if (best == sel.size() || sel[k].clause.size() > sel[best].clause.size()) best = k;
    }
    return best == sel.size() ? true : sel[best].select;
  }
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  bool covers(const TailoringSelection& s, const Requirement& r) const {
    return s.requirement.empty() ? in_clause(r.clause, s.clause) : s.requirement == r.id;
  }

  void check_selections() {
    bool resolved = true;
    for (const TailoringSelection& s : t_.selections) {
      if (!s.select && !c_.allow_not_applicable) {
        std::string why = c_.standard == "ISO/IEC 20000-1" && c_.edition == "2018"
                              ? "ISO/IEC 20000-1:2018 admits no exclusion from clauses 4 to 10"
                              : c_.standard + ":" + c_.edition + " admits no exclusions";
        error(s.where,
              "cannot deselect " + (s.requirement.empty() ? "clause " + s.clause : s.requirement) +
                  ": checklist " + c_.id +
                  " does not allow requirements to be excluded "
                  "(allow-not-applicable=\"false\"; " +
                  why +
                  "). Scoping of services, "
                  "organisational units and sites belongs in the workspace profile, not in "
                  "a tailoring");
        resolved = false;
        continue;
      }
      if (!s.requirement.empty()) {
        if (c_.find_requirement(s.requirement)) continue;
        resolved = false;
        if (added_requirement(s.requirement)) {
          error(s.target_where,
                "requirement " + s.requirement + " is added by this tailoring; to " +
                    (s.select ? "keep" : "drop") + " it, keep or remove its <requirement>");
        } else {
          error(s.target_where, "requirement " + s.requirement + " is not in checklist " + c_.id +
                                    did_you_mean(s.requirement, requirement_ids()));
        }
      } else if (!s.clause.empty()) {
        if (!c_.find_clause(s.clause)) {
          resolved = false;
          error(s.target_where, "clause " + s.clause + " is not in the clause tree of checklist " +
                                    c_.id + did_you_mean(s.clause, clause_numbers()));
          continue;
        }
        bool any = false;
        for (const Requirement& r : c_.requirements) any = any || in_clause(r.clause, s.clause);
        if (!any) {
          resolved = false;
          error(s.target_where, "clause " + s.clause + " holds no requirement of checklist " +
                                    c_.id + ": there is nothing to " +
                                    (s.select ? "select" : "deselect"));
        }
      }
    }
    if (!resolved) return;
    // Every statement must change the outcome of at least one requirement.
    for (std::size_t k = 0; k < t_.selections.size(); ++k) {
      const TailoringSelection& s = t_.selections[k];
      bool effect = false;
      for (const Requirement& r : c_.requirements) {
        if (covers(s, r) && selected(r.clause, r.id, kNone) != selected(r.clause, r.id, k)) {
          effect = true;
          break;
        }
      }
      if (effect) continue;
      const std::string what = s.requirement.empty() ? "clause " + s.clause : s.requirement;
      if (s.select) {
        error(s.where, "selecting " + what +
                           " changes nothing: no <deselect> of an enclosing clause "
                           "removes " +
                           (s.requirement.empty() ? "its requirements" : "it"));
      } else {
        error(s.where,
              "deselecting " + what + " changes nothing: " +
                  (s.requirement.empty()
                       ? "its requirements are deselected already or selected again one by one"
                       : "it is deselected already by the <deselect> of an enclosing clause"));
      }
    }
  }

  void check_sets() {
    for (const TailoringSet& s : t_.sets) {
      const Requirement* r = c_.find_requirement(s.requirement);
      if (!r) {
        if (added_requirement(s.requirement)) {
          error(s.target_where, "requirement " + s.requirement +
                                    " is added by this tailoring: give "
                                    "its weight and severity on its <requirement>");
        } else {
          error(s.target_where, "requirement " + s.requirement + " is not in checklist " + c_.id +
                                    did_you_mean(s.requirement, requirement_ids()));
        }
      } else if (!selected(r->clause, r->id, kNone)) {
        error(s.where, "requirement " + s.requirement +
                           " is deselected by this tailoring, so changing "
                           "its weight or severity has no effect");
      }
    }
  }

  void check_targets() {
    for (const TailoringTarget& s : t_.targets) {
      const EvidenceItem* e = c_.find_evidence(s.evidence);
      if (!e) {
        if (added_evidence(s.evidence)) {
          error(s.target_where, "evidence " + s.evidence +
                                    " is added by this tailoring: give its "
                                    "target on its <evidence>");
        } else {
          error(s.target_where, "evidence " + s.evidence + " is not in checklist " + c_.id +
                                    did_you_mean(s.evidence, evidence_ids(false)));
        }
      } else if (e->kind != EvidenceKind::metric) {
        error(s.target_where, "evidence " + s.evidence + " is a " + to_string(e->kind) +
                                  " item: only metric items (kind=\"metric\") have a target");
      }
    }
  }

  void check_source(const std::string& source, const SourceLocation& where) {
    if (source.empty()) return;
    for (const Amendment& a : c_.amendments) {
      if (a.id == source) return;
    }
    error(where, "source '" + source + "' names no <amendment> declared in checklist " + c_.id +
                     did_you_mean(source, names_of(c_.amendments,
                                                   [](const Amendment& a) -> std::string_view {
                                                     return a.id;
                                                   })));
  }

  void check_added_evidence() {
    for (const TailoringEvidence& e : t_.evidence) {
      if (const EvidenceItem* mine = c_.find_evidence(e.item.id)) {
        error(e.id_where, "evidence id '" + e.item.id + "' is already used by checklist " + c_.id +
                              at_line(mine->where) + " of " + c_.path +
                              "; an added item needs an id of its own (prefix it with your "
                              "organisation's name)");
      }
      check_source(e.item.source, e.source_where);
    }
  }

  void check_added_requirements() {
    for (const TailoringRequirement& tr : t_.requirements) {
      const Requirement& r = tr.requirement;
      if (const Requirement* mine = c_.find_requirement(r.id)) {
        error(tr.id_where, "requirement id '" + r.id + "' is already used by checklist " + c_.id +
                               at_line(mine->where) + " of " + c_.path +
                               "; an added requirement needs an id of its own (prefix it with your "
                               "organisation's name)");
      }
      if (!r.clause.empty() && !c_.find_clause(r.clause)) {
        error(tr.clause_where, "requirement " + r.id + " names clause " + r.clause +
                                   ", which is not in the clause tree of checklist " + c_.id +
                                   did_you_mean(r.clause, clause_numbers()));
      } else if (!r.clause.empty() && !selected(r.clause, "", kNone)) {
        error(tr.clause_where, "requirement " + r.id + " is added under clause " + r.clause +
                                   ", which this tailoring deselects: it would never be assessed");
      }
      for (const std::string& p : r.processes) {
        if (!c_.find_process(p)) {
          error(
              tr.processes_where,
              "requirement " + r.id + " names process '" + p + "', which is not in checklist " +
                  c_.id +
                  did_you_mean(p, names_of(c_.processes, [](const Process& pr) -> std::string_view {
                                 return pr.id;
                               })));
        }
      }
      for (std::size_t k = 0; k < r.evidence.size(); ++k) {
        const std::string& ref = r.evidence[k];
        if (!c_.find_evidence(ref) && !added_evidence(ref)) {
          error(tr.evidence_where[k], "requirement " + r.id + " cites evidence '" + ref +
                                          "', which is neither in checklist " + c_.id +
                                          " nor added by this tailoring" +
                                          did_you_mean(ref, evidence_ids(true)));
        }
      }
      check_source(r.source, tr.source_where);
    }
  }

  void deselect() {
    // Notes first, while every requirement is in place: how many requirements each statement
    // leaves deselected (or keeps).
    for (const TailoringSelection& s : t_.selections) {
      std::size_t count = 0;
      for (const Requirement& r : c_.requirements) {
        count += covers(s, r) && selected(r.clause, r.id, kNone) == s.select;
      }
      std::string note;
      if (!s.requirement.empty()) {
        const Requirement* r = c_.find_requirement(s.requirement);
        note = "Requirement " + s.requirement + " (clause " + (r ? r->clause : std::string("?")) +
               ") " + (s.select ? "kept although its clause is deselected." : "deselected.");
      } else {
        const Clause* cl = c_.find_clause(s.clause);
        note = "Clause " + s.clause + (cl ? " " + cl->title : std::string()) +
               (s.select ? " selected again (" : " deselected (") + std::to_string(count) +
               (count == 1 ? " requirement)." : " requirements).");
      }
      c_.tailoring.notes.push_back(with_reason(std::move(note), s.reason));
    }
    std::vector<Requirement> kept;
    kept.reserve(c_.requirements.size());
    for (Requirement& r : c_.requirements) {
      if (selected(r.clause, r.id, kNone)) {
        kept.push_back(std::move(r));
      } else {
        c_.tailoring.deselected.push_back(r.id);
      }
    }
    c_.requirements = std::move(kept);
    c_.reindex();
  }

  Requirement& requirement(const std::string& id) {
    return c_
        .requirements[static_cast<std::size_t>(c_.find_requirement(id) - c_.requirements.data())];
  }
  EvidenceItem& evidence(const std::string& id) {
    return c_.evidence[static_cast<std::size_t>(c_.find_evidence(id) - c_.evidence.data())];
  }

  void set_weights() {
    for (const TailoringSet& s : t_.sets) {
      Requirement* r = &requirement(s.requirement);  // resolved by check_sets
      std::string note = "Requirement " + r->id + " (clause " + r->clause + "):";
      if (s.weight) {
        note += *s.weight == r->weight
                    ? " weight " + shortest_text(r->weight) + " (as in the checklist)"
                    : " weight changed from " + shortest_text(r->weight) + " to " +
                          shortest_text(*s.weight);
        r->weight = *s.weight;
      }
      if (s.severity) {
        note += s.weight ? "," : "";
        note += *s.severity == r->severity
                    ? std::string(" severity ") + to_string(r->severity) + " (as in the checklist)"
                    : std::string(" severity changed from ") + to_string(r->severity) + " to " +
                          to_string(*s.severity);
        r->severity = *s.severity;
      }
      c_.tailoring.notes.push_back(with_reason(note + ".", s.reason));
    }
  }

  void set_targets() {
    for (const TailoringTarget& s : t_.targets) {
      EvidenceItem* e = &evidence(s.evidence);  // resolved by check_targets
      const std::string unit = e->unit.empty() ? "" : " " + e->unit;
      std::string note =
          "Target of " + e->id + " (" + e->title + ") " +
          (s.target == e->target ? shortest_text(e->target) + unit + " (as in the checklist)."
                                 : "changed from " + shortest_text(e->target) + " to " +
                                       shortest_text(s.target) + unit + ".");
      e->target = s.target;
      c_.tailoring.notes.push_back(with_reason(std::move(note), s.reason));
    }
  }

  void add_evidence() {
    for (const TailoringEvidence& e : t_.evidence) {
      c_.evidence.push_back(e.item);
      c_.tailoring.notes.push_back("Evidence item " + e.item.id + " (" + e.item.title + ") added.");
    }
    c_.reindex();  // the added requirements' rules may name the added items
  }

  void add_requirements() {
    for (std::size_t i = 0; i < t_.requirements.size(); ++i) {
      Requirement r = t_.requirements[i].requirement;
      if (!r.rule_text.empty()) {
        rules::CompileResult res = rules::compile(r.rule_text, c_);
        for (const rules::CompileError& e : res.errors) {
          const SourceLocation w =
              locate_ ? locate_(i, e.offset) : count_from(r.rule_where, r.rule_text, e.offset);
          error(w, "in the rule of " + r.id + ": " + e.message);
        }
        r.rule = std::move(res.rule);
      }
      const Clause* cl = c_.find_clause(r.clause);
      c_.tailoring.notes.push_back(
          "Organisation-specific requirement " + r.id + " added under clause " + r.clause +
          (cl ? " " + cl->title : std::string()) + " (weight " + shortest_text(r.weight) +
          ", severity " + to_string(r.severity) + ").");
      c_.requirements.push_back(std::move(r));
    }
  }

  Checklist& c_;
  const Tailoring& t_;
  const RuleLocator& locate_;
  Diagnostics& out_;
};

}  // namespace

Diagnostics check_tailoring(const Tailoring& tailoring) {
  Diagnostics out;
  check_internal(tailoring, out);
  return out;
}

Diagnostics apply_tailoring(Checklist& checklist, const Tailoring& tailoring,
                            const RuleLocator& locate) {
  Diagnostics out;
  Checklist work = checklist;  // changed only as a whole, when everything applies
  Applier(work, tailoring, locate, out).run();
  if (out.empty()) checklist = std::move(work);
  return out;
}

Diagnostics apply_tailoring(Checklist& checklist, const Tailoring& tailoring) {
  return apply_tailoring(checklist, tailoring, RuleLocator());
}

}  // namespace iso20k
