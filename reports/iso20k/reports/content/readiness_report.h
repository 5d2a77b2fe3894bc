#pragma once
// The content of the readiness report: for management and the certification body's application
// review and audit planning, at most six pages — the verdict against this tool's readiness criteria,
// the scope (services, sites, units, persons, other parties), the stage 1 documents seen, every
// finding (majors in full as room allows, the others in a table), blockers and areas of concern,
// capability, and document control with a sign-off block.
#include <array>
#include <cstddef>

#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/report_input.h"
#include "iso20k/reports/template/template.h"

namespace iso20k::reports {

inline constexpr int kReadinessMaxPages = 6;

// How much detail the report gives where room is short.
struct ReadinessBudget {
  std::size_t majors_in_full = 0;  // major findings given in full; the rest go into the findings table
  std::size_t majors_listed = 0;   // major findings listed among the blockers (the findings section has them)
  bool heat_map = true;            // findings by clause and grade under the counts (section finding-counts)
  std::size_t findings_listed = static_cast<std::size_t>(-1);  // rows of the findings table; the rest are
                                                              // counted and left to the gap report
};
// The budgets to try in turn until the report fits in kReadinessMaxPages pages.
// Every finding is listed while it fits (an organisation of realistic size); a very large assessment
// lists the first findings by grade and counts the rest.
inline constexpr std::array kReadinessBudgets{
    ReadinessBudget{1000, 0, true},   ReadinessBudget{8, 0, true},     ReadinessBudget{5, 0, false},
    ReadinessBudget{3, 0, false},     ReadinessBudget{1, 0, false},    ReadinessBudget{0, 0, false},
    ReadinessBudget{0, 0, false, 60}, ReadinessBudget{0, 0, false, 30}, ReadinessBudget{0, 0, false, 10}};

ReportContent readiness_report_content(const ReportInput& input, const Template& tmpl, const ReadinessBudget& budget);

}  // namespace iso20k::reports
