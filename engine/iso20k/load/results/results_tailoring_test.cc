// results.json and tailoring: the tailoring a checklist carries is written as "checklist.tailoring"
// (and nothing when it carries none), read back strictly with located messages, and
// fit_checklist refuses a checklist that is not tailored as the results were.
#include <doctest/doctest.h>

#include "iso20k/export/results_json.h"
#include "iso20k/load/results/results_reader.h"
#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/load/tailoring/tailoring_loader.h"
#include "iso20k/score/assess.h"
#include "support/test_support.h"

using namespace iso20k;

namespace {

const std::string kSource = ISO20K_SOURCE_DIR;
const std::string kTailoring = kSource + "/tests/fixtures/tailoring/small-deselect.xml";

Checklist small_checklist() {
  ChecklistLoad l = load_checklist(kSource + "/tests/fixtures/checklists/small.xml");
  REQUIRE(l.checklist);
  return std::move(*l.checklist);
}

// The small fixture tailored by small-deselect.xml: R-8.1-02 deselected, R-8.2-01 reweighted,
// ACME-8.2-01 added.
Checklist tailored_checklist() {
  Checklist c = small_checklist();
  const Diagnostics problems = load_and_apply_tailoring(c, kTailoring);
  REQUIRE(problems.empty());
  REQUIRE(c.tailoring.deselected == std::vector<std::string>{"R-8.1-02"});
  return c;
}

Workspace workspace() {
  Workspace w;
  w.profile.organisation = "Tailored Ltd";
  w.profile.assessment_date = parse_date("2026-03-10");
  EvidenceRecord policy;
  policy.id = "DOC-POLICY";
  policy.status = EvidenceStatus::seen;
  policy.reviewed = parse_date("2026-01-15");
  w.evidence[policy.id] = policy;
  return w;
}

std::string all(const Diagnostics& ds) {
  std::string s;
  for (const Diagnostic& d : ds) s += format(d) + "\n";
  return s;
}

std::string tailored_json() {
  const Checklist c = tailored_checklist();
  return results_to_json(assess(c, workspace()), c, workspace());
}

// The diagnostics of reading the tailored results with the first `find` replaced by `replace`.
std::string problems_with(const std::string& find, const std::string& replace) {
  std::string json = tailored_json();
  const std::size_t at = json.find(find);
  REQUIRE_MESSAGE(at != std::string::npos, find);
  json.replace(at, find.size(), replace);
  const ResultsLoad load = read_results_bytes("results.json", json);
  CHECK_FALSE(load.results);
  return all(load.diagnostics);
}

// "results.json:L:C" of byte `offset` of `json`.
std::string where(const std::string& json, std::size_t offset) {
  return "results.json:" + test::line_column(json, offset);
}

}  // namespace

TEST_CASE("results.json: a tailored checklist's tailoring is written in the checklist object") {
  const Checklist c = tailored_checklist();
  const std::string json = tailored_json();
  CHECK(json == tailored_json());  // deterministic
  const std::string block =
      "    \"title\": \"Small test checklist\",\n"
      "    \"tailoring\": {\n"
      "      \"id\": \"test-tailoring\",\n"
      "      \"version\": \"0.1.0\",\n"
      "      \"title\": \"Small test tailoring\",\n"
      "      \"file\": \"" + kTailoring + "\",\n"
      "      \"notes\": [\n";
  CHECK_MESSAGE(json.find(block) != std::string::npos, json.substr(0, 1200));
  CHECK(json.find("\"deselected\": [\n        \"R-8.1-02\"\n      ]\n    }\n  },\n  \"organisation\"") !=
        std::string::npos);
  for (const std::string& note : c.tailoring.notes) {
    CHECK_MESSAGE(json.find("        \"" + note + "\"") != std::string::npos, note);
  }
}

TEST_CASE("results.json: an untailored checklist writes no tailoring key and reads back none") {
  const Checklist c = small_checklist();
  const std::string json = results_to_json(assess(c, workspace()), c, workspace());
  CHECK(json.find("tailoring") == std::string::npos);
  const ResultsLoad load = read_results_bytes("results.json", json);
  REQUIRE(load.results);
  CHECK_FALSE(load.results->checklist.tailoring);
}

TEST_CASE("results.json: the recorded tailoring is read back and the round trip is byte-identical") {
  const Checklist c = tailored_checklist();
  const std::string json = tailored_json();
  ResultsLoad load = read_results_bytes("results.json", json);
  INFO(all(load.diagnostics));
  REQUIRE(load.results);
  REQUIRE(load.results->checklist.tailoring);
  const RecordedChecklist::Tailoring& t = *load.results->checklist.tailoring;
  CHECK(t.applied.id == "test-tailoring");
  CHECK(t.applied.version == "0.1.0");
  CHECK(t.applied.title == "Small test tailoring");
  CHECK(t.applied.file == kTailoring);
  CHECK(t.applied.notes == c.tailoring.notes);
  CHECK(t.applied.deselected == c.tailoring.deselected);
  // Located at the object, and its id where the id is written.
  CHECK(format({t.where, ""}).starts_with(where(json, json.find("{", json.find("\"tailoring\"")))));
  CHECK(format({t.locations.of("id", t.where), ""})
            .starts_with(where(json, json.find("\"test-tailoring\""))));
  const ChecklistFit fit = fit_checklist(*load.results, c);
  INFO(all(fit.problems));
  REQUIRE(fit.problems.empty());
  CHECK(fit.warnings.empty());
  CHECK(results_to_json(load.results->assessment, c, load.results->workspace) == json);
}

