// The improvement plan by phase: each action with its owner, due date, status and progress, flagged
// when overdue, and the findings it addresses.
#include "iso20k/format/text.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/gap_sections.h"
#include "iso20k/reports/content/report_charts.h"
#include "iso20k/reports/content/report_style.h"
#include "iso20k/reports/content/report_words.h"
#include "iso20k/reports/layout/table.h"

namespace iso20k::reports {

void add_improvement_plan(GapContext& c) {
  const Assessment& a = c.input.assessment;
  const ReportText& t = c.text;
  c.out.paragraph(t("plan.intro"));
  if (a.plan.empty()) {
    c.out.paragraph(t("plan.none"));
    return;
  }
  int open = 0;
  int overdue = 0;
  int done = 0;
  int proposed = 0;
  for (const PlannedAction& p : a.plan) {
    open += p.status == ActionStatus::open || p.status == ActionStatus::in_progress;
    overdue += p.overdue;
    done += p.status == ActionStatus::done;
    proposed += p.proposed;
  }
  c.out.paragraph(t("plan.summary", {{"actions", std::to_string(a.plan.size())},
                                      {"open", std::to_string(open)},
                                      {"overdue", std::to_string(overdue)},
                                      {"done", std::to_string(done)},
                                      {"proposed", std::to_string(proposed)}}));
  if (std::optional<charts::TimelineChart> timeline = plan_timeline(c.input, t)) c.out.chart(std::move(*timeline));
  for (int phase = 1; phase <= 4; ++phase) {
    c.out.heading(2, t("plan.phase", {{"number", std::to_string(phase)}, {"title", t("phase." + std::to_string(phase))}}));
    layout::Table table;
    table.columns = {{t("col.action"), layout::ColumnWidth::pt(62)},
                     {t("col.title"), layout::ColumnWidth::share(1)},
                     {t("col.owner"), layout::ColumnWidth::pt(74)},
                     {t("col.due"), layout::ColumnWidth::pt(56)},
                     {t("col.status"), layout::ColumnWidth::pt(62)},
                     {t("col.findings"), layout::ColumnWidth::pt(54)}};
    for (const PlannedAction& p : a.plan) {
      if (p.phase != phase) continue;
      std::string id = p.id;
      if (p.grade) id += "\n" + t.grade(*p.grade);
      layout::TableCell id_cell(id);
      if (p.grade) id_cell.fill = tint(grade_color(*p.grade), 0.3);
      std::string title = action_title(c.input, t, p);
      if (p.proposed) title = t("plan.proposed") + ": " + title;
      layout::TableCell owner(p.owner.empty() ? t("plan.unassigned") : p.owner);
      if (p.owner.empty()) owner.color = c.theme.muted;
      layout::TableCell due(p.due ? t.short_date(*p.due) : "–");
      std::string status = p.status == ActionStatus::in_progress || (p.status == ActionStatus::open && p.progress > 0)
                               ? t("plan.progress", {{"status", t.status(p.status)}, {"progress", t.percent(p.progress / 100.0)}})
                               : t.status(p.status);
      layout::TableCell status_cell(status);
      if (p.overdue) {
        due = layout::TableCell(due.text + "\n" + t("plan.overdue"), tint(charts::okabe_ito::vermillion, 0.3), true);
      } else if (p.status == ActionStatus::done) {
        status_cell.fill = tint(charts::okabe_ito::green, 0.25);
      }
      const std::string findings = join(p.findings, "\n");
      table.rows.push_back({id_cell, title, owner, due, status_cell, findings.empty() ? std::string("–") : findings});
    }
    if (table.rows.empty()) {
      c.out.paragraph(t("plan.empty-phase"));
    } else {
      c.out.table(unkept(std::move(table)));
    }
  }
}

}  // namespace iso20k::reports
