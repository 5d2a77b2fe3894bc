// Typed, located access to one record's fields, on records made by hand: a scalar given twice,
// lists split as their shape and the file's format say, blank values, and where things are.
#include "iso20k/load/workspace/record_reader.h"

#include <doctest/doctest.h>

using namespace iso20k;
using namespace iso20k::ws;

namespace {

Field field(std::string name, std::string spelled, std::string value, std::size_t offset, std::size_t name_offset,
            bool item = false) {
  Field f;
  f.name = std::move(name);
  f.spelled = std::move(spelled);
  f.value = std::move(value);
  f.offset = offset;
  f.name_offset = name_offset;
  f.list_item = item;
  return f;
}

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) out += format(x) + "\n";
  return out;
}

std::string items(const std::vector<RecordReader::Item>& list) {
  std::string out;
  for (const RecordReader::Item& i : list) {
    out += i.value + "@" + std::to_string(i.where.line) + ":" + std::to_string(i.where.column) + " ";
  }
  return out;
}

// Line 1 "A-1,R-1,R-2;  R-3": an action whose requirements start at byte 4.
const char* const kText = "A-1,R-1,R-2;  R-3\n";

}  // namespace

TEST_CASE("record reader: a scalar given twice is reported at its name, the first one counts") {
  const RecordFile file{SourceText("a.ini", "status= open \nStatus=done\n"), Format::ini, FileKind::actions, {}};
  Record r;
  r.type = "action";
  r.fields = {field("status", "status", " open ", 7, 0), field("status", "Status", "done", 21, 14)};
  Diagnostics d;
  RecordReader reader(file, r, *file_spec(FileKind::actions).item, d);
  CHECK(all(d) == "a.ini:2:1: error: 'Status' is given twice\n");
  CHECK(reader.text("status") == "open");
  CHECK(reader.has("status"));
  CHECK_FALSE(reader.has("owner"));
  CHECK(reader.at("status").column == 9);  // after the leading blank of the first
  CHECK(reader.at("owner").line == 1);     // not given: the record
}

TEST_CASE("record reader: an id list splits on blanks, commas and semicolons, each item located") {
  const RecordFile file{SourceText("a.csv", kText), Format::csv, FileKind::actions, {}};
  Record r;
  r.type = "action";
  r.fields = {field("id", "id", "A-1", 0, 0), field("requirements", "requirements", "R-1,R-2;  R-3", 4, 4)};
  Diagnostics d;
  RecordReader reader(file, r, *file_spec(FileKind::actions).item, d);
  CHECK(items(reader.list("requirements")) == "R-1@1:5 R-2@1:9 R-3@1:15 ");
  CHECK(reader.locations().of("requirements[2]", {}).column == 15);
  CHECK(reader.list("owner").empty());
  CHECK(d.empty());
}

TEST_CASE("record reader: a text list splits on semicolons in INI and CSV only, an empty native item is reported") {
  const SourceText text("p", "assessors = Jane; Ravi\n<assessor> </assessor>\n");
  Record r;
  r.type = "profile";
  r.fields = {field("assessors", "assessors", "Jane; Ravi", 12, 0)};
  Diagnostics d;
  const RecordFile ini{text, Format::ini, FileKind::profile, {}};
  CHECK(items(RecordReader(ini, r, *file_spec(FileKind::profile).top, d).list("assessors")) == "Jane@1:13 Ravi@1:19 ");
  const RecordFile xml{text, Format::xml, FileKind::profile, {}};
  CHECK(items(RecordReader(xml, r, *file_spec(FileKind::profile).top, d).list("assessors")) == "Jane; Ravi@1:13 ");
  Record empty;
  empty.type = "profile";
  empty.fields = {field("assessors", "assessor", " ", 33, 23, true)};
  RecordReader reader(xml, empty, *file_spec(FileKind::profile).top, d);
  CHECK(reader.list("assessors").empty());
  CHECK(all(d) == "p:2:11: error: 'assessor' is empty\n");
}

TEST_CASE("record reader: where a duplicate was first seen, in words") {
  CHECK(first_at({"a.csv", 3, 1}, {"a.csv", 9, 1}) == " (first at line 3)");
  CHECK(first_at({"a.csv", 3, 1}, {"b.csv", 9, 1}) == " (first in a.csv:3)");
  CHECK(first_at({"a.csv", 0, 0}, {"a.csv", 9, 1}).empty());
}
