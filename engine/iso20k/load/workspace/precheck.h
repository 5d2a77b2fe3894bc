#pragma once
// What every workspace file reader checks before parsing: that the file is not empty, not too
// large for Boost.PropertyTree (JSON and INI), and valid UTF-8.
#include "iso20k/format/source_text.h"
#include "iso20k/load/workspace/schema.h"

namespace iso20k::ws {

// False (with diagnostics) when the file cannot be parsed; `example` shows what it should hold.
bool precheck(const SourceText& source, Format format, std::string_view example, Diagnostics& out);

}  // namespace iso20k::ws
