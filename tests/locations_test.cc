// Locations and what reaches the terminal: a file with CR line ends (old Mac) reports the lines an
// editor shows; a rule inside CDATA is reported at its exact column; an unknown checklist is named
// where it is named (the profile, results.json) or, on the command line, is a usage error (exit
// code 2, like a missing file); control characters from input values never reach the terminal raw
// — values holding them are refused (NUL bytes in CSV and INI too), and every message escapes them.
#include <doctest/doctest.h>

#include <filesystem>

#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/load/workspace/workspace_loader.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;
namespace fs = std::filesystem;

namespace {

// A copy of a fixture workspace at <tmp>/workspaces/ws with the checklist its profile names.
struct Copy {
  TempDir tmp;
  fs::path ws = tmp / "workspaces" / "ws";
  explicit Copy(const std::string& base) {
    fs::create_directories(ws);
    fs::create_directories(tmp / "checklists");
    fs::copy_file(fixture("checklists/small.xml"), tmp / "checklists" / "small.xml");
    for (const auto& e : fs::directory_iterator(fixture("workspaces/" + base))) {
      fs::copy_file(e.path(), ws / e.path().filename());
    }
  }
};

std::string with_cr_line_ends(std::string text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i] == '\n' ? '\r' : text[i];
  }
  return out;
}

// The problems of the checklist `text`.
Diagnostics checklist_problems(const std::string& text) {
  return load_checklist_bytes("c.xml", text).diagnostics;
}

}  // namespace

TEST_CASE("locations: a file with CR line ends reports real line numbers") {
  Copy c("same-xml");
  std::string text = read_file(c.ws / "evidence.xml");
  replace_first(text, "approved-by=\"CEO\">", "approved-by=\"CEO\" colour=\"red\">");
  text = with_cr_line_ends(text);
  write_file(c.ws / "evidence.xml", text);
  const Diagnostics ds = load_workspace(c.ws.string()).diagnostics;
  const std::size_t at = text.find("colour=");
  expect_diagnostic(ds, (c.ws / "evidence.xml").string(), line_column(text, at),
                    "unknown attribute 'colour' on <evidence>", Match::first_with_part);
  CHECK(line_column(text, at) == "5:31");  // the fifth line as an editor shows it, not line 1

  std::string checklist = with_cr_line_ends(read_file(fixture("checklists/small.xml")));
  replace_first(checklist, "meets_target(", "meets_targe(");
  const std::size_t rule = checklist.find("meets_targe(");
  expect_diagnostic(checklist_problems(checklist), "c.xml", line_column(checklist, rule), "unknown function 'meets_targe'",
                    Match::first_with_part);
  CHECK(line_column(checklist, rule).starts_with("68:"));
}

TEST_CASE("locations: a rule inside CDATA is reported at its exact column") {
  const std::string base = read_file(fixture("checklists/small.xml"));
  const std::string rule = "<rule>valid(evidence(\"REC-INCIDENTS\")) &amp;&amp; meets_target(metric(\"MET-INC-RESOLVED\"))</rule>";
  const struct {
    const char* name;
    std::string replacement;
  } cases[] = {
      {"CDATA with && before the error",
       "<rule><![CDATA[valid(evidence(\"REC-INCIDENTS\")) && meets_targe(metric(\"MET-INC-RESOLVED\"))]]></rule>"},
      {"CDATA after leading white space",
       "<rule>\n        <![CDATA[  valid(evidence(\"REC-INCIDENTS\")) && meets_targe(metric(\"MET-INC-RESOLVED\"))]]></rule>"},
      {"CDATA over CRLF lines",
       "<rule><![CDATA[valid(evidence(\"REC-INCIDENTS\"))\r\n  &&\r\n  meets_targe(metric(\"MET-INC-RESOLVED\"))]]></rule>"},
      {"text, then CDATA",
       "<rule>valid(evidence(\"REC-INCIDENTS\")) &amp;&amp; <![CDATA[ meets_targe(metric(\"MET-INC-RESOLVED\")) && true]]></rule>"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    std::string text = base;
    replace_first(text, rule, c.replacement);
    const std::size_t at = text.find("meets_targe(");
    expect_diagnostic(checklist_problems(text), "c.xml", line_column(text, at), "unknown function 'meets_targe'",
                      Match::first_with_part);
  }
}

TEST_CASE("locations: an unknown checklist is named where it is named, or is a usage error") {
  Copy c("same-xml");
  // On the command line: exit code 2, like a missing file.
  for (const char* command : {"assess", "report"}) {
    const RunResult r = run_iso20k(std::string(command) + " " + quote(c.ws.string()) +
                                   (std::string(command) == "report" ? " --kind gap" : "") + " --checklist nosuch:2000");
    CAPTURE(command);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("unknown checklist 'nosuch:2000'") != std::string::npos);
  }
  // In the profile: at its place there, exit code 3.
  std::string profile = read_file(c.ws / "profile.xml");
  replace_first(profile, "checklist=\"../../checklists/small.xml\"", "checklist=\"nosuch:2000\"");
  write_file(c.ws / "profile.xml", profile);
  const RunResult r = run_iso20k("assess " + quote(c.ws.string()) + " --quiet");
  CHECK(r.exit_code == 3);
  CHECK(r.err.find((c.ws / "profile.xml").string() + ":" + line_column(profile, profile.find("nosuch:2000")) +
                   ": error: unknown checklist 'nosuch:2000'") != std::string::npos);
  // In results.json: at "checklist.id", exit code 3.
  TempDir t;
  const RunResult a = run_iso20k("assess " + quote(source_dir() + "/examples/northgate-msp") + " --quiet --out " +
                                 quote((t / "r.json").string()));
  REQUIRE(a.exit_code == 0);
  std::string results = read_file(t / "r.json");
  const std::size_t id = results.find("\"iso20000-1:2018\"");
  REQUIRE(id != std::string::npos);
  results.replace(id, 17, "\"iso20000-1:2099\"");
  write_file(t / "r.json", results);
  const RunResult rep = run_iso20k("report " + quote((t / "r.json").string()) + " --kind gap --out " +
                                   quote((t / "r.pdf").string()));
  CHECK(rep.exit_code == 3);
  CHECK_MESSAGE(rep.err.find((t / "r.json").string() + ":" + line_column(results, id) +
                             ": error: unknown checklist 'iso20000-1:2099'") != std::string::npos,
                rep.err);
}

