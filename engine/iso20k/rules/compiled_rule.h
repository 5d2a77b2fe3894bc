#pragma once
// What compile() produces: the checked syntax tree and the evidence and metric items it reads,
// resolved against the checklist once so evaluation needs no name lookups in the checklist.
#include <cstdint>
#include <string>
#include <vector>

#include "iso20k/rules/ast.h"

namespace iso20k::rules {

// An evidence or metric item the rule reads, in order of first appearance in the text.
struct ItemSlot {
  std::string id;
  std::uint32_t item = 0;  // index into Checklist::evidence of the checklist compiled against
};

struct CompiledRule {
  Ast ast;                      // annotated by the type checker
  std::vector<ItemSlot> evidence;  // evidence("…") ids; Node::slot indexes this for evidence_ref
  std::vector<ItemSlot> metrics;   // metric("…") ids; Node::slot indexes this for metric_ref
};

}  // namespace iso20k::rules
