// Applying a tailoring: what changes in the checklist, what is recorded for the reports, and that
// a tailoring with any problem changes nothing.
#include "iso20k/load/tailoring/tailoring_apply.h"

#include <doctest/doctest.h>

#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/load/tailoring/tailoring_loader.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;

namespace {

Checklist small_checklist() {
  ChecklistLoad load = load_checklist(fixture("checklists/small.xml"));
  REQUIRE(load.checklist);
  return std::move(*load.checklist);
}

Tailoring small_tailoring() {
  TailoringLoad load = load_tailoring(fixture("tailoring/small-deselect.xml"));
  for (const Diagnostic& d : load.diagnostics) INFO(format(d));
  REQUIRE(load.tailoring);
  return std::move(*load.tailoring);
}

std::vector<std::string> requirement_ids(const Checklist& c) {
  std::vector<std::string> ids;
  for (const Requirement& r : c.requirements) ids.push_back(r.id);
  return ids;
}

}  // namespace

TEST_CASE("apply tailoring: deselection, sets, targets and additions") {
  Checklist c = small_checklist();
  const Diagnostics d = apply_tailoring(c, small_tailoring());
  for (const Diagnostic& x : d) INFO(format(x));
  REQUIRE(d.empty());
  // R-8.1-02 leaves with clause 8.1; R-8.1-01 is selected again; ACME-8.2-01 is added at the end.
  CHECK(requirement_ids(c) ==
        std::vector<std::string>{"R-4.1-01", "R-8.1-01", "R-8.2-01", "ACME-8.2-01"});
  CHECK_FALSE(c.find_requirement("R-8.1-02"));
  CHECK(c.find_requirement("R-8.2-01")->weight == 4);
  CHECK(c.find_requirement("R-8.2-01")->severity == Severity::high);
  CHECK(c.find_requirement("R-4.1-01")->weight == doctest::Approx(2.5));
  CHECK(c.find_requirement("R-4.1-01")->severity == Severity::high);  // unchanged
  CHECK(c.find_evidence("MET-INC-RESOLVED")->target == doctest::Approx(97.5));
  REQUIRE(c.find_evidence("REC-ACME-ONCALL"));
  CHECK(c.evidence.size() == 5);
  CHECK(c.evidence.back().id == "REC-ACME-ONCALL");  // appended: compiled rules keep their indexes
  const Requirement* added = c.find_requirement("ACME-8.2-01");
  REQUIRE(added);
  CHECK(added->rule);  // compiled against the checklist with the added evidence item
  CHECK(c.find_requirement("R-8.1-01")->rule);  // the checklist's own rules survive

  CHECK(c.tailoring.id == "test-tailoring");
  CHECK(c.tailoring.version == "0.1.0");
  CHECK(c.tailoring.title == "Small test tailoring");
  CHECK(c.tailoring.file.ends_with("tests/fixtures/tailoring/small-deselect.xml"));
  CHECK(c.tailoring.deselected == std::vector<std::string>{"R-8.1-02"});
  CHECK(
      c.tailoring.notes ==
      std::vector<std::string>{
          "Clause 8.1 Incidents deselected (1 requirement). Reason: Incidents are handled by the "
          "group "
          "service desk.",
          "Requirement R-8.1-01 (clause 8.1) kept although its clause is deselected. Reason: "
          "Resolution "
          "times are still reported to our customers.",
          "Requirement R-8.2-01 (clause 8.2): weight changed from 1.5 to 4, severity changed from "
          "low "
          "to high. Reason: Changes caused two outages last year.",
          "Requirement R-4.1-01 (clause 4.1): weight changed from 2 to 2.5.",
          "Target of MET-INC-RESOLVED (Incidents resolved in target) changed from 90 to 97.5 %. "
          "Reason: "
          "Contractual target.",
          "Evidence item REC-ACME-ONCALL (On-call rota) added.",
          "Organisation-specific requirement ACME-8.2-01 added under clause 8.2 Changes (weight 2, "
          "severity medium).",
      });
}

