#pragma once
// Where each section and key of an INI text is. Boost.PropertyTree decodes INI but keeps no
// positions; this scanner reads the text by the same rules (lines trimmed; ';' and '#' start
// comment lines; "[name]" opens a section; "key = value" elsewhere; a value runs to the end of its
// line) and records the byte offsets of every section name, key and value. It finds the problems
// PropertyTree throws on with their exact column, and those PropertyTree lets pass silently: text
// after a section's ']' and sections without keys (PropertyTree drops them).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace iso20k::ws {

struct IniEntry {
  std::string key, value;  // trimmed, as PropertyTree gives them
  std::size_t key_offset = 0;
  std::size_t value_offset = 0;  // first character of the value (end of line when empty)
};

struct IniSection {
  std::string name;              // trimmed text between '[' and ']'
  std::size_t offset = 0;        // the '['
  std::size_t name_offset = 0;   // first character of the name
  std::vector<IniEntry> entries;
};

struct IniProblem {
  std::size_t offset = 0;
  std::string message;
};

struct IniIndex {
  std::vector<IniEntry> top;  // keys before the first section
  std::vector<IniSection> sections;
  std::vector<IniProblem> warnings;        // accepted by PropertyTree but reported by us
  std::optional<IniProblem> syntax_error;  // what PropertyTree would refuse; the scan stops there
};

IniIndex index_ini(std::string_view text);

}  // namespace iso20k::ws
