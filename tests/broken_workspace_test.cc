// Broken workspaces, in every format: each gives its exact message at the right file:line:column,
// through the loader and checker in process and through `iso20k validate` (exit code 3). Each case
// copies a valid fixture workspace (tests/fixtures/workspaces/same-*) and edits one file; "@@" in
// the replacement marks where the diagnostic must point (the marker is removed before use). The
// cases that differ only in that edit are rows of a table, each row a test case of its own.
#include <doctest/doctest.h>

#include <filesystem>

#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/format/source_text.h"
#include "iso20k/load/workspace/workspace_loader.h"
#include "support/test_support.h"

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

// Expects exactly `message` in `file` at `where` ("L:C", or "" for a file-level problem), in
// process and from `iso20k validate`.
void expect_problem(const fs::path& ws, const fs::path& file, const std::string& where,
                    const std::string& message) {
  expect_diagnostic(all_problems(ws), file.string(), where, message, Match::every_whole);
  expect_validate_error(
      ws, {file.string() + (where.empty() ? "" : ":" + where) + ": error: " + message + "\n"});
}

// Writes `marked` (its marker at the place the message must point to) as `name` in a copy of
// `base`, and expects the message there.
void expect_written(const std::string& base, const std::string& name, const Marked& marked,
                    const std::string& message) {
  Copy c(base);
  write_file(c.ws / name, marked.text);
  expect_problem(c.ws, c.ws / name, marked.where(), message);
}

// Writes `text` (with its "@@" marker) as `name` in a copy of `base`.
void expect_file(const std::string& base, const std::string& name, const std::string& text,
                 const std::string& message) {
  expect_written(base, name, take_marker(text), message);
}

// Replaces the first `find` in `name` of a copy of `base` with `replace` ("@@" marks the spot),
// and expects exactly `message` there.
void expect_edit(const std::string& base, const std::string& name, const std::string& find,
                 const std::string& replace, const std::string& message) {
  const std::string& text = fixture_text("workspaces/" + base + "/" + name);
  expect_written(base, name, edit_at_marker(text, find, replace), message);
}

// A test case of one edit: `file` of a copy of the fixture workspace its table names, with its
// first `find` replaced by `replace` ("@@" marks the spot), must give exactly `message` there.
struct Case {
  const char* name;
  const char* file;
  const char* find;
  const char* replace;
  const char* message;
};

template <const char* base>
void expect_case_in(const Case& c) {
  expect_edit(base, c.file, c.find, c.replace, c.message);
}
constexpr char kSameXml[] = "same-xml";
constexpr char kSameJson[] = "same-json";
constexpr char kSameIni[] = "same-ini";
constexpr char kSameCsv[] = "same-csv";

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

