// Opening one assessment's inputs: the library (bundled checklists, extra folders, registries), the
// workspace with its checklist and tailoring, overrides of both, and the one-line failure that
// says which input could not be used.
#include "iso20k/pipeline/assessment_inputs.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "support/test_support.h"

using namespace iso20k;
using iso20k::test::fixture;

namespace {

const Library& library() {
  static const LibraryOpen open = open_library(DataPaths{ISO20K_SOURCE_DIR});
  return open.library;
}

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) out += format(x) + "\n";
  return out;
}

InputsOpen open(const std::string& workspace, const std::string& checklist = "", const std::string& tailoring = "") {
  InputSources s;
  s.workspace = workspace;
  s.checklist = checklist;
  s.tailoring = tailoring;
  return open_assessment_inputs(library(), s);
}

}  // namespace

TEST_CASE("assessment inputs: the library holds the bundled checklists and registries, then extra folders") {
  const LibraryOpen bundled = open_library(DataPaths{ISO20K_SOURCE_DIR});
  CHECK(all(bundled.diagnostics).empty());
  std::vector<std::string> ids;
  for (const CatalogEntry& e : bundled.library.catalog.entries()) {
    ids.push_back(e.id);
    CHECK(e.bundled);
  }
  CHECK(ids == std::vector<std::string>{"iso20000-1:2011", "iso20000-1:2018"});
  CHECK(bundled.library.registries.find("ISO 9001", "2015"));
  CHECK(bundled.library.registries.find("ISO/IEC 20000-1", "2018"));
  const LibraryOpen more = open_library(DataPaths{ISO20K_SOURCE_DIR}, {fixture("checklists"), "/nonexistent/x"});
  CHECK(all(more.diagnostics) == "/nonexistent/x: error: not a folder of checklists\n");
  REQUIRE(more.library.catalog.entries().size() == 3);
  CHECK(more.library.catalog.entries()[2].id == "test-small:2024");
  CHECK_FALSE(more.library.catalog.entries()[2].bundled);
}

TEST_CASE("assessment inputs: a valid workspace with the checklist its profile names") {
  const InputsOpen o = open(fixture("workspaces/same-xml"));
  CHECK(all(o.diagnostics).empty());
  CHECK(o.failure.empty());
  REQUIRE(o.inputs);
  CHECK(o.inputs->checklist.id == "test-small:2024");
  CHECK(o.inputs->checklist.tailoring.id.empty());
  CHECK(o.inputs->workspace.profile.organisation == "Müller & Söhne IT GmbH");
}

TEST_CASE("assessment inputs: a tailoring given for the run is applied to the checklist") {
  const InputsOpen o = open(fixture("workspaces/same-xml"), "", fixture("tailoring/small-deselect.xml"));
  INFO(all(o.diagnostics));
  // The tailoring deselects clause 8.1, which the workspace's judgements and actions name: it does
  // not fit, and the failure says so with the tailoring's id.
  CHECK_FALSE(o.inputs);
  CHECK(o.failure == "the workspace " + fixture("workspaces/same-xml") +
                         " does not fit checklist test-small:2024 tailored by test-tailoring");
  const ChecklistOpen tailored =
      open_tailored_checklist(library(), fixture("checklists/small.xml"), fixture("tailoring/small-deselect.xml"));
  INFO(all(tailored.diagnostics));
  REQUIRE(tailored.checklist);
  CHECK(tailored.failure.empty());
  CHECK(tailored.checklist->tailoring.id == "test-tailoring");
  CHECK_FALSE(tailored.checklist->find_requirement("R-8.1-02"));
  CHECK(tailored.checklist->find_requirement("ACME-8.2-01"));
}

TEST_CASE("assessment inputs: a checklist given for the run replaces the profile's") {
  const std::string ws = fixture("workspaces/same-xml");
  const InputsOpen unknown = open(ws, "nope:1");
  CHECK_FALSE(unknown.inputs);
  CHECK(unknown.failure == "checklist 'nope:1' cannot be used");
  REQUIRE(unknown.diagnostics.size() == 1);
  CHECK(unknown.diagnostics[0].where.file.empty());  // named on the command line, not in the profile
  CHECK(unknown.diagnostics[0].message.starts_with("unknown checklist 'nope:1' (known: iso20000-1:2011, iso20000-1:2018)"));
  const InputsOpen other = open(ws, "iso20000-1:2018");
  CHECK_FALSE(other.inputs);
  CHECK(other.failure == "the workspace " + ws + " does not fit checklist iso20000-1:2018");
  CHECK_FALSE(other.diagnostics.empty());
}

TEST_CASE("assessment inputs: an unknown checklist in the profile is reported where the profile names it") {
  iso20k::test::TempDir dir;
  std::string profile = iso20k::test::read_file(fixture("workspaces/same-xml/profile.xml"));
  iso20k::test::replace_first(profile, "checklist=\"../../checklists/small.xml\"", "checklist=\"iso20000-1:2099\"");
  iso20k::test::write_file(dir / "profile.xml", profile);
  const InputsOpen o = open(dir.path().string());
  CHECK(o.failure == "checklist 'iso20000-1:2099' cannot be used");
  REQUIRE(o.diagnostics.size() == 1);
  CHECK(o.diagnostics[0].where.file == (dir / "profile.xml").string());
  CHECK(o.diagnostics[0].where.line == 4);
  CHECK(o.diagnostics[0].where.column == 52);
}

TEST_CASE("assessment inputs: a workspace that is not there or not readable fails as the workspace") {
  const InputsOpen o = open("/nonexistent/iso20k-workspace");
  CHECK_FALSE(o.inputs);
  CHECK(o.failure == "the workspace /nonexistent/iso20k-workspace has problems");
  CHECK_FALSE(o.diagnostics.empty());
  const ChecklistOpen bad_tailoring =
      open_tailored_checklist(library(), fixture("checklists/small.xml"), "/nonexistent/tailoring.xml");
  CHECK_FALSE(bad_tailoring.checklist);
  CHECK(bad_tailoring.failure ==
        "the tailoring file /nonexistent/tailoring.xml cannot be applied to checklist test-small:2024");
}
