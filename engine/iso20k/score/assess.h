#pragma once
// Scoring a workspace against a checklist: the whole pipeline from requirement results to the
// improvement plan (docs/scoring.md). Pure: the same inputs give the same Assessment.
#include <optional>

#include "iso20k/model/assessment.h"

namespace iso20k {

struct AssessOptions {
  ScoringModel model = ScoringModel::weighted;
  std::optional<Date> as_of;  // default: the profile's assessment date
};

// Precondition: the workspace was checked against the checklist (check_workspace) without errors.
// Throws std::invalid_argument when no assessment date is known.
Assessment assess(const Checklist& checklist, const Workspace& workspace,
                  const AssessOptions& options = {});

}  // namespace iso20k
