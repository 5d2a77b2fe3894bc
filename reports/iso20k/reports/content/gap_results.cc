// Results clause by clause: an overview chart, then every clause of the checklist in order with its
// score and coverage and a table of its requirements — result, evidence seen and not seen, finding.
#include <array>
#include <map>

#include "iso20k/format/text.h"
#include "iso20k/reports/content/evidence_view.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/gap_sections.h"
#include "iso20k/reports/content/report_charts.h"
#include "iso20k/reports/content/report_style.h"
#include "iso20k/reports/layout/table.h"

namespace iso20k::reports {
namespace {

constexpr double kParentKeep = 170;  // a heading, its score line, a sub-clause heading and a table's start

std::string score_line(const ReportText& t, const Rollup& r) {
  if (r.requirements == 0) return t("results.clause-empty");
  int assessed = r.counts[0] + r.counts[1] + r.counts[2];
  if (assessed == 0 || r.assessed_weight <= 0) {
    return t("results.clause-unassessed", {{"requirements", std::to_string(r.requirements)}});
  }
  return t("results.clause-score", {{"score", t.percent(r.score, 1)},
                                    {"coverage", t.percent(r.coverage, 1)},
                                    {"assessed", std::to_string(assessed)},
                                    {"requirements", std::to_string(r.requirements)}});
}

std::string result_text(const ReportText& t, const RequirementResult& r) {
  if (r.result == Result::partial) {
    return t("result.with-achievement", {{"result", t.result(r.result)}, {"achievement", t.percent(r.achievement)}});
  }
  return t.result(r.result);
}

}  // namespace

void add_clause_results(GapContext& c) {
  const Assessment& a = c.input.assessment;
  const Checklist& cl = c.input.checklist;
  const ReportText& t = c.text;
  c.out.paragraph(t("results.intro"));
  if (std::optional<charts::TrendChart> trend = score_trend(c.input, c.options.earlier, t)) {
    c.out.chart(std::move(*trend));
  }
  c.out.chart(results_by_clause_chart(c.input, t));
  if (!a.findings.empty()) c.out.chart(findings_heat_map(c.input, t, 1));

  // One compact table: every clause to the second level with its score, coverage and findings.
  std::map<std::string, std::array<int, 3>> found;
  for (const Finding& f : a.findings) {
    found[clause_at_depth(cl, f.clause, 0)][static_cast<std::size_t>(f.grade)] += 1;
    if (clause_at_depth(cl, f.clause, 1) != clause_at_depth(cl, f.clause, 0)) {
      found[clause_at_depth(cl, f.clause, 1)][static_cast<std::size_t>(f.grade)] += 1;
    }
  }
  layout::Table table;
  table.font_size = 8;
  table.columns = {{t("col.clause"), layout::ColumnWidth::share(1)},
                   {t("col.score"), layout::ColumnWidth::pt(48), layout::Align::right},
                   {t("col.coverage"), layout::ColumnWidth::pt(52), layout::Align::right},
                   {t("col.requirements-assessed"), layout::ColumnWidth::pt(52), layout::Align::right},
                   {t("grade.major"), layout::ColumnWidth::pt(40), layout::Align::right},
                   {t("grade.minor"), layout::ColumnWidth::pt(40), layout::Align::right},
                   {t("grade.ofi"), layout::ColumnWidth::pt(36), layout::Align::right}};
  const auto row = [&](const Clause& clause, bool top) {
    const auto s = std::find_if(a.clauses.begin(), a.clauses.end(), [&](const ClauseScore& x) { return x.clause == clause.number; });
    const Rollup empty;
    const Rollup& r = s == a.clauses.end() ? empty : s->rollup;
    const int assessed = r.counts[0] + r.counts[1] + r.counts[2];
    const std::array<int, 3> n = found.count(clause.number) ? found[clause.number] : std::array<int, 3>{};
    layout::TableCell name(clause_label(cl, clause.number));
    name.bold = top;
    if (!top) name.indent = 10;
    layout::TableCell score(assessed > 0 ? t.percent(r.score) : "–");
    if (assessed > 0) score.fill = tint(r.score + 1e-9 >= cl.scoring.stage2_min_score ? charts::conformant_color
                                                                                       : charts::okabe_ito::orange, 0.25);
    const auto count = [&](Grade g) {
      const int k = n[static_cast<std::size_t>(g)];
      layout::TableCell cell(k == 0 ? std::string("–") : std::to_string(k));
      if (k > 0 && g != Grade::ofi) cell.fill = tint(grade_color(g), 0.3);
      return cell;
    };
    table.rows.push_back({name, score, assessed > 0 ? t.percent(r.coverage) : "–",
                          std::to_string(assessed) + "/" + std::to_string(r.requirements), count(Grade::major),
                          count(Grade::minor), count(Grade::ofi)});
  };
  for (const Clause& clause : cl.clauses) {
    if (clause.depth <= 1) row(clause, clause.depth == 0);
  }
  c.out.heading(2, t("results.table"));
  c.out.table(unkept(std::move(table)));
}

void add_requirement_results(GapContext& c) {
  const Assessment& a = c.input.assessment;
  const Checklist& cl = c.input.checklist;
  const ReportText& t = c.text;
  c.out.paragraph(t("results.detail-intro"));

  std::map<std::string, const Rollup*> rollups;
  for (const ClauseScore& s : a.clauses) rollups[s.clause] = &s.rollup;
  std::map<std::string, const Finding*> findings;
  for (const Finding& f : a.findings) {
    for (const std::string& r : f.requirements) findings.emplace(r, &f);  // the first finding citing it
  }
  std::map<std::string, std::vector<const RequirementResult*>> by_clause;
  for (const RequirementResult& r : a.results) by_clause[r.clause].push_back(&r);

  for (const Clause& clause : cl.clauses) {
    // A clause whose requirements all sit in its sub-clauses is a heading and a score line: keep them
    // with the start of the first sub-clause rather than alone at the foot of a page.
    if (by_clause.count(clause.number) == 0 && !clause.children.empty()) c.out.keep(kParentKeep);
    if (clause.depth == 0) {
      c.out.heading(2, t("results.clause-heading", {{"number", clause.number}, {"title", clause.title}}));
    } else {
      c.out.heading(3, clause.number + " " + clause.title);
    }
    const auto rollup = rollups.find(clause.number);
    const Rollup empty;
    const std::string note = score_line(t, rollup == rollups.end() ? empty : *rollup->second);
    if (by_clause.count(clause.number) == 0) {
      c.out.note(note);  // a clause whose requirements are all in its sub-clauses
      continue;
    }

    layout::Table table;
    table.columns = {{t("col.requirement"), layout::ColumnWidth::share(2.6)},
                     {t("col.result"), layout::ColumnWidth::pt(80), layout::Align::center},
                     {t("col.evidence"), layout::ColumnWidth::share(1.8)},
                     {t("col.finding"), layout::ColumnWidth::pt(50), layout::Align::center}};
    for (const RequirementResult* r : by_clause[clause.number]) {
      const Requirement* req = cl.find_requirement(r->requirement);
      const std::string requirement = req == nullptr ? r->requirement : r->requirement + "\n" + req->text;
      layout::TableCell result(result_text(t, *r), tint(result_color(r->result), 0.35));
      layout::TableCell finding;
      if (const auto f = findings.find(r->requirement); f != findings.end()) {
        finding = layout::TableCell(f->second->id + "\n" + t.grade(f->second->grade),
                                    tint(grade_color(f->second->grade), 0.35), true);
      }
      table.rows.push_back({requirement, result, join(evidence_lines(c.input, t, *r), "\n"), finding});
    }
    TableBlock block(std::move(table), note, TextRole::small);
    block.keep_whole = 0.25;
    c.out.table(std::move(block));
  }
}

}  // namespace iso20k::reports
