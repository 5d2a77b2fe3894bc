#pragma once
// The content of the readiness report: for management and certification bodies, at most six pages —
// the verdict against the readiness criteria, readiness by clause, the blockers of stage 1 and stage
// 2, the counts of major and minor findings and the capability radar.
#include <array>
#include <cstddef>

#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/report_input.h"
#include "iso20k/reports/template/template.h"

namespace iso20k::reports {

inline constexpr int kReadinessMaxPages = 6;

// How much detail the report gives where room is short.
struct ReadinessBudget {
  std::size_t majors_listed = 6;  // at most this many major findings listed among the blockers
  bool heat_map = true;           // findings by clause and grade under the counts
};
// The budgets to try in turn until the report fits in kReadinessMaxPages pages.
inline constexpr std::array kReadinessBudgets{ReadinessBudget{6, true}, ReadinessBudget{3, true},
                                              ReadinessBudget{3, false}, ReadinessBudget{1, false},
                                              ReadinessBudget{0, false}};

ReportContent readiness_report_content(const ReportInput& input, const Template& tmpl, const ReadinessBudget& budget);

}  // namespace iso20k::reports
