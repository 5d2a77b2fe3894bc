// A CSV register read into records: one per data row, columns by their header names (aliases and
// any case), the request list's columns dropped, and nothing read when a required column is missing.
#include "iso20k/load/workspace/csv_reader.h"

#include <doctest/doctest.h>

#include "support/record_dump.h"

using namespace iso20k;
using namespace iso20k::ws;

TEST_CASE("csv reader: rows as records, headers as the names the file spells, informational columns dropped") {
  Diagnostics d;
  const std::optional<RecordFile> rf = read_csv_records(
      SourceText("evidence.csv", "Evidence ID,Status,Title,Notes\nDOC-A,seen,Policy,\"x, y\"\n"), file_spec(FileKind::evidence), d);
  CHECK(d.empty());
  REQUIRE(rf);
  CHECK(rf->format == Format::csv);
  CHECK(iso20k::test::dump(*rf) ==
        "evidence @2:1\n"
        "  id[Evidence ID]='DOC-A' @2:1 key @1:1\n"
        "  status[Status]='seen' @2:7 key @1:13\n"
        "  notes[Notes]='x, y' @2:20 key @1:26\n");
}

TEST_CASE("csv reader: without a required column nothing is read, a register kind only") {
  Diagnostics d;
  CHECK_FALSE(read_csv_records(SourceText("evidence.csv", "id,notes\nDOC-A,x\n"), file_spec(FileKind::evidence), d));
  REQUIRE(d.size() == 1);
  CHECK(d[0].message.find("status") != std::string::npos);
  Diagnostics none;
  CHECK_FALSE(read_csv_records(SourceText("profile.csv", "organisation\nA\n"), file_spec(FileKind::profile), none));
  Diagnostics bad;
  CHECK_FALSE(read_csv_records(SourceText("evidence.csv", "id,status\nDOC-\xFF,seen\n"), file_spec(FileKind::evidence), bad));
  REQUIRE(bad.size() == 1);
  CHECK(format(bad[0]) == "evidence.csv:2:5: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8");
}
