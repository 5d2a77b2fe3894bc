#pragma once
// The gap report (docs/templates.md, "Sections"): cover, contents, executive summary, scope and
// method, results clause by clause, process capability, the findings register, the improvement
// plan, and appendices with the evidence register and how every score was computed — in the order
// and selection the template gives, in its language and branding.
#include <cstdint>
#include <vector>

#include "iso20k/reports/report_input.h"
#include "iso20k/reports/template/template.h"

namespace iso20k::reports {

// The PDF, deterministic. Throws layout::LayoutError (e.g. a logo libharu cannot read) or
// std::out_of_range (a string missing from a template that was not loaded by the loader).
std::vector<std::uint8_t> render_gap_report(const ReportInput& input, const Template& tmpl);

}  // namespace iso20k::reports
