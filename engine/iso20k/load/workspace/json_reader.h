#pragma once
// Reads a workspace file in JSON into records: Boost.PropertyTree decodes the values, json_index.h
// tells where each one is and what kind of value it was, so problems are reported at
// file:line:column. The top level is an object with one key, the file's root name:
// {"evidence-register": [ {...}, ... ]} or {"profile": {...}}.
#include <optional>

#include "iso20k/load/workspace/record.h"

namespace iso20k::ws {

std::optional<RecordFile> read_json_records(SourceText source, const FileSpec& spec,
                                            Diagnostics& out);

}  // namespace iso20k::ws
