// Appendix: how every score was computed — the formula of the scoring model, the sums of every
// clause, and for each requirement its basis, explanation, observations and weight × achievement, so
// any figure in the report can be checked by hand.
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/gap_sections.h"
#include "iso20k/reports/content/report_charts.h"
#include "iso20k/reports/content/report_style.h"
#include "iso20k/reports/content/report_words.h"
#include "iso20k/reports/content/capability_view.h"
#include "iso20k/reports/layout/table.h"
#include "iso20k/score/requirement_scoring.h"

namespace iso20k::reports {
namespace {

bool assessed(const RequirementResult& r) {
  return r.result == Result::conformant || r.result == Result::partial || r.result == Result::nonconformant;
}

// The achievement the model counts: the fraction (weighted, absolute) or conformant-only (flat).
double counted(const RequirementResult& r, ScoringModel m) {
  if (!assessed(r)) return 0;
  if (m == ScoringModel::flat) return r.result == Result::conformant ? 1 : 0;
  return r.achievement;
}

bool in_clause(const std::string& requirement_clause, const std::string& clause) {
  return requirement_clause == clause ||
         (requirement_clause.size() > clause.size() && requirement_clause.compare(0, clause.size(), clause) == 0 &&
          requirement_clause[clause.size()] == '.');
}

double weight_of(const Checklist& cl, const std::string& id) {
  const Requirement* r = cl.find_requirement(id);
  return r == nullptr ? 0 : r->weight;
}

constexpr double kIndent = 8;  // points per level of a sub-clause in the clause sums

layout::TableCell strong(std::string text) {
  layout::TableCell cell(std::move(text));
  cell.bold = true;
  return cell;
}

// Why the result is what it is, in words: the assessor's judgement as recorded, or which rule decided
// it on how much of the evidence (never the rule's source text).
std::string basis_text(const ReportText& t, const RequirementResult& r) {
  if (r.basis == Basis::judgement) return t("computation.by-judgement", {{"text", judgement_justification(r)}});
  const std::map<std::string, std::string> v{{"result", t.result(r.result)},
                                             {"achievement", t.percent(r.achievement)},
                                             {"outstanding", std::to_string(r.outstanding.size())}};
  std::string s = t(r.basis == Basis::rule ? "computation.by-rule" : "computation.by-evidence", v);
  if (!r.outstanding.empty()) s += " " + t("computation.outstanding", v);
  return s;
}

// One line of a result's trail: what was seen of an item, in the report's words, and how the default
// rule counted it; the organisation's size for a rule that looked at the profile.
std::string observation_text(const GapContext& c, const Observation& o) {
  const Checklist& cl = c.input.checklist;
  const ReportText& t = c.text;
  if (const EvidenceItem* item = cl.find_evidence(o.subject)) {
    const auto pos = static_cast<std::size_t>(item - cl.evidence.data());
    if (pos >= c.input.assessment.evidence.size()) return o.subject + ": " + o.detail;
    Phrase seen = evidence_phrase(*item, c.input.assessment.evidence[pos], c.input.workspace);
    if (seen.key == "evidence.item-notes") {  // the register's notes are in the evidence register, once
      seen.key = "evidence.item";
      std::erase_if(seen.args, [](const PhraseArg& a) { return a.name == "notes"; });
    }
    std::string s = phrase_text(seen, ReportWords(t, cl));
    switch (o.standing) {
      case Standing::unjudged: return s;
      case Standing::in_order: return s + "; " + t("computation.in-order");
      case Standing::partly_in_order: return s + "; " + t("computation.partly-in-order");
      case Standing::not_in_order:
        return s + "; " + t(o.mandatory ? "computation.not-in-order-mandatory" : "computation.not-in-order");
    }
  }
  if (o.subject == "profile") {
    const Profile& p = c.input.workspace.profile;
    return t("computation.profile", {{"persons", std::to_string(p.persons)},
                                     {"services", std::to_string(p.services.size())},
                                     {"sites", std::to_string(p.sites.size())},
                                     {"parties", std::to_string(p.parties.size())}});
  }
  return o.subject + ": " + o.detail;
}

}  // namespace

void add_score_computation(GapContext& c) {
  const Assessment& a = c.input.assessment;
  const Checklist& cl = c.input.checklist;
  const ReportText& t = c.text;
  c.out.paragraph(t("computation.intro"));
  c.out.paragraph(t("computation.model", {{"text", t.model_text(a.model)}}));
  c.out.paragraph(t("computation.overall", {{"achieved", t.number(a.overall.achieved_weight, 2)},
                                             {"assessed", t.number(a.overall.assessed_weight, 2)},
                                             {"applicable", t.number(a.overall.applicable_weight, 2)},
                                             {"score", t.percent(a.overall.score, 1)},
                                             {"coverage", t.percent(a.overall.coverage, 1)}}));

  c.out.heading(2, t("computation.clauses"));
  layout::Table sums;
  sums.font_size = 8;
  sums.columns = {{t("col.clause"), layout::ColumnWidth::share(1)},
                  {t("col.applicable"), layout::ColumnWidth::pt(62), layout::Align::right},
                  {t("col.assessed"), layout::ColumnWidth::pt(62), layout::Align::right},
                  {t("col.achieved"), layout::ColumnWidth::pt(56), layout::Align::right},
                  {t("col.score"), layout::ColumnWidth::pt(50), layout::Align::right},
                  {t("col.coverage"), layout::ColumnWidth::pt(56), layout::Align::right}};
  for (const ClauseScore& s : a.clauses) {
    double achieved = 0;
    for (const RequirementResult& r : a.results) {
      if (in_clause(r.clause, s.clause)) achieved += weight_of(cl, r.requirement) * counted(r, a.model);
    }
    const Clause* clause = cl.find_clause(s.clause);
    const bool top = clause == nullptr || clause->depth == 0;
    layout::TableCell label(clause_label(cl, s.clause));
    if (clause != nullptr) label.indent = clause->depth * kIndent;  // wrapped lines keep it too
    layout::TableRow row{label, t.number(s.rollup.applicable_weight, 2), t.number(s.rollup.assessed_weight, 2),
                         t.number(achieved, 2),
                         s.rollup.assessed_weight > 0 ? t.percent(s.rollup.score, 1) : "–",
                         t.percent(s.rollup.coverage, 1)};
    if (top) {
      for (layout::TableCell& cell : row) cell.bold = true;
    }
    sums.rows.push_back(std::move(row));
  }
  c.out.table(unkept(std::move(sums)));

  c.out.heading(2, t("computation.requirements"));
  for (const Clause& top : cl.clauses) {
    if (top.depth != 0) continue;
    layout::Table table;
    table.font_size = 7.5;
    table.columns = {{t("col.requirement"), layout::ColumnWidth::pt(72)},
                     {t("col.basis"), layout::ColumnWidth::pt(76)},
                     {t("col.explanation"), layout::ColumnWidth::share(1)},
                     {t("col.weight"), layout::ColumnWidth::pt(30), layout::Align::right},
                     {t("col.achievement"), layout::ColumnWidth::pt(34), layout::Align::right},
                     {t("col.product"), layout::ColumnWidth::pt(38), layout::Align::right}};
    double total_w = 0;
    double total_wa = 0;
    for (const RequirementResult& r : a.results) {
      if (!in_clause(r.clause, top.number)) continue;
      const double w = weight_of(cl, r.requirement);
      std::string explanation = basis_text(t, r);
      for (const Observation& o : r.observations) explanation += "\n• " + observation_text(c, o);
      if (r.basis == Basis::judgement && !r.judged_by.empty()) {
        explanation += "\n" + t("computation.judged", {{"assessor", r.judged_by}, {"date", r.judged_on ? t.date(*r.judged_on) : "–"}});
      }
      layout::TableCell basis(t.basis(r.basis) + "\n" + t.result(r.result), tint(result_color(r.result), 0.3));
      if (assessed(r)) {
        const double ach = counted(r, a.model);
        total_w += w;
        total_wa += w * ach;
        table.rows.push_back({r.requirement + "\n" + r.clause, basis, explanation, t.weight(w), t.number(ach, 2),
                              t.number(w * ach, 2)});
      } else {
        table.rows.push_back({r.requirement + "\n" + r.clause, basis, explanation, t.weight(w), "–", "–"});
      }
    }
    if (table.rows.empty()) continue;
    const Rollup* rollup = nullptr;
    for (const ClauseScore& s : a.clauses) {
      if (s.clause == top.number) rollup = &s.rollup;
    }
    const std::string score = rollup != nullptr && rollup->assessed_weight > 0 ? t.percent(rollup->score, 1) : "–";
    const std::string total =
        a.model == ScoringModel::absolute || total_w <= 0
            ? t("computation.total-absolute", {{"clause", top.number}, {"score", score}})
            : t("computation.total", {{"clause", top.number},
                                      {"achieved", t.number(total_wa, 2)},
                                      {"weight", t.weight(total_w)},
                                      {"score", score}});
    table.rows.push_back({strong(""), strong(""), strong(total), strong(t.weight(total_w)), strong(""),
                          strong(t.number(total_wa, 2))});
    table.total_row = true;
    c.out.heading(3, clause_label(cl, top.number));
    c.out.table(unkept(std::move(table)));
  }
}

void add_capability_detail(GapContext& c) {
  if (c.input.assessment.capability.empty()) return;
  c.out.heading(2, c.text("capability.why"));
  add_capability_explanations(c.out, c.input, c.text);
}

}  // namespace iso20k::reports