TEST_CASE("results.json: a malformed tailoring block names its JSON path and position") {
  const std::string json = tailored_json();
  std::string d = problems_with("\"tailoring\": {", "\"tailoring\": null, \"x\": {");
  CHECK_MESSAGE(d.find(where(json, json.find("\"tailoring\": {") + 13) +
                       ": error: checklist.tailoring: expected an object, not null (the key is left out when "
                       "no tailoring was applied)") != std::string::npos, d);
  d = problems_with("\"id\": \"test-tailoring\"", "\"id\": 7");
  CHECK_MESSAGE(d.find(where(json, json.find("\"test-tailoring\"")) +
                       ": error: checklist.tailoring.id: expected a string, not a number") != std::string::npos, d);
  d = problems_with("\"id\": \"test-tailoring\"", "\"id\": \"\"");
  CHECK_MESSAGE(d.find("checklist.tailoring.id: a tailoring's id is never empty") != std::string::npos, d);
  d = problems_with("\"version\": \"0.1.0\",\n      \"title\"", "\"title\"");
  CHECK_MESSAGE(d.find("checklist.tailoring: missing key \"version\"") != std::string::npos, d);
  d = problems_with("\"deselected\": [\n        \"R-8.1-02\"", "\"deselected\": [\n        \"R-8.1-02\", 3");
  CHECK_MESSAGE(d.find("checklist.tailoring.deselected[1]: expected a string, not a number") != std::string::npos, d);
  d = problems_with("\"notes\": [", "\"notes\": \"none\", \"x\": [");
  CHECK_MESSAGE(d.find("checklist.tailoring.notes: expected a list, not a string") != std::string::npos, d);
  // A deselected requirement has no result, and is named once.
  const std::size_t listed = json.find("\"R-8.1-02\"", json.find("\"deselected\""));
  d = problems_with("\"deselected\": [\n        \"R-8.1-02\"", "\"deselected\": [\n        \"R-8.1-01\"");
  CHECK_MESSAGE(d.find(where(json, listed) + ": error: checklist.tailoring.deselected[0]: \"R-8.1-01\" is "
                                             "deselected but has a result in requirements[]") != std::string::npos, d);
  d = problems_with("\"deselected\": [\n        \"R-8.1-02\"",
                    "\"deselected\": [\n        \"R-8.1-02\", \"R-8.1-02\"");
  CHECK_MESSAGE(d.find("checklist.tailoring.deselected[1]: \"R-8.1-02\" appears twice") != std::string::npos, d);
}

TEST_CASE("results.json: fit_checklist wants the tailoring the results record") {
  const std::string json = tailored_json();
  ResultsLoad load = read_results_bytes("results.json", json);
  REQUIRE(load.results);
  // Not tailored at all.
  Results r = *load.results;
  ChecklistFit fit = fit_checklist(r, small_checklist());
  REQUIRE(fit.problems.size() == 1);
  CHECK(format(fit.problems[0]) ==
        where(json, json.find("{", json.find("\"tailoring\""))) +
            ": error: checklist.tailoring: the results were made with checklist test-small:2024 tailored by "
            "tailoring test-tailoring version 0.1.0 (" + kTailoring + "), but the checklist given is not tailored");
  // Tailored by another tailoring, or another version of the same one: both are named.
  Checklist other = tailored_checklist();
  other.tailoring.id = "other-tailoring";
  other.tailoring.file = "other.xml";
  r = *load.results;
  fit = fit_checklist(r, other);
  REQUIRE(fit.problems.size() == 1);
  CHECK(format(fit.problems[0]) ==
        where(json, json.find("\"test-tailoring\"")) +
            ": error: checklist.tailoring: the results were made with tailoring test-tailoring version 0.1.0 (" +
            kTailoring + "), not with tailoring other-tailoring version 0.1.0 (other.xml)");
  other = tailored_checklist();
  other.tailoring.version = "0.2.0";
  r = *load.results;
  fit = fit_checklist(r, other);
  REQUIRE(fit.problems.size() == 1);
  CHECK(format(fit.problems[0]).starts_with(where(json, json.find("\"0.1.0\"", json.find("\"tailoring\""))) + ": error: "));
  CHECK(fit.problems[0].message.find("not with tailoring test-tailoring version 0.2.0") != std::string::npos);
  // The same id and version with other changes: the structure decides, and the hint says why.
  other = tailored_checklist();
  other.requirements[0].weight = 9;
  r = *load.results;
  fit = fit_checklist(r, other);
  REQUIRE_FALSE(fit.problems.empty());
  CHECK(fit.problems.back().message.find("they were made with tailoring test-tailoring version 0.1.0; has its "
                                         "file changed since?") != std::string::npos);
  // Results that record no tailoring (or were written before iso20k recorded it) keep the
  // structural comparison alone.
  std::string untagged = json;
  const std::size_t from = untagged.find(",\n    \"tailoring\"");
  untagged.erase(from, untagged.find("\n    }", from) + 6 - from);
  ResultsLoad old = read_results_bytes("results.json", untagged);
  INFO(all(old.diagnostics));
  REQUIRE(old.results);
  CHECK_FALSE(old.results->checklist.tailoring);
  CHECK(fit_checklist(*old.results, tailored_checklist()).problems.empty());
  r = *old.results;
  fit = fit_checklist(r, small_checklist());
  REQUIRE_FALSE(fit.problems.empty());
  CHECK(fit.problems.back().message.find("Name the tailoring file") != std::string::npos);
}