TEST_CASE("locations: escape sequences from inputs never reach the terminal raw") {
  // In a file name.
  TempDir t;
  const fs::path odd = t / "evil\x1B]0;owned\x07\x1B[2J.xml";
  write_file(odd, "<checklist");
  RunResult r = run_iso20k("validate " + quote(odd.string()));
  CHECK(r.exit_code == 3);
  CHECK(r.err.find('\x1B') == std::string::npos);
  CHECK(r.err.find('\x07') == std::string::npos);
  CHECK(r.err.find("evil\\x1B]0;owned\\x07\\x1B[2J.xml") != std::string::npos);
  // In a CSV header: the unknown column is named, escaped.
  Copy c("same-csv");
  std::string csv = read_file(c.ws / "evidence.csv");
  replace_first(csv, ",Notes", ",\x1B[31mNotes\x1B[0m\xE2\x80\xAE");
  write_file(c.ws / "evidence.csv", csv);
  r = run_iso20k("validate " + quote(c.ws.string()));
  CHECK(r.exit_code == 3);
  CHECK(r.err.find('\x1B') == std::string::npos);
  CHECK(r.err.find("unknown column '\\x1B[31mNotes\\x1B[0m\\u{202E}'") != std::string::npos);
}

TEST_CASE("locations: control characters and NUL bytes in values are refused in every format") {
  {
    Copy c("same-json");
    std::string text = read_file(c.ws / "profile.json");
    replace_first(text, "\"M\\u00fcller", "\"\\u001b[2JM\\u00fcller");
    write_file(c.ws / "profile.json", text);
    expect_diagnostic(load_workspace(c.ws.string()).diagnostics, (c.ws / "profile.json").string(),
                      line_column(text, text.find("\\u001b")), "a control character (U+001B) in 'organisation'",
                      Match::first_with_part);
  }
  {
    Copy c("same-json");
    std::string text = read_file(c.ws / "profile.json");
    replace_first(text, "Ravi Patel", "Ravi\\u0000Patel");
    write_file(c.ws / "profile.json", text);
    expect_diagnostic(load_workspace(c.ws.string()).diagnostics, (c.ws / "profile.json").string(),
                      line_column(text, text.find("\\u0000")), "a NUL byte in 'assessors'", Match::first_with_part);
  }
  {
    Copy c("same-ini");
    std::string text = read_file(c.ws / "profile.ini");
    replace_first(text, "organisation = M", std::string("organisation = M\0", 17));
    write_file(c.ws / "profile.ini", text);
    expect_diagnostic(load_workspace(c.ws.string()).diagnostics, (c.ws / "profile.ini").string(),
                      line_column(text, text.find('\0')), "a NUL byte: an INI file holds text only",
                      Match::first_with_part);
  }
  {
    Copy c("same-ini");
    std::string text = read_file(c.ws / "profile.ini");
    replace_first(text, "organisation = M", "organisation = \x1B[2JM");
    write_file(c.ws / "profile.ini", text);
    expect_diagnostic(load_workspace(c.ws.string()).diagnostics, (c.ws / "profile.ini").string(),
                      line_column(text, text.find('\x1B')), "a control character (U+001B) in 'organisation'",
                      Match::first_with_part);
  }
  {
    Copy c("same-csv");
    std::string text = read_file(c.ws / "evidence.csv");
    replace_first(text, "Jane Roe", std::string("Jane\0Roe", 8));
    write_file(c.ws / "evidence.csv", text);
    const RunResult r = run_iso20k("validate " + quote(c.ws.string()));
    CHECK(r.exit_code == 3);
    CHECK(r.err.find((c.ws / "evidence.csv").string() + ":" + line_column(text, text.find('\0')) +
                     ": error: a NUL byte: a CSV file holds text only") != std::string::npos);
  }
}
