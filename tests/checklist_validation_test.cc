// Broken checklists: each gives its message at the right file:line:column, exit code 3 from
// `iso20k validate`, no crash and no hang. Each case edits the valid fixture small.xml; "@@" in
// the replacement marks where the diagnostic must point (the marker is removed before use). The
// cases that differ only in that edit are rows of a table, each row a test case of its own.
#include <doctest/doctest.h>

#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/format/source_text.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;

namespace {

const std::string& small_fixture() { return fixture_text("checklists/small.xml"); }

// In process, the loader reports it at the marker and returns no checklist; through the command,
// a compiler-style line on stderr and exit code 3.
void expect_error_at(const Marked& marked, const std::string& message) {
  const ChecklistLoad load = load_checklist_bytes("broken.xml", marked.text);
  CHECK_FALSE(load.checklist);
  expect_diagnostic(load.diagnostics, "broken.xml", marked.where(), message,
                    Match::first_with_part);
  TempDir dir;
  write_file(dir / "broken.xml", marked.text);
  expect_validate_error(dir / "broken.xml",
                        {"broken.xml:" + marked.where() + ": error: ", message});
}

// One broken checklist: the fixture edited as `c` says, which must give a diagnostic containing
// its message where its marker was.
void expect_case(const EditCase& c) {
  expect_error_at(edit_at_marker(small_fixture(), c.find, c.replace), c.message);
}

}  // namespace

TEST_CASE("the small fixture loads with exact counts") {
  const ChecklistLoad load = load_checklist(fixture("checklists/small.xml"));
  for (const Diagnostic& d : load.diagnostics) INFO(format(d));
  REQUIRE(load.checklist);
  const Checklist& c = *load.checklist;
  CHECK(c.id == "test-small:2024");
  CHECK(c.allow_not_applicable);
  CHECK(c.clauses.size() == 5);
  CHECK(c.processes.size() == 2);
  CHECK(c.evidence.size() == 4);
  CHECK(c.requirements.size() == 4);
  CHECK(c.amendments.size() == 1);
  CHECK(c.scoring.stage2_min_score == doctest::Approx(0.75));
  CHECK(c.scoring.stage1_evidence == std::vector<std::string>{"DOC-POLICY"});
  CHECK(c.scoring.systemic_minor_count == 2);
  CHECK(c.find_clause("8.2")->parent == c.find_clause("8") - c.clauses.data());
  CHECK(c.find_clause("4.1")->kind == ClauseKind::hls);
  CHECK(c.find_clause("8.1")->kind == ClauseKind::sms);  // inherited from clause 8
  const Requirement* r = c.find_requirement("R-8.1-01");
  REQUIRE(r);
  CHECK(r->weight == 3);
  CHECK(r->capability == Attribute::pa1_1);
  CHECK(r->rule);  // compiled
  CHECK(r->rule_text == "valid(evidence(\"REC-INCIDENTS\")) && meets_target(metric(\"MET-INC-RESOLVED\"))");
  CHECK(c.find_requirement("R-8.2-01")->weight == doctest::Approx(1.5));
  const EvidenceItem* m = c.find_evidence("MET-INC-RESOLVED");
  CHECK(m->kind == EvidenceKind::metric);
  CHECK(m->target == 90);
  CHECK(c.find_evidence("DOC-POLICY")->max_age->days == 360);
}

TEST_CASE("a requirement's basis: obligation by default, good practice with its source") {
  std::string text = small_fixture();
  text.replace(text.find("id=\"R-8.2-01\" clause=\"8.2\""), 26,
               "id=\"R-8.2-01\" clause=\"8.2\" basis=\"good-practice\" from=\"iso20000-1:2011\"");
  text.replace(text.find("id=\"R-8.1-02\" clause=\"8.1\""), 26,
               "id=\"R-8.1-02\" clause=\"8.1\" basis=\"obligation\"");
  text.replace(text.find("documented-information=\"7.5.4 b\""), 32,
               "documented-information=\"7.5.4 l\"");
  const ChecklistLoad load = load_checklist_bytes("basis.xml", text);
  for (const Diagnostic& d : load.diagnostics) FAIL_CHECK(format(d));
  REQUIRE(load.checklist);
  const Checklist& c = *load.checklist;
  const Requirement* gp = c.find_requirement("R-8.2-01");
  REQUIRE(gp);
  CHECK(gp->provenance == Provenance::good_practice);
  CHECK(gp->practice_source == "iso20000-1:2011");
  for (const char* id : {"R-4.1-01", "R-8.1-01", "R-8.1-02"}) {
    INFO(id);
    const Requirement* r = c.find_requirement(id);
    REQUIRE(r);
    CHECK(r->provenance == Provenance::obligation);  // R-8.1-02 says so; the others by default
    CHECK(r->practice_source.empty());
  }
  CHECK(c.find_evidence("DOC-POLICY")->documented_information == "7.5.4 l");
  CHECK(std::string(to_string(Provenance::good_practice)) == "good-practice");
  CHECK(enum_from_name<Provenance>("obligation") == Provenance::obligation);
  CHECK_FALSE(enum_from_name<Provenance>("good practice"));
}

