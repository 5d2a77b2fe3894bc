// Broken workspaces, in every format: each gives its exact message at the right file:line:column,
// through the loader and checker in process and through `iso20k validate` (exit code 3). Each case
// copies a valid fixture workspace (tests/fixtures/workspaces/same-*) and edits one file; "@@" in
// the replacement marks where the diagnostic must point (the marker is removed before use).
#include <doctest/doctest.h>

#include <filesystem>
#include <functional>

#include "load/checklist_loader.h"
#include "load/source_text.h"
#include "load/workspace/workspace_loader.h"
#include "test_support.h"

using namespace iso20k;
using namespace iso20k::test;
namespace fs = std::filesystem;

namespace {

// A copy of a fixture workspace at <tmp>/workspaces/ws, with the checklists it names beside it.
struct Copy {
  TempDir tmp;
  fs::path ws;
  explicit Copy(const std::string& base) : ws(tmp.path() / "workspaces" / "ws") {
    fs::create_directories(ws);
    fs::create_directories(tmp.path() / "checklists");
    fs::copy_file(fixture("checklists/small.xml"), tmp.path() / "checklists" / "small.xml");
    fs::copy_file(fixture("workspaces/checklists/small-strict.xml"),
                  tmp.path() / "checklists" / "small-strict.xml");
    for (const auto& e : fs::directory_iterator(fixture("workspaces/" + base))) {
      fs::copy_file(e.path(), ws / e.path().filename());
    }
  }
};

// Everything `iso20k validate` would report, in process.
Diagnostics all_problems(const fs::path& ws) {
  WorkspaceLoadOptions o;
  o.keep_partial = true;
  WorkspaceLoad load = load_workspace(ws.string(), o);
  Diagnostics all = load.diagnostics;
  if (load.workspace && !load.workspace->profile.checklist.empty()) {
    const ChecklistLoad cl = load_checklist(checklist_reference(*load.workspace));
    if (cl.checklist) {
      const Diagnostics more = check_workspace(*load.workspace, *cl.checklist);
      all.insert(all.end(), more.begin(), more.end());
    }
  }
  return all;
}

// Expects `message` in `file` at `where` ("L:C", or "" for a file-level problem).
void expect_problem(const fs::path& ws, const fs::path& file, const std::string& where,
                    const std::string& message) {
  const Diagnostics problems = all_problems(ws);
  bool found = false;
  std::string all;
  for (const Diagnostic& d : problems) {
    all += format(d) + "\n";
    if (d.message != message) continue;
    found = true;
    CHECK(d.where.file == file.string());
    const std::string at =
        d.where.line ? std::to_string(d.where.line) + ":" + std::to_string(d.where.column) : "";
    CHECK(at == where);
  }
  CHECK_MESSAGE(found, "expected '" << message << "' at " << where << ", got:\n" << all);
  const RunResult r = run_iso20k("validate " + quote(ws.string()));
  CHECK(r.exit_code == 3);
  const std::string line =
      file.string() + (where.empty() ? "" : ":" + where) + ": error: " + message + "\n";
  CHECK_MESSAGE(r.err.find(line) != std::string::npos, "expected " << line << "got:\n" << r.err);
}

// Replaces the first `find` in `name` of a copy of `base` with `replace` ("@@" marks the spot).
void expect_edit(const std::string& base, const std::string& name, const std::string& find,
                 const std::string& replace, const std::string& message) {
  Copy c(base);
  std::string text = read_file(c.ws / name);
  const std::size_t at = text.find(find);
  REQUIRE_MESSAGE(at != std::string::npos, name << " lacks: " << find);
  text.replace(at, find.size(), replace);
  const std::size_t marker = text.find("@@");
  REQUIRE_MESSAGE(marker != std::string::npos, "replacement lacks the @@ marker");
  text.erase(marker, 2);
  write_file(c.ws / name, text);
  expect_problem(c.ws, c.ws / name, line_column(text, marker), message);
}

// Writes `text` (with its "@@" marker) as `name` in a copy of `base`.
void expect_file(const std::string& base, const std::string& name, std::string text,
                 const std::string& message) {
  Copy c(base);
  const std::size_t marker = text.find("@@");
  REQUIRE(marker != std::string::npos);
  text.erase(marker, 2);
  write_file(c.ws / name, text);
  expect_problem(c.ws, c.ws / name, line_column(text, marker), message);
}

}  // namespace

