#pragma once
// The rule language's public face (docs/rules.md): compile a rule's text once against a checklist,
// then evaluate it against a workspace as often as needed. Evaluation never throws.
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "iso20k/model/checklist.h"
#include "iso20k/model/observation.h"
#include "iso20k/model/workspace.h"

namespace iso20k::rules {

struct CompiledRule;  // opaque: the checked syntax tree (defined in rules/compiled_rule.h)

// A compile error at a byte offset into the rule text; the checklist loader turns it into
// file:line:column.
struct CompileError {
  std::size_t offset = 0;
  std::string message;
};

struct CompileResult {
  std::shared_ptr<const CompiledRule> rule;  // null when errors is not empty
  std::vector<CompileError> errors;
};

CompileResult compile(std::string_view text, const Checklist& checklist);

class RegisterIndex;  // rules/register_index.h

struct EvalContext {
  const Checklist& checklist;
  const Workspace& workspace;
  Date as_of;
  // Optional: the workspace's entries resolved once against `checklist`, for callers that
  // evaluate many rules against one workspace (the scoring engine). Same results either way.
  const RegisterIndex* registers = nullptr;
  // Evaluate as if every outstanding item (no register entry, status `requested`, dated after
  // the assessment date; metrics without a value) had been provided and found in order: tells
  // whether the items still outstanding could change the result (docs/scoring.md). Needs
  // `registers`.
  bool presume_outstanding = false;

  // The workspace's register entry or metric value for an item, null when it is outstanding
  // (or, under presume_outstanding, a presumed entry).

  // The workspace's register entry or metric value for an item (null: none).
  const EvidenceRecord* evidence_record(const EvidenceItem* item, const std::string& id) const;
  const MetricRecord* metric_record(const EvidenceItem* item, const std::string& id) const;
};

// A value the rule looked at, for the explanation trail (model/observation.h).
using Observation = iso20k::Observation;

struct Outcome {
  Result result = Result::nonconformant;  // conformant, partial or nonconformant
  double achievement = 0;                 // 0–1
  std::vector<Observation> observations;  // in first-use order, each subject once
};

// explain = false skips the observations (and all string building): the fast path for scoring
// runs that only need results. The result and achievement are the same either way.
Outcome evaluate(const CompiledRule& rule, const EvalContext& ctx, bool explain = true);

// The rule printed back in canonical form (fully parenthesised where precedence needs it);
// compile(print(r)) gives the same rule.
std::string print(const CompiledRule& rule);

}  // namespace iso20k::rules
