#include "iso20k/reports/content/gap_report.h"

#include "iso20k/reports/content/gap_sections.h"
#include "iso20k/reports/content/report_frame.h"
#include "iso20k/reports/content/report_style.h"

namespace iso20k::reports {

ReportContent gap_report_content(const ReportInput& input, const Template& tmpl, const ReportOptions& options,
                                 const GapBudget& budget) {
  const ReportText text(tmpl, input);
  const std::string title = text("gap.title");
  const layout::Theme theme = report_theme(tmpl);
  ReportContent content;
  content.metadata = report_metadata(input, text, title);
  content.cover = report_cover(input, text, title, text("gap.subtitle"));
  content.decoration = report_decoration(text, title);
  content.section_page_breaks = budget.section_page_breaks;
  const std::vector<std::string> order = section_order(tmpl, ReportKind::gap, options.detail);
  SectionNumbers numbers(text);
  content.sections = build_sections(ReportKind::gap, order, numbers, [&](const std::string& id, Blocks& out) {
    GapContext context{out, theme, input, text, order, options, budget};
    if (id == "executive-summary") {
      add_executive_summary(context);
    } else if (id == "scope-and-method") {
      add_scope_and_method(context);
    } else if (id == "clause-results") {
      add_clause_results(context);
    } else if (id == "process-capability") {
      add_gap_capability(context);
    } else if (id == "findings-register") {
      add_findings_register(context);
    } else if (id == "improvement-plan") {
      add_improvement_plan(context);
    } else if (id == "outstanding-evidence") {
      add_outstanding_evidence(context);
    } else if (id == "requirement-results") {
      add_requirement_results(context);
    } else if (id == "evidence-register") {
      add_evidence_register(context);
    } else if (id == "score-computation") {
      add_score_computation(context);
      add_capability_detail(context);
    }
  });
  return content;
}

}  // namespace iso20k::reports
