// `iso20k init` and `iso20k validate DIR` end to end: the files init writes, that it never
// overwrites a workspace without --force, its exit codes, that the workspace it creates validates
// once filled in, and that the demonstration workspaces in examples/ are valid.
#include <doctest/doctest.h>

#include <filesystem>
#include <initializer_list>
#include <set>
#include <utility>

#include "support/test_support.h"

using namespace iso20k::test;
namespace fs = std::filesystem;

namespace {

std::string small_checklist() { return fixture("checklists/small.xml"); }

RunResult init(const fs::path& dir, const std::string& more = "") {
  return run_iso20k("init " + quote(dir.string()) + " --checklist " + quote(small_checklist()) +
                    (more.empty() ? "" : " " + more));
}

RunResult validate(const fs::path& dir) { return run_iso20k("validate " + quote(dir.string())); }

// Writes `to` as `from` with, for each {find, with}, the first `find` replaced by `with`.
void fill_in(const fs::path& from, const fs::path& to,
             std::initializer_list<std::pair<std::string, std::string>> edits) {
  std::string text = read_file(from);
  for (const auto& [find, with] : edits) replace_first(text, find, with);
  write_file(to, text);
}

// Fills in the profile skeleton init wrote (XML), as a consultant would.
void fill_profile_xml(const fs::path& dir) {
  fill_in(dir / "profile.xml", dir / "profile.xml",
          {{"assessment-date=\"\" persons=\"\"", "assessment-date=\"2026-05-04\" persons=\"12\""},
           {"<organisation></organisation>", "<organisation>Acme Ltd</organisation>"},
           {"<assessor></assessor>", "<assessor>Jane Doe</assessor>"},
           {"<scope></scope>", "<scope>The service desk for Acme's customers.</scope>"},
           {"<unit></unit>", "<unit>Service desk</unit>"},
           {"<site></site>", "<site>Leeds</site>"},
           {"<service id=\"\" name=\"\"/>", "<service id=\"desk\" name=\"Service desk\"/>"}});
}

// The client's answers: requests.csv saved as evidence.csv with two rows filled in (the others
// left unanswered), metric-requests.csv saved as metrics.csv with its value.
void fill_registers(const fs::path& dir) {
  fill_in(dir / "requests.csv", dir / "evidence.csv",
          {{"The approved policy.,,,,,,,,,",
            "The approved policy.,seen,POL-1,1.0,2026-01-10,,,CEO,CEO,"},
           {"Approved changes.,,,,,,,,,",
            "Approved changes.,partial,CAB minutes,,,,,,,\"Only 3 of 5, see \"\"notes\"\"\""}});
  fill_in(dir / "metric-requests.csv", dir / "metrics.csv",
          {{",,,,\r\n", ",93.5,,2026-Q1,Desk report\r\n"}});
}

}  // namespace

TEST_CASE("init: creates the profile skeleton and the request lists") {
  TempDir t;
  const RunResult r = init(t / "ws");
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("requests.csv         3 evidence requests") != std::string::npos);
  CHECK(r.out.find("metric-requests.csv  1 metrics") != std::string::npos);
  const std::string profile = read_file(t / "ws" / "profile.xml");
  CHECK(profile.find("<profile xmlns=\"urn:iso20k:workspace:1\" checklist=\"") != std::string::npos);
  CHECK(profile.find("small.xml\"") != std::string::npos);
  CHECK(profile.find("incident                Incident management") != std::string::npos);
  const std::string requests = read_file(t / "ws" / "requests.csv");
  CHECK(requests ==
        "\xEF\xBB\xBF"
        "evidence id,title,kind,mandatory,approval,max age,requirements,clauses,what good looks "
        "like,status,reference,version,issued,reviewed,expires,owner,approved by,notes\r\n"
        "DOC-POLICY,Policy,document,yes,required,12m,R-4.1-01,4.1,The approved policy.,,,,,,,,,\r\n"
        "REC-INCIDENTS,Incident records,record,no,,3m,R-8.1-01,8.1,Recent incident tickets.,,,,,,,,,\r\n"
        "REC-CHANGES,Change records,record,no,,,R-8.2-01,8.2,Approved changes.,,,,,,,,,\r\n");
  CHECK(read_file(t / "ws" / "metric-requests.csv") ==
        "\xEF\xBB\xBF"
        "metric id,title,unit,better,default target,requirements,clauses,what good looks like,"
        "value,target,period,source\r\n"
        "MET-INC-RESOLVED,Incidents resolved in target,%,higher,90,R-8.1-01 R-8.1-02,8.1,Share of "
        "incidents resolved within the agreed time.,,,,\r\n");
  // No temporary files are left behind.
  for (const auto& e : fs::directory_iterator(t / "ws")) {
    CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
  }
}

