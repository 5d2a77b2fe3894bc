#include "iso20k/reports/content/readiness_report.h"

#include <algorithm>
#include <array>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/blocker_table.h"
#include "iso20k/reports/content/report_charts.h"
#include "iso20k/reports/content/report_frame.h"
#include "iso20k/reports/content/report_style.h"
#include "iso20k/reports/content/content_blocks.h"
#include "iso20k/reports/layout/table.h"
#include "iso20k/rules/evidence_state.h"

namespace iso20k::reports {
namespace {

void add_criteria(Blocks& out, const ReportInput& input, const ReportText& t) {
  const Assessment& a = input.assessment;
  const ScoringSettings& s = input.checklist.scoring;
  std::size_t seen = 0;
  for (const std::string& id : s.stage1_evidence) {
    const EvidenceItem* item = input.checklist.find_evidence(id);
    seen += rules::evidence_state(item, input.workspace.find_evidence(id), a.as_of).present ? 1 : 0;
  }
  const std::size_t total = s.stage1_evidence.size();
  const int majors = a.finding_counts[static_cast<std::size_t>(Grade::major)];
  const auto met = [&](bool ok) {
    return layout::TableCell(ok ? t("label.yes") : t("label.no"),
                             tint(ok ? charts::conformant_color : charts::nonconformant_color, 0.35), true);
  };
  layout::Table table;
  table.columns = {{t("col.criterion"), layout::ColumnWidth::share(1)},
                   {t("col.required"), layout::ColumnWidth::pt(90), layout::Align::right},
                   {t("col.actual"), layout::ColumnWidth::pt(80), layout::Align::right},
                   {t("col.met"), layout::ColumnWidth::pt(50), layout::Align::center}};
  table.rows.push_back({t("readiness.stage1-evidence"),
                        t("readiness.all-of", {{"seen", std::to_string(total)}, {"total", std::to_string(total)}}),
                        t("readiness.all-of", {{"seen", std::to_string(seen)}, {"total", std::to_string(total)}}),
                        met(seen == total)});
  table.rows.push_back({t("readiness.score"), t("readiness.at-least", {{"value", t.percent(s.stage2_min_score)}}),
                        t.percent(a.overall.score, 1), met(a.overall.score + 1e-9 >= s.stage2_min_score)});
  table.rows.push_back({t("readiness.coverage"),
                        t("readiness.at-least", {{"value", t.percent(s.stage2_min_coverage)}}),
                        t.percent(a.overall.coverage, 1), met(a.overall.coverage + 1e-9 >= s.stage2_min_coverage)});
  table.rows.push_back({t("readiness.majors"),
                        s.max_open_majors == 0 ? t("readiness.none")
                                               : t("readiness.at-most", {{"value", std::to_string(s.max_open_majors)}}),
                        std::to_string(majors), met(majors <= s.max_open_majors)});
  out.table(unkept(std::move(table)));
}

void add_blockers(Blocks& out, const ReportInput& input, const ReportText& t, const ReadinessBudget& budget) {
  for (int stage : {1, 2, 3}) {
    out.heading(2, t(stage == 1 ? "readiness.stage1" : stage == 2 ? "readiness.stage2" : "readiness.decision"));
    const bool any = std::any_of(input.assessment.blockers.begin(), input.assessment.blockers.end(),
                                 [&](const Blocker& b) { return b.stage == stage; });
    if (!any) {
      out.paragraph(t("readiness.no-stage-blockers"));
      continue;
    }
    if (auto table = blocker_table(input, t, stage, budget.majors_listed)) out.table(std::move(*table));
  }
}

}  // namespace

ReportContent readiness_report_content(const ReportInput& input, const Template& tmpl, const ReadinessBudget& budget) {
  const ReportText t(tmpl, input);
  const Assessment& a = input.assessment;
  const std::string title = t("readiness.title");
  ReportContent content;
  content.metadata = report_metadata(input, t, title);
  content.cover = report_cover(input, t, title, t("readiness.subtitle"));
  content.decoration = report_decoration(t, title);
  content.section_page_breaks = false;
  SectionNumbers numbers(t);
  const auto body = [&](const std::string& id, Blocks& out) {
    if (id == "verdict") {
      out.paragraph(t("readiness.intro", {{"date", t.date(a.as_of)}}));
      out.banner(verdict_banner(t, a.verdict));
      out.heading(2, t("readiness.criteria"));
      add_criteria(out, input, t);
    } else if (id == "readiness-by-clause") {
      out.paragraph(t("readiness.clauses-intro"));
      charts::BarChart chart = clause_score_chart(input, t);
      chart.title.clear();
      out.chart(std::move(chart));
    } else if (id == "blockers") {
      add_blockers(out, input, t, budget);
    } else if (id == "finding-counts") {
      out.table(finding_counts(t, a, t("readiness.counts-intro")));
      if (budget.heat_map && !a.findings.empty()) out.chart(findings_heat_map(input, t, 0));
    } else if (id == "process-capability") {
      if (std::optional<charts::RadarChart> radar = capability_radar(input, t)) {
        ChartBlock block(std::move(*radar), t("readiness.capability-intro"));
        block.height_share = 0.72;
        block.max_height = 330;
        out.chart(std::move(block));
        if (const std::string note = capability_radar_note(input, t); !note.empty()) out.note(note);
      } else {
        out.paragraph(t("capability.none"));
      }
    }
  };
  content.sections = build_sections(ReportKind::readiness, section_order(tmpl, ReportKind::readiness), numbers, body);
  return content;
}

}  // namespace iso20k::reports
