#pragma once
// Reads one workspace file of a known kind and format into a Workspace: the format's reader makes
// records, the kind's builder fills the model. load_workspace does this for each file of a folder;
// tests and fuzzers call it on bytes directly.
#include "iso20k/format/source_text.h"
#include "iso20k/load/workspace/schema.h"
#include "iso20k/model/workspace.h"

namespace iso20k::ws {

void read_workspace_file(FileKind kind, Format format, SourceText source, Workspace& ws,
                         Diagnostics& out);

}  // namespace iso20k::ws
