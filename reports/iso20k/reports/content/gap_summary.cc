// The executive summary: key figures, the verdict, blockers, the most important gaps and the score
// of each clause against the stage 2 threshold.
#include <algorithm>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/blocker_table.h"
#include "iso20k/reports/content/gap_sections.h"
#include "iso20k/reports/content/report_charts.h"
#include "iso20k/reports/content/report_style.h"
#include "iso20k/reports/layout/table.h"

namespace iso20k::reports {
namespace {

constexpr std::size_t kTopGaps = 5;
constexpr std::size_t kSummaryMajors = 0;  // the most important gaps follow anyway

std::vector<const Finding*> most_important(const Assessment& a, std::size_t n) {
  std::vector<const Finding*> all;
  for (const Finding& f : a.findings) all.push_back(&f);
  std::stable_sort(all.begin(), all.end(), [](const Finding* x, const Finding* y) {
    if (x->grade != y->grade) return x->grade < y->grade;  // major, minor, OFI
    return x->weight > y->weight;
  });
  if (all.size() > n) all.resize(n);
  return all;
}

}  // namespace

void add_executive_summary(GapContext& c) {
  const Assessment& a = c.input.assessment;
  const ReportText& t = c.text;
  const ScoringSettings& s = c.input.checklist.scoring;
  c.out.paragraph(t("summary.intro", {{"date", t.date(a.as_of)}}));

  int assessed = 0;
  for (const RequirementResult& r : a.results) {
    assessed += r.result == Result::conformant || r.result == Result::partial || r.result == Result::nonconformant;
  }
  const auto counts = [&](Grade g) { return std::to_string(a.finding_counts[static_cast<std::size_t>(g)]); };
  const int total_findings = a.finding_counts[0] + a.finding_counts[1] + a.finding_counts[2];
  const layout::Color primary = c.theme.primary;
  const bool score_ok = a.overall.score + 1e-9 >= s.stage2_min_score;
  const bool coverage_ok = a.overall.coverage + 1e-9 >= s.stage2_min_coverage;
  c.out.key_figures(
      {KeyFigure{t("summary.tile.score"), t.percent(a.overall.score, 1), t("summary.tile.score-note", {{"model", t.model(a.model)}}),
                 score_ok ? primary : charts::okabe_ito::vermillion, std::nullopt},
       KeyFigure{t("summary.tile.coverage"), t.percent(a.overall.coverage, 1),
                 t("summary.tile.coverage-note",
                   {{"assessed", std::to_string(assessed)}, {"requirements", std::to_string(a.results.size())}}),
                 coverage_ok ? primary : charts::okabe_ito::vermillion, std::nullopt},
       KeyFigure{t("summary.tile.findings"), std::to_string(total_findings),
                 t("summary.tile.findings-note",
                   {{"major", counts(Grade::major)}, {"minor", counts(Grade::minor)}, {"ofi", counts(Grade::ofi)}}),
                 a.finding_counts[0] > 0 ? charts::okabe_ito::vermillion : primary, std::nullopt}});
  c.out.banner(verdict_banner(t, a.verdict));
  c.out.paragraph(t("summary.result", {{"score", t.percent(a.overall.score, 1)},
                                        {"coverage", t.percent(a.overall.coverage, 1)},
                                        {"min-score", t.percent(s.stage2_min_score)},
                                        {"min-coverage", t.percent(s.stage2_min_coverage)},
                                        {"max-majors", std::to_string(s.max_open_majors)},
                                        {"majors", s.max_open_majors == 0
                                                       ? t("summary.majors-none")
                                                       : t("summary.majors-some",
                                                           {{"max-majors", std::to_string(s.max_open_majors)}})}}));

  c.out.heading(2, t("summary.blockers"));
  if (a.blockers.empty()) {
    c.out.paragraph(t("summary.no-blockers"));
  } else {
    if (auto table = blocker_table(c.input, t, 0, kSummaryMajors)) c.out.table(std::move(*table));
  }

  c.out.heading(2, t("summary.top-gaps"));
  const std::vector<const Finding*> top = most_important(a, kTopGaps);
  if (top.empty()) {
    c.out.paragraph(t("summary.no-gaps"));
  } else {
    layout::Table table;
    table.columns = {{t("col.finding"), layout::ColumnWidth::pt(48)},
                     {t("col.clause"), layout::ColumnWidth::pt(50)},
                     {t("col.grade"), layout::ColumnWidth::pt(58), layout::Align::center},
                     {t("col.gap"), layout::ColumnWidth::share(1)}};
    for (const Finding* f : top) {
      table.rows.push_back({f->id, f->clause, layout::TableCell(t.grade(f->grade), tint(grade_color(f->grade), 0.35), true),
                            f->nonconformity});
    }
    const std::string intro = t("summary.top-gaps-intro");
    TableBlock block(std::move(table), intro);
    block.keep_whole = 0.6;
    c.out.table(std::move(block));
  }

  c.out.heading(2, t("summary.scores"));
  charts::BarChart chart = clause_score_chart(c.input, t);
  chart.title.clear();  // the heading says it
  c.out.chart(chart);
}

}  // namespace iso20k::reports
