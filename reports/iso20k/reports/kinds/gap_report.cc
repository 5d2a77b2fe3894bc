#include "iso20k/reports/kinds/gap_report.h"

#include "iso20k/reports/kinds/gap_sections.h"
#include "iso20k/reports/kinds/report_frame.h"
#include "iso20k/reports/kinds/report_style.h"
#include "iso20k/reports/layout/cover.h"
#include "iso20k/reports/layout/document.h"
#include "iso20k/reports/layout/flow.h"

namespace iso20k::reports {

std::vector<std::uint8_t> render_gap_report(const ReportInput& input, const Template& tmpl) {
  const ReportText text(tmpl, input);
  const std::string title = text("gap.title");
  layout::Document doc(document_options(tmpl, report_metadata(input, text, title)));
  layout::Flow flow(doc, report_theme(tmpl));
  const std::vector<std::string> order = section_order(tmpl, ReportKind::gap);
  GapContext context{flow, input, text, order};
  SectionNumbers numbers(text);
  const layout::Cover cover = report_cover(input, text, title, text("gap.subtitle"));
  const auto body = [&](const std::string& id) {
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
    } else if (id == "evidence-register") {
      add_evidence_register(context);
    } else if (id == "score-computation") {
      add_score_computation(context);
    }
  };
  write_sections(flow, ReportKind::gap, order, numbers, cover, true, body);
  flow.finish(report_decoration(text, title));
  return doc.to_bytes();
}

}  // namespace iso20k::reports