constexpr EditCase kCases[] = {
    {"broken checklist: malformed XML (mismatched end tag)",
     "<title>Small test checklist</title>", "<title>Small test checklist@@</titel>",
     "end tag does not match"},
    {"broken checklist: duplicate requirement id",
     "<requirement id=\"R-8.1-02\"", "<requirement id=\"@@R-8.1-01\"",
     "duplicate requirement id 'R-8.1-01'"},
    {"broken checklist: duplicate attribute",
     "weight=\"3\" severity=\"medium\"", "weight=\"3\" @@weight=\"4\" severity=\"medium\"",
     "duplicate attribute 'weight'"},
    {"broken checklist: dangling evidence reference",
     "<evidence ref=\"REC-CHANGES\"/>", "<evidence ref=\"@@REC-CHANGE\"/>",
     "cites evidence 'REC-CHANGE', which is not defined"},
    {"broken checklist: requirement names an unknown clause",
     "id=\"R-8.2-01\" clause=\"8.2\"", "id=\"R-8.2-01\" clause=\"@@8.3\"",
     "names clause 8.3, which is not in the clause tree"},
    {"broken checklist: negative weight",
     "weight=\"1.5\"", "weight=\"@@-1.5\"", "'weight' must be a positive number"},
    {"broken checklist: non-numeric weight",
     "weight=\"1.5\"", "weight=\"@@heavy\"", "'weight' must be a positive number"},
    {"broken checklist: mapping without edition",
     "<maps-to standard=\"ISO 9001\" edition=\"2015\" clause=\"5.2.1\"/>",
     "@@<maps-to standard=\"ISO 9001\" clause=\"5.2.1\"/>",
     "needs the attribute 'edition'"},
    {"broken checklist: invalid UTF-8",
     "<title>Policy</title>", "<title>Pol@@\xFFicy</title>", "invalid UTF-8"},
    {"broken checklist: truncated UTF-8 sequence",
     "<title>Policy</title>", "<title>Caf@@\xC3</title>", "invalid UTF-8"},
    {"broken checklist: unknown element, with a suggestion",
     "<guidance>Sample five changes.</guidance>",
     "@@<guidence>Sample five changes.</guidence>",
     "unknown element <guidence> in <requirement> (did you mean 'guidance'?)"},
    {"broken checklist: unknown attribute, with a suggestion",
     "weight=\"1.5\"", "@@wieght=\"1.5\"",
     "unknown attribute 'wieght' on <requirement> (did you mean 'weight'?)"},
    {"broken checklist: missing namespace",
     "<checklist xmlns=\"urn:iso20k:checklist:1\"", "@@<checklist",
     "must declare xmlns=\"urn:iso20k:checklist:1\""},
    {"broken checklist: child clause number does not extend its parent's",
     "<clause number=\"4.1\"", "<clause number=\"@@5.1\"",
     "its number must be 4.<n>"},
    {"broken checklist: duplicate clause number",
     "<clause number=\"8.2\"", "<clause number=\"@@8.1\"",
     "clause number 8.1 appears twice"},
    {"broken checklist: unknown process tag",
     "processes=\"change\"", "processes=\"@@changes\"",
     "names process 'changes', which is not in <processes>"},
    {"broken checklist: metric evidence without a unit",
     "<evidence id=\"MET-INC-RESOLVED\" kind=\"metric\" unit=\"%\"",
     "@@<evidence id=\"MET-INC-RESOLVED\" kind=\"metric\"",
     "needs the attribute 'unit'"},
    {"broken checklist: malformed duration",
     "max-age=\"3m\"", "max-age=\"@@3 months\"", "must be a duration such as 90d"},
    {"broken checklist: misspelt severity",
     "severity=\"low\"", "severity=\"@@lwo\"",
     "expected one of: high medium low (did you mean 'low'?)"},
    {"broken checklist: misspelt basis",
     "id=\"R-8.2-01\" clause=\"8.2\"", "id=\"R-8.2-01\" clause=\"8.2\" basis=\"@@good-practise\"",
     "attribute 'basis' is 'good-practise'; expected one of: obligation good-practice (did you mean "
     "'good-practice'?)"},
    {"broken checklist: good practice that names no source",
     "id=\"R-8.2-01\" clause=\"8.2\"", "id=\"R-8.2-01\" clause=\"8.2\" basis=\"@@good-practice\"",
     "requirement R-8.2-01 is good practice: name where it comes from with the attribute 'from' "
     "(one of: note iso20000-2 itil"},
    {"broken checklist: unknown source of good practice, with a suggestion",
     "id=\"R-8.2-01\" clause=\"8.2\"",
     "id=\"R-8.2-01\" clause=\"8.2\" basis=\"good-practice\" from=\"@@itl\"",
     "attribute 'from' is 'itl'; expected one of: note iso20000-2 itil iso20000-1:2011 "
     "iso20000-1:2018 iso9001:2008 iso9001:2015 iso27001:2013 iso27001:2022 iso33020 advice (did "
     "you mean 'itil'?)"},
    {"broken checklist: a source of good practice on an obligation (basis left to its default)",
     "id=\"R-8.2-01\" clause=\"8.2\"", "id=\"R-8.2-01\" clause=\"8.2\" from=\"@@itil\"",
     "requirement R-8.2-01 is an obligation, so it names no source of good practice: remove 'from'"},
    {"broken checklist: a source of good practice on an explicit obligation",
     "id=\"R-8.2-01\" clause=\"8.2\"",
     "id=\"R-8.2-01\" clause=\"8.2\" basis=\"obligation\" from=\"@@advice\"",
     "requirement R-8.2-01 is an obligation, so it names no source of good practice"},
    {"broken checklist: documented information beyond the twelve items of 7.5.4",
     "documented-information=\"7.5.4 b\"", "documented-information=\"@@7.5.4 m\"",
     "documented-information must name an item of 7.5.4"},
    {"broken checklist: unknown capability attribute",
     "capability=\"PA2.1\"", "capability=\"@@PA6.1\"", "'capability' is 'PA6.1'"},
    {"broken checklist: bands that do not increase",
     "<band rating=\"L\" max=\"0.85\"/>", "<band rating=\"L\" max=\"@@0.4\"/>",
     "band maxima must increase"},
    {"broken checklist: stage 1 requires an unknown evidence item",
     "<require evidence=\"DOC-POLICY\"/>", "<require evidence=\"@@DOC-POLICIES\"/>",
     "stage 1 requires evidence 'DOC-POLICIES'"},
    {"broken checklist: the same evidence cited twice",
     "<evidence ref=\"REC-CHANGES\"/>",
     "<evidence ref=\"REC-CHANGES\"/><evidence ref=\"@@REC-CHANGES\"/>",
     "cites evidence 'REC-CHANGES' twice"},
    {"broken checklist: missing required attribute",
     "<requirement id=\"R-8.1-02\" clause=\"8.1\"", "@@<requirement id=\"R-8.1-02\"",
     "<requirement> needs the attribute 'clause'"},
    {"broken checklist: unknown amendment named as source",
     "source=\"Amd1:2024\"/>", "source=\"@@Amd2:2030\"/>",
     "source 'Amd2:2030' names no <amendment>"},
    // The column counts decoded characters after "&amp;&amp;", so the position is exact.
    {"broken checklist: rule syntax error located inside the rule",
     "&amp;&amp; meets_target(metric(\"MET-INC-RESOLVED\"))",
     "&amp;&amp; meets_target(metric(\"MET-INC-RESOLVED\")) @@)", "in the rule of R-8.1-01"},
    {"broken checklist: rule names an evidence id the checklist lacks",
     "valid(evidence(\"REC-INCIDENTS\"))", "valid(evidence(@@\"REC-INCIDENT\"))",
     "REC-INCIDENT"},
};
ISO20K_TEST_CASE_PER_ROW(kCases, expect_case);

