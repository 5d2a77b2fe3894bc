// Tailoring files: the fixture loads with exact values, and each broken variant gives its message
// at the right line:column. Each case edits tests/fixtures/tailoring/small-deselect.xml (a
// tailoring of tests/fixtures/checklists/small.xml); "@@" in the replacement marks where the
// diagnostic must point (the marker is removed before use). The cases that differ only in that
// edit are rows of a table, each row a test case of its own.
#include "iso20k/load/tailoring/tailoring_loader.h"

#include <doctest/doctest.h>


#include "iso20k/load/checklist/checklist_loader.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;

namespace {

const std::string& tailoring_fixture() { return fixture_text("tailoring/small-deselect.xml"); }

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

Marked edit(const std::string& find, const std::string& replace) {
  return edit_at_marker(tailoring_fixture(), find, replace);
}

void expect_error_at(const Marked& marked, const std::string& message, const Checklist* checklist) {
  TailoringLoadOptions options;
  options.checklist = checklist;
  const TailoringLoad load = load_tailoring_bytes("broken.xml", marked.text, options);
  CHECK_FALSE(load.tailoring);
  expect_diagnostic(load.diagnostics, "broken.xml", marked.where(), message,
                    Match::first_with_part);
}

// One broken tailoring: the fixture edited as `c` says, which must give a diagnostic containing
// its message where its marker was.
void expect_against_checklist(const EditCase& c) {
  const Checklist checklist = small_checklist();
  expect_error_at(edit(c.find, c.replace), c.message, &checklist);
}

void expect_alone(const EditCase& c) {
  expect_error_at(edit(c.find, c.replace), c.message, nullptr);
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

// Loaded against the small checklist (it allows not-applicable).
constexpr EditCase kAgainstChecklist[] = {
    {"broken tailoring: unknown requirement, with a suggestion",
     "<set requirement=\"R-8.2-01\"", "<set requirement=\"@@R-8.2-10\"",
     "requirement R-8.2-10 is not in checklist test-small:2024 (did you mean 'R-8.2-01'?)"},
    {"broken tailoring: unknown clause, with a suggestion",
     "<deselect clause=\"8.1\"", "<deselect clause=\"@@8.7\"",
     "clause 8.7 is not in the clause tree of checklist test-small:2024 (did you mean"},
    {"broken tailoring: unknown metric, with a suggestion",
     "evidence=\"MET-INC-RESOLVED\"", "evidence=\"@@MET-INC-RESOLVE\"",
     "evidence MET-INC-RESOLVE is not in checklist test-small:2024 (did you mean "
     "'MET-INC-RESOLVED'?)"},
    {"broken tailoring: target of an item that is not a metric",
     "evidence=\"MET-INC-RESOLVED\"", "evidence=\"@@REC-CHANGES\"",
     "evidence REC-CHANGES is a record item: only metric items"},
    {"broken tailoring: written for another checklist",
     "checklist=\"test-small:2024\"", "checklist=\"@@iso20000-1:2018\"",
     "this tailoring is for checklist 'iso20000-1:2018', but it is applied to "
     "'test-small:2024'"},
    {"broken tailoring: added requirement id clashes with the checklist's",
     "<requirement id=\"ACME-8.2-01\"", "<requirement id=\"@@R-8.1-02\"",
     "requirement id 'R-8.1-02' is already used by checklist test-small:2024"},
    {"broken tailoring: added evidence id clashes with the checklist's",
     "<evidence id=\"REC-ACME-ONCALL\"",
     "<evidence id=\"@@REC-INCIDENTS\"",
     "evidence id 'REC-INCIDENTS' is already used by checklist test-small:2024"},
    {"broken tailoring: a selection that changes nothing",
     "<select requirement=\"R-8.1-01\"",
     "@@<select requirement=\"R-4.1-01\"",
     "selecting R-4.1-01 changes nothing"},
    {"broken tailoring: a deselection that changes nothing",
     "<select requirement=\"R-8.1-01\" reason=\"Resolution times are still reported to our "
     "customers.\"/>",
     "@@<deselect requirement=\"R-8.1-02\" reason=\"x\"/>",
     "deselecting R-8.1-02 changes nothing: it is deselected already"},
    {"broken tailoring: changing a deselected requirement",
     "<set requirement=\"R-4.1-01\"", "@@<set requirement=\"R-8.1-02\"",
     "requirement R-8.1-02 is deselected by this tailoring"},
    {"broken tailoring: a requirement added to a deselected clause",
     "id=\"ACME-8.2-01\" clause=\"8.2\"",
     "id=\"ACME-8.2-01\" clause=\"@@8.1\"",
     "requirement ACME-8.2-01 is added under clause 8.1, which this tailoring deselects"},
    {"broken tailoring: added requirement cites unknown evidence, with a suggestion",
     "<evidence ref=\"REC-CHANGES\"/>",
     "<evidence ref=\"@@REC-CHANGE\"/>",
     "cites evidence 'REC-CHANGE', which is neither in checklist test-small:2024 nor "
     "added by this tailoring (did you mean 'REC-CHANGES'?)"},
    {"broken tailoring: added requirement names an unknown process",
     "processes=\"change\"", "processes=\"@@changes\"",
     "names process 'changes', which is not in checklist test-small:2024 (did you mean "
     "'change'?)"},
    {"broken tailoring: added requirement names an undeclared amendment",
     "capability=\"PA2.1\">",
     "capability=\"PA2.1\" source=\"@@Amd2:2024\">",
     "source 'Amd2:2024' names no <amendment> declared in checklist test-small:2024"},
    {"broken tailoring: a rule error after an escaped && (written &amp&amp in XML) is located "
     "exactly",
     "present(evidence(\"REC-CHANGES\"))",
     "present(evidence(@@\"REC-CHANGEZ\"))",
     "in the rule of ACME-8.2-01: "},
};
ISO20K_TEST_CASE_PER_ROW(kAgainstChecklist, expect_against_checklist);

// Loaded without a checklist: only what the file says on its own.
constexpr EditCase kAlone[] = {
    {"broken tailoring: an id added twice",
     "</tailoring>",
     "  <evidence id=\"@@REC-ACME-ONCALL\" kind=\"record\"><title>x</title>"
     "<description>y</description></evidence>\n</tailoring>",
     "evidence id 'REC-ACME-ONCALL' is added twice (first at line 14)"},
    {"broken tailoring: non-numeric weight",
     "weight=\"4\"", "weight=\"@@heavy\"",
     "'weight' must be a positive number"},
    {"broken tailoring: zero weight",
     "weight=\"4\"", "weight=\"@@0\"", "'weight' must be a positive number"},
    {"broken tailoring: non-numeric target",
     "target=\"97.5\"", "target=\"@@97,5\"", "'target' must be a number"},
    {"broken tailoring: misspelt severity, with a suggestion",
     "severity=\"high\" reason", "severity=\"@@hihg\" reason",
     "(did you mean 'high'?)"},
    {"broken tailoring: <set> that changes nothing",
     "<set requirement=\"R-4.1-01\" weight=\"2.5\"/>",
     "@@<set requirement=\"R-4.1-01\"/>", "<set> changes nothing"},
    {"broken tailoring: a requirement changed twice",
     "<set requirement=\"R-4.1-01\"", "<set requirement=\"@@R-8.2-01\"",
     "requirement R-8.2-01 is already changed by the <set> at line 11"},
    {"broken tailoring: unknown attribute, with a suggestion",
     "<set requirement=\"R-8.2-01\" weight",
     "<set requirement=\"R-8.2-01\" @@wieght",
     "unknown attribute 'wieght' on <set> (did you mean 'weight'?)"},
    {"broken tailoring: unknown element, with a suggestion",
     "<set-target ", "@@<set-targt ",
     "unknown element <set-targt> in <tailoring>"},
    {"broken tailoring: deselection without a reason",
     "<deselect clause=\"8.1\" reason=\"Incidents are handled by the group service desk.\"/>",
     "@@<deselect clause=\"8.1\"/>", "<deselect> needs the attribute 'reason'"},
    {"broken tailoring: deselection names both a clause and a requirement",
     "<deselect clause=\"8.1\"",
     "<deselect requirement=\"R-8.1-02\" clause=\"@@8.1\"",
     "names either a requirement or a clause, not both"},
    {"broken tailoring: the same clause deselected and selected",
     "<select requirement=\"R-8.1-01\"", "<select clause=\"@@8.1\"",
     "clause 8.1 is already selected or deselected by the statement at line 9"},
    {"broken tailoring: wrong namespace",
     "<tailoring xmlns=\"urn:iso20k:tailoring:1\"",
     "@@<tailoring xmlns=\"urn:iso20k:checklist:1\"",
     "the root element must declare xmlns=\"urn:iso20k:tailoring:1\""},
};
ISO20K_TEST_CASE_PER_ROW(kAlone, expect_alone);

TEST_CASE("broken tailoring: deselection where the checklist forbids exclusions") {
  const Checklist c = small_checklist(false);
  const Marked marked = edit("<deselect clause=\"8.1\"", "@@<deselect clause=\"8.1\"");
  expect_error_at(marked,
                  "cannot deselect clause 8.1: checklist test-small:2024 does not allow "
                  "requirements to be excluded (allow-not-applicable=\"false\"",
                  &c);
  expect_error_at(marked, "belongs in the workspace profile", &c);
}
TEST_CASE("broken tailoring: wrong root element") {
  const std::string text = "<tailorin xmlns=\"urn:iso20k:tailoring:1\"/>";
  const TailoringLoad load = load_tailoring_bytes("broken.xml", text);
  REQUIRE_FALSE(load.diagnostics.empty());
  CHECK(load.diagnostics[0].message == "root element is <tailorin>, expected <tailoring>");
}
TEST_CASE("broken tailoring: missing title and id") {
  Marked marked = edit("<tailoring xmlns", "@@<tailoring xmlns");
  for (const std::string cut : {"<title>Small test tailoring</title>", " id=\"test-tailoring\""}) {
    marked.text.erase(marked.text.find(cut), cut.size());  // both after the marker
  }
  expect_error_at(marked, "<tailoring> needs a <title> element", nullptr);
  expect_error_at(marked, "<tailoring> needs the attribute 'id'", nullptr);
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
