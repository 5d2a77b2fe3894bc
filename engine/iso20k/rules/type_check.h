#pragma once
// Resolves names, functions and members, checks types and evidence/metric ids against the
// checklist, and annotates every node with its type and evaluation op (docs/rules.md). Reports
// every error it finds, each once: an operand that failed to check does not cause more errors.
#include <vector>

#include "iso20k/model/checklist.h"
#include "iso20k/rules/compiled_rule.h"
#include "iso20k/rules/rule.h"

namespace iso20k::rules {

// Checks rule.ast (as parsed) in place and fills rule.evidence and rule.metrics.
std::vector<CompileError> type_check(CompiledRule& rule, const Checklist& checklist);

}  // namespace iso20k::rules
