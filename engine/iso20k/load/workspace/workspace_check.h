#pragma once
// Checks a loaded workspace against its checklist: evidence and metric ids the checklist does not
// know (with "did you mean"), metric values recorded for items that are not metrics and evidence
// recorded for metric items, units that differ from the checklist's, judgements of unknown
// requirements, not-applicable where the checklist forbids it, unknown process ids in target
// levels and other parties, unknown requirement ids in actions. A judgement or action naming a
// requirement the checklist's tailoring deselected is an error too, but says so rather than calling
// the id unknown. Each problem is reported at the file:line:column of the offending value; the
// list is sorted by file and position.
#include "iso20k/model/checklist.h"
#include "iso20k/model/workspace.h"

namespace iso20k {

Diagnostics check_workspace(const Workspace& ws, const Checklist& checklist);

}  // namespace iso20k
