// An XML workspace file read into records: the root element's attributes and text elements as the
// top record's fields, repeated elements as the items of a text list, records nested in
// containers, each value located where it is written.
#include "iso20k/load/workspace/xml_reader.h"

#include <doctest/doctest.h>

#include "support/record_dump.h"

using namespace iso20k;
using namespace iso20k::ws;

TEST_CASE("xml reader: a profile's fields, its repeated assessors and its nested records, located") {
  Diagnostics d;
  const std::optional<RecordFile> rf = read_xml_records(SourceText("profile.xml", R"(<profile xmlns="urn:iso20k:workspace:1" checklist="c" persons="5">
  <organisation>A &amp; B</organisation>
  <assessor>Jane</assessor>
  <assessor>Ravi</assessor>
  <services>
    <service id="desk" name="Desk"/>
  </services>
  <targets>
    <target process="incident" level="2"/>
  </targets>
</profile>
)"),
                                                        file_spec(FileKind::profile), d);
  CHECK(d.empty());
  REQUIRE(rf);
  CHECK(rf->format == Format::xml);
  CHECK(rf->kind == FileKind::profile);
  CHECK(iso20k::test::dump(*rf) ==
        "profile @1:1\n"
        "  checklist[checklist]='c' @1:52 key @1:41\n"
        "  persons[persons]='5' @1:64 key @1:55\n"
        "  organisation[organisation]='A & B' @2:17 key @2:3\n"
        "  assessors[assessor]='Jane' @3:13 key @3:3 item\n"
        "  assessors[assessor]='Ravi' @4:13 key @4:3 item\n"
        "service @6:5\n"
        "  id[id]='desk' @6:18 key @6:14\n"
        "  name[name]='Desk' @6:30 key @6:24\n"
        "target @9:5\n"
        "  process[process]='incident' @9:22 key @9:13\n"
        "  level[level]='2' @9:39 key @9:32\n");
}

TEST_CASE("xml reader: a register is the records under its root, the wrong root reads nothing") {
  Diagnostics d;
  const std::optional<RecordFile> rf = read_xml_records(
      SourceText("evidence.xml", "<evidence-register xmlns=\"urn:iso20k:workspace:1\">\n"
                                 "  <evidence id=\"DOC-A\" status=\"seen\"><notes/></evidence>\n"
                                 "</evidence-register>\n"),
      file_spec(FileKind::evidence), d);
  CHECK(d.empty());
  REQUIRE(rf);
  // An empty text element is located at the element itself.
  CHECK(iso20k::test::dump(*rf) ==
        "evidence @2:3\n"
        "  id[id]='DOC-A' @2:17 key @2:13\n"
        "  status[status]='seen' @2:32 key @2:24\n"
        "  notes[notes]='' @2:38 key @2:38\n");
  Diagnostics wrong;
  CHECK_FALSE(read_xml_records(SourceText("evidence.xml", "<metrics xmlns=\"urn:iso20k:workspace:1\"/>"),
                               file_spec(FileKind::evidence), wrong));
  REQUIRE(wrong.size() == 1);
  CHECK(wrong[0].message == "root element is <metrics>, expected <evidence-register>");
}
