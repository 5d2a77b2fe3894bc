#pragma once
// The content of the gap report (docs/templates.md, "Sections"): cover, contents, executive summary,
// scope and method, results clause by clause, process capability, the findings register, the
// improvement plan, and appendices with the evidence register and how every score was computed — in
// the order and selection the template gives, in its language and branding.
#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/report_input.h"
#include "iso20k/reports/report_options.h"
#include "iso20k/reports/template/template.h"

namespace iso20k::reports {

// Throws std::out_of_range for a string missing from a template that was not loaded by the loader.
ReportContent gap_report_content(const ReportInput& input, const Template& tmpl, const ReportOptions& options);

}  // namespace iso20k::reports
