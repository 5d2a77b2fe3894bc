#pragma once
// The located form every workspace file is read into, whatever its format: records of named
// fields, each with its text and the byte offsets of its name and value in the file. The format
// readers produce it; one builder per kind of file turns it into the model, so each check is
// written once for XML, JSON, INI and CSV alike.
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/format/source_text.h"
#include "iso20k/load/workspace/schema.h"

namespace iso20k::ws {

struct Field {
  std::string name;             // canonical name from the schema ("approved-by")
  std::string spelled;          // as the file names it ("Approved by"), for messages
  std::string value;            // decoded text
  std::size_t offset = 0;       // byte offset of the value's first character
  std::size_t name_offset = 0;  // byte offset of the key, attribute, element or column naming it
  bool list_item = false;       // one item of a native list (repeated XML element, JSON array)
};

struct Record {
  std::string type;        // a RecordSpec type: "profile", "service", "evidence", …
  std::size_t offset = 0;  // where the record starts: '<', '{', '[' or the row
  std::vector<Field> fields;  // in file order; list fields may repeat, one per item
};

struct RecordFile {
  SourceText source;
  Format format = Format::xml;
  FileKind kind = FileKind::profile;
  std::vector<Record> records;  // a profile: the profile record first, then its nested records
};

// The byte offset of character `index` of `f.value` in the file: exact when the text up to there
// is written verbatim (no escapes, quotes or entities before it), else the value's start.
std::size_t offset_in(const SourceText& source, const Field& f, std::size_t index);

}  // namespace iso20k::ws
