#pragma once
// The default rule (docs/rules.md, "Default rule"): how a requirement without a <rule> is scored
// from the evidence items it cites. The scoring engine calls it for every such requirement.
#include "iso20k/rules/rule.h"

namespace iso20k::rules {

// Observations: one per cited item, in citation order (a repeated citation counts once), the
// item's state followed by its verdict: "…; satisfied", "…; partially seen", "…; not satisfied",
// with ", mandatory" added when an unsatisfied item is mandatory.
Outcome default_outcome(const Requirement& requirement, const EvalContext& ctx, bool explain = true);

}  // namespace iso20k::rules
