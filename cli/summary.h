#pragma once
// The compact terminal summary of an assessment that `iso20k assess` prints: overall score and
// coverage, verdict, a bar per clause, capability per process, findings by grade, blockers.
#include <iosfwd>

#include "iso20k/model/assessment.h"

namespace iso20k::cli {

struct SummaryStyle {
  bool colour = false;  // ANSI colours: only on a terminal and when NO_COLOR is unset
  int clause_depth = 1; // 0: top-level clauses only; 1: also their sub-clauses
};

void print_summary(std::ostream& out, const Assessment& a, const Checklist& checklist,
                   const SummaryStyle& style);

}  // namespace iso20k::cli