TEST_CASE("init: the skeleton says what to fill in — filled in, the workspace is valid") {
  TempDir t;
  REQUIRE(init(t / "ws").exit_code == 0);
  RunResult v = validate(t / "ws");
  CHECK(v.exit_code == 3);
  const std::string profile = (t / "ws" / "profile.xml").string();
  CHECK(v.err.find(profile + ":6:27: error: 'assessment-date' is empty") != std::string::npos);
  CHECK(v.err.find("'organisation' is empty") != std::string::npos);
  CHECK(v.err.find("'scope' is empty") != std::string::npos);

  fill_profile_xml(t / "ws");
  v = validate(t / "ws");
  CHECK_MESSAGE(v.exit_code == 0, v.err);
  CHECK(v.out.find("valid workspace of Acme Ltd against test-small:2024 (0 evidence records, 0 "
                   "metrics, 0 judgements, 0 actions)") != std::string::npos);

  fill_registers(t / "ws");
  v = validate(t / "ws");
  CHECK_MESSAGE(v.exit_code == 0, v.err);
  CHECK(v.out.find("(2 evidence records, 1 metric, 0 judgements, 0 actions)") != std::string::npos);
}

TEST_CASE("init --format ini: the INI skeleton, filled in, is valid") {
  TempDir t;
  REQUIRE(init(t / "ws", "--format ini").exit_code == 0);
  CHECK_FALSE(fs::exists(t / "ws" / "profile.xml"));
  CHECK(validate(t / "ws").exit_code == 3);
  fill_in(t / "ws" / "profile.ini", t / "ws" / "profile.ini",
          {{"organisation =\n", "organisation = Acme Ltd\n"},
           {"assessment-date =\n", "assessment-date = 2026-05-04\n"},
           {"assessors =\n", "assessors = Jane Doe; Ravi Patel\n"},
           {"scope =\n", "scope = The service desk\n"},
           {"units =\n", "units = Service desk\n"},
           {"sites =\n", "sites = Leeds\n"},
           {"persons =\n", "persons = 12\n"},
           {"[service EDIT-ME]\nname =\n", "[service desk]\nname = Service desk\n"}});
  const RunResult v = validate(t / "ws");
  CHECK_MESSAGE(v.exit_code == 0, v.err);
}

TEST_CASE("init: refuses to overwrite a workspace — --force replaces init's files only") {
  TempDir t;
  REQUIRE(init(t / "ws").exit_code == 0);
  write_file(t / "ws" / "profile.xml", "mine");
  write_file(t / "ws" / "evidence.csv", "also mine");
  RunResult r = init(t / "ws");
  CHECK(r.exit_code == 4);
  CHECK(r.err.find("already holds a workspace (evidence.csv, metric-requests.csv, profile.xml, "
                   "requests.csv); init never overwrites one: use --force") != std::string::npos);
  CHECK(read_file(t / "ws" / "profile.xml") == "mine");
  r = init(t / "ws", "--force");
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(read_file(t / "ws" / "profile.xml").starts_with("<?xml"));
  CHECK(read_file(t / "ws" / "evidence.csv") == "also mine");
  // A profile in another format is never left beside the new one.
  r = init(t / "ws", "--force --format ini");
  CHECK(r.exit_code == 4);
  CHECK(r.err.find("holds profile.xml; a workspace has one profile") != std::string::npos);
}

TEST_CASE("init: an existing folder without workspace files is fine") {
  TempDir t;
  fs::create_directories(t / "ws");
  write_file(t / "ws" / "notes.txt", "client documents live here");
  CHECK(init(t / "ws").exit_code == 0);
}

