#pragma once
// Where each value of a JSON text is. Boost.PropertyTree decodes JSON but forgets positions and
// types (numbers, true and null all become strings; [] and {} and "" look alike), so this scanner
// walks the text once and records, for every value, its kind and the byte offsets of the value and
// of its member key, by JSON pointer (RFC 6901: "/evidence-register/3/issued"). It also finds the
// first syntax error with its exact offset, keys repeated within an object, and nesting deeper
// than the readers allow (PropertyTree's parser is recursive), so it runs before PropertyTree.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace iso20k::ws {

enum class JsonKind { object, array, string, number, boolean, null };
const char* describe(JsonKind k);  // "an object", "a list", "a string", …

struct JsonSpot {
  JsonKind kind = JsonKind::null;
  std::size_t value_offset = 0;  // the value's first byte (a string's opening quote)
  std::size_t key_offset = 0;    // the member key's opening quote; the value's offset otherwise
};

struct JsonProblem {
  std::size_t offset = 0;
  std::string message;
};

struct JsonIndex {
  std::map<std::string, JsonSpot> spots;   // by JSON pointer; the whole text is ""
  std::vector<JsonProblem> duplicate_keys;  // each repeat of a key (the first occurrence is indexed)
  std::optional<JsonProblem> syntax_error;  // set when the text is not JSON; spots are then partial
  const JsonSpot* find(const std::string& pointer) const;
};

inline constexpr std::size_t kMaxJsonDepth = 64;

JsonIndex index_json(std::string_view text, std::size_t max_depth = kMaxJsonDepth);

// pointer + "/" + key, with '~' and '/' escaped as RFC 6901 says.
std::string json_pointer(const std::string& parent, std::string_view key);

}  // namespace iso20k::ws
