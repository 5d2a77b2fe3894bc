#pragma once
// What a report renders: the assessment and the checklist and workspace it came from. Built either
// by assessing a workspace, or by reading results.json (with the checklist it names).
#include "iso20k/model/assessment.h"
#include "iso20k/model/checklist.h"
#include "iso20k/model/workspace.h"

namespace iso20k::reports {

struct ReportInput {
  Assessment assessment;
  Checklist checklist;
  Workspace workspace;  // profile and evidence register (from results.json: as recorded there)
};

}  // namespace iso20k::reports
