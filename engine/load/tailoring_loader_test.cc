// Tailoring files: the fixture loads with exact values, and each broken variant gives its message
// at the right line:column. Each case edits tests/fixtures/tailoring/small-deselect.xml (a
// tailoring of tests/fixtures/checklists/small.xml); "@@" in the replacement marks where the
// diagnostic must point (the marker is removed before use).
#include "load/tailoring_loader.h"

#include <doctest/doctest.h>

#include "load/checklist_loader.h"
#include "test_support.h"

using namespace iso20k;
using namespace iso20k::test;

namespace {

const std::string& tailoring_fixture() {
  static const std::string text = read_file(fixture("tailoring/small-deselect.xml"));
  return text;
}

Checklist small_checklist(bool allow_not_applicable = true) {
  std::string text = read_file(fixture("checklists/small.xml"));
  if (!allow_not_applicable) {
    const std::string from = "allow-not-applicable=\"true\"";
    text.replace(text.find(from), from.size(), "allow-not-applicable=\"false\"");
  }
  ChecklistLoad load = load_checklist_bytes("small.xml", text);
  REQUIRE(load.checklist);
  return std::move(*load.checklist);
}

std::pair<std::string, std::size_t> edit(const std::string& find, const std::string& replace) {
  std::string text = tailoring_fixture();
  const std::size_t at = text.find(find);
  REQUIRE_MESSAGE(at != std::string::npos, "fixture lacks: " << find);
  text.replace(at, find.size(), replace);
  const std::size_t marker = text.find("@@");
  REQUIRE_MESSAGE(marker != std::string::npos, "replacement lacks the @@ marker");
  text.erase(marker, 2);
  return {text, marker};
}

void expect_error_at(const std::string& text, std::size_t marker, const std::string& message,
                     const Checklist* checklist) {
  const std::string where = line_column(text, marker);
  TailoringLoadOptions options;
  options.checklist = checklist;
  const TailoringLoad load = load_tailoring_bytes("broken.xml", text, options);
  CHECK_FALSE(load.tailoring);
  bool found = false;
  std::string all;
  for (const Diagnostic& d : load.diagnostics) {
    all += format(d) + "\n";
    if (!found && d.message.find(message) != std::string::npos) {
      found = true;  // the first diagnostic with the message must sit at the marker
      CHECK(d.where.file == "broken.xml");
      CHECK(std::to_string(d.where.line) + ":" + std::to_string(d.where.column) == where);
    }
  }
  CHECK_MESSAGE(found, "expected '" << message << "' at " << where << ", got:\n" << all);
}

// Against the small checklist (allows not-applicable).
void expect_edit_error(const std::string& find, const std::string& replace,
                       const std::string& message) {
  const Checklist c = small_checklist();
  const auto [text, marker] = edit(find, replace);
  expect_error_at(text, marker, message, &c);
}

// Without a checklist: only what the file says on its own.
void expect_standalone_error(const std::string& find, const std::string& replace,
                             const std::string& message) {
  const auto [text, marker] = edit(find, replace);
  expect_error_at(text, marker, message, nullptr);
}

}  // namespace