// ---- XML: edits of same-xml ----
constexpr Case kXmlCases[] = {
    {"broken workspace (XML): malformed XML",
     "evidence.xml", "</evidence-register>", "@@</evidence-regster>",
     "end tag does not match the open element (or an element is not closed); the XML is "
     "not well formed"},
    {"broken workspace (XML): unknown attribute, with a suggestion",
     "evidence.xml", "status=\"missing\"", "@@stauts=\"missing\"",
     "unknown attribute 'stauts' on <evidence> (did you mean 'status'?)"},
    {"broken workspace (XML): a required attribute is missing",
     "evidence.xml", "<evidence id=\"REC-CHANGES\" status=\"missing\"/>",
     "@@<evidence id=\"REC-CHANGES\"/>", "evidence record REC-CHANGES has no 'status'"},
    {"broken workspace (XML): duplicate attribute",
     "metrics.xml", "unit=\"%\"", "unit=\"%\" @@unit=\"h\"",
     "duplicate attribute 'unit' on <metric>"},
    {"broken workspace (XML): unknown element, with a suggestion",
     "evidence.xml", "<notes>Signed; communicated at the all-hands.</notes>",
     "@@<note>Signed; communicated at the all-hands.</note>",
     "unknown element <note> in <evidence> (did you mean 'notes'?)"},
    {"broken workspace (XML): wrong namespace",
     "actions.xml", "<actions xmlns=\"urn:iso20k:workspace:1\">",
     "@@<actions xmlns=\"urn:iso20k:workspace:2\">",
     "the root element must declare xmlns=\"urn:iso20k:workspace:1\""},
    {"broken workspace (XML): judgement without justification",
     "judgements.xml",
     "<judgement requirement=\"R-8.2-01\" result=\"not-applicable\" assessor=\"Ravi Patel\" "
     "date=\"2026-03-11\">\n"
     "    <justification>No changes are made to services in scope.</justification>\n",
     "@@<judgement requirement=\"R-8.2-01\" result=\"not-applicable\" assessor=\"Ravi Patel\" "
     "date=\"2026-03-11\">\n",
     "the judgement of R-8.2-01 has no 'justification'"},
    {"broken workspace (XML): a date that does not parse",
     "evidence.xml", "issued=\"2025-06-01\"", "issued=\"@@2025-13-01\"",
     "'issued' must be a date written YYYY-MM-DD, not '2025-13-01'"},
    {"broken workspace (XML): unknown process in a target level",
     "profile.xml", "process=\"incident\"", "process=\"@@incidnet\"",
     "unknown process 'incidnet': checklist test-small:2024 has no such process (did you "
     "mean 'incident'?)"},
    {"broken workspace (XML): target level outside 0-5",
     "profile.xml", "level=\"3\"", "level=\"@@6\"",
     "'level' must be a whole number from 0 to 5, not '6'"},
    {"broken workspace (XML): misspelt party kind",
     "profile.xml", "kind=\"internal-supplier\"",
     "kind=\"@@internal-suplier\"",
     "'kind' is 'internal-suplier'; expected one of: external-supplier internal-supplier "
     "customer-as-supplier (did you mean 'internal-supplier'?)"},
    {"broken workspace (XML): a party operates a service not in scope",
     "profile.xml", "services=\"hosting\"", "services=\"@@hostnig\"",
     "party Hostwerk Ltd operates service 'hostnig', which is not one of the services in "
     "scope (did you mean 'hosting'?)"},
    {"broken workspace (XML): persons is not a whole number",
     "profile.xml", "persons=\"45\"", "persons=\"@@forty-five\"",
     "'persons' must be a whole number from 1 to 10000000, not 'forty-five'"},
    {"broken workspace (XML): an empty list element",
     "profile.xml", "<site>Leeds</site>", "@@<site> </site>",
     "'site' is empty"},
};
ISO20K_TEST_CASE_PER_ROW(kXmlCases, expect_case_in<kSameXml>);

TEST_CASE("broken workspace (XML): an element written as an attribute, and the reverse") {
  expect_edit("same-xml", "evidence.xml", "status=\"missing\"", "status=\"missing\" @@notes=\"x\"",
              "unknown attribute 'notes' on <evidence>; it is written as an element: <notes>…</notes>");
  expect_edit("same-xml", "judgements.xml", "<justification>No changes",
              "@@<date>2026-03-11</date><justification>No changes",
              "unknown element <date> in <judgement>; it is written as an attribute: date=\"…\"");
}

// ---- JSON: edits of same-json ----
constexpr Case kJsonCases[] = {
    {"broken workspace (JSON): trailing comma, at its exact column",
     "evidence.json", "{\"id\": \"REC-CHANGES\", \"status\": \"missing\"}",
     "{\"id\": \"REC-CHANGES\", \"status\": \"missing\",@@}",
     "a ',' before '}': remove the trailing comma; the JSON is not well formed"},
    {"broken workspace (JSON): unknown key, with a suggestion",
     "evidence.json", "\"approved-by\": \"CEO\"",
     "@@\"aproved-by\": \"CEO\"", "unknown key \"aproved-by\" (did you mean 'approved-by'?)"},
    {"broken workspace (JSON): duplicate key",
     "metrics.json", "\"unit\": \"%\"", "\"unit\": \"%\", @@\"unit\": \"h\"",
     "the key \"unit\" appears twice in this object"},
    {"broken workspace (JSON): a list where a value belongs",
     "metrics.json", "\"value\": 92.5", "\"value\": @@[92.5]",
     "\"value\" must be a string or a number, not a list"},
    {"broken workspace (JSON): invalid UTF-8",
     "evidence.json", "\"owner\": \"Jane Roe\"",
     "\"owner\": \"Jane R@@\xF6\x65\"", "invalid UTF-8 (byte 0xF6); save the file as UTF-8"},
    {"broken workspace (JSON): unknown evidence id, with a suggestion",
     "evidence.json", "\"id\": \"REC-INCIDENTS\"",
     "\"id\": \"@@REC-INCIDENT\"",
     "unknown evidence item 'REC-INCIDENT': checklist test-small:2024 has no such evidence "
     "item (did you mean 'REC-INCIDENTS'?)"},
    {"broken workspace (JSON): wrong top-level key",
     "actions.json", "\"actions\": [", "@@\"action\": [",
     "unknown key \"action\" (did you mean 'actions'?)"},
    {"broken workspace (JSON): judgement of an unknown requirement",
     "judgements.json", "\"requirement\": \"R-8.2-01\"",
     "\"requirement\": \"@@R-8.2-1\"",
     "unknown requirement 'R-8.2-1': checklist test-small:2024 has no such requirement "
     "(did you mean 'R-8.2-01'?)"},
};
ISO20K_TEST_CASE_PER_ROW(kJsonCases, expect_case_in<kSameJson>);

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
TEST_CASE("broken workspace (JSON): achievement outside 0-1 and on a non-partial result") {
  expect_edit("same-json", "judgements.json", "\"achievement\": 0.6", "\"achievement\": @@1.5",
              "'achievement' must be a number from 0 to 1, not '1.5'");
  expect_edit("same-json", "judgements.json", "\"result\": \"not-applicable\"",
              "\"result\": \"not-applicable\", \"achievement\": @@0.5",
              "'achievement' is only for a partial result (this one is not-applicable)");
}

