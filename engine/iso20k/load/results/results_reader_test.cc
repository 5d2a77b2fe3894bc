// results.json read back: the round trip assess → results_to_json → read_results → results_to_json
// gives the same bytes (the small fixture with a workspace built here, and the demo
// organisations), and broken or foreign files are refused with located messages.
#include "iso20k/load/results/results_reader.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "iso20k/export/results_json.h"
#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/load/workspace/workspace_loader.h"
#include "iso20k/score/assess.h"
#include "support/test_support.h"

using namespace iso20k;

namespace {

const std::string kSource = ISO20K_SOURCE_DIR;

const Checklist& small_checklist() {
  static const Checklist c = [] {
    ChecklistLoad l = load_checklist(kSource + "/tests/fixtures/checklists/small.xml");
    REQUIRE(l.checklist);
    return *l.checklist;
  }();
  return c;
}

// Every kind of value the writer produces: dates and nulls, judgements, workspace and proposed
// actions, metric target overrides, unregistered evidence, parties, target levels, texts with
// quotes, control characters and letters outside ASCII.
Workspace rich_workspace() {
  Workspace w;
  Profile& p = w.profile;
  p.organisation = "Ünïcode \"Quoted\" Ltd — Ελληνικά Кириллица";
  p.assessment_date = parse_date("2026-06-30");
  p.assessors = {"A. Assessor", "Bérénice Λ."};
  p.scope = "Line one\nline two\ttabbed \\ backslash \x01 control";
  p.services = {{"svc-1", "Hosting", {}, {}}, {"svc-2", "Desk", {}, {}}};
  p.units = {"Ops"};
  p.sites = {"Leeds", "Manchester"};
  p.persons = 42;
  OtherParty party;
  party.name = "Supplier plc";
  party.kind = PartyKind::internal_supplier;
  party.operates = {"svc-1", "incident"};
  p.parties.push_back(party);
  p.target_levels["incident"] = 3;

  EvidenceRecord policy;
  policy.id = "DOC-POLICY";
  policy.status = EvidenceStatus::seen;
  policy.reference = "POL-01";
  policy.version = "2.1";
  policy.issued = parse_date("2025-01-01");
  policy.reviewed = parse_date("2026-01-10");
  policy.expires = parse_date("2027-01-01");
  policy.owner = "CEO";
  policy.approved_by = "Board";
  policy.notes = "Signed copy seen.";
  w.evidence[policy.id] = policy;
  EvidenceRecord changes;
  changes.id = "REC-CHANGES";
  changes.status = EvidenceStatus::partial;
  changes.reviewed = parse_date("2025-01-01");
  w.evidence[changes.id] = changes;
  // REC-INCIDENTS is not in the register.
  MetricRecord m;
  m.id = "MET-INC-RESOLVED";
  m.value = 85.123456789;
  m.target = 87.5;
  m.period = "2026-Q2";
  m.source = "ITSM report";
  w.metrics[m.id] = m;

  Judgement j;
  j.requirement = "R-8.2-01";
  j.result = Result::partial;
  j.achievement = 1.0 / 3;
  j.justification = "Two of six changes lacked approval.";
  j.assessor = "A. Assessor";
  j.date = parse_date("2026-06-29");
  w.judgements.push_back(j);
  Action act;
  act.id = "A-7";
  act.requirements = {"R-8.2-01"};
  act.title = "Approve every change";
  act.owner = "Change manager";
  act.due = parse_date("2026-05-01");
  act.status = ActionStatus::in_progress;
  act.progress = 40;
  w.actions.push_back(act);
  return w;
}

std::string all(const Diagnostics& ds) {
  std::string s;
  for (const Diagnostic& d : ds) s += format(d) + "\n";
  return s;
}

// results_to_json → file → read_results → fit_checklist → results_to_json.
void check_round_trip(const Checklist& c, const Workspace& w, const AssessOptions& options = {}) {
  const Assessment a = assess(c, w, options);
  const std::string first = results_to_json(a, c, w);
  const test::TempDir dir;  // a folder of its own: test cases may run in parallel
  test::write_file(dir / "results.json", first);
  ResultsLoad load = read_results((dir / "results.json").string());
  INFO(all(load.diagnostics));
  REQUIRE(load.results);
  const ChecklistFit fit = fit_checklist(*load.results, c);
  INFO(all(fit.problems));
  REQUIRE(fit.problems.empty());
  CHECK(fit.warnings.empty());
  const std::string second = results_to_json(load.results->assessment, c, load.results->workspace);
  CHECK(second == first);
  // What was read, in the model's own terms.
  const Results& r = *load.results;
  CHECK(r.checklist.id == c.id);
  CHECK(r.checklist.version == c.version);
  CHECK(r.assessment.as_of == a.as_of);
  CHECK(r.assessment.verdict == a.verdict);
  CHECK(r.assessment.results.size() == a.results.size());
  CHECK(r.assessment.findings.size() == a.findings.size());
  CHECK(r.workspace.profile.organisation == w.profile.organisation);
  CHECK(r.workspace.profile.target_levels == w.profile.target_levels);
  CHECK(r.workspace.evidence.size() == w.evidence.size());
}

Results read_ok(const std::string& json) {
  ResultsLoad load = read_results_bytes("results.json", json);
  INFO(all(load.diagnostics));
  REQUIRE(load.results);
  return std::move(*load.results);
}

std::string small_json() {
  return results_to_json(assess(small_checklist(), rich_workspace()), small_checklist(), rich_workspace());
}

// The diagnostics of reading `json` with the first `find` replaced by `replace`.
// With `after`, the first occurrence after it.
std::string problems_after(const std::string& find, const std::string& replace,
                           const std::string& after = "") {
  std::string json = small_json();
  const std::size_t at = json.find(find, after.empty() ? 0 : json.find(after));
  REQUIRE_MESSAGE(at != std::string::npos, find);
  json.replace(at, find.size(), replace);
  const ResultsLoad load = read_results_bytes("results.json", json);
  CHECK_FALSE(load.results);
  return all(load.diagnostics);
}

}  // namespace

