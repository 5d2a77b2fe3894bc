#pragma once
// The readiness report: for management and certification bodies, at most six pages — the verdict
// against the readiness criteria, readiness by clause, the blockers of stage 1 and stage 2, the
// counts of major and minor findings and the capability radar.
#include <cstdint>
#include <vector>

#include "iso20k/reports/report_input.h"
#include "iso20k/reports/template/template.h"

namespace iso20k::reports {

inline constexpr int kReadinessMaxPages = 6;

// The PDF, deterministic, never more than kReadinessMaxPages pages: when the blockers do not fit,
// fewer are listed (with how many more there are) until the report does.
std::vector<std::uint8_t> render_readiness_report(const ReportInput& input, const Template& tmpl);

}  // namespace iso20k::reports
