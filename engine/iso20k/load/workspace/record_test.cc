// Where character `index` of a field's value is in the file: exact while the text is written
// verbatim up to there, else the value's start.
#include "iso20k/load/workspace/record.h"

#include <doctest/doctest.h>

using namespace iso20k;
using namespace iso20k::ws;

namespace {

Field field(std::string value, std::size_t offset) {
  Field f;
  f.value = std::move(value);
  f.offset = offset;
  return f;
}

}  // namespace

TEST_CASE("record: an index into a value written verbatim is exact") {
  const SourceText s("a.csv", "A-1,\"R-1, R-2\"\n");
  const Field f = field("R-1, R-2", 5);
  CHECK(offset_in(s, f, 0) == 5);
  CHECK(offset_in(s, f, 5) == 10);
  CHECK(offset_in(s, f, 8) == 13);  // one past the end of the value
}

TEST_CASE("record: after an escape the value's start is the best place known") {
  const SourceText s("a.json", R"({"notes": "a\"b c"})");
  const Field f = field("a\"b c", 11);  // decoded: the escape is one character
  CHECK(offset_in(s, f, 1) == 12);      // 'a' and before are verbatim
  CHECK(offset_in(s, f, 2) == 11);      // past the escape
  CHECK(offset_in(s, f, 4) == 11);
  CHECK(offset_in(s, f, 9) == 11);      // past the value
  CHECK(offset_in(s, field("x", 100), 0) == 100);  // an offset past the file's end is kept as it is
}