TEST_CASE("the fixture workspaces are valid, in process and through validate") {
  for (const char* base : {"same-xml", "same-json", "same-ini", "same-csv"}) {
    Copy c(base);
    const Diagnostics problems = all_problems(c.ws);
    for (const Diagnostic& d : problems) INFO(format(d));
    CHECK(problems.empty());
    const RunResult r = run_iso20k("validate " + quote(c.ws.string()));
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    CHECK(r.out.find("valid workspace of Müller & Söhne IT GmbH against test-small:2024 "
                     "(3 evidence records, 1 metric, 2 judgements, 2 actions)") !=
          std::string::npos);
  }
}

// ---- XML ----
TEST_CASE("broken workspace (XML): malformed XML") {
  expect_edit("same-xml", "evidence.xml", "</evidence-register>", "@@</evidence-regster>",
              "end tag does not match the open element (or an element is not closed); the XML is "
              "not well formed");
}
TEST_CASE("broken workspace (XML): unknown attribute, with a suggestion") {
  expect_edit("same-xml", "evidence.xml", "status=\"missing\"", "@@stauts=\"missing\"",
              "unknown attribute 'stauts' on <evidence> (did you mean 'status'?)");
}
TEST_CASE("broken workspace (XML): a required attribute is missing") {
  expect_edit("same-xml", "evidence.xml", "<evidence id=\"REC-CHANGES\" status=\"missing\"/>",
              "@@<evidence id=\"REC-CHANGES\"/>", "evidence record REC-CHANGES has no 'status'");
}
TEST_CASE("broken workspace (XML): duplicate attribute") {
  expect_edit("same-xml", "metrics.xml", "unit=\"%\"", "unit=\"%\" @@unit=\"h\"",
              "duplicate attribute 'unit' on <metric>");
}
TEST_CASE("broken workspace (XML): unknown element, with a suggestion") {
  expect_edit("same-xml", "evidence.xml", "<notes>Signed; communicated at the all-hands.</notes>",
              "@@<note>Signed; communicated at the all-hands.</note>",
              "unknown element <note> in <evidence> (did you mean 'notes'?)");
}
TEST_CASE("broken workspace (XML): an element written as an attribute, and the reverse") {
  expect_edit("same-xml", "evidence.xml", "status=\"missing\"", "status=\"missing\" @@notes=\"x\"",
              "unknown attribute 'notes' on <evidence>; it is written as an element: <notes>…</notes>");
  expect_edit("same-xml", "judgements.xml", "<justification>No changes",
              "@@<date>2026-03-11</date><justification>No changes",
              "unknown element <date> in <judgement>; it is written as an attribute: date=\"…\"");
}
TEST_CASE("broken workspace (XML): wrong namespace") {
  expect_edit("same-xml", "actions.xml", "<actions xmlns=\"urn:iso20k:workspace:1\">",
              "@@<actions xmlns=\"urn:iso20k:workspace:2\">",
              "the root element must declare xmlns=\"urn:iso20k:workspace:1\"");
}
TEST_CASE("broken workspace (XML): judgement without justification") {
  Copy c("same-xml");
  std::string text = read_file(c.ws / "judgements.xml");
  const std::string j = "    <justification>No changes are made to services in scope.</justification>\n";
  REQUIRE(text.find(j) != std::string::npos);
  text.erase(text.find(j), j.size());
  write_file(c.ws / "judgements.xml", text);
  expect_problem(c.ws, c.ws / "judgements.xml",
                 line_column(text, text.find("<judgement requirement=\"R-8.2-01\"")),
                 "the judgement of R-8.2-01 has no 'justification'");
}
TEST_CASE("broken workspace (XML): a date that does not parse") {
  expect_edit("same-xml", "evidence.xml", "issued=\"2025-06-01\"", "issued=\"@@2025-13-01\"",
              "'issued' must be a date written YYYY-MM-DD, not '2025-13-01'");
}
TEST_CASE("broken workspace (XML): unknown process in a target level") {
  expect_edit("same-xml", "profile.xml", "process=\"incident\"", "process=\"@@incidnet\"",
              "unknown process 'incidnet': checklist test-small:2024 has no such process (did you "
              "mean 'incident'?)");
}
TEST_CASE("broken workspace (XML): target level outside 0-5") {
  expect_edit("same-xml", "profile.xml", "level=\"3\"", "level=\"@@6\"",
              "'level' must be a whole number from 0 to 5, not '6'");
}
TEST_CASE("broken workspace (XML): misspelt party kind") {
  expect_edit("same-xml", "profile.xml", "kind=\"internal-supplier\"",
              "kind=\"@@internal-suplier\"",
              "'kind' is 'internal-suplier'; expected one of: external-supplier internal-supplier "
              "customer-as-supplier (did you mean 'internal-supplier'?)");
}
TEST_CASE("broken workspace (XML): a party operates a service not in scope") {
  expect_edit("same-xml", "profile.xml", "services=\"hosting\"", "services=\"@@hostnig\"",
              "party Hostwerk Ltd operates service 'hostnig', which is not one of the services in "
              "scope (did you mean 'hosting'?)");
}
TEST_CASE("broken workspace (XML): persons is not a whole number") {
  expect_edit("same-xml", "profile.xml", "persons=\"45\"", "persons=\"@@forty-five\"",
              "'persons' must be a whole number from 1 to 10000000, not 'forty-five'");
}
TEST_CASE("broken workspace (XML): an empty list element") {
  expect_edit("same-xml", "profile.xml", "<site>Leeds</site>", "@@<site> </site>",
              "'site' is empty");
}

