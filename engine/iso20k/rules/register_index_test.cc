#include "iso20k/rules/register_index.h"

#include <doctest/doctest.h>

#include "iso20k/rules/default_rule.h"
#include "support/rules_fixture.h"

using namespace iso20k;
using namespace iso20k::rules;
using namespace iso20k::rules::test;

namespace {

Requirement citing(std::vector<std::string> ids) {
  Requirement r;
  r.id = "R-1";
  r.clause = "8.1";
  r.evidence = std::move(ids);
  return r;
}

}  // namespace

TEST_CASE("the register index finds the same entries as the workspace's maps") {
  const Fixture f;
  const RegisterIndex index(f.checklist, f.workspace);
  for (const EvidenceItem& item : f.checklist.evidence) {
    CAPTURE(item.id);
    CHECK(index.evidence(&item, item.id) == f.workspace.find_evidence(item.id));
    CHECK(index.metric(&item, item.id) == f.workspace.find_metric(item.id));
  }
  // An item of another checklist object (or none) is looked up by id.
  const Checklist other = make_checklist();
  CHECK(index.evidence(&other.evidence[0], "DOC-SMS-SCOPE") == f.workspace.find_evidence("DOC-SMS-SCOPE"));
  CHECK(index.evidence(nullptr, "REC-AUDIT") == nullptr);
  CHECK(index.metric(nullptr, "MET-AVAIL") == f.workspace.find_metric("MET-AVAIL"));
}

TEST_CASE("rules and the default rule give the same outcome with and without the register index") {
  const Fixture f;
  const RegisterIndex index(f.checklist, f.workspace);
  const EvalContext plain = f.context();
  const EvalContext indexed{f.checklist, f.workspace, f.as_of, &index};
  for (const char* text : {R"(evidence("DOC-SMS-SCOPE").valid && metric("MET-AVAIL").met)",
                           R"(evidence("REC-CHG-LOG").present || evidence("DOC-OLD").stale)",
                           R"(metric("MET-INC-MTTR").value <= 3.5)", R"(evidence("OBS-DESK").present)"}) {
    CAPTURE(text);
    const auto rule = f.compiled(text);
    REQUIRE(rule);
    const Outcome a = evaluate(*rule, plain), b = evaluate(*rule, indexed);
    CHECK(a.result == b.result);
    CHECK(a.achievement == b.achievement);
    CHECK(trail(a) == trail(b));
  }
  Checklist c = make_checklist();
  c.requirements.push_back(citing({"DOC-SMS-SCOPE", "REC-CHG-LOG", "MET-CHG-SUCCESS", "NOT-AN-ITEM"}));
  c.reindex();
  const RegisterIndex c_index(c, f.workspace);
  const Outcome a = default_outcome(c.requirements[0], EvalContext{c, f.workspace, f.as_of});
  const Outcome b = default_outcome(c.requirements[0], EvalContext{c, f.workspace, f.as_of, &c_index});
  CHECK(a.achievement == doctest::Approx(0.375));  // 1 satisfied, 1 partly seen of 4 cited
  CHECK(a.achievement == b.achievement);
  CHECK(trail(a) == trail(b));
}

TEST_CASE("a requirement's cited items are resolved by reindex, and stay right when edited") {
  Checklist c = make_checklist();
  c.requirements.push_back(citing({"MET-AVAIL", "NOT-AN-ITEM", "DOC-OLD"}));
  c.reindex();
  const Requirement& r = c.requirements[0];
  CHECK(r.evidence_items == std::vector<int>{10, -1, 2});
  CHECK(c.cited_item(r, 0) == c.find_evidence("MET-AVAIL"));
  CHECK(c.cited_item(r, 1) == nullptr);
  CHECK(c.cited_item(r, 2) == c.find_evidence("DOC-OLD"));
  // Edited without reindex: the stale position is not trusted.
  Requirement edited = r;
  edited.evidence[0] = "DOC-SM-POLICY";
  CHECK(c.cited_item(edited, 0) == c.find_evidence("DOC-SM-POLICY"));
  edited.evidence.push_back("INT-LEAD");
  CHECK(c.cited_item(edited, 3) == c.find_evidence("INT-LEAD"));
}