// ---- INI: edits of same-ini ----
constexpr Case kIniCases[] = {
    {"broken workspace (INI): a line that is not key = value",
     "evidence.ini", "status = missing", "@@status missing",
     "expected 'key = value', a [section] header or a comment line (; or #)"},
    {"broken workspace (INI): unknown key, with a suggestion",
     "evidence.ini", "reviewed = 2026-01-15", "@@reviwed = 2026-01-15",
     "unknown key 'reviwed' in section [DOC-POLICY] (did you mean 'reviewed'?)"},
    {"broken workspace (INI): duplicate section",
     "evidence.ini", "[REC-CHANGES]", "[@@DOC-POLICY]",
     "the section [DOC-POLICY] appears twice"},
    {"broken workspace (INI): duplicate key",
     "metrics.ini", "unit = %", "unit = %\n@@unit = h",
     "the key 'unit' appears twice in section [MET-INC-RESOLVED]"},
    {"broken workspace (INI): unknown profile section, with a suggestion",
     "profile.ini", "[service hosting]", "[@@servce hosting]",
     "unknown section [servce hosting] (did you mean 'service'?)"},
    {"broken workspace (INI): progress out of range",
     "actions.ini", "progress = 40", "progress = @@140",
     "'progress' must be a whole number from 0 to 100, not '140'"},
    {"broken workspace (INI): decimal comma",
     "metrics.ini", "value = 92.5", "value = @@92,5",
     "'value' must be a number, not '92,5': use '.' as the decimal separator"},
    {"broken workspace (INI): unknown requirement in an action's list, at the item",
     "actions.ini", "requirements = R-8.1-01, R-8.1-02",
     "requirements = R-8.1-01, @@R-8.1-03",
     "unknown requirement 'R-8.1-03': checklist test-small:2024 has no such requirement "
     "(did you mean 'R-8.1-01'?)"},
    {"broken workspace (INI): a key outside any section",
     "judgements.ini", "[R-8.1-02]", "@@assessor = Jane Doe\n[R-8.1-02]",
     "the key 'assessor' is outside any section: each record is a section named by its "
     "requirement, e.g. [R-9.2-01]"},
    {"broken workspace (INI): a done action with progress below 100",
     "actions.ini", "status = in-progress\nprogress = 40",
     "status = done\nprogress = @@40", "action ACT-001 is done, so its progress is 100, not 40"},
};
ISO20K_TEST_CASE_PER_ROW(kIniCases, expect_case_in<kSameIni>);