// ---- JSON ----
TEST_CASE("broken workspace (JSON): trailing comma, at its exact column") {
  expect_edit("same-json", "evidence.json", "{\"id\": \"REC-CHANGES\", \"status\": \"missing\"}",
              "{\"id\": \"REC-CHANGES\", \"status\": \"missing\",@@}",
              "a ',' before '}': remove the trailing comma; the JSON is not well formed");
}
TEST_CASE("broken workspace (JSON): unknown key, with a suggestion") {
  expect_edit("same-json", "evidence.json", "\"approved-by\": \"CEO\"",
              "@@\"aproved-by\": \"CEO\"", "unknown key \"aproved-by\" (did you mean 'approved-by'?)");
}
TEST_CASE("broken workspace (JSON): duplicate key") {
  expect_edit("same-json", "metrics.json", "\"unit\": \"%\"", "\"unit\": \"%\", @@\"unit\": \"h\"",
              "the key \"unit\" appears twice in this object");
}
TEST_CASE("broken workspace (JSON): a list where a value belongs") {
  expect_edit("same-json", "metrics.json", "\"value\": 92.5", "\"value\": @@[92.5]",
              "\"value\" must be a string or a number, not a list");
}
TEST_CASE("broken workspace (JSON): invalid UTF-8") {
  expect_edit("same-json", "evidence.json", "\"owner\": \"Jane Roe\"",
              "\"owner\": \"Jane R@@\xF6\x65\"", "invalid UTF-8 (byte 0xF6); save the file as UTF-8");
}
TEST_CASE("broken workspace (JSON): unknown evidence id, with a suggestion") {
  expect_edit("same-json", "evidence.json", "\"id\": \"REC-INCIDENTS\"",
              "\"id\": \"@@REC-INCIDENT\"",
              "unknown evidence item 'REC-INCIDENT': checklist test-small:2024 has no such evidence "
              "item (did you mean 'REC-INCIDENTS'?)");
}
TEST_CASE("broken workspace (JSON): not-applicable where the checklist forbids it") {
  Copy c("same-json");
  std::string profile = read_file(c.ws / "profile.json");
  profile.replace(profile.find("small.xml"), 9, "small-strict.xml");
  write_file(c.ws / "profile.json", profile);
  const std::string text = read_file(c.ws / "judgements.json");
  expect_problem(c.ws, c.ws / "judgements.json", line_column(text, text.find("not-applicable")),
                 "checklist test-strict:2024 allows no not-applicable result: none of its "
                 "requirements can be excluded (narrow the scope's services, units or sites "
                 "instead)");
}
TEST_CASE("broken workspace (JSON): wrong top-level key") {
  expect_edit("same-json", "actions.json", "\"actions\": [", "@@\"action\": [",
              "unknown key \"action\" (did you mean 'actions'?)");
}
TEST_CASE("broken workspace (JSON): achievement outside 0-1 and on a non-partial result") {
  expect_edit("same-json", "judgements.json", "\"achievement\": 0.6", "\"achievement\": @@1.5",
              "'achievement' must be a number from 0 to 1, not '1.5'");
  expect_edit("same-json", "judgements.json", "\"result\": \"not-applicable\"",
              "\"result\": \"not-applicable\", \"achievement\": @@0.5",
              "'achievement' is only for a partial result (this one is not-applicable)");
}
TEST_CASE("broken workspace (JSON): judgement of an unknown requirement") {
  expect_edit("same-json", "judgements.json", "\"requirement\": \"R-8.2-01\"",
              "\"requirement\": \"@@R-8.2-1\"",
              "unknown requirement 'R-8.2-1': checklist test-small:2024 has no such requirement "
              "(did you mean 'R-8.2-01'?)");
}

