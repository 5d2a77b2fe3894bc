// A JSON workspace file read into records: a register's objects, arrays as the items of a list,
// strings located after their quote, numbers and null where they start, and a map of target levels
// as records of their own.
#include "iso20k/load/workspace/json_reader.h"

#include <doctest/doctest.h>

#include "support/record_dump.h"

using namespace iso20k;
using namespace iso20k::ws;

TEST_CASE("json reader: a register's records, list items, escapes, numbers and null, located") {
  Diagnostics d;
  const std::optional<RecordFile> rf = read_json_records(SourceText("actions.json", R"({"actions": [
  {"id": "A-1", "requirements": ["R-1", "R-2"], "title": "Fix \"it\"", "progress": 40, "due": null}
]}
)"),
                                                         file_spec(FileKind::actions), d);
  CHECK(d.empty());
  REQUIRE(rf);
  CHECK(rf->format == Format::json);
  CHECK(iso20k::test::dump(*rf) ==
        "action @2:3\n"
        "  id[id]='A-1' @2:11 key @2:4\n"
        "  requirements[requirements]='R-1' @2:35 key @2:17 item\n"
        "  requirements[requirements]='R-2' @2:42 key @2:17 item\n"
        "  title[title]='Fix \"it\"' @2:59 key @2:49\n"
        "  progress[progress]='40' @2:84 key @2:72\n"
        "  due[due]='' @2:95 key @2:88\n");
}

TEST_CASE("json reader: the profile's target levels, a map, become one record per process") {
  Diagnostics d;
  const std::optional<RecordFile> rf = read_json_records(
      SourceText("profile.json", "{\"profile\": {\"persons\": 3,\n  \"targets\": {\"incident\": 3, \"change\": 0}}}\n"),
      file_spec(FileKind::profile), d);
  CHECK(d.empty());
  REQUIRE(rf);
  CHECK(iso20k::test::dump(*rf) ==
        "profile @1:13\n"
        "  persons[persons]='3' @1:25 key @1:14\n"
        "target @2:15\n"
        "  process[process]='incident' @2:16 key @2:15\n"
        "  level[level]='3' @2:27 key @2:15\n"
        "target @2:30\n"
        "  process[process]='change' @2:31 key @2:30\n"
        "  level[level]='0' @2:40 key @2:30\n");
}
