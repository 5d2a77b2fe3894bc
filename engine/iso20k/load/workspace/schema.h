#pragma once
// The shape of the workspace files as data (docs/workspace-format.md): which kinds of file exist,
// which records each holds, and each record's fields with how every format spells them. The format
// readers use it to recognise names; the builders use it to read values. Immutable constants.
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/util/enum_names.h"

namespace iso20k::ws {

inline constexpr std::string_view kWorkspaceNamespace = "urn:iso20k:workspace:1";

// JSON and INI files are decoded by Boost.PropertyTree, which holds about 20 times a file's size in
// memory; larger files are refused (XML and CSV registers have no such limit).
inline constexpr std::size_t kMaxPropertyTreeBytes = 20u * 1024u * 1024u;

enum class Format { xml, json, ini, csv };
// A format is spelled by its file extension.
constexpr auto enum_table(Format) {
  return std::to_array<EnumName<Format>>({{Format::xml, "xml"}, {Format::json, "json"}, {Format::ini, "ini"},
                                          {Format::csv, "csv"}});
}
const char* to_string(Format f);  // for people: "XML", "JSON", "INI", "CSV"
const char* extension(Format f);  // its spelling: "xml", "json", "ini", "csv"

enum class Shape {
  scalar,     // one value
  id_list,    // identifiers; in a single string they are separated by spaces, ',' or ';'
  text_list,  // free texts; a native list (JSON array, repeated XML element), or in INI and CSV
              // a single string with the items separated by ';'
};

struct FieldSpec {
  std::string_view name;  // canonical name: JSON and INI key, XML attribute or element
  Shape shape = Shape::scalar;
  bool xml_element = false;      // XML: a child element (long text, lists of texts), not an attribute
  std::string_view xml_name{};   // XML element name of a text list's items ("assessor")
  std::string_view csv_alias{};  // CSV: another accepted header ("evidence id")
  bool informational = false;    // CSV only: a column of the request list, read and ignored
  bool required = false;         // must be present and not empty
};

struct RecordSpec {
  std::string_view type;  // "evidence"; the XML element name of a record
  std::vector<FieldSpec> fields{};
  std::string_view key{};  // the field that names the record in an INI section header
  const FieldSpec* find(std::string_view name) const;
  // The names a format accepts, for "did you mean" and lists of allowed names.
  std::vector<std::string_view> names(bool include_informational) const;
};

// A list of records nested in the profile: services, parties, target levels.
struct ContainerSpec {
  std::string_view name;  // XML container element and JSON key: "services"
  const RecordSpec* record = nullptr;
  std::string_view ini_section;   // INI: "service" for [service <key>]; for a map, the section name
  bool map = false;               // JSON object / INI section of key = value pairs: the key is the
  std::string_view map_value{};   // record's key field, the value this field ("level")
};

enum class FileKind { profile, evidence, metrics, judgements, actions };
inline constexpr FileKind kFileKinds[] = {FileKind::profile, FileKind::evidence,
                                          FileKind::metrics, FileKind::judgements,
                                          FileKind::actions};

struct FileSpec {
  FileKind kind;
  std::string_view stem;      // file name without extension: "evidence"
  std::string_view root;      // XML root element and the JSON top-level key: "evidence-register"
  std::string_view noun;      // for messages: "evidence register"
  std::vector<Format> formats{};
  const RecordSpec* top = nullptr;   // profile: the record the root element itself is
  std::vector<ContainerSpec> containers{};  // profile only
  const RecordSpec* item = nullptr;  // registers: the record repeated under the root
};

const FileSpec& file_spec(FileKind kind);

}  // namespace iso20k::ws
