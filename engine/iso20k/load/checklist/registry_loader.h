#pragma once
// Reads the clause registries and correspondences in checklists/registry/ (docs/checklists.md).
#include <string>

#include "iso20k/model/registry.h"

namespace iso20k {

inline constexpr const char* kRegistryNamespace = "urn:iso20k:registry:1";

// Loads every *.xml file of `dir` (in name order): <registry> files become ClauseRegistry,
// <correspondence> files become Correspondence. Problems are appended to `out`.
Registries load_registries(const std::string& dir, Diagnostics& out);

}  // namespace iso20k
