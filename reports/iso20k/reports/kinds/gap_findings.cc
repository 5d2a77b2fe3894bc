// The findings register: every finding with its statement verbatim (requirement, nonconformity,
// objective evidence, grade), why it got its grade, the recommendation and the action addressing it.
#include "iso20k/reports/kinds/gap_sections.h"
#include "iso20k/reports/kinds/report_blocks.h"
#include "iso20k/reports/kinds/report_style.h"
#include "iso20k/reports/kinds/table_fit.h"
#include "iso20k/reports/layout/table.h"

namespace iso20k::reports {

void add_findings_register(GapContext& c) {
  const Assessment& a = c.input.assessment;
  const ReportText& t = c.text;
  c.flow.paragraph(t("findings.intro"));
  if (a.findings.empty()) {
    c.flow.paragraph(t("findings.none"));
    return;
  }
  const auto count = [&](Grade g) { return std::to_string(a.finding_counts[static_cast<std::size_t>(g)]); };
  c.flow.paragraph(t("findings.counts", {{"total", std::to_string(a.findings.size())},
                                         {"major", count(Grade::major)},
                                         {"minor", count(Grade::minor)},
                                         {"ofi", count(Grade::ofi)}}));
  layout::Table table;
  table.columns = {{t("col.finding"), layout::ColumnWidth::pt(84)},
                   {t("col.statement"), layout::ColumnWidth::share(2.3)},
                   {t("col.recommendation"), layout::ColumnWidth::share(1)}};
  for (const Finding& f : a.findings) {
    layout::TableCell id(f.id + "\n" + t.grade_long(f.grade) + "\n" + t("findings.clause", {{"clause", f.clause}}),
                         tint(grade_color(f.grade), 0.3), true);
    std::string right = f.recommendation;
    if (!f.action.empty()) right += "\n\n" + t("findings.action", {{"action", f.action}});
    // The statement verbatim, its four parts set apart by a blank line so each can be found at a glance.
    std::string statement;
    for (char ch : f.statement) {
      statement += ch;
      if (ch == '\n') statement += '\n';
    }
    table.rows.push_back({id, statement, right});
  }
  fit_columns(c.flow, table);
  layout::add_table(c.flow, table);
}

}  // namespace iso20k::reports
