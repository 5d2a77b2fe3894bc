#pragma once
// Writes a tailoring as a tailoring file (docs/tailoring.md), so tools can create or rewrite one:
// loading what it writes gives the same Tailoring (source locations aside). Statements come out
// grouped — deselections and selections, sets, targets, evidence items, requirements — each group
// in the tailoring's order; numbers in their shortest exact form.
#include <string>

#include "iso20k/model/tailoring.h"

namespace iso20k {

std::string tailoring_to_xml(const Tailoring& tailoring);

}  // namespace iso20k
