#pragma once
// Reads and validates a tailoring file (docs/tailoring.md). Every problem is reported as
// file:line:column, not just the first; a tailoring is returned only when there are none.
#include <optional>
#include <string>

#include "iso20k/model/checklist.h"
#include "iso20k/model/registry.h"
#include "iso20k/model/tailoring.h"

namespace iso20k {

inline constexpr const char* kTailoringNamespace = "urn:iso20k:tailoring:1";

struct TailoringLoadOptions {
  // When set, the tailoring is also checked against this checklist exactly as apply_tailoring would
  // apply it: its checklist id, unknown ids (with a suggestion), exclusions the checklist forbids,
  // clashing ids, the rules of added requirements (errors at their exact column). Without it only
  // what the file says on its own is checked.
  const Checklist* checklist = nullptr;
  const Registries* registries = nullptr;  // when set, added requirements' mappings are checked
};

struct TailoringLoad {
  std::optional<Tailoring> tailoring;  // set only when diagnostics is empty
  Diagnostics diagnostics;
};

TailoringLoad load_tailoring(const std::string& path, const TailoringLoadOptions& options = {});
// The same, from bytes already in memory; `file` names them in diagnostics.
TailoringLoad load_tailoring_bytes(std::string file, std::string bytes,
                                   const TailoringLoadOptions& options = {});

// The checklist id a tailoring file names (the checklist attribute of its <tailoring> root),
// read without validating anything else, so a caller can load that checklist first. Empty when
// the file cannot be read, is not XML or has no such attribute.
std::string tailoring_checklist_id(const std::string& path);

// Loads the tailoring at `path` against `checklist` and applies it. On any problem the checklist
// is left unchanged and the diagnostics say what is wrong (file:line:column).
Diagnostics load_and_apply_tailoring(Checklist& checklist, const std::string& path,
                                     const Registries* registries = nullptr);

}  // namespace iso20k