TEST_CASE("results.json round trip: small fixture, every kind of value, byte-identical") {
  check_round_trip(small_checklist(), rich_workspace());
  AssessOptions flat;
  flat.model = ScoringModel::flat;
  flat.as_of = parse_date("2027-03-01");  // stale and expired evidence, overdue action
  check_round_trip(small_checklist(), rich_workspace(), flat);
  Workspace empty;
  empty.profile.organisation = "Empty";
  empty.profile.assessment_date = parse_date("2026-01-01");
  check_round_trip(small_checklist(), empty);
}

TEST_CASE("results.json round trip: the demo organisations") {
  for (const char* demo : {"northgate-msp", "harrow-vale-it", "fenwick-cloud"}) {
    CAPTURE(demo);
    const WorkspaceLoad ws = load_workspace(kSource + "/examples/" + demo);
    INFO(all(ws.diagnostics));
    REQUIRE(ws.workspace);
    ChecklistLoad cl = load_checklist(kSource + "/checklists/iso20000-1-2018.xml");
    INFO(all(cl.diagnostics));
    REQUIRE(cl.checklist);
    check_round_trip(*cl.checklist, *ws.workspace);
  }
}

TEST_CASE("results.json: the metric target is the workspace's only where it differs") {
  Results r = read_ok(small_json());
  REQUIRE(fit_checklist(r, small_checklist()).problems.empty());
  CHECK(r.workspace.metrics.at("MET-INC-RESOLVED").target == 87.5);
  Workspace w = rich_workspace();
  w.metrics["MET-INC-RESOLVED"].target.reset();
  Results r2 = read_ok(results_to_json(assess(small_checklist(), w), small_checklist(), w));
  REQUIRE(fit_checklist(r2, small_checklist()).problems.empty());
  CHECK_FALSE(r2.workspace.metrics.at("MET-INC-RESOLVED").target);
}