TEST_CASE("broken checklist: a second root element") {
  expect_error_at({small_fixture() + "<checklist/>\n", small_fixture().size()},
                  "a second root element");
}
TEST_CASE("broken checklist: empty file") { expect_error_at({"", 0}, "the file is empty"); }
TEST_CASE("broken checklist: only whitespace") {
  expect_error_at({"  \n\n ", 0}, "the file is empty");
}
TEST_CASE("broken checklist: binary garbage") {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 7919 + 13) % 256);
  // The first byte that is not valid UTF-8 is where the first problem is reported.
  const std::size_t bad = find_invalid_utf8(garbage);
  expect_error_at({garbage, bad}, "invalid UTF-8");
}
TEST_CASE("broken checklist: wrong root element") {
  const std::string text = "<?xml version=\"1.0\"?>\n<!-- a workspace, not a checklist -->\n<checklst/>\n";
  expect_error_at({text, text.find("<checklst")},
                  "root element is <checklst>, expected <checklist>");
}
TEST_CASE("broken checklist: requirement without evidence") {
  std::string text = small_fixture();
  text.erase(text.find("      <evidence ref=\"REC-CHANGES\"/>\n"), 36);
  expect_error_at({text, text.find("<requirement id=\"R-8.2-01\"")}, "cites no <evidence ref");
}
TEST_CASE("broken checklist: missing guidance") {
  std::string text = small_fixture();
  text.erase(text.find("      <guidance>Look at the monthly report.</guidance>\n"), 55);
  expect_error_at({text, text.find("<requirement id=\"R-8.1-02\"")},
                  "<requirement> needs a <guidance> element");
}
TEST_CASE("broken checklist: truncated file") {
  const std::string text = small_fixture().substr(0, small_fixture().size() / 2);
  const ChecklistLoad load = load_checklist_bytes("truncated.xml", text);
  CHECK_FALSE(load.checklist);
  REQUIRE(load.diagnostics.size() == 1);
  CHECK(load.diagnostics[0].message.find("not well formed") != std::string::npos);
}
TEST_CASE("broken checklist: every problem is reported, not just the first") {
  std::string text = edit_at_marker(small_fixture(), "weight=\"1.5\"", "weight=\"@@-1\"").text;
  const std::size_t at = text.find("processes=\"incident\" capability=\"PA2.1\"");
  text.replace(at, 20, "processes=\"nothing\"");
  text.replace(text.find("<evidence ref=\"REC-CHANGES\"/>"), 29, "<evidence ref=\"NOPE\"/>");
  const ChecklistLoad load = load_checklist_bytes("many.xml", text);
  CHECK(load.diagnostics.size() == 3);
}

