#pragma once
// Reads a workspace file in XML (namespace urn:iso20k:workspace:1) into records, through the
// strict XmlFile: unknown elements and attributes, duplicate attributes and stray text are
// reported at file:line:column. Attributes and text-only child elements become fields.
#include <optional>

#include "iso20k/load/workspace/record.h"

namespace iso20k::ws {

std::optional<RecordFile> read_xml_records(SourceText source, const FileSpec& spec,
                                           Diagnostics& out);

}  // namespace iso20k::ws
