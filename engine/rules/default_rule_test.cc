#include "rules/default_rule.h"

#include <doctest/doctest.h>

#include "rules/test_fixture.h"

using namespace iso20k;
using namespace iso20k::rules;

namespace {

Requirement citing(std::vector<std::string> ids) {
  Requirement r;
  r.id = "R-8.5.1-01";
  r.clause = "8.5.1";
  r.evidence = std::move(ids);
  return r;
}

Outcome judge(const test::Fixture& f, std::vector<std::string> ids, bool explain = true) {
  return default_outcome(citing(std::move(ids)), f.context(), explain);
}

}  // namespace

TEST_CASE("default rule: every cited item satisfied → conformant") {
  const test::Fixture f;
  const Outcome o = judge(f, {"DOC-SMS-SCOPE", "INT-LEAD", "MET-AVAIL"});
  CHECK(o.result == Result::conformant);
  CHECK(o.achievement == 1);
  CHECK(test::trail(o) ==
        "DOC-SMS-SCOPE: status seen, approved by J. Doe, reviewed 2025-01-10 (age 120d), max age 12m; "
        "satisfied\n"
        "INT-LEAD: status seen, no issue or review date; satisfied\n"
        "MET-AVAIL: value 99.95 % vs target 99.9 % (higher is better): met; satisfied");
}

TEST_CASE("default rule: nothing satisfied and nothing partially seen → nonconformant") {
  const test::Fixture f;
  const Outcome o = judge(f, {"REC-AUDIT", "OBS-DESK", "MET-NONE", "DOC-OLD"});
  CHECK(o.result == Result::nonconformant);
  CHECK(o.achievement == 0);
  CHECK(test::trail(o) ==
        "REC-AUDIT: status missing (no entry in the evidence register); not satisfied, mandatory\n"
        "OBS-DESK: status missing; not satisfied\n"
        "MET-NONE: no value recorded, target 90 % (higher is better): not met; not satisfied\n"
        "DOC-OLD: status seen, approved by K. Lee, reviewed 2024-09-01 (age 251d), max age 6m: stale; "
        "not satisfied");
}

TEST_CASE("default rule: otherwise partial, satisfied + half of partially seen over cited") {
  const test::Fixture f;
  // Satisfied: DOC-SMS-SCOPE. Partially seen: REC-CHG-LOG. Neither: DOC-OLD (stale), MET-CHG-SUCCESS.
  const Outcome o = judge(f, {"DOC-SMS-SCOPE", "REC-CHG-LOG", "DOC-OLD", "MET-CHG-SUCCESS"});
  CHECK(o.result == Result::partial);
  CHECK(o.achievement == 1.5 / 4);
  REQUIRE(o.observations.size() == 4);
  CHECK(o.observations[1].detail == "status partial, issued 2025-04-01 (age 39d), max age 3m; partially seen");
  // Only partially seen items: still partial.
  const Outcome only = judge(f, {"REC-CHG-LOG"});
  CHECK(only.result == Result::partial);
  CHECK(only.achievement == 0.5);
  // Invalid for each reason: unapproved, expired, metric not met.
  const Outcome mixed = judge(f, {"INT-LEAD", "DOC-SM-POLICY", "DOC-EXPIRING", "MET-INC-MTTR"});
  CHECK(mixed.result == Result::partial);
  CHECK(mixed.achievement == 0.25);
}

