// Linear, capped diagnostics: tens of thousands of unknown attributes, columns or keys give the
// first kMaxSimilarProblems problems and one "… and K more" line, in linear time (the check is
// on the count of diagnostics, not on a clock: quadratic work here took seconds).
#include <doctest/doctest.h>

#include <filesystem>

#include "iso20k/format/source_text.h"
#include "iso20k/load/workspace/workspace_loader.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;
namespace fs = std::filesystem;

namespace {

// A copy of a fixture workspace (with the checklist its profile names) whose `name` is replaced
// by `text`; all its problems.
Diagnostics problems_with(const std::string& base, const std::string& name, const std::string& text) {
  TempDir tmp;
  const fs::path ws = tmp / "workspaces" / "ws";
  fs::create_directories(ws);
  fs::create_directories(tmp / "checklists");
  fs::copy_file(fixture("checklists/small.xml"), tmp / "checklists" / "small.xml");
  for (const auto& e : fs::directory_iterator(fixture("workspaces/" + base))) {
    fs::copy_file(e.path(), ws / e.path().filename());
  }
  write_file(ws / name, text);
  return load_workspace(ws.string()).diagnostics;
}

std::size_t count_containing(const Diagnostics& ds, const std::string& part) {
  std::size_t n = 0;
  for (const Diagnostic& d : ds) n += d.message.find(part) != std::string::npos ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("capped diagnostics: 50,000 unknown XML attributes give 20 and a count of the rest") {
  std::string attributes;
  for (int i = 0; i < 50000; ++i) attributes += " zz" + std::to_string(i) + "=\"1\"";
  std::string text = read_file(fixture("workspaces/same-xml/evidence.xml"));
  replace_first(text, "<evidence id=\"DOC-POLICY\"", "<evidence" + attributes + " id=\"DOC-POLICY\"");
  const Diagnostics ds = problems_with("same-xml", "evidence.xml", text);
  CHECK(count_containing(ds, "unknown attribute 'zz") == kMaxSimilarProblems);
  CHECK(count_containing(ds, "… and 49980 more unknown attributes on <evidence>") == 1);
  CHECK(ds.size() == kMaxSimilarProblems + 1);
}

TEST_CASE("capped diagnostics: 100,000 unknown CSV columns give 20 and a count of the rest") {
  std::string header = "evidence id,status";
  std::string row = "DOC-POLICY,seen";
  for (int i = 0; i < 100000; ++i) {
    header += ",c" + std::to_string(i);
    row += ',';
  }
  const Diagnostics ds = problems_with("same-csv", "evidence.csv", header + "\n" + row + "\n");
  CHECK(count_containing(ds, "unknown column 'c") == kMaxSimilarProblems);
  REQUIRE(count_containing(ds, "… and 99980 more unknown columns") == 1);
  CHECK(ds.size() == kMaxSimilarProblems + 1);
  // The count is placed where the first column not reported is: after the 20 that are.
  const Diagnostic& more = ds.back();
  CHECK(more.message == "… and 99980 more unknown columns");
  CHECK(more.where.line == 1);
  CHECK(more.where.column == static_cast<int>(std::string("evidence id,status,").size() +
                                               std::string("c0,c1,c2,c3,c4,c5,c6,c7,c8,c9,").size() +
                                               std::string("c10,c11,c12,c13,c14,c15,c16,c17,c18,c19,").size() + 1));
}

TEST_CASE("capped diagnostics: unknown JSON and INI keys, unknown XML elements, misshapen CSV rows") {
  {
    std::string keys;
    for (int i = 0; i < 5000; ++i) keys += "\"k" + std::to_string(i) + "\": 1, ";
    std::string text = read_file(fixture("workspaces/same-json/evidence.json"));
    replace_first(text, "\"id\": \"DOC-POLICY\"", keys + "\"id\": \"DOC-POLICY\"");
    const Diagnostics ds = problems_with("same-json", "evidence.json", text);
    CHECK(count_containing(ds, "unknown key \"k") == kMaxSimilarProblems);
    CHECK(count_containing(ds, "… and 4980 more unknown keys in this object") == 1);
  }
  {
    std::string keys;
    for (int i = 0; i < 5000; ++i) keys += "k" + std::to_string(i) + " = 1\n";
    std::string text = read_file(fixture("workspaces/same-ini/evidence.ini"));
    const std::size_t section = text.find("[DOC-POLICY]\n");
    REQUIRE(section != std::string::npos);
    text.insert(section + std::string("[DOC-POLICY]\n").size(), keys);
    const Diagnostics ds = problems_with("same-ini", "evidence.ini", text);
    CHECK(count_containing(ds, "unknown key 'k") == kMaxSimilarProblems);
    CHECK(count_containing(ds, "… and 4980 more unknown keys in section [DOC-POLICY]") == 1);
  }
  {
    std::string elements;
    for (int i = 0; i < 5000; ++i) elements += "<x" + std::to_string(i) + "/>";
    std::string text = read_file(fixture("workspaces/same-xml/evidence.xml"));
    replace_first(text, "</evidence-register>", elements + "</evidence-register>");
    const Diagnostics ds = problems_with("same-xml", "evidence.xml", text);
    CHECK(count_containing(ds, "unknown element <x") == kMaxSimilarProblems);
    CHECK(count_containing(ds, "… and 4980 more unknown elements in <evidence-register>") == 1);
  }
  {
    std::string rows = "evidence id,status\n";
    for (int i = 0; i < 5000; ++i) rows += "DOC-" + std::to_string(i) + ",seen,extra\n";
    const Diagnostics ds = problems_with("same-csv", "evidence.csv", rows);
    CHECK(count_containing(ds, "this row has 3 fields but the header has 2") == kMaxSimilarProblems);
    CHECK(count_containing(ds, "… and 4980 more rows whose number of fields differs from the header's") == 1);
  }
}
