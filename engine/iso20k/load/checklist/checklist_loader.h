#pragma once
// Reads and validates a checklist file (docs/checklist-format.md). Every problem is reported,
// not just the first; a checklist is returned only when there are none.
#include <optional>
#include <string>

#include "iso20k/model/checklist.h"
#include "iso20k/model/registry.h"

namespace iso20k {

inline constexpr const char* kChecklistNamespace = "urn:iso20k:checklist:1";

struct ChecklistLoadOptions {
  const Registries* registries = nullptr;  // when set, mappings are checked against them
};

struct ChecklistLoad {
  std::optional<Checklist> checklist;  // set only when diagnostics is empty
  Diagnostics diagnostics;
};

ChecklistLoad load_checklist(const std::string& path, const ChecklistLoadOptions& options = {});
// The same, from bytes already in memory; `file` names them in diagnostics.
ChecklistLoad load_checklist_bytes(std::string file, std::string bytes,
                                   const ChecklistLoadOptions& options = {});

}  // namespace iso20k
