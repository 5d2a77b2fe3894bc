#include "iso20k/rules/default_rule.h"

#include <doctest/doctest.h>

#include <source_location>

#include "support/rules_fixture.h"

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

// Judges a requirement citing `ids` against the fixture: checks its result, its achievement and
// the explanation (the observations as test::trail writes them).
void expect_judged(std::vector<std::string> ids, Result result, double achievement,
                   std::string_view explanation,
                   std::source_location at = std::source_location::current()) {
  const test::Fixture f;
  const Outcome o = judge(f, std::move(ids));
  test::check_outcome(o, result, achievement, at);
  CHECK(test::trail(o) == explanation);
}

}  // namespace

TEST_CASE("default rule: every cited item satisfied → conformant") {
  expect_judged({"DOC-SMS-SCOPE", "INT-LEAD", "MET-AVAIL"}, Result::conformant, 1,
                "DOC-SMS-SCOPE: status seen, approved by J. Doe, reviewed 2025-01-10 (age 120d), "
                "max age 12m; in order\n"
                "INT-LEAD: status seen, no issue or review date; in order\n"
                "MET-AVAIL: value 99.95 %; the organisation set no target (benchmark 99.9 %, higher is better: "
                "reached); in order");
}

TEST_CASE("default rule: nothing satisfied and nothing partially seen → nonconformant") {
  expect_judged({"REC-AUDIT", "OBS-DESK", "MET-NONE", "DOC-OLD"}, Result::nonconformant, 0,
                "REC-AUDIT: not yet provided or reviewed; not in order "
                "(mandatory)\n"
                "OBS-DESK: status missing; not in order\n"
                "MET-NONE: no value provided yet; not in order\n"
                "DOC-OLD: status seen, approved by K. Lee, reviewed 2024-09-01 (age 251d), max age "
                "6m: stale; not in order");
}

TEST_CASE("default rule: otherwise partial, satisfied + half of partially seen over cited") {
  const test::Fixture f;
  // Satisfied: DOC-SMS-SCOPE. Partially seen: REC-CHG-LOG. Neither: DOC-OLD (stale), MET-CHG-SUCCESS.
  const Outcome o = judge(f, {"DOC-SMS-SCOPE", "REC-CHG-LOG", "DOC-OLD", "MET-CHG-SUCCESS"});
  test::check_outcome(o, Result::partial, 1.5 / 4);
  REQUIRE(o.observations.size() == 4);
  CHECK(o.observations[1].detail == "status partial, issued 2025-04-01 (age 39d), max age 3m; partly in order");
  // Only partially seen items: still partial.
  const Outcome only = judge(f, {"REC-CHG-LOG"});
  test::check_outcome(only, Result::partial, 0.5);
  // Invalid for each reason: unapproved, expired, metric not met.
  const Outcome mixed = judge(f, {"INT-LEAD", "DOC-SM-POLICY", "DOC-EXPIRING", "MET-INC-MTTR"});
  test::check_outcome(mixed, Result::partial, 0.25);
}

TEST_CASE("default rule: an unsatisfied mandatory item caps the achievement at 0.5") {
  test::Fixture f;
  // REC-AUDIT is mandatory and missing: 3 of 4 satisfied would be 0.75.
  const Outcome capped = judge(f, {"DOC-SMS-SCOPE", "INT-LEAD", "MET-AVAIL", "REC-AUDIT"});
  test::check_outcome(capped, Result::partial, 0.5);
  // Below the cap it changes nothing.
  const Outcome low = judge(f, {"INT-LEAD", "REC-AUDIT", "DOC-OLD", "OBS-DESK"});
  test::check_outcome(low, Result::partial, 0.25);
  // The same citations with REC-AUDIT optional.
  f.checklist.evidence[5].mandatory = false;
  REQUIRE(f.checklist.evidence[5].id == "REC-AUDIT");
  const Outcome uncapped = judge(f, {"DOC-SMS-SCOPE", "INT-LEAD", "MET-AVAIL", "REC-AUDIT"});
  test::check_outcome(uncapped, Result::partial, 0.75);
  CHECK(uncapped.observations[3].detail == "not yet provided or reviewed; not in order");
  // A partially seen mandatory item caps too.
  f.checklist.evidence[4].mandatory = true;
  REQUIRE(f.checklist.evidence[4].id == "REC-CHG-LOG");
  const Outcome partly = judge(f, {"DOC-SMS-SCOPE", "INT-LEAD", "MET-AVAIL", "REC-CHG-LOG"});
  CHECK(partly.achievement == 0.5);
  CHECK(partly.observations[3].detail ==
        "status partial, issued 2025-04-01 (age 39d), max age 3m; partly in order (mandatory)");
}

TEST_CASE("default rule: a mandatory item that is satisfied does not cap") {
  const test::Fixture f;
  // DOC-SMS-SCOPE is mandatory and valid.
  const Outcome o = judge(f, {"DOC-SMS-SCOPE", "INT-LEAD", "MET-AVAIL", "DOC-OLD"});
  test::check_outcome(o, Result::partial, 0.75);
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
        "in order");
}

TEST_CASE("default rule: repeated citations count once and unknown ids are unsatisfied") {
  const test::Fixture f;
  const Outcome o = judge(f, {"INT-LEAD", "DOC-OLD", "INT-LEAD"});
  test::check_outcome(o, Result::partial, 0.5);
  CHECK(o.observations.size() == 2);
  const Outcome unknown = judge(f, {"INT-LEAD", "DOC-NOWHERE"});
  CHECK(unknown.achievement == 0.5);
  CHECK(unknown.observations[1].subject == "DOC-NOWHERE");
  CHECK(unknown.observations[1].detail == "not in the checklist; not in order");
}

TEST_CASE("default rule: no cited items is nonconformant, and says so") {
  expect_judged({}, Result::nonconformant, 0, "R-8.5.1-01: no evidence items cited");
}

TEST_CASE("default rule: without explanation, the same outcome and no observations") {
  const test::Fixture f;
  const std::vector<std::string> ids = {"DOC-SMS-SCOPE", "REC-CHG-LOG", "DOC-OLD", "MET-CHG-SUCCESS"};
  const Outcome with = judge(f, ids, true);
  const Outcome without = judge(f, ids, false);
  test::check_outcome(without, with.result, with.achievement);
  CHECK(without.observations.empty());
  CHECK(judge(f, {}, false).observations.empty());
}