TEST_CASE("broken checklist: 10,000 nested clauses give an error, not a crash") {
  std::string nested;
  std::string number = "4";
  std::string open, close;
  for (int i = 0; i < 10000; ++i) {
    open += "<clause number=\"" + number + "\" title=\"t\" kind=\"hls\">";
    close += "</clause>";
    number += ".1";
  }
  std::string text = small_fixture();
  const std::size_t at = text.find("<clause number=\"8\"");
  const std::size_t marker_line_start = at;
  text.insert(at, open + close);
  (void)marker_line_start;
  const ChecklistLoad load = load_checklist_bytes("deep.xml", text);
  CHECK_FALSE(load.checklist);
  bool found = false;
  for (const Diagnostic& d : load.diagnostics) {
    found = found || d.message.find("nested deeper than 12 levels") != std::string::npos;
  }
  CHECK(found);
  CHECK(load.diagnostics.size() < 10);
}

TEST_CASE("broken checklist: a 50 MB file is read and its late error located") {
  std::string text = small_fixture();
  std::string many;
  many.reserve(52u << 20);
  int n = 0;
  while (many.size() < (50u << 20)) {
    many += "    <requirement id=\"R-GEN-" + std::to_string(n++) +
            "\" clause=\"8.1\" weight=\"1\">\n      <text>Generated requirement text that is long "
            "enough to make the file large in a reasonable number of requirements.</text>\n"
            "      <guidance>Generated guidance for the assessor, again long enough.</guidance>\n"
            "      <evidence ref=\"REC-INCIDENTS\"/>\n    </requirement>\n";
  }
  many += "    <requirement id=\"R-GEN-LAST\" clause=\"9.9\">\n      <text>t</text>\n"
          "      <guidance>g</guidance>\n      <evidence ref=\"REC-INCIDENTS\"/>\n"
          "    </requirement>\n";
  const std::size_t at = text.find("  </requirements>");
  text.insert(at, many);
  REQUIRE(text.size() > (50u << 20));
  const std::size_t marker = text.find("clause=\"9.9\"") + 8;
  const ChecklistLoad load = load_checklist_bytes("big.xml", text);
  REQUIRE(load.diagnostics.size() == 1);
  CHECK(load.diagnostics[0].message.find("names clause 9.9") != std::string::npos);
  CHECK(std::to_string(load.diagnostics[0].where.line) + ":" +
            std::to_string(load.diagnostics[0].where.column) ==
        line_column(text, marker));
}