TEST_CASE("apply tailoring: a problem leaves the checklist unchanged") {
  Checklist c = small_checklist();
  Tailoring t = small_tailoring();
  t.sets[0].requirement = "R-9.9-01";  // unknown
  const Diagnostics d = apply_tailoring(c, t);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message.find("requirement R-9.9-01 is not in checklist") != std::string::npos);
  CHECK(d[0].where.line == 11);  // the requirement attribute of the <set>
  CHECK(c.requirements.size() == 4);
  CHECK(c.find_requirement("R-8.1-02"));
  CHECK(c.find_evidence("MET-INC-RESOLVED")->target == 90);
  CHECK_FALSE(c.find_evidence("REC-ACME-ONCALL"));
  CHECK(c.tailoring.id.empty());
  CHECK(c.tailoring.notes.empty());
}

TEST_CASE("apply tailoring: a checklist takes one tailoring") {
  Checklist c = small_checklist();
  REQUIRE(apply_tailoring(c, small_tailoring()).empty());
  const Diagnostics d = apply_tailoring(c, small_tailoring());
  REQUIRE_FALSE(d.empty());
  CHECK(d[0].message ==
        "checklist test-small:2024 is already tailored by 'test-tailoring'; a "
        "checklist takes one tailoring");
}

TEST_CASE("apply tailoring: a deselected clause holding requirements of sub-clauses") {
  Checklist c = small_checklist();
  Tailoring t;
  t.id = "drop-operation";
  t.checklist = c.id;
  t.title = "Drop clause 8";
  t.selections.push_back({false, "", "8", "Not in scope.", {}, {}});
  t.selections.push_back({true, "", "8.2", "Changes are ours.", {}, {}});
  const Diagnostics d = apply_tailoring(c, t);
  for (const Diagnostic& x : d) INFO(format(x));
  REQUIRE(d.empty());
  CHECK(requirement_ids(c) == std::vector<std::string>{"R-4.1-01", "R-8.2-01"});
  CHECK(c.tailoring.deselected == std::vector<std::string>{"R-8.1-01", "R-8.1-02"});
  CHECK(c.tailoring.notes[0] ==
        "Clause 8 Operation deselected (2 requirements). Reason: Not in scope.");
  CHECK(c.tailoring.notes[1] ==
        "Clause 8.2 Changes selected again (1 requirement). Reason: Changes are ours.");
}

TEST_CASE("apply tailoring: rule errors without the loader's locator are counted from the rule") {
  Checklist c = small_checklist();
  Tailoring t = small_tailoring();
  Requirement& r = t.requirements[0].requirement;
  r.rule_text = "valid(evidence(\"REC-ACME-ONCALL\")) && 42";
  r.rule_where = {"t.xml", 5, 11};
  const Diagnostics d = apply_tailoring(c, t);
  REQUIRE_FALSE(d.empty());
  CHECK(d[0].message.starts_with("in the rule of ACME-8.2-01: "));
  CHECK(d[0].where.line == 5);
  CHECK(d[0].where.column > 11);
}

TEST_CASE("apply tailoring: the loader with a checklist hands back the applied checklist") {
  Checklist c = small_checklist();
  const Diagnostics d = load_and_apply_tailoring(c, fixture("tailoring/small-deselect.xml"));
  for (const Diagnostic& x : d) INFO(format(x));
  REQUIRE(d.empty());
  CHECK(c.tailoring.id == "test-tailoring");
  CHECK(c.requirements.size() == 4);
  Checklist unchanged = small_checklist();
  const Diagnostics bad =
      load_and_apply_tailoring(unchanged, fixture("tailoring/no-such-file.xml"));
  CHECK_FALSE(bad.empty());
  CHECK(unchanged.tailoring.id.empty());
}
