#pragma once
// The content of the gap report (docs/templates.md, "Sections"): cover, contents, executive summary,
// scope and method, results clause by clause, process capability, the findings register, the
// improvement plan, and appendices with the evidence register and how every score was computed — in
// the order and selection the template gives, in its language and branding.
#include <array>
#include <cstddef>

#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/report_input.h"
#include "iso20k/reports/report_options.h"
#include "iso20k/reports/template/template.h"

namespace iso20k::reports {

// The client edition should stay within kGapMaxPages pages, as a consultant's report does.
inline constexpr int kGapMaxPages = 30;

// How the client edition saves room where an assessment is large.
struct GapBudget {
  bool section_page_breaks = true;   // every numbered section starts a page
  std::size_t outstanding_listed = 18;  // rows of the table of evidence still outstanding; the rest counted
};
// The budgets to try in turn until the client edition fits in kGapMaxPages pages (with the technical
// annex the first is used). When none fits, the last one's report stands: every finding is given in
// full, whatever the length.
inline constexpr std::array kGapBudgets{GapBudget{true, 18}, GapBudget{false, 18}, GapBudget{false, 10},
                                         GapBudget{false, 5}};

// Throws std::out_of_range for a string missing from a template that was not loaded by the loader.
ReportContent gap_report_content(const ReportInput& input, const Template& tmpl, const ReportOptions& options,
                                 const GapBudget& budget = {});

}  // namespace iso20k::reports