// ---- INI ----
TEST_CASE("broken workspace (INI): a line that is not key = value") {
  expect_edit("same-ini", "evidence.ini", "status = missing", "@@status missing",
              "expected 'key = value', a [section] header or a comment line (; or #)");
}
TEST_CASE("broken workspace (INI): unknown key, with a suggestion") {
  expect_edit("same-ini", "evidence.ini", "reviewed = 2026-01-15", "@@reviwed = 2026-01-15",
              "unknown key 'reviwed' in section [DOC-POLICY] (did you mean 'reviewed'?)");
}
TEST_CASE("broken workspace (INI): duplicate section") {
  expect_edit("same-ini", "evidence.ini", "[REC-CHANGES]", "[@@DOC-POLICY]",
              "the section [DOC-POLICY] appears twice");
}
TEST_CASE("broken workspace (INI): duplicate key") {
  expect_edit("same-ini", "metrics.ini", "unit = %", "unit = %\n@@unit = h",
              "the key 'unit' appears twice in section [MET-INC-RESOLVED]");
}
TEST_CASE("broken workspace (INI): unknown profile section, with a suggestion") {
  expect_edit("same-ini", "profile.ini", "[service hosting]", "[@@servce hosting]",
              "unknown section [servce hosting] (did you mean 'service'?)");
}
TEST_CASE("broken workspace (INI): progress out of range") {
  expect_edit("same-ini", "actions.ini", "progress = 40", "progress = @@140",
              "'progress' must be a whole number from 0 to 100, not '140'");
}
TEST_CASE("broken workspace (INI): decimal comma") {
  expect_edit("same-ini", "metrics.ini", "value = 92.5", "value = @@92,5",
              "'value' must be a number, not '92,5': use '.' as the decimal separator");
}
TEST_CASE("broken workspace (INI): unknown requirement in an action's list, at the item") {
  expect_edit("same-ini", "actions.ini", "requirements = R-8.1-01, R-8.1-02",
              "requirements = R-8.1-01, @@R-8.1-03",
              "unknown requirement 'R-8.1-03': checklist test-small:2024 has no such requirement "
              "(did you mean 'R-8.1-01'?)");
}
TEST_CASE("broken workspace (INI): a key outside any section") {
  expect_edit("same-ini", "judgements.ini", "[R-8.1-02]", "@@assessor = Jane Doe\n[R-8.1-02]",
              "the key 'assessor' is outside any section: each record is a section named by its "
              "requirement, e.g. [R-9.2-01]");
}
TEST_CASE("broken workspace (INI): a done action with progress below 100") {
  expect_edit("same-ini", "actions.ini", "status = in-progress\nprogress = 40",
              "status = done\nprogress = @@40", "action ACT-001 is done, so its progress is 100, not 40");
}

