// The JSON position index: offsets and kinds by JSON pointer, syntax errors at their exact offset.
#include "iso20k/format/json_index.h"

#include <doctest/doctest.h>

using namespace iso20k::ws;

TEST_CASE("json index: kinds and offsets of values and keys by pointer") {
  const std::string t = "{\"a\": [1, \"x\", true, null, {\"b~/c\": -2.5e3}], \"d\": {}}";
  const JsonIndex ix = index_json(t);
  REQUIRE_FALSE(ix.syntax_error);
  CHECK(ix.find("")->kind == JsonKind::object);
  CHECK(ix.find("/a")->kind == JsonKind::array);
  CHECK(ix.find("/a")->key_offset == t.find("\"a\""));
  CHECK(ix.find("/a")->value_offset == t.find('['));
  CHECK(ix.find("/a/0")->kind == JsonKind::number);
  CHECK(ix.find("/a/1")->value_offset == t.find("\"x\""));
  CHECK(ix.find("/a/2")->kind == JsonKind::boolean);
  CHECK(ix.find("/a/3")->kind == JsonKind::null);
  CHECK(ix.find("/a/4/b~0~1c")->kind == JsonKind::number);  // RFC 6901 escapes
  CHECK(ix.find("/a/4/b~0~1c")->value_offset == t.find("-2.5e3"));
  CHECK(ix.find("/d")->kind == JsonKind::object);
  CHECK(ix.find("/e") == nullptr);
  CHECK(json_pointer("/x", "a/b~c") == "/x/a~1b~0c");
}

TEST_CASE("json index: escaped keys are decoded, a BOM is skipped") {
  const std::string t = "\xEF\xBB\xBF{\"caf\\u00e9\": \"\\ud83d\\ude00\"}";
  const JsonIndex ix = index_json(t);
  REQUIRE_FALSE(ix.syntax_error);
  REQUIRE(ix.find("/caf\xC3\xA9"));
  CHECK(ix.find("/caf\xC3\xA9")->value_offset == t.find(": ") + 2);
}

TEST_CASE("json index: a repeated key is reported once per repeat — the first is indexed") {
  const std::string t = "{\"a\": 1, \"b\": 2, \"a\": {\"c\": 3}}";
  const JsonIndex ix = index_json(t);
  REQUIRE(ix.duplicate_keys.size() == 1);
  CHECK(ix.duplicate_keys[0].offset == t.rfind("\"a\""));
  CHECK(ix.duplicate_keys[0].message == "the key \"a\" appears twice in this object");
  CHECK(ix.find("/a")->kind == JsonKind::number);
  CHECK(ix.find("/a/c") == nullptr);
}

namespace {
std::string error_of(const std::string& t) {
  const JsonIndex ix = index_json(t);
  REQUIRE(ix.syntax_error);
  return std::to_string(ix.syntax_error->offset) + " " + ix.syntax_error->message;
}
}  // namespace

TEST_CASE("json index: syntax errors at their exact offset") {
  CHECK(error_of("") == "0 the file holds no JSON value");
  CHECK(error_of("{\"a\": 1,}") == "8 a ',' before '}': remove the trailing comma");
  CHECK(error_of("[1, 2,]") == "6 a ',' before ']': remove the trailing comma");
  CHECK(error_of("{\"a\" 1}") == "5 expected ':' after the key");
  CHECK(error_of("{a: 1}") == "1 expected a key in double quotes");
  CHECK(error_of("{\"a\": 1 \"b\": 2}") == "8 expected ',' or '}' after a member of an object");
  CHECK(error_of("[1 2]") == "3 expected ',' or ']' after a list element");
  CHECK(error_of("{\"a\": [1, 2}") == "11 expected ',' or ']' after a list element");
  CHECK(error_of("{\"a\": \"x") == "6 this string is never closed: a '\"' is missing");
  CHECK(error_of("{\"a\": \"x\ny\"}") == "8 a line break inside a string: write \\n, or close the string");
  CHECK(error_of("{\"a\": \"\\x\"}") == "7 invalid escape in a string: \\ is followed by one of \" \\ / b f n r t u");
  CHECK(error_of("{\"a\": \"\\u12\"}") == "9 \\u needs four hexadecimal digits");
  CHECK(error_of("{\"a\": \"\\udc00\"}") == "7 a low surrogate \\u escape without a high one");
  CHECK(error_of("{\"a\": 01}") == "6 a number must not start with 0");
  CHECK(error_of("{\"a\": 1.}") == "6 malformed number: digits must follow '.'");
  CHECK(error_of("{\"a\": -}") == "6 malformed number");
  CHECK(error_of("{\"a\": tru}") == "6 expected a value; text needs double quotes (\"...\")");
  CHECK(error_of("{\"a\": seen}") == "6 expected a value (an object, a list, a string in double quotes, a number, true, false or null)");
  CHECK(error_of("{\"a\": 1} x") == "9 unexpected text after the end of the JSON value");
  CHECK(error_of("{\"a\": [1") == "8 the file ends inside a list: a ']' is missing");
  CHECK(error_of("{\"a\":") == "5 the file ends where a value is expected");
}

TEST_CASE("json index: nesting deeper than the limit is refused, not recursed into") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const JsonIndex ix = index_json(deep);
  REQUIRE(ix.syntax_error);
  CHECK(ix.syntax_error->offset == kMaxJsonDepth);
  CHECK(ix.syntax_error->message == "the JSON is nested more than 64 levels deep");
  const std::string ok = std::string(64, '[') + std::string(64, ']');
  CHECK_FALSE(index_json(ok).syntax_error);
}
