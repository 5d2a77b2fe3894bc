#pragma once
// Loads an organisation workspace: a folder holding profile.{xml,json,ini} and, optionally,
// evidence.{xml,json,ini,csv}, metrics.{xml,json,ini,csv}, judgements.{xml,json,ini} and
// actions.{xml,json,ini,csv} (docs/workspace-format.md). Every problem is reported at
// file:line:column, not just the first. The checks against the checklist, check_workspace(), are
// declared in workspace_check.h, included here: this header is the one public entry.
#include <optional>
#include <string>

#include "iso20k/load/workspace/workspace_check.h"
#include "iso20k/model/workspace.h"

namespace iso20k {

struct WorkspaceLoadOptions {
  // Return what could be read even when there are problems (for `validate`, which then also
  // checks it against the checklist). Such a workspace must not be assessed.
  bool keep_partial = false;
};

struct WorkspaceLoad {
  std::optional<Workspace> workspace;  // set only when diagnostics is empty (or keep_partial)
  Diagnostics diagnostics;
};

WorkspaceLoad load_workspace(const std::string& dir, const WorkspaceLoadOptions& options = {});

// Orders diagnostics by file, then line and column (stable: equal positions keep their order).
void sort_by_position(Diagnostics& diagnostics);

// How to find the workspace's checklist in a Catalog: its id ("iso20000-1:2018") or, when the
// profile names a file (a value with '/' or ending in ".xml"), that file's path resolved against
// the workspace folder.
std::string checklist_reference(const Workspace& ws);
// Whether the profile names its checklist by a file path rather than by id.
bool names_checklist_file(const Profile& profile);

}  // namespace iso20k