// ---- CSV: edits of same-csv ----
constexpr Case kCsvCases[] = {
    {"broken workspace (CSV): unknown column, with a suggestion",
     "evidence.csv", "Approved by", "@@Aproved by",
     "unknown column 'Aproved by' (did you mean 'approved-by'?)"},
    {"broken workspace (CSV): a row with too many fields",
     "evidence.csv", "REC-CHANGES,Change records,missing,,,,,,,,",
     "REC-CHANGES,Change records,missing,,,,,,,,,@@extra",
     "this row has 12 fields but the header has 11"},
    {"broken workspace (CSV): a stray quote",
     "evidence.csv", "ServiceNow INC export", "ServiceNow @@\"INC\" export",
     "a quote inside an unquoted field; put the whole field in quotes and write the quote "
     "twice (\"\")"},
    {"broken workspace (CSV): a quoted field never closed",
     "actions.csv", "\"R-8.1-01, R-8.1-02\"", "@@\"R-8.1-01, R-8.1-02",
     "this quoted field is never closed: a '\"' is missing"},
    {"broken workspace (CSV): misspelt status",
     "evidence.csv", "REC-INCIDENTS,Incident records,partial",
     "REC-INCIDENTS,Incident records,@@Partial",
     "'Status' is 'Partial'; expected one of: seen partial missing requested (did you mean "
     "'partial'?)"},
    {"broken workspace (CSV): the same evidence id twice",
     "evidence.csv", "REC-CHANGES,Change records",
     "@@DOC-POLICY,Change records",
     "evidence DOC-POLICY is registered twice (first at line 2)"},
    {"broken workspace (CSV): a unit other than the checklist's",
     "metrics.csv", ",%,", ",@@h,",
     "metric MET-INC-RESOLVED is measured in '%' (checklist test-small:2024), not 'h'"},
    {"broken workspace (CSV): an unknown requirement inside a quoted list",
     "actions.csv", "\"R-8.1-01, R-8.1-02\"", "\"R-8.1-01, @@R-8.1-09\"",
     "unknown requirement 'R-8.1-09': checklist test-small:2024 has no such requirement "
     "(did you mean 'R-8.1-01'?)"},
    {"broken workspace (CSV): a metric recorded in the evidence register",
     "evidence.csv", "REC-CHANGES,Change records",
     "@@MET-INC-RESOLVED,Change records",
     "MET-INC-RESOLVED is a metric: record its value in the metrics register, not here"},
    {"broken workspace (CSV): a date after the assessment date",
     "evidence.csv", ",2026-02-28,", ",@@2026-03-28,",
     "issued 2026-03-28 is after the assessment date 2026-03-10 (profile)"},
    {"broken workspace (CSV): reviewed before issued",
     "evidence.csv", ",2026-01-15,", ",@@2025-01-15,",
     "reviewed 2025-01-15 is before issued 2025-06-01"},
    {"broken workspace (CSV): a spreadsheet date",
     "actions.csv", "2026-04-30", "@@30/04/2026",
     "'due' must be a date written YYYY-MM-DD, not '30/04/2026'"},
};
ISO20K_TEST_CASE_PER_ROW(kCsvCases, expect_case_in<kSameCsv>);

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
  const Marked profile =
      edit_at_marker(read_file(c.ws / "profile.xml"), "checklist=\"../../checklists/small.xml\"",
                     "checklist=\"@@iso2000-1:2018\"");
  write_file(c.ws / "profile.xml", profile.text);
  expect_validate_error(c.ws, {(c.ws / "profile.xml").string() + ":" + profile.where() +
                               ": error: unknown checklist 'iso2000-1:2018' (known: "});
}
TEST_CASE("broken workspace: the checklist file the profile names does not exist") {
  Copy c("same-ini");
  const Marked profile = edit_at_marker(read_file(c.ws / "profile.ini"),
                                        "../../checklists/small.xml", "@@../checklists/small.xml");
  write_file(c.ws / "profile.ini", profile.text);
  expect_problem(c.ws, c.ws / "profile.ini", profile.where(),
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
  // The first byte that is not valid UTF-8 is where the problem is reported.
  const std::size_t bad = find_invalid_utf8(garbage);
  const std::string marked = garbage.substr(0, bad) + "@@" + garbage.substr(bad);
  const unsigned byte = static_cast<unsigned char>(garbage[bad]);
  const std::string hex = {"0123456789ABCDEF"[byte >> 4], "0123456789ABCDEF"[byte & 15]};
  for (const auto& [base, name] : {std::pair{"same-xml", "evidence.xml"},
                                   {"same-json", "evidence.json"},
                                   {"same-ini", "evidence.ini"},
                                   {"same-csv", "evidence.csv"}}) {
    INFO(std::string(name));
    expect_file(base, name, marked, "invalid UTF-8 (byte 0x" + hex + "); save the file as UTF-8");
  }
}
