// Opening a results.json as a report shows it: read, its checklist found and fitted, its figures
// computed again; what the user must give when the checklist or tailoring cannot be found; and an
// earlier results.json for a trend, refused for another organisation or a date not before.
#include "iso20k/pipeline/results_inputs.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "iso20k/export/results_json.h"
#include "iso20k/score/assess.h"
#include "support/test_support.h"

using namespace iso20k;
namespace fs = std::filesystem;

namespace {

const Library& library() {
  static const LibraryOpen open = open_library(DataPaths{ISO20K_SOURCE_DIR});
  return open.library;
}

// A demonstration organisation assessed (as of `as_of`, or its profile's date) and written as
// results.json into `dir`.
std::string written(const test::TempDir& dir, const std::string& org, const std::string& name,
                    std::optional<Date> as_of = std::nullopt) {
  InputSources s;
  s.workspace = std::string(ISO20K_SOURCE_DIR) + "/examples/" + org;
  InputsOpen in = open_assessment_inputs(library(), s);
  REQUIRE(in.inputs);
  AssessOptions options;
  options.as_of = as_of;
  const Assessment a = assess(in.inputs->checklist, in.inputs->workspace, options);
  const fs::path path = dir.path() / name;
  test::write_file(path, results_to_json(a, in.inputs->checklist, in.inputs->workspace));
  return path.string();
}

}  // namespace

TEST_CASE("results inputs: a results.json as iso20k wrote it opens with its checklist, fitted and checked") {
  test::TempDir dir;
  const std::string path = written(dir, "fenwick-cloud", "r.json");
  const ResultsOpen open = open_results_inputs(library(), {path, "", ""});
  REQUIRE(open.results);
  CHECK(open.failure.empty());
  CHECK(open.checklist.id == "iso20000-1:2018");
  CHECK(open.results->assessment.organisation == "Fenwick Cloud Services Ltd");
  CHECK(open.results->workspace.profile.assessing_organisation == "Kowalski Reilly ITSM Advisory");
}

TEST_CASE("results inputs: an unknown checklist and a missing tailoring say what to give") {
  test::TempDir dir;
  std::string text = test::read_file(written(dir, "fenwick-cloud", "r.json"));
  const std::string id = "\"iso20000-1:2018\"";
  text.replace(text.find(id), id.size(), "\"acme:2030\"");
  test::write_file(dir.path() / "acme.json", text);
  const ResultsOpen open = open_results_inputs(library(), {(dir.path() / "acme.json").string(), "", ""});
  CHECK_FALSE(open.results);
  CHECK(open.need == ResultsNeed::checklist_file);
  CHECK(open.failure == (dir.path() / "acme.json").string() + " was made with checklist acme:2030, which is not bundled");
  REQUIRE_FALSE(open.diagnostics.empty());
  CHECK(open.diagnostics.front().where.line > 0);  // at the id in results.json

  AppliedTailoring t;
  t.id = "acme-tailoring";
  t.version = "1.0";
  std::string why;
  CHECK(recorded_tailoring_file((dir.path() / "acme.json").string(), t, why).empty());
  CHECK(why == (dir.path() / "acme.json").string() + " was made with tailoring acme-tailoring version 1.0 but records no file for it");
}

TEST_CASE("results inputs: earlier results of the same organisation for a trend, and those refused") {
  test::TempDir dir;
  const std::string now = written(dir, "northgate-msp", "now.json");
  const std::string before = written(dir, "northgate-msp", "before.json", parse_date("2025-11-17"));
  const std::string other = written(dir, "fenwick-cloud", "other.json", parse_date("2025-11-17"));
  const ResultsOpen current = open_results_inputs(library(), {now, "", ""});
  REQUIRE(current.results);
  const Assessment& a = current.results->assessment;

  const EarlierOpen earlier = open_earlier_results(before, a);
  REQUIRE(earlier.assessment);
  CHECK(to_string(earlier.assessment->as_of) == "2025-11-17");

  const EarlierOpen same_day = open_earlier_results(now, a);
  CHECK_FALSE(same_day.assessment);
  CHECK(same_day.failure == now + " is dated 2026-02-17, not before the assessment of 2026-02-17 the report is about: give earlier results");

  const EarlierOpen foreign = open_earlier_results(other, a);
  CHECK_FALSE(foreign.assessment);
  CHECK(foreign.failure.find("is an assessment of Fenwick Cloud Services Ltd, not of Northgate Managed Services Ltd") !=
        std::string::npos);
}
