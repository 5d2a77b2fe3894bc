#pragma once
// Reads a workspace file in INI into records: Boost.PropertyTree decodes it, ini_index.h says
// where each section and key is. Registers hold one section per record, named by its id
// ([DOC-SMS-SCOPE]); the profile holds [profile], [service <id>], [party <name>] and [targets].
#include <optional>

#include "iso20k/load/workspace/record.h"

namespace iso20k::ws {

std::optional<RecordFile> read_ini_records(SourceText source, const FileSpec& spec,
                                           Diagnostics& out);

}  // namespace iso20k::ws