TEST_CASE("tailoring: the fixture loads with exact values") {
  const Checklist c = small_checklist();
  TailoringLoadOptions options;
  options.checklist = &c;
  const TailoringLoad load = load_tailoring(fixture("tailoring/small-deselect.xml"), options);
  for (const Diagnostic& d : load.diagnostics) INFO(format(d));
  REQUIRE(load.tailoring);
  const Tailoring& t = *load.tailoring;
  CHECK(t.id == "test-tailoring");
  CHECK(t.checklist == "test-small:2024");
  CHECK(t.version == "0.1.0");
  CHECK(t.title == "Small test tailoring");
  CHECK(t.description == "Exercises deselection, selection, sets, targets and additions.");
  REQUIRE(t.selections.size() == 2);
  CHECK_FALSE(t.selections[0].select);
  CHECK(t.selections[0].clause == "8.1");
  CHECK(t.selections[0].requirement.empty());
  CHECK(t.selections[0].reason == "Incidents are handled by the group service desk.");
  CHECK(t.selections[0].where.line == 9);
  CHECK(t.selections[0].where.column == 3);
  CHECK(t.selections[1].select);
  CHECK(t.selections[1].requirement == "R-8.1-01");
  REQUIRE(t.sets.size() == 2);
  CHECK(t.sets[0].requirement == "R-8.2-01");
  CHECK(t.sets[0].weight == 4);
  CHECK(t.sets[0].severity == Severity::high);
  CHECK(t.sets[1].weight == doctest::Approx(2.5));
  CHECK_FALSE(t.sets[1].severity);
  REQUIRE(t.targets.size() == 1);
  CHECK(t.targets[0].evidence == "MET-INC-RESOLVED");
  CHECK(t.targets[0].target == doctest::Approx(97.5));
  REQUIRE(t.evidence.size() == 1);
  CHECK(t.evidence[0].item.id == "REC-ACME-ONCALL");
  CHECK(t.evidence[0].item.kind == EvidenceKind::record);
  CHECK(t.evidence[0].item.max_age->days == 90);
  CHECK(t.evidence[0].item.description == "The current rota with names & phone numbers.");
  REQUIRE(t.requirements.size() == 1);
  const Requirement& r = t.requirements[0].requirement;
  CHECK(r.id == "ACME-8.2-01");
  CHECK(r.clause == "8.2");
  CHECK(r.processes == std::vector<std::string>{"change"});
  CHECK(r.capability == Attribute::pa2_1);
  CHECK(r.evidence == std::vector<std::string>{"REC-ACME-ONCALL", "REC-CHANGES"});
  CHECK(r.rule_text ==
        "valid(evidence(\"REC-ACME-ONCALL\")) && present(evidence(\"REC-CHANGES\"))");
  CHECK(r.mappings.size() == 1);
  CHECK(t.requirements[0].evidence_where.size() == 2);
}

TEST_CASE("tailoring: the fixture loads on its own, without a checklist") {
  const TailoringLoad load = load_tailoring(fixture("tailoring/small-deselect.xml"));
  for (const Diagnostic& d : load.diagnostics) INFO(format(d));
  CHECK(load.tailoring);
}

TEST_CASE("tailoring: the checklist id is read without a full load") {
  CHECK(tailoring_checklist_id(fixture("tailoring/small-deselect.xml")) == "test-small:2024");
  CHECK(tailoring_checklist_id(fixture("checklists/small.xml")).empty());
  CHECK(tailoring_checklist_id(fixture("no/such/file.xml")).empty());
}