TEST_CASE("results.json: other schemas and other files are refused") {
  // The first schema, written by earlier versions: findings per requirement, no evidence review.
  CHECK(problems_after("\"schema\": \"iso20k-results/2\"", "\"schema\": \"iso20k-results/1\"")
            .find("results.json:2:13: error: schema: unsupported schema \"iso20k-results/1\": this "
                  "iso20k reads \"iso20k-results/2\" only") != std::string::npos);
  CHECK(problems_after("\"schema\": \"iso20k-results/2\",", "")
            .find("no \"schema\" key: this is not an iso20k results.json") != std::string::npos);
  const ResultsLoad list = read_results_bytes("results.json", "[1, 2]");
  CHECK_FALSE(list.results);
  CHECK(all(list.diagnostics).find("results.json:1:1: error: expected an object") != std::string::npos);
  const ResultsLoad missing = read_results("/nonexistent/results.json");
  CHECK_FALSE(missing.results);
  CHECK(all(missing.diagnostics).find("/nonexistent/results.json") != std::string::npos);
}

TEST_CASE("results.json: syntax errors are located") {
  const std::string d = problems_after("\"persons\": 42,", "\"persons\": 42,,");
  CHECK_MESSAGE(d.find("results.json:") != std::string::npos, d);
  CHECK_MESSAGE(d.find("not well formed") != std::string::npos, d);
  const ResultsLoad bad = read_results_bytes("results.json", "{\"schema\": \"iso20k-results/2\"\n  \"x\": 1}");
  CHECK(all(bad.diagnostics).find("results.json:2:") != std::string::npos);
  const ResultsLoad utf8 = read_results_bytes("results.json", "{\"schema\": \"\xff\"}");
  CHECK_FALSE(utf8.results);
  CHECK_FALSE(utf8.diagnostics.empty());
}

