#pragma once
// The sections of the gap report, one function each (gap_*.cc), sharing one context. Each writes the
// body of its section; gap_report.cc writes the numbered heading before it.
#include <string>
#include <vector>

#include "iso20k/reports/content/gap_report.h"
#include "iso20k/reports/content/report_text.h"
#include "iso20k/reports/content/content_blocks.h"
#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/layout/theme.h"
#include "iso20k/reports/report_input.h"
#include "iso20k/reports/report_options.h"

namespace iso20k::reports {

struct GapContext {
  Blocks& out;
  const layout::Theme& theme;  // the template's colours
  const ReportInput& input;
  const ReportText& text;
  std::vector<std::string> order;  // the template's section ids, to name appendices ahead
  const ReportOptions& options;
  GapBudget budget{};  // how the client edition saves room (gap_report.h)
};

void add_executive_summary(GapContext& c);
void add_scope_and_method(GapContext& c);
void add_clause_results(GapContext& c);
void add_gap_capability(GapContext& c);
void add_findings_register(GapContext& c);
void add_improvement_plan(GapContext& c);
void add_outstanding_evidence(GapContext& c);
void add_requirement_results(GapContext& c);
void add_evidence_register(GapContext& c);
void add_capability_detail(GapContext& c);
void add_score_computation(GapContext& c);

}  // namespace iso20k::reports
