#include "iso20k/reports/kinds/readiness_report.h"

#include <algorithm>
#include <array>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/kinds/blocker_table.h"
#include "iso20k/reports/kinds/report_blocks.h"
#include "iso20k/reports/kinds/report_charts.h"
#include "iso20k/reports/kinds/report_frame.h"
#include "iso20k/reports/kinds/report_style.h"
#include "iso20k/reports/kinds/table_fit.h"
#include "iso20k/reports/layout/cover.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/flow.h"
#include "iso20k/reports/layout/table.h"
#include "iso20k/rules/evidence_state.h"

namespace iso20k::reports {
namespace {

struct Budget {
  std::size_t majors_listed;  // at most this many major findings listed among the stage 2 blockers
  bool heat_map;                   // findings by clause and grade under the counts
};

void add_criteria(layout::Flow& flow, const ReportInput& input, const ReportText& t) {
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
  fit_columns(flow, table);
  layout::add_table(flow, table);
}

void add_blockers(layout::Flow& flow, const ReportInput& input, const ReportText& t, const Budget& budget) {
  for (int stage : {1, 2, 3}) {
    flow.heading(2, t(stage == 1 ? "readiness.stage1" : stage == 2 ? "readiness.stage2" : "readiness.decision"));
    const bool any = std::any_of(input.assessment.blockers.begin(), input.assessment.blockers.end(),
                                 [&](const Blocker& b) { return b.stage == stage; });
    if (!any) {
      flow.paragraph(t("readiness.no-stage-blockers"));
      continue;
    }
    add_blocker_table(flow, input, t, stage, budget.majors_listed);
  }
}

std::vector<std::uint8_t> render(const ReportInput& input, const Template& tmpl, const Budget& budget,
                                 std::size_t& pages) {
  const ReportText t(tmpl, input);
  const Assessment& a = input.assessment;
  const std::string title = t("readiness.title");
  layout::Document doc(document_options(tmpl, report_metadata(input, t, title)));
  layout::Flow flow(doc, report_theme(tmpl));
  SectionNumbers numbers(t);
  const layout::Cover cover = report_cover(input, t, title, t("readiness.subtitle"));
  const auto body = [&](const std::string& id) {
    if (id == "verdict") {
      flow.paragraph(t("readiness.intro", {{"date", t.date(a.as_of)}}));
      add_verdict_banner(flow, t, a.verdict);
      flow.heading(2, t("readiness.criteria"));
      add_criteria(flow, input, t);
    } else if (id == "readiness-by-clause") {
      flow.paragraph(t("readiness.clauses-intro"));
      charts::BarChart chart = clause_score_chart(input, t);
      chart.title.clear();
      add_chart(flow, chart);
    } else if (id == "blockers") {
      add_blockers(flow, input, t, budget);
    } else if (id == "finding-counts") {
      add_finding_counts(flow, t, a, t("readiness.counts-intro"));
      if (budget.heat_map && !a.findings.empty()) add_chart(flow, findings_heat_map(input, t, 0));
    } else if (id == "process-capability") {
      if (const std::optional<charts::RadarChart> radar = capability_radar(input, t)) {
        const std::string intro = t("readiness.capability-intro");
        const double height = std::min(flow.frame().w * 0.72, 330.0);
        flow.keep(paragraph_height(flow, intro, flow.theme().body()) + height);
        flow.paragraph(intro);
        add_chart(flow, *radar, height);
        if (const std::string note = capability_radar_note(input, t); !note.empty()) add_note(flow, note);
      } else {
        flow.paragraph(t("capability.none"));
      }
    }
  };
  write_sections(flow, ReportKind::readiness, section_order(tmpl, ReportKind::readiness), numbers, cover, false, body);
  flow.finish(report_decoration(t, title));
  pages = doc.page_count();
  return doc.to_bytes();
}

}  // namespace

std::vector<std::uint8_t> render_readiness_report(const ReportInput& input, const Template& tmpl) {
  constexpr std::array budgets{Budget{6, true}, Budget{3, true}, Budget{3, false}, Budget{1, false},
                               Budget{0, false}};
  std::vector<std::uint8_t> bytes;
  for (const Budget& budget : budgets) {
    std::size_t pages = 0;
    bytes = render(input, tmpl, budget, pages);
    if (pages <= static_cast<std::size_t>(kReadinessMaxPages)) return bytes;
  }
  throw layout::LayoutError("the readiness report does not fit in " + std::to_string(kReadinessMaxPages) +
                            " pages, even without listing major findings among the blockers");
}

}  // namespace iso20k::reports
