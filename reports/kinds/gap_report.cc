#include "kinds/gap_report.h"

#include "kinds/gap_sections.h"
#include "kinds/report_frame.h"
#include "kinds/report_style.h"
#include "layout/cover.h"
#include "layout/document.h"
#include "layout/flow.h"

namespace iso20k::reports {

std::vector<std::uint8_t> render_gap_report(const ReportInput& input, const Template& tmpl) {
  const ReportText text(tmpl, input);
  const std::string title = text("gap.title");
  layout::Document doc(document_options(tmpl, report_metadata(input, text, title)));
  layout::Flow flow(doc, report_theme(tmpl));
  const auto it = tmpl.sections.find(ReportKind::gap);
  const std::vector<std::string> order = it == tmpl.sections.end() ? std::vector<std::string>{} : it->second;
  GapContext context{flow, input, text, order};
  SectionNumbers numbers(text);

  for (const std::string& id : order) {
    const SectionSpec* spec = find_section(ReportKind::gap, id);
    if (spec == nullptr) continue;  // the loader refuses these
    if (spec->role == SectionRole::cover) {
      layout::add_cover(flow, report_cover(input, text, title, text("gap.subtitle")));
      continue;
    }
    if (spec->role == SectionRole::contents) {
      flow.table_of_contents();
      continue;
    }
    flow.page_break();
    flow.heading(1, numbers.heading(*spec));
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
  }
  flow.finish(report_decoration(text, title));
  return doc.to_bytes();
}

}  // namespace iso20k::reports