// ---- CSV ----
TEST_CASE("broken workspace (CSV): unknown column, with a suggestion") {
  expect_edit("same-csv", "evidence.csv", "Approved by", "@@Aproved by",
              "unknown column 'Aproved by' (did you mean 'approved-by'?)");
}
TEST_CASE("broken workspace (CSV): a row with too many fields") {
  expect_edit("same-csv", "evidence.csv", "REC-CHANGES,Change records,missing,,,,,,,,",
              "REC-CHANGES,Change records,missing,,,,,,,,,@@extra",
              "this row has 12 fields but the header has 11");
}
TEST_CASE("broken workspace (CSV): a stray quote") {
  expect_edit("same-csv", "evidence.csv", "ServiceNow INC export", "ServiceNow @@\"INC\" export",
              "a quote inside an unquoted field; put the whole field in quotes and write the quote "
              "twice (\"\")");
}
TEST_CASE("broken workspace (CSV): a quoted field never closed") {
  expect_edit("same-csv", "actions.csv", "\"R-8.1-01, R-8.1-02\"", "@@\"R-8.1-01, R-8.1-02",
              "this quoted field is never closed: a '\"' is missing");
}
TEST_CASE("broken workspace (CSV): misspelt status") {
  expect_edit("same-csv", "evidence.csv", "REC-INCIDENTS,Incident records,partial",
              "REC-INCIDENTS,Incident records,@@Partial",
              "'Status' is 'Partial'; expected one of: seen partial missing (did you mean "
              "'partial'?)");
}
TEST_CASE("broken workspace (CSV): the same evidence id twice") {
  expect_edit("same-csv", "evidence.csv", "REC-CHANGES,Change records",
              "@@DOC-POLICY,Change records",
              "evidence DOC-POLICY is registered twice (first at line 2)");
}
TEST_CASE("broken workspace (CSV): a unit other than the checklist's") {
  expect_edit("same-csv", "metrics.csv", ",%,", ",@@h,",
              "metric MET-INC-RESOLVED is measured in '%' (checklist test-small:2024), not 'h'");
}
TEST_CASE("broken workspace (CSV): an unknown requirement inside a quoted list") {
  expect_edit("same-csv", "actions.csv", "\"R-8.1-01, R-8.1-02\"", "\"R-8.1-01, @@R-8.1-09\"",
              "unknown requirement 'R-8.1-09': checklist test-small:2024 has no such requirement "
              "(did you mean 'R-8.1-01'?)");
}
TEST_CASE("broken workspace (CSV): a metric recorded in the evidence register") {
  expect_edit("same-csv", "evidence.csv", "REC-CHANGES,Change records",
              "@@MET-INC-RESOLVED,Change records",
              "MET-INC-RESOLVED is a metric: record its value in the metrics register, not here");
}
TEST_CASE("broken workspace (CSV): a date after the assessment date") {
  expect_edit("same-csv", "evidence.csv", ",2026-02-28,", ",@@2026-03-28,",
              "issued 2026-03-28 is after the assessment date 2026-03-10 (profile)");
}
TEST_CASE("broken workspace (CSV): reviewed before issued") {
  expect_edit("same-csv", "evidence.csv", ",2026-01-15,", ",@@2025-01-15,",
              "reviewed 2025-01-15 is before issued 2025-06-01");
}
TEST_CASE("broken workspace (CSV): a spreadsheet date") {
  expect_edit("same-csv", "actions.csv", "2026-04-30", "@@30/04/2026",
              "'due' must be a date written YYYY-MM-DD, not '30/04/2026'");
}

