#pragma once
// How much a report shows beyond what its template lists.
#include <vector>

#include "iso20k/model/assessment.h"

namespace iso20k::reports {

struct ReportOptions {
  // The technical annex of the gap report — every requirement's result, the evidence register, how
  // each score and capability level was computed — after the client sections, whether or not the
  // template lists those appendices.
  bool detail = false;
  // Earlier assessments of the same organisation against the same checklist, read from their
  // results.json: the gap report shows the trend of the scores (any order; the report sorts them).
  std::vector<Assessment> earlier;
};

}  // namespace iso20k::reports
