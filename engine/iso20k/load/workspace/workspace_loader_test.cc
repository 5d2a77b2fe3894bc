// Loading a workspace folder: which files are read, file names that are almost right, what a
// partial load keeps, the checks across files, and how the profile's checklist is found.
#include "iso20k/load/workspace/workspace_loader.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "support/test_support.h"

using namespace iso20k;
using iso20k::test::TempDir;
using iso20k::test::write_file;

namespace {

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) out += format(x) + "\n";
  return out;
}

const char* const kProfile = R"({"profile": {"organisation": "Acme", "checklist": "iso20000-1:2018",
  "assessment-date": "2026-03-10", "assessors": ["J. Doe"], "scope": "Hosting", "persons": 12}}
)";

}  // namespace

TEST_CASE("workspace loader: a profile alone is a workspace, registers are optional") {
  TempDir dir;
  write_file(dir / "profile.json", kProfile);
  write_file(dir / "notes.txt", "not a workspace file: ignored");
  const WorkspaceLoad load = load_workspace(dir.path().string());
  CHECK(all(load.diagnostics).empty());
  REQUIRE(load.workspace);
  CHECK(load.workspace->dir == dir.path().string());
  CHECK(load.workspace->profile.organisation == "Acme");
  CHECK(load.workspace->evidence.empty());
  CHECK(load.workspace->actions.empty());
}

TEST_CASE("workspace loader: file names in the wrong case, misspelt, or in a format their kind does not take") {
  TempDir dir;
  write_file(dir / "profile.json", kProfile);
  write_file(dir / "Evidence.csv", "id,status\n");
  write_file(dir / "metrcs.csv", "id,value\n");
  write_file(dir / "judgements.csv", "requirement,result\n");
  write_file(dir / "actions.yaml", "- id: A-1\n");
  const std::string d = dir.path().string();
  const WorkspaceLoad load = load_workspace(d);
  CHECK_FALSE(load.workspace);
  CHECK(all(load.diagnostics) ==
        d + "/Evidence.csv: error: workspace file names are lower case: rename it to evidence.csv\n" +
        d + "/actions.yaml: error: the improvement actions is read from actions.xml, actions.json, actions.ini or "
            "actions.csv, not .yaml\n" +
        d + "/judgements.csv: error: the judgements register is read from judgements.xml, judgements.json or "
            "judgements.ini, not .csv\n" +
        d + "/metrcs.csv: error: not a workspace file name (did you mean metrics.csv?)\n");
}

TEST_CASE("workspace loader: not a folder, no such folder") {
  TempDir dir;
  write_file(dir / "file", "x");
  CHECK(all(load_workspace((dir / "file").string()).diagnostics) ==
        (dir / "file").string() +
            ": error: not a folder: a workspace is a folder holding profile.xml (or .json, .ini) and its registers\n");
  CHECK(all(load_workspace((dir / "none").string()).diagnostics) == (dir / "none").string() + ": error: no such folder\n");
}

TEST_CASE("workspace loader: a partial load keeps what could be read, for validation only") {
  TempDir dir;
  write_file(dir / "profile.json", kProfile);
  write_file(dir / "evidence.csv", "id,status\nDOC-A,seen\nDOC-B,sen\n");
  const WorkspaceLoad strict = load_workspace(dir.path().string());
  CHECK_FALSE(strict.workspace);
  CHECK(strict.diagnostics.size() == 1);
  WorkspaceLoadOptions keep;
  keep.keep_partial = true;
  const WorkspaceLoad partial = load_workspace(dir.path().string(), keep);
  REQUIRE(partial.workspace);
  CHECK(partial.workspace->evidence.size() == 2);
  CHECK(partial.diagnostics.size() == 1);
  // Without a profile nothing is kept, even then.
  std::filesystem::remove(dir / "profile.json");
  CHECK_FALSE(load_workspace(dir.path().string(), keep).workspace);
}

TEST_CASE("workspace loader: the tailoring and checklist files the profile names must exist, no evidence after the date") {
  TempDir dir;
  write_file(dir / "profile.json", R"({"profile": {"organisation": "Acme", "checklist": "lists/mine.xml",
  "tailoring": "t.xml", "assessment-date": "2026-03-10", "assessors": ["J. Doe"], "scope": "Hosting", "persons": 12}}
)");
  write_file(dir / "evidence.csv", "id,status,issued\nDOC-A,seen,2026-03-11\n");
  const std::string d = dir.path().string();
  CHECK(all(load_workspace(d).diagnostics) ==
        d + "/evidence.csv:2:12: error: issued 2026-03-11 is after the assessment date 2026-03-10 (profile)\n" +
        d + "/profile.json:1:52: error: the checklist file 'lists/mine.xml' does not exist in " + d +
        " (a checklist is named by its id, or by a path relative to the workspace folder)\n" +
        d + "/profile.json:2:17: error: the tailoring file 't.xml' does not exist in " + d + "\n");
  std::filesystem::create_directories(dir / "lists");
  write_file(dir / "lists" / "mine.xml", "<checklist/>");
  write_file(dir / "t.xml", "<tailoring/>");
  write_file(dir / "evidence.csv", "id,status,issued\nDOC-A,seen,2026-03-10\n");
  CHECK(all(load_workspace(d).diagnostics).empty());
}

TEST_CASE("workspace loader: the checklist named by id, or by a path relative to the workspace") {
  Workspace w;
  w.dir = "clients/acme";
  w.profile.checklist = "iso20000-1:2018";
  CHECK_FALSE(names_checklist_file(w.profile));
  CHECK(checklist_reference(w) == "iso20000-1:2018");
  w.profile.checklist = "../../checklists/small.xml";
  CHECK(names_checklist_file(w.profile));
  CHECK(checklist_reference(w) == "checklists/small.xml");
  w.profile.checklist = "mine.xml";
  CHECK(names_checklist_file(w.profile));
  CHECK(checklist_reference(w) == "clients/acme/mine.xml");
  w.profile.checklist = ".xml";
  CHECK_FALSE(names_checklist_file(w.profile));
}

TEST_CASE("workspace loader: diagnostics sorted by file, line and column, equal places in their order") {
  Diagnostics d = {{{"b.csv", 1, 1}, "1"}, {{"a.csv", 2, 1}, "2"}, {{"a.csv", 1, 9}, "3"},
                   {{"a.csv", 1, 2}, "4"}, {{"a.csv", 1, 2}, "5"}, {{"", 0, 0}, "6"}};
  sort_by_position(d);
  std::string order;
  for (const Diagnostic& x : d) order += x.message;
  CHECK(order == "645321");
}