TEST_CASE("results.json: wrong types, ranges and values name their JSON path and position") {
  std::string d = problems_after("\"achievement\": 1,", "\"achievement\": \"1\",", "\"requirements\": [");
  CHECK_MESSAGE(d.find("error: requirements[0].achievement: expected a number, not a string") !=
                    std::string::npos, d);
  d = problems_after("\"achievement\": 1,", "\"achievement\": 1.5,", "\"requirements\": [");
  CHECK_MESSAGE(d.find("requirements[0].achievement: expected a number from 0 to 1, not 1.5") !=
                    std::string::npos, d);
  d = problems_after("\"persons\": 42", "\"persons\": 4.2");
  CHECK_MESSAGE(d.find("organisation.persons: expected a whole number, not 4.2") != std::string::npos, d);
  d = problems_after("\"as_of\": \"2026-06-30\"", "\"as_of\": \"2026-02-30\"");
  CHECK_MESSAGE(d.find("assessment.as_of: expected a date \"YYYY-MM-DD\", not \"2026-02-30\"") !=
                    std::string::npos, d);
  d = problems_after("\"result\": \"conformant\"", "\"result\": \"conformnt\"");
  CHECK_MESSAGE(d.find("requirements[0].result: unknown value \"conformnt\"; expected \"conformant\", "
                       "\"partial\", \"nonconformant\", \"not-assessed\" or \"not-applicable\"") !=
                    std::string::npos, d);
  d = problems_after("\"scope\": ", "\"scop\": ");
  CHECK_MESSAGE(d.find("organisation: missing key \"scope\"") != std::string::npos, d);
  d = problems_after("\"mandatory\": true", "\"mandatory\": null", "\n  \"evidence\": [");
  CHECK_MESSAGE(d.find("evidence[0].mandatory: expected true or false, not null") != std::string::npos, d);
  d = problems_after("\"level\": ", "\"level\": 7, \"x\": ");
  CHECK_MESSAGE(d.find("capability.level: expected a whole number from 0 to 5, not 7") != std::string::npos, d);
  // The position is that of the value: line and column of the replaced number.
  std::string json = small_json();
  const std::size_t at = json.find("\"persons\": 42") + 11;
  json.replace(at, 2, "-1");
  const ResultsLoad load = read_results_bytes("results.json", json);
  REQUIRE_FALSE(load.diagnostics.empty());
  const std::size_t line = static_cast<std::size_t>(std::count(json.begin(), json.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
  const std::size_t column = at - json.rfind('\n', at);
  CHECK(load.diagnostics[0].where.line == static_cast<int>(line));
  CHECK(load.diagnostics[0].where.column == static_cast<int>(column));
}

TEST_CASE("results.json: a number written null (the writer's NaN or infinity) is refused, not read as 0") {
  std::string d = problems_after("\"achievement\": 1,", "\"achievement\": null,", "\"requirements\": [");
  CHECK_MESSAGE(d.find("error: requirements[0].achievement: expected a number, not null") != std::string::npos, d);
  d = problems_after("\"score\": ", "\"score\": null, \"x\": ");
  CHECK_MESSAGE(d.find("expected a number, not null") != std::string::npos, d);
  // A number out of a double's range is refused too, with the range in the message.
  d = problems_after("\"achievement\": 1,", "\"achievement\": 1e400,", "\"requirements\": [");
  CHECK_MESSAGE(d.find("requirements[0].achievement: the number 1e400 is out of range") != std::string::npos, d);
  d = problems_after("\"achievement\": 1,", "\"achievement\": 1e56,", "\"requirements\": [");
  CHECK_MESSAGE(d.find("requirements[0].achievement: expected a number from 0 to 1, not 1e56") != std::string::npos, d);
}

TEST_CASE("results.json: references between its lists must resolve") {
  std::string d = problems_after("\"R-8.1-01\"", "\"R-X\"", "\"findings\": [");
  CHECK_MESSAGE(d.find("findings[0].requirements: \"R-X\"") != std::string::npos, d);
  CHECK_MESSAGE(d.find("is not a requirement of these results") != std::string::npos, d);
  d = problems_after("\"clause\": \"8.1\"", "\"clause\": \"9.9\"");
  CHECK_MESSAGE(d.find("\"9.9\" is not a clause of these results") != std::string::npos, d);
  d = problems_after("\"id\": \"R-8.1-01\"", "\"id\": \"R-4.1-01\"", "\"requirements\": [");
  CHECK_MESSAGE(d.find("requirements[1].id: \"R-4.1-01\" appears twice") != std::string::npos, d);
}

TEST_CASE("results.json: a checklist that does not fit is refused, another version warned about") {
  Results r = read_ok(small_json());
  Checklist other = small_checklist();
  other.requirements[1].weight = 5;
  ChecklistFit fit = fit_checklist(r, other);
  REQUIRE_FALSE(fit.problems.empty());
  CHECK(all(fit.problems).find("requirements[1].weight: 3 in the results, 5 in the checklist") != std::string::npos);
  CHECK(all(fit.problems).find("Name the tailoring file") != std::string::npos);
  // The difference is reported where the weight is written in results.json.
  const std::string json = small_json();
  const std::size_t second = json.find("\"id\": \"R-8.1-01\"");
  const std::size_t weight = json.find("\"weight\": ", second) + 10;
  const std::string where = "results.json:" +
                            std::to_string(std::count(json.begin(), json.begin() + static_cast<std::ptrdiff_t>(weight), '\n') + 1) +
                            ":" + std::to_string(weight - json.rfind('\n', weight)) + ": error: requirements[1].weight";
  CHECK_MESSAGE(all(fit.problems).find(where) != std::string::npos, where << "\n" << all(fit.problems));

  // At most 25 differences are listed, then how many more there are, then the hint.
  const WorkspaceLoad ws = load_workspace(kSource + "/examples/fenwick-cloud");
  REQUIRE(ws.workspace);
  ChecklistLoad bundled = load_checklist(kSource + "/checklists/iso20000-1-2018.xml");
  REQUIRE(bundled.checklist);
  Results many = read_ok(results_to_json(assess(*bundled.checklist, *ws.workspace), *bundled.checklist, *ws.workspace));
  for (Requirement& q : bundled.checklist->requirements) q.weight += 1;
  fit = fit_checklist(many, *bundled.checklist);
  REQUIRE(fit.problems.size() == 27);
  CHECK(fit.problems[25].message == std::to_string(bundled.checklist->requirements.size() - 25) +
                                        " more differences not shown");

  other = small_checklist();
  other.requirements.pop_back();
  other.reindex();
  fit = fit_checklist(r, other);
  CHECK(all(fit.problems).find("requirements[3]: requirement R-8.2-01 is not in the checklist") != std::string::npos);

  other = small_checklist();
  other.id = "another:1";
  fit = fit_checklist(r, other);
  CHECK(all(fit.problems).find("the results were made with checklist test-small:2024, not another:1") !=
        std::string::npos);

  other = small_checklist();
  other.version = "0.2.0";
  fit = fit_checklist(r, other);
  CHECK(fit.problems.empty());
  REQUIRE(fit.warnings.size() == 1);
  CHECK(fit.warnings[0].find("made with version 0.1.0") != std::string::npos);
}

TEST_CASE("results.json: a finding's phrases are read back, checked, and optional for earlier results") {
  const std::string json = small_json();
  REQUIRE(json.find("\"phrases\": {") != std::string::npos);
  // A key the engine does not write, a date argument that is not a date: located.
  std::string d = problems_after("\"key\": \"", "\"key\": \"no-such-", "\"findings\": [");
  CHECK_MESSAGE(d.find("unknown phrase key 'no-such-") != std::string::npos, d);
  CHECK_MESSAGE(d.find("results.json:") != std::string::npos, d);
  std::string dated = json;
  const std::size_t date = dated.find("\"value\": \"", dated.find("\"kind\": \"date\"", dated.find("\"phrases\": {")));
  REQUIRE(date != std::string::npos);
  dated.insert(date + 10, "x");
  const ResultsLoad bad_date = read_results_bytes("results.json", dated);
  CHECK_FALSE(bad_date.results);
  CHECK(all(bad_date.diagnostics).find("a date argument must be a date YYYY-MM-DD") != std::string::npos);
  d = problems_after("\"kind\": \"item\"", "\"kind\": \"itme\"", "\"findings\": [");
  CHECK_MESSAGE(d.find("unknown value \"itme\"") != std::string::npos, d);
  // Without phrases (results written before findings carried them): read, the English texts kept.
  std::string old = json;
  for (std::size_t at = old.find(",\n      \"phrases\": {"); at != std::string::npos; at = old.find(",\n      \"phrases\": {")) {
    // Drop the object up to its matching brace.
    std::size_t depth = 0;
    std::size_t end = old.find('{', at);
    for (; end < old.size(); ++end) {
      if (old[end] == '{') ++depth;
      if (old[end] == '}' && --depth == 0) break;
    }
    old.erase(at, end + 1 - at);
  }
  REQUIRE(old.find("\"phrases\"") == std::string::npos);
  const Results r = read_ok(old);
  REQUIRE(!r.assessment.findings.empty());
  CHECK(r.assessment.findings.front().phrases.nonconformity.empty());
  CHECK(!r.assessment.findings.front().nonconformity.empty());
}

TEST_CASE("results.json: phrases nested deeper than the engine writes are refused") {
  std::string nested = "{\"key\": \"text\", \"args\": [{\"name\": \"text\", \"kind\": \"text\", \"value\": \"x\"}]}";
  for (int i = 0; i < 6; ++i) {
    nested = "{\"key\": \"defect.item\", \"args\": [{\"name\": \"defects\", \"kind\": \"list\", \"phrases\": [" + nested + "]}]}";
  }
  const std::string d = problems_after("\"nonconformity\": [", "\"nonconformity\": [" + nested + ", ", "\"phrases\": {");
  CHECK_MESSAGE(d.find("phrases nested deeper than 4 levels") != std::string::npos, d);
}
