// An INI workspace file read into records: one section per record named by its id, which becomes
// the id field located in the section header; keys as fields; the id written again as a key refused.
#include "iso20k/load/workspace/ini_reader.h"

#include <doctest/doctest.h>

#include "support/record_dump.h"

using namespace iso20k;
using namespace iso20k::ws;

TEST_CASE("ini reader: a register's sections as records, the section name as the id") {
  Diagnostics d;
  const std::optional<RecordFile> rf = read_ini_records(
      SourceText("evidence.ini", "[DOC-A]\nstatus = seen\nnotes = a; b\n\n[DOC-B]\nstatus=missing\n"),
      file_spec(FileKind::evidence), d);
  CHECK(d.empty());
  REQUIRE(rf);
  CHECK(rf->format == Format::ini);
  CHECK(iso20k::test::dump(*rf) ==
        "evidence @1:1\n"
        "  id[id]='DOC-A' @1:2 key @1:1\n"
        "  status[status]='seen' @2:10 key @2:1\n"
        "  notes[notes]='a; b' @3:9 key @3:1\n"
        "evidence @5:1\n"
        "  id[id]='DOC-B' @5:2 key @5:1\n"
        "  status[status]='missing' @6:8 key @6:1\n");
}

TEST_CASE("ini reader: the id is given by the section name, not again as a key") {
  Diagnostics d;
  const std::optional<RecordFile> rf =
      read_ini_records(SourceText("evidence.ini", "[DOC-A]\nid = DOC-A\nstatus = seen\n"), file_spec(FileKind::evidence), d);
  REQUIRE(d.size() == 1);
  CHECK(format(d[0]) == "evidence.ini:2:1: error: 'id' is given by the section name [DOC-A]; remove this line");
  REQUIRE(rf);
  REQUIRE(rf->records.size() == 1);
  CHECK(rf->records[0].fields.size() == 2);  // the id from the header, and the status
}
