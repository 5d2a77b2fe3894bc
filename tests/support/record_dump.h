#pragma once
// The records a workspace reader made, one line each, for the reader tests beside
// engine/iso20k/load/workspace/*_reader.cc:
//   "action @2:3"  then per field  "  requirements[requirements]='R-1' @2:38 key @2:21 item"
// (canonical name, the name as the file spells it, the decoded value, where the value and the name
// are, and whether it is one item of a native list).
#include <string>

#include "iso20k/load/workspace/record.h"

namespace iso20k::test {

inline std::string where(const SourceText& s, std::size_t offset) {
  const SourceLocation l = s.location(offset);
  return std::to_string(l.line) + ":" + std::to_string(l.column);
}

inline std::string dump(const ws::RecordFile& rf) {
  std::string out;
  for (const ws::Record& r : rf.records) {
    out += r.type + " @" + where(rf.source, r.offset) + "\n";
    for (const ws::Field& f : r.fields) {
      out += "  " + f.name + "[" + f.spelled + "]='" + f.value + "' @" + where(rf.source, f.offset) + " key @" +
             where(rf.source, f.name_offset) + (f.list_item ? " item" : "") + "\n";
    }
  }
  return out;
}

}  // namespace iso20k::test