TEST_CASE("broken tailoring: unknown requirement, with a suggestion") {
  expect_edit_error(
      "<set requirement=\"R-8.2-01\"", "<set requirement=\"@@R-8.2-10\"",
      "requirement R-8.2-10 is not in checklist test-small:2024 (did you mean 'R-8.2-01'?)");
}
TEST_CASE("broken tailoring: unknown clause, with a suggestion") {
  expect_edit_error(
      "<deselect clause=\"8.1\"", "<deselect clause=\"@@8.7\"",
      "clause 8.7 is not in the clause tree of checklist test-small:2024 (did you mean");
}
TEST_CASE("broken tailoring: unknown metric, with a suggestion") {
  expect_edit_error("evidence=\"MET-INC-RESOLVED\"", "evidence=\"@@MET-INC-RESOLVE\"",
                    "evidence MET-INC-RESOLVE is not in checklist test-small:2024 (did you mean "
                    "'MET-INC-RESOLVED'?)");
}
TEST_CASE("broken tailoring: target of an item that is not a metric") {
  expect_edit_error("evidence=\"MET-INC-RESOLVED\"", "evidence=\"@@REC-CHANGES\"",
                    "evidence REC-CHANGES is a record item: only metric items");
}
TEST_CASE("broken tailoring: written for another checklist") {
  expect_edit_error("checklist=\"test-small:2024\"", "checklist=\"@@iso20000-1:2018\"",
                    "this tailoring is for checklist 'iso20000-1:2018', but it is applied to "
                    "'test-small:2024'");
}
TEST_CASE("broken tailoring: added requirement id clashes with the checklist's") {
  expect_edit_error("<requirement id=\"ACME-8.2-01\"", "<requirement id=\"@@R-8.1-02\"",
                    "requirement id 'R-8.1-02' is already used by checklist test-small:2024");
}
TEST_CASE("broken tailoring: added evidence id clashes with the checklist's") {
  expect_edit_error("<evidence id=\"REC-ACME-ONCALL\"", "<evidence id=\"@@REC-INCIDENTS\"",
                    "evidence id 'REC-INCIDENTS' is already used by checklist test-small:2024");
}
TEST_CASE("broken tailoring: an id added twice") {
  expect_standalone_error("</tailoring>",
                          "  <evidence id=\"@@REC-ACME-ONCALL\" kind=\"record\"><title>x</title>"
                          "<description>y</description></evidence>\n</tailoring>",
                          "evidence id 'REC-ACME-ONCALL' is added twice (first at line 14)");
}
TEST_CASE("broken tailoring: non-numeric weight") {
  expect_standalone_error("weight=\"4\"", "weight=\"@@heavy\"",
                          "'weight' must be a positive number");
}
TEST_CASE("broken tailoring: zero weight") {
  expect_standalone_error("weight=\"4\"", "weight=\"@@0\"", "'weight' must be a positive number");
}
TEST_CASE("broken tailoring: non-numeric target") {
  expect_standalone_error("target=\"97.5\"", "target=\"@@97,5\"", "'target' must be a number");
}
TEST_CASE("broken tailoring: misspelt severity, with a suggestion") {
  expect_standalone_error("severity=\"high\" reason", "severity=\"@@hihg\" reason",
                          "(did you mean 'high'?)");
}
TEST_CASE("broken tailoring: <set> that changes nothing") {
  expect_standalone_error("<set requirement=\"R-4.1-01\" weight=\"2.5\"/>",
                          "@@<set requirement=\"R-4.1-01\"/>", "<set> changes nothing");
}
TEST_CASE("broken tailoring: a requirement changed twice") {
  expect_standalone_error("<set requirement=\"R-4.1-01\"", "<set requirement=\"@@R-8.2-01\"",
                          "requirement R-8.2-01 is already changed by the <set> at line 11");
}
TEST_CASE("broken tailoring: unknown attribute, with a suggestion") {
  expect_standalone_error("<set requirement=\"R-8.2-01\" weight",
                          "<set requirement=\"R-8.2-01\" @@wieght",
                          "unknown attribute 'wieght' on <set> (did you mean 'weight'?)");
}
TEST_CASE("broken tailoring: unknown element, with a suggestion") {
  expect_standalone_error("<set-target ", "@@<set-targt ",
                          "unknown element <set-targt> in <tailoring>");
}
TEST_CASE("broken tailoring: deselection without a reason") {
  expect_standalone_error(
      "<deselect clause=\"8.1\" reason=\"Incidents are handled by the group service desk.\"/>",
      "@@<deselect clause=\"8.1\"/>", "<deselect> needs the attribute 'reason'");
}
TEST_CASE("broken tailoring: deselection names both a clause and a requirement") {
  expect_standalone_error("<deselect clause=\"8.1\"",
                          "<deselect requirement=\"R-8.1-02\" clause=\"@@8.1\"",
                          "names either a requirement or a clause, not both");
}
TEST_CASE("broken tailoring: the same clause deselected and selected") {
  expect_standalone_error(
      "<select requirement=\"R-8.1-01\"", "<select clause=\"@@8.1\"",
      "clause 8.1 is already selected or deselected by the statement at line 9");
}
TEST_CASE("broken tailoring: a selection that changes nothing") {
  expect_edit_error("<select requirement=\"R-8.1-01\"", "@@<select requirement=\"R-4.1-01\"",
                    "selecting R-4.1-01 changes nothing");
}
TEST_CASE("broken tailoring: a deselection that changes nothing") {
  expect_edit_error(
      "<select requirement=\"R-8.1-01\" reason=\"Resolution times are still reported to our "
      "customers.\"/>",
      "@@<deselect requirement=\"R-8.1-02\" reason=\"x\"/>",
      "deselecting R-8.1-02 changes nothing: it is deselected already");
}
TEST_CASE("broken tailoring: changing a deselected requirement") {
  expect_edit_error("<set requirement=\"R-4.1-01\"", "@@<set requirement=\"R-8.1-02\"",
                    "requirement R-8.1-02 is deselected by this tailoring");
}
TEST_CASE("broken tailoring: a requirement added to a deselected clause") {
  expect_edit_error(
      "id=\"ACME-8.2-01\" clause=\"8.2\"", "id=\"ACME-8.2-01\" clause=\"@@8.1\"",
      "requirement ACME-8.2-01 is added under clause 8.1, which this tailoring deselects");
}
TEST_CASE("broken tailoring: added requirement cites unknown evidence, with a suggestion") {
  expect_edit_error(
      "<evidence ref=\"REC-CHANGES\"/>", "<evidence ref=\"@@REC-CHANGE\"/>",
      "cites evidence 'REC-CHANGE', which is neither in checklist test-small:2024 nor "
      "added by this tailoring (did you mean 'REC-CHANGES'?)");
}
TEST_CASE("broken tailoring: added requirement names an unknown process") {
  expect_edit_error(
      "processes=\"change\"", "processes=\"@@changes\"",
      "names process 'changes', which is not in checklist test-small:2024 (did you mean "
      "'change'?)");
}
TEST_CASE("broken tailoring: added requirement names an undeclared amendment") {
  expect_edit_error(
      "capability=\"PA2.1\">", "capability=\"PA2.1\" source=\"@@Amd2:2024\">",
      "source 'Amd2:2024' names no <amendment> declared in checklist test-small:2024");
}
TEST_CASE("broken tailoring: a rule error after an escaped && (written &amp&amp in XML) is located exactly") {
  expect_edit_error("present(evidence(\"REC-CHANGES\"))", "present(evidence(@@\"REC-CHANGEZ\"))",
                    "in the rule of ACME-8.2-01: ");
}
TEST_CASE("broken tailoring: deselection where the checklist forbids exclusions") {
  const Checklist c = small_checklist(false);
  const auto [text, marker] = edit("<deselect clause=\"8.1\"", "@@<deselect clause=\"8.1\"");
  expect_error_at(
      text, marker,
      "cannot deselect clause 8.1: checklist test-small:2024 does not allow requirements "
      "to be excluded (allow-not-applicable=\"false\"",
      &c);
  expect_error_at(text, marker, "belongs in the workspace profile", &c);
}
TEST_CASE("broken tailoring: wrong root element") {
  const std::string text = "<tailorin xmlns=\"urn:iso20k:tailoring:1\"/>";
  const TailoringLoad load = load_tailoring_bytes("broken.xml", text);
  REQUIRE_FALSE(load.diagnostics.empty());
  CHECK(load.diagnostics[0].message == "root element is <tailorin>, expected <tailoring>");
}
TEST_CASE("broken tailoring: wrong namespace") {
  expect_standalone_error("<tailoring xmlns=\"urn:iso20k:tailoring:1\"",
                          "@@<tailoring xmlns=\"urn:iso20k:checklist:1\"",
                          "the root element must declare xmlns=\"urn:iso20k:tailoring:1\"");
}
TEST_CASE("broken tailoring: missing title and id") {
  auto [text, marker] = edit("<tailoring xmlns", "@@<tailoring xmlns");
  for (const std::string cut : {"<title>Small test tailoring</title>", " id=\"test-tailoring\""}) {
    text.erase(text.find(cut), cut.size());  // both after the marker
  }
  expect_error_at(text, marker, "<tailoring> needs a <title> element", nullptr);
  expect_error_at(text, marker, "<tailoring> needs the attribute 'id'", nullptr);
}
TEST_CASE("broken tailoring: unreadable file") {
  const TailoringLoad load = load_tailoring(fixture("tailoring/no-such-file.xml"));
  CHECK_FALSE(load.tailoring);
  CHECK_FALSE(load.diagnostics.empty());
}
TEST_CASE("broken tailoring: every problem is reported, not just the first") {
  const Checklist c = small_checklist();
  std::string text = tailoring_fixture();
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"<set requirement=\"R-8.2-01\"", "<set requirement=\"R-8.2-09\""},
           {"evidence=\"MET-INC-RESOLVED\"", "evidence=\"MET-NONE\""},
           {"present(evidence(\"REC-CHANGES\"))", "present(evidence(\"REC-CHANGEZ\"))"}}) {
    text.replace(text.find(from), from.size(), to);
  }
  TailoringLoadOptions options;
  options.checklist = &c;
  const TailoringLoad load = load_tailoring_bytes("broken.xml", text, options);
  CHECK_FALSE(load.tailoring);
  std::string all;
  for (const Diagnostic& d : load.diagnostics) all += format(d) + "\n";
  CHECK_MESSAGE(all.find("broken.xml:11:21: error: requirement R-8.2-09 is not in checklist") !=
                    std::string::npos,
                all);
  CHECK_MESSAGE(all.find("broken.xml:13:25: error: evidence MET-NONE is not in checklist") !=
                    std::string::npos,
                all);
  CHECK_MESSAGE(all.find("error: in the rule of ACME-8.2-01: ") != std::string::npos, all);
  CHECK(load.diagnostics.size() == 3);
}