TEST_CASE("default rule: an unsatisfied mandatory item caps the achievement at 0.5") {
  test::Fixture f;
  // REC-AUDIT is mandatory and missing: 3 of 4 satisfied would be 0.75.
  const Outcome capped = judge(f, {"DOC-SMS-SCOPE", "INT-LEAD", "MET-AVAIL", "REC-AUDIT"});
  CHECK(capped.result == Result::partial);
  CHECK(capped.achievement == 0.5);
  // Below the cap it changes nothing.
  const Outcome low = judge(f, {"INT-LEAD", "REC-AUDIT", "DOC-OLD", "OBS-DESK"});
  CHECK(low.result == Result::partial);
  CHECK(low.achievement == 0.25);
  // The same citations with REC-AUDIT optional.
  f.checklist.evidence[5].mandatory = false;
  REQUIRE(f.checklist.evidence[5].id == "REC-AUDIT");
  const Outcome uncapped = judge(f, {"DOC-SMS-SCOPE", "INT-LEAD", "MET-AVAIL", "REC-AUDIT"});
  CHECK(uncapped.result == Result::partial);
  CHECK(uncapped.achievement == 0.75);
  CHECK(uncapped.observations[3].detail == "status missing (no entry in the evidence register); not satisfied");
  // A partially seen mandatory item caps too.
  f.checklist.evidence[4].mandatory = true;
  REQUIRE(f.checklist.evidence[4].id == "REC-CHG-LOG");
  const Outcome partly = judge(f, {"DOC-SMS-SCOPE", "INT-LEAD", "MET-AVAIL", "REC-CHG-LOG"});
  CHECK(partly.achievement == 0.5);
  CHECK(partly.observations[3].detail ==
        "status partial, issued 2025-04-01 (age 39d), max age 3m; partially seen, mandatory");
}

TEST_CASE("default rule: a mandatory item that is satisfied does not cap") {
  const test::Fixture f;
  // DOC-SMS-SCOPE is mandatory and valid.
  const Outcome o = judge(f, {"DOC-SMS-SCOPE", "INT-LEAD", "MET-AVAIL", "DOC-OLD"});
  CHECK(o.result == Result::partial);
  CHECK(o.achievement == 0.75);
}

TEST_CASE("default rule: interview and observation items need only be seen") {
  test::Fixture f;
  EvidenceItem stale_interview =
      test::document("INT-OLD", false, Duration{30}, true, EvidenceKind::interview);
  f.checklist.evidence.push_back(stale_interview);
  f.checklist.reindex();
  f.workspace.evidence.emplace(
      "INT-OLD", test::record("INT-OLD", EvidenceStatus::seen, "", test::day("2024-01-01")));
  const Outcome o = judge(f, {"INT-OLD", "INT-LEAD"});
  CHECK(o.result == Result::conformant);
  CHECK(o.observations[0].detail ==
        "status seen, not approved (approval required), issued 2024-01-01 (age 495d), max age 1m: stale; "
        "satisfied");
}

TEST_CASE("default rule: repeated citations count once and unknown ids are unsatisfied") {
  const test::Fixture f;
  const Outcome o = judge(f, {"INT-LEAD", "DOC-OLD", "INT-LEAD"});
  CHECK(o.result == Result::partial);
  CHECK(o.achievement == 0.5);
  CHECK(o.observations.size() == 2);
  const Outcome unknown = judge(f, {"INT-LEAD", "DOC-NOWHERE"});
  CHECK(unknown.achievement == 0.5);
  CHECK(unknown.observations[1].subject == "DOC-NOWHERE");
  CHECK(unknown.observations[1].detail == "not in the checklist; not satisfied");
}

TEST_CASE("default rule: no cited items is nonconformant, and says so") {
  const test::Fixture f;
  const Outcome o = judge(f, {});
  CHECK(o.result == Result::nonconformant);
  CHECK(o.achievement == 0);
  CHECK(test::trail(o) == "R-8.5.1-01: no evidence items cited");
}

TEST_CASE("default rule: without explanation, the same outcome and no observations") {
  const test::Fixture f;
  const std::vector<std::string> ids = {"DOC-SMS-SCOPE", "REC-CHG-LOG", "DOC-OLD", "MET-CHG-SUCCESS"};
  const Outcome with = judge(f, ids, true);
  const Outcome without = judge(f, ids, false);
  CHECK(without.result == with.result);
  CHECK(without.achievement == with.achievement);
  CHECK(without.observations.empty());
  CHECK(judge(f, {}, false).observations.empty());
}
