// The shape of the workspace files as data (docs/workspace-format.md): the formats each kind of file
// takes, its names, and each record's fields.
#include "iso20k/load/workspace/schema.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace iso20k::ws;

namespace {

std::string formats(FileKind kind) {
  std::string out;
  for (Format f : file_spec(kind).formats) out += std::string(out.empty() ? "" : " ") + extension(f);
  return out;
}

std::vector<std::string> names(const RecordSpec& spec, bool informational) {
  std::vector<std::string> out;
  for (std::string_view n : spec.names(informational)) out.emplace_back(n);
  return out;
}

}  // namespace

TEST_CASE("schema: each kind of file, its stem, root and the formats it is read from") {
  CHECK(formats(FileKind::profile) == "xml json ini");
  CHECK(formats(FileKind::evidence) == "xml json ini csv");
  CHECK(formats(FileKind::metrics) == "xml json ini csv");
  CHECK(formats(FileKind::judgements) == "xml json ini");
  CHECK(formats(FileKind::actions) == "xml json ini csv");
  CHECK(file_spec(FileKind::evidence).stem == "evidence");
  CHECK(file_spec(FileKind::evidence).root == "evidence-register");
  CHECK(file_spec(FileKind::metrics).noun == "metrics register");
  CHECK(file_spec(FileKind::profile).top != nullptr);
  CHECK(file_spec(FileKind::profile).item == nullptr);
  CHECK(file_spec(FileKind::actions).item->key == "id");
  CHECK(std::string(to_string(Format::json)) == "JSON");
  CHECK(std::string(extension(Format::ini)) == "ini");
}

TEST_CASE("schema: an evidence record's fields, the request list's columns read and ignored") {
  const RecordSpec& e = *file_spec(FileKind::evidence).item;
  CHECK(names(e, false) == std::vector<std::string>{"id", "status", "reference", "version", "issued", "reviewed",
                                                    "expires", "owner", "approved-by", "notes"});
  CHECK(names(e, true).size() == 18);
  REQUIRE(e.find("id"));
  CHECK(e.find("id")->required);
  CHECK(e.find("id")->csv_alias == "evidence id");
  CHECK(e.find("notes")->xml_element);
  CHECK(e.find("title")->informational);
  CHECK(e.find("colour") == nullptr);
}

TEST_CASE("schema: the profile's lists and containers") {
  const FileSpec& p = file_spec(FileKind::profile);
  CHECK(p.top->find("assessors")->shape == Shape::text_list);
  CHECK(p.top->find("assessors")->xml_name == "assessor");
  CHECK(p.top->find("persons")->required);
  REQUIRE(p.containers.size() == 3);
  CHECK(p.containers[0].name == "services");
  CHECK(p.containers[1].record->find("services")->shape == Shape::id_list);
  CHECK(p.containers[2].map);
  CHECK(p.containers[2].map_value == "level");
  CHECK(file_spec(FileKind::actions).item->find("requirements")->shape == Shape::id_list);
}
