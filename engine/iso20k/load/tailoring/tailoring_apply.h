#pragma once
// Applying a tailoring (docs/tailoring.md) to a loaded checklist: deselected requirements are
// removed, weights, severities and metric targets changed, organisation-specific evidence items
// and requirements added (their rules compiled), and what was done recorded in
// Checklist::tailoring for the reports' "scope and method" section.
#include <cstddef>
#include <functional>

#include "iso20k/model/checklist.h"
#include "iso20k/model/tailoring.h"

namespace iso20k {

// Checks `tailoring` against `checklist` and, when there is no problem, applies it. On any problem
// the checklist is left unchanged and every problem is returned. A checklist takes one tailoring.
Diagnostics apply_tailoring(Checklist& checklist, const Tailoring& tailoring);

// Where the character at byte `offset` of the rule text of tailoring.requirements[index] sits in
// the tailoring file. The loader passes one that knows the file, so rule errors point at their
// exact column even after entity references such as &amp;; without one, positions are counted
// from Requirement::rule_where.
using RuleLocator = std::function<SourceLocation(std::size_t index, std::size_t offset)>;
Diagnostics apply_tailoring(Checklist& checklist, const Tailoring& tailoring,
                            const RuleLocator& locate);

// The checks that need no checklist: ids unique within the tailoring, nothing selected,
// deselected, set or retargeted twice. apply_tailoring runs them too.
Diagnostics check_tailoring(const Tailoring& tailoring);

}  // namespace iso20k