// ---- the folder ----
TEST_CASE("broken workspace: two formats of one register") {
  Copy c("same-csv");
  fs::copy_file(fixture("workspaces/same-xml/evidence.xml"), c.ws / "evidence.xml");
  expect_problem(c.ws, c.ws / "evidence.csv", "",
                 "the evidence register is in 2 files: " + (c.ws / "evidence.csv").string() +
                     " and " + (c.ws / "evidence.xml").string() + "; keep one");
}
TEST_CASE("broken workspace: no profile") {
  Copy c("same-ini");
  fs::remove(c.ws / "profile.ini");
  expect_problem(c.ws, c.ws, "",
                 "no profile: a workspace needs profile.xml, profile.json or profile.ini (iso20k "
                 "init creates one)");
}
TEST_CASE("broken workspace: a spreadsheet instead of CSV, and a misspelt file name") {
  Copy c("same-xml");
  write_file(c.ws / "actions.xlsx", "PK");
  expect_problem(c.ws, c.ws / "actions.xlsx", "",
                 "a spreadsheet cannot be read: save it as CSV (comma-separated values, UTF-8) "
                 "named actions.csv");
  Copy d("same-xml");
  fs::rename(d.ws / "judgements.xml", d.ws / "judgments.xml");
  expect_problem(d.ws, d.ws / "judgments.xml", "",
                 "not a workspace file name (did you mean judgements.xml?)");
}
TEST_CASE("broken workspace: a register in a format its kind does not take") {
  Copy c("same-xml");
  write_file(c.ws / "judgements.csv", "requirement,result\n");
  expect_problem(c.ws, c.ws / "judgements.csv", "",
                 "the judgements register is read from judgements.xml, judgements.json or "
                 "judgements.ini, not .csv");
}
TEST_CASE("broken workspace: the profile names an unknown checklist (found through validate)") {
  Copy c("same-xml");
  std::string text = read_file(c.ws / "profile.xml");
  const std::string find = "checklist=\"../../checklists/small.xml\"";
  REQUIRE(text.find(find) != std::string::npos);
  const std::size_t at = text.find(find) + 11;
  text.replace(text.find(find), find.size(), "checklist=\"iso2000-1:2018\"");
  write_file(c.ws / "profile.xml", text);
  const RunResult r = run_iso20k("validate " + quote(c.ws.string()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find((c.ws / "profile.xml").string() + ":" + line_column(text, at) +
                           ": error: unknown checklist 'iso2000-1:2018' (known: ") !=
                    std::string::npos,
                r.err);
}
TEST_CASE("broken workspace: the checklist file the profile names does not exist") {
  Copy c("same-ini");
  std::string text = read_file(c.ws / "profile.ini");
  const std::string find = "../../checklists/small.xml";
  const std::size_t at = text.find(find);
  REQUIRE(at != std::string::npos);
  text.replace(at, find.size(), "../checklists/small.xml");
  write_file(c.ws / "profile.ini", text);
  expect_problem(c.ws, c.ws / "profile.ini", line_column(text, at),
                 "the checklist file '../checklists/small.xml' does not exist in " + c.ws.string() +
                     " (a checklist is named by its id, or by a path relative to the workspace "
                     "folder)");
}
TEST_CASE("broken workspace: empty files in each format") {
  expect_file("same-xml", "evidence.xml", "@@",
              "the file is empty: expected an XML document with a <evidence-register> root "
              "element");
  expect_file("same-json", "metrics.json", "@@\n",
              "the file is empty: expected {\"metrics\": [{...}, ...]}");
  expect_file("same-ini", "profile.ini", "@@  \n",
              "the file is empty: expected a [profile] section of 'key = value' lines");
  expect_file("same-csv", "actions.csv", "@@",
              "the file is empty: expected a header row naming the columns");
}
TEST_CASE("broken workspace: binary garbage does not crash any reader") {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 7919 + 13) % 256);
  const std::size_t bad = find_invalid_utf8(garbage);
  const std::string marked = garbage.substr(0, bad) + "@@" + garbage.substr(bad);
  for (const auto& [base, name] : {std::pair{"same-xml", "evidence.xml"}, {"same-json", "evidence.json"},
                                   {"same-ini", "evidence.ini"}, {"same-csv", "evidence.csv"}}) {
    INFO(name);
    expect_file(base, name, marked, "invalid UTF-8 (byte 0x" +
                                        std::string(1, "0123456789ABCDEF"[static_cast<unsigned char>(garbage[bad]) >> 4]) +
                                        std::string(1, "0123456789ABCDEF"[static_cast<unsigned char>(garbage[bad]) & 15]) +
                                        "); save the file as UTF-8");
  }
}