TEST_CASE("init: exit codes for usage mistakes, bad input and unwritable places") {
  TempDir t;
  CHECK(run_iso20k("init " + quote((t / "ws").string())).exit_code == 2);  // no --checklist
  CHECK(run_iso20k("init --checklist x").exit_code == 2);                  // no folder
  CHECK(init(t / "ws", "--colour red").exit_code == 2);                    // unknown option
  CHECK(init(t / "ws", "--format yaml").exit_code == 2);
  CHECK(init(t / "ws", "--tailoring " + quote((t / "none.xml").string())).exit_code == 2);
  const RunResult unknown =
      run_iso20k("init " + quote((t / "ws").string()) + " --checklist no-such:2000");
  CHECK(unknown.exit_code == 2);  // neither a checklist id nor a file: a usage error, like a missing file
  CHECK(unknown.err.find("unknown checklist 'no-such:2000'") != std::string::npos);
  write_file(t / "file", "x");
  RunResult r = init(t / "file");
  CHECK(r.exit_code == 4);
  CHECK(r.err.find("exists and is not a folder") != std::string::npos);
  r = init(t / "file" / "ws");
  CHECK(r.exit_code == 4);
  CHECK(r.err.find("cannot create the folder") != std::string::npos);
  CHECK_FALSE(fs::exists(t / "ws"));
  CHECK(run_iso20k("init --help").exit_code == 0);
}

TEST_CASE("init --tailoring: requests follow the tailored checklist — the copy is applied by validate") {
  TempDir t;
  const RunResult r =
      init(t / "ws", "--tailoring " + quote(fixture("tailoring/small-deselect.xml")));
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(fs::exists(t / "ws" / "tailoring.xml"));
  CHECK(read_file(t / "ws" / "profile.xml").find("tailoring=\"tailoring.xml\"") != std::string::npos);
  const std::string requests = read_file(t / "ws" / "requests.csv");
  CHECK(requests.find("\r\nREC-ACME-ONCALL,On-call rota,record,no,,3m,ACME-8.2-01,8.2,") !=
        std::string::npos);
  CHECK(read_file(t / "ws" / "metric-requests.csv").find(",R-8.1-01,8.1,") != std::string::npos);
  fill_profile_xml(t / "ws");
  const RunResult v = validate(t / "ws");
  CHECK_MESSAGE(v.exit_code == 0, v.err);
  CHECK(v.out.find("against test-small:2024 tailored by tailoring.xml") != std::string::npos);
}

TEST_CASE("init with the bundled ISO/IEC 20000-1:2018 checklist") {
  TempDir t;
  const RunResult r = run_iso20k("init " + quote((t / "ws").string()) + " --checklist iso20000-1:2018");
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(read_file(t / "ws" / "profile.xml").find("checklist=\"iso20000-1:2018\"") != std::string::npos);
  const std::string requests = read_file(t / "ws" / "requests.csv");
  CHECK(requests.find("\r\nDOC-SMS-SCOPE,Scope of the service management system,document,yes,"
                      "required,12m,") != std::string::npos);
}

TEST_CASE("validate: a workspace folder and a checklist in one run — a missing folder") {
  TempDir t;
  REQUIRE(init(t / "ws").exit_code == 0);
  fill_profile_xml(t / "ws");
  RunResult r = run_iso20k("validate " + quote((t / "ws").string()) + " " + quote(small_checklist()));
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("valid workspace of Acme Ltd") != std::string::npos);
  CHECK(r.out.find("valid checklist test-small:2024") != std::string::npos);
  r = validate(t / "nowhere");
  CHECK(r.exit_code == 2);
}

TEST_CASE("validate: the demonstration workspaces in examples/ are valid") {
  int found = 0;
  for (const auto& e : fs::directory_iterator(source_dir() + "/examples")) {
    const fs::path p = e.path();
    if (!e.is_directory() || !(fs::exists(p / "profile.xml") || fs::exists(p / "profile.json") ||
                               fs::exists(p / "profile.ini"))) {
      continue;  // not a workspace (examples/tailoring holds tailoring files)
    }
    ++found;
    const RunResult r = validate(e.path());
    CHECK_MESSAGE(r.exit_code == 0, e.path() << ":\n" << r.err);
  }
  CHECK(found >= 3);
}

