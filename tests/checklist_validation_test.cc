// Broken checklists: each gives its message at the right file:line:column, exit code 3 from
// `iso20k validate`, no crash and no hang. Each case edits the valid fixture small.xml; "@@" in
// the replacement marks where the diagnostic must point (the marker is removed before use).
#include <doctest/doctest.h>

#include "load/checklist_loader.h"
#include "load/source_text.h"
#include "test_support.h"

using namespace iso20k;
using namespace iso20k::test;

namespace {

const std::string& small_fixture() {
  static const std::string text = read_file(fixture("checklists/small.xml"));
  return text;
}

// Replaces the first occurrence of `find` in the fixture and returns {text, marker offset}.
std::pair<std::string, std::size_t> edit(const std::string& find, const std::string& replace) {
  std::string text = small_fixture();
  const std::size_t at = text.find(find);
  REQUIRE_MESSAGE(at != std::string::npos, "fixture lacks: " << find);
  text.replace(at, find.size(), replace);
  const std::size_t marker = text.find("@@");
  REQUIRE_MESSAGE(marker != std::string::npos, "replacement lacks the @@ marker");
  text.erase(marker, 2);
  return {text, marker};
}

void expect_error_at(const std::string& text, std::size_t marker, const std::string& message) {
  const std::string where = line_column(text, marker);
  // In process: the loader reports it, at the marker, and returns no checklist.
  const ChecklistLoad load = load_checklist_bytes("broken.xml", text);
  CHECK_FALSE(load.checklist);
  bool found = false;
  std::string all;
  for (const Diagnostic& d : load.diagnostics) {
    all += format(d) + "\n";
    if (!found && d.message.find(message) != std::string::npos) {
      found = true;  // the first diagnostic with the message must sit at the marker
      CHECK(std::to_string(d.where.line) + ":" + std::to_string(d.where.column) == where);
    }
  }
  CHECK_MESSAGE(found, "expected '" << message << "' at " << where << ", got:\n" << all);
  // Through the command: compiler-style line on stderr and exit code 3.
  TempDir dir;
  write_file(dir / "broken.xml", text);
  const RunResult r = run_iso20k("validate " + quote((dir / "broken.xml").string()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("broken.xml:" + where + ": error: ") != std::string::npos, r.err);
  CHECK_MESSAGE(r.err.find(message) != std::string::npos, r.err);
}

void expect_edit_error(const std::string& find, const std::string& replace,
                       const std::string& message) {
  const auto [text, marker] = edit(find, replace);
  expect_error_at(text, marker, message);
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

TEST_CASE("broken checklist: malformed XML (mismatched end tag)") {
  expect_edit_error("<title>Small test checklist</title>", "<title>Small test checklist@@</titel>",
                    "end tag does not match");
}
TEST_CASE("broken checklist: a second root element") {
  const std::string text = small_fixture() + "<checklist/>\n";
  expect_error_at(text, small_fixture().size(), "a second root element");
}
TEST_CASE("broken checklist: duplicate requirement id") {
  expect_edit_error("<requirement id=\"R-8.1-02\"", "<requirement id=\"@@R-8.1-01\"",
                    "duplicate requirement id 'R-8.1-01'");
}
TEST_CASE("broken checklist: duplicate attribute") {
  expect_edit_error("weight=\"3\" severity=\"medium\"", "weight=\"3\" @@weight=\"4\" severity=\"medium\"",
                    "duplicate attribute 'weight'");
}
TEST_CASE("broken checklist: dangling evidence reference") {
  expect_edit_error("<evidence ref=\"REC-CHANGES\"/>", "<evidence ref=\"@@REC-CHANGE\"/>",
                    "cites evidence 'REC-CHANGE', which is not defined");
}
TEST_CASE("broken checklist: requirement names an unknown clause") {
  expect_edit_error("id=\"R-8.2-01\" clause=\"8.2\"", "id=\"R-8.2-01\" clause=\"@@8.3\"",
                    "names clause 8.3, which is not in the clause tree");
}
TEST_CASE("broken checklist: negative weight") {
  expect_edit_error("weight=\"1.5\"", "weight=\"@@-1.5\"", "'weight' must be a positive number");
}
TEST_CASE("broken checklist: non-numeric weight") {
  expect_edit_error("weight=\"1.5\"", "weight=\"@@heavy\"", "'weight' must be a positive number");
}
TEST_CASE("broken checklist: mapping without edition") {
  expect_edit_error("<maps-to standard=\"ISO 9001\" edition=\"2015\" clause=\"5.2.1\"/>",
                    "@@<maps-to standard=\"ISO 9001\" clause=\"5.2.1\"/>",
                    "needs the attribute 'edition'");
}
TEST_CASE("broken checklist: invalid UTF-8") {
  expect_edit_error("<title>Policy</title>", "<title>Pol@@\xFFicy</title>", "invalid UTF-8");
}
TEST_CASE("broken checklist: truncated UTF-8 sequence") {
  expect_edit_error("<title>Policy</title>", "<title>Caf@@\xC3</title>", "invalid UTF-8");
}
TEST_CASE("broken checklist: empty file") { expect_error_at("", 0, "the file is empty"); }
TEST_CASE("broken checklist: only whitespace") { expect_error_at("  \n\n ", 0, "the file is empty"); }
TEST_CASE("broken checklist: binary garbage") {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 7919 + 13) % 256);
  // The first byte that is not valid UTF-8 is where the first problem is reported.
  const std::size_t bad = find_invalid_utf8(garbage);
  expect_error_at(garbage, bad, "invalid UTF-8");
}
TEST_CASE("broken checklist: unknown element, with a suggestion") {
  expect_edit_error("<guidance>Sample five changes.</guidance>",
                    "@@<guidence>Sample five changes.</guidence>",
                    "unknown element <guidence> in <requirement> (did you mean 'guidance'?)");
}
TEST_CASE("broken checklist: unknown attribute, with a suggestion") {
  expect_edit_error("weight=\"1.5\"", "@@wieght=\"1.5\"",
                    "unknown attribute 'wieght' on <requirement> (did you mean 'weight'?)");
}
TEST_CASE("broken checklist: wrong root element") {
  const std::string text = "<?xml version=\"1.0\"?>\n<!-- a workspace, not a checklist -->\n<checklst/>\n";
  expect_error_at(text, text.find("<checklst"), "root element is <checklst>, expected <checklist>");
}
TEST_CASE("broken checklist: missing namespace") {
  expect_edit_error("<checklist xmlns=\"urn:iso20k:checklist:1\"", "@@<checklist",
                    "must declare xmlns=\"urn:iso20k:checklist:1\"");
}
TEST_CASE("broken checklist: child clause number does not extend its parent's") {
  expect_edit_error("<clause number=\"4.1\"", "<clause number=\"@@5.1\"",
                    "its number must be 4.<n>");
}
TEST_CASE("broken checklist: duplicate clause number") {
  expect_edit_error("<clause number=\"8.2\"", "<clause number=\"@@8.1\"",
                    "clause number 8.1 appears twice");
}
TEST_CASE("broken checklist: unknown process tag") {
  expect_edit_error("processes=\"change\"", "processes=\"@@changes\"",
                    "names process 'changes', which is not in <processes>");
}
TEST_CASE("broken checklist: metric evidence without a unit") {
  expect_edit_error("<evidence id=\"MET-INC-RESOLVED\" kind=\"metric\" unit=\"%\"",
                    "@@<evidence id=\"MET-INC-RESOLVED\" kind=\"metric\"",
                    "needs the attribute 'unit'");
}
TEST_CASE("broken checklist: malformed duration") {
  expect_edit_error("max-age=\"3m\"", "max-age=\"@@3 months\"", "must be a duration such as 90d");
}
TEST_CASE("broken checklist: misspelt severity") {
  expect_edit_error("severity=\"low\"", "severity=\"@@lwo\"", "expected one of: high medium low (did you mean 'low'?)");
}
TEST_CASE("broken checklist: unknown capability attribute") {
  expect_edit_error("capability=\"PA2.1\"", "capability=\"@@PA6.1\"", "'capability' is 'PA6.1'");
}
TEST_CASE("broken checklist: bands that do not increase") {
  expect_edit_error("<band rating=\"L\" max=\"0.85\"/>", "<band rating=\"L\" max=\"@@0.4\"/>",
                    "band maxima must increase");
}
TEST_CASE("broken checklist: stage 1 requires an unknown evidence item") {
  expect_edit_error("<require evidence=\"DOC-POLICY\"/>", "<require evidence=\"@@DOC-POLICIES\"/>",
                    "stage 1 requires evidence 'DOC-POLICIES'");
}
TEST_CASE("broken checklist: requirement without evidence") {
  std::string text = small_fixture();
  text.erase(text.find("      <evidence ref=\"REC-CHANGES\"/>\n"), 36);
  expect_error_at(text, text.find("<requirement id=\"R-8.2-01\""), "cites no <evidence ref");
}
TEST_CASE("broken checklist: the same evidence cited twice") {
  expect_edit_error("<evidence ref=\"REC-CHANGES\"/>",
                    "<evidence ref=\"REC-CHANGES\"/><evidence ref=\"@@REC-CHANGES\"/>",
                    "cites evidence 'REC-CHANGES' twice");
}
TEST_CASE("broken checklist: missing required attribute") {
  expect_edit_error("<requirement id=\"R-8.1-02\" clause=\"8.1\"", "@@<requirement id=\"R-8.1-02\"",
                    "<requirement> needs the attribute 'clause'");
}
TEST_CASE("broken checklist: missing guidance") {
  std::string text = small_fixture();
  text.erase(text.find("      <guidance>Look at the monthly report.</guidance>\n"), 55);
  expect_error_at(text, text.find("<requirement id=\"R-8.1-02\""),
                  "<requirement> needs a <guidance> element");
}
TEST_CASE("broken checklist: unknown amendment named as source") {
  expect_edit_error("source=\"Amd1:2024\"/>", "source=\"@@Amd2:2030\"/>",
                    "source 'Amd2:2030' names no <amendment>");
}
TEST_CASE("broken checklist: rule syntax error located inside the rule") {
  // The column counts decoded characters after "&amp;&amp;", so the position is exact.
  expect_edit_error("&amp;&amp; meets_target(metric(\"MET-INC-RESOLVED\"))",
                    "&amp;&amp; meets_target(metric(\"MET-INC-RESOLVED\")) @@)",
                    "in the rule of R-8.1-01");
}
TEST_CASE("broken checklist: rule names an evidence id the checklist lacks") {
  expect_edit_error("valid(evidence(\"REC-INCIDENTS\"))", "valid(evidence(@@\"REC-INCIDENT\"))",
                    "REC-INCIDENT");
}
TEST_CASE("broken checklist: truncated file") {
  const std::string text = small_fixture().substr(0, small_fixture().size() / 2);
  const ChecklistLoad load = load_checklist_bytes("truncated.xml", text);
  CHECK_FALSE(load.checklist);
  REQUIRE(load.diagnostics.size() == 1);
  CHECK(load.diagnostics[0].message.find("not well formed") != std::string::npos);
}
TEST_CASE("broken checklist: every problem is reported, not just the first") {
  auto [text, marker] = edit("weight=\"1.5\"", "weight=\"@@-1\"");
  (void)marker;
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
