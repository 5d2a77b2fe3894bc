#pragma once
// Reads a workspace register in CSV (evidence, metrics, actions) into records: one record per data
// row, one field per named column, through the RFC 4180 reader of load/csv.h. The header row names
// the columns by their field names, case-insensitively ("Approved by" for approved-by).
#include <optional>

#include "iso20k/load/workspace/record.h"

namespace iso20k::ws {

std::optional<RecordFile> read_csv_records(SourceText source, const FileSpec& spec,
                                           Diagnostics& out);

}  // namespace iso20k::ws