TEST_CASE("init: texts of the checklist that would be spreadsheet formulas are neutralised in the request lists") {
  TempDir tmp;
  std::string checklist = read_file(small_checklist());
  replace_first(checklist, "<title>Policy</title>", "<title>=HYPERLINK(\"http://evil\",\"Policy\")</title>");
  replace_first(checklist, "<description>Recent incident tickets.</description>",
                "<description>@SUM(1+1)*cmd|' /C calc'!A0</description>");
  replace_first(checklist, "<title>Incidents resolved in target</title>", "<title>-2+3</title>");
  write_file(tmp / "c.xml", checklist);
  const RunResult r = run_iso20k("init " + quote((tmp / "ws").string()) + " --checklist " + quote((tmp / "c.xml").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string requests = read_file(tmp / "ws" / "requests.csv");
  CHECK(requests.find("DOC-POLICY,\"'=HYPERLINK(\"\"http://evil\"\",\"\"Policy\"\")\",") != std::string::npos);
  CHECK(requests.find(",'@SUM(1+1)*cmd|' /C calc'!A0,") != std::string::npos);
  CHECK(requests.find(",=") == std::string::npos);
  const std::string metrics = read_file(tmp / "ws" / "metric-requests.csv");
  CHECK(metrics.find("MET-INC-RESOLVED,'-2+3,") != std::string::npos);
}

namespace {

// `iso20k init` with files limited to 8 KB (ulimit -f, SIGXFSZ ignored so that a write fails with
// EFBIG as on a full disk): profile.xml fits, requests.csv of the 2018 checklist does not.
RunResult init_on_a_full_disk(const fs::path& dir) {
  return run("trap '' XFSZ; ulimit -f 16; exec " + quote(ISO20K_BINARY) + " init " + quote(dir.string()) +
             " --checklist iso20000-1:2018");
}

std::set<std::string> names_in(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

}  // namespace

TEST_CASE("init all or nothing: a failure part-way leaves no workspace, and a retry works") {
  TempDir tmp;
  const fs::path ws = tmp / "ws";
  const RunResult failed = init_on_a_full_disk(ws);
  INFO(failed.err);
  CHECK(failed.exit_code == 4);
  CHECK(failed.err.find("cannot create the workspace " + ws.string() + ": ") != std::string::npos);
  CHECK(failed.err.find("File too large") != std::string::npos);
  CHECK(names_in(tmp.path()).empty());  // neither the workspace nor a temporary folder
  const RunResult retry = run_iso20k("init " + quote(ws.string()) + " --checklist iso20000-1:2018");
  INFO(retry.err);
  CHECK(retry.exit_code == 0);
  CHECK(names_in(ws) == std::set<std::string>{"metric-requests.csv", "profile.xml", "requests.csv"});
}

TEST_CASE("init all or nothing: into an existing folder, a failure part-way changes nothing") {
  TempDir tmp;
  const fs::path ws = tmp / "client";
  fs::create_directory(ws);
  write_file(ws / "notes.txt", "kick-off on Monday");
  const RunResult failed = init_on_a_full_disk(ws);
  CHECK(failed.exit_code == 4);
  CHECK(names_in(ws) == std::set<std::string>{"notes.txt"});
  CHECK(names_in(tmp.path()) == std::set<std::string>{"client"});
  CHECK(run_iso20k("init " + quote(ws.string()) + " --checklist iso20000-1:2018").exit_code == 0);
  CHECK(names_in(ws) == std::set<std::string>{"metric-requests.csv", "notes.txt", "profile.xml", "requests.csv"});
}

TEST_CASE("init all or nothing: a legal 250-byte name works, a 256-byte one fails cleanly") {
  TempDir tmp;
  const fs::path ws = tmp / std::string(250, 'w');
  const RunResult r = run_iso20k("init " + quote(ws.string()) + " --checklist " + quote(small_checklist()));
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(fs::is_regular_file(ws / "requests.csv"));
  // The outputs of assess and report with such names, beside it.
  const std::string demo = source_dir() + "/examples/northgate-msp";
  const fs::path json = tmp / (std::string(245, 'r') + ".json");
  const RunResult a = run_iso20k("assess " + quote(demo) + " --quiet --out " + quote(json.string()));
  INFO(a.err);
  CHECK(a.exit_code == 0);
  CHECK(fs::is_regular_file(json));
  const fs::path pdf = tmp / (std::string(246, 'p') + ".pdf");
  const RunResult p = run_iso20k("report " + quote(json.string()) + " --kind readiness --quiet --out " + quote(pdf.string()));
  INFO(p.err);
  CHECK(p.exit_code == 0);
  CHECK(fs::is_regular_file(pdf));
  // Past NAME_MAX: refused by the file system, and nothing is left.
  const fs::path too_long = tmp / "sub" / std::string(256, 'x');
  const RunResult bad = run_iso20k("init " + quote(too_long.string()) + " --checklist " + quote(small_checklist()));
  CHECK(bad.exit_code == 4);
  CHECK(bad.err.find("File name too long") != std::string::npos);
  CHECK(names_in(tmp / "sub").empty());
}
