#include "iso20k/rules/evidence_state.h"

#include <doctest/doctest.h>

#include "support/rules_fixture.h"

using namespace iso20k;
using namespace iso20k::rules;
using test::day;

namespace {

EvidenceState state(const test::Fixture& f, const std::string& id, Date as_of = test::kAsOf) {
  return evidence_state(f.checklist.find_evidence(id), f.workspace.find_evidence(id), as_of);
}
MetricState mstate(const test::Fixture& f, const std::string& id) {
  return metric_state(f.checklist.find_evidence(id), f.workspace.find_metric(id));
}

}  // namespace

TEST_CASE("evidence state: a valid, approved, reviewed document") {
  const test::Fixture f;
  const EvidenceState s = state(f, "DOC-SMS-SCOPE");
  CHECK(s.status == EvidenceStatus::seen);
  CHECK(s.present);
  CHECK(s.approved);
  CHECK(s.dated);
  CHECK(s.age.days == 120);  // since the review, not the issue
  CHECK_FALSE(s.stale);
  CHECK_FALSE(s.expired);
  CHECK(s.valid);
  CHECK(s.issued == day("2024-03-01"));
  CHECK(s.reviewed == day("2025-01-10"));
  CHECK_FALSE(s.expires);
  CHECK(describe(s) == "status seen, approved by J. Doe, reviewed 2025-01-10 (age 120d), max age 12m");
  CHECK(cite(s) == Citation::satisfied);
}

TEST_CASE("evidence state: what makes an item invalid") {
  const test::Fixture f;
  const EvidenceState policy = state(f, "DOC-SM-POLICY");  // approval required, not approved
  CHECK(policy.present);
  CHECK_FALSE(policy.approved);
  CHECK(policy.age.days == 343);
  CHECK_FALSE(policy.valid);
  CHECK(describe(policy) == "status seen, not approved (approval required), issued 2024-06-01 (age 343d)");
  CHECK(cite(policy) == Citation::unsatisfied);

  const EvidenceState old = state(f, "DOC-OLD");  // reviewed 251 days ago, max age 180 days
  CHECK(old.age.days == 251);
  CHECK(old.stale);
  CHECK_FALSE(old.valid);
  CHECK(describe(old) == "status seen, approved by K. Lee, reviewed 2024-09-01 (age 251d), max age 6m: stale");

  const EvidenceState expiring = state(f, "DOC-EXPIRING");
  CHECK(expiring.expired);
  CHECK_FALSE(expiring.valid);
  CHECK(expiring.age.days == 495);
  CHECK(describe(expiring) ==
        "status seen, approved by A. Auditor, issued 2024-01-01 (age 495d), expired 2025-05-01");
  // Valid through its expiry day; expired the day after.
  CHECK_FALSE(state(f, "DOC-EXPIRING", day("2025-05-01")).expired);
  CHECK(state(f, "DOC-EXPIRING", day("2025-05-01")).valid);
  CHECK(state(f, "DOC-EXPIRING", day("2025-05-02")).expired);
  CHECK(describe(state(f, "DOC-EXPIRING", day("2025-04-30"))) ==
        "status seen, approved by A. Auditor, issued 2024-01-01 (age 485d), expires 2025-05-01");

  const EvidenceState log = state(f, "REC-CHG-LOG");  // partially seen
  CHECK(log.status == EvidenceStatus::partial);
  CHECK_FALSE(log.present);
  CHECK_FALSE(log.valid);
  CHECK(log.age.days == 39);
  CHECK(describe(log) == "status partial, issued 2025-04-01 (age 39d), max age 3m");
  CHECK(cite(log) == Citation::partially_seen);
}

TEST_CASE("evidence state: staleness at the max-age boundary, and future dates") {
  const test::Fixture f;
  // DOC-OLD: reviewed 2024-09-01, max age 180 days.
  CHECK_FALSE(state(f, "DOC-OLD", day("2025-02-28")).stale);  // age 180
  CHECK(state(f, "DOC-OLD", day("2025-02-28")).age.days == 180);
  CHECK(state(f, "DOC-OLD", day("2025-03-01")).stale);  // age 181
  // Dated after as_of: a negative age, not stale.
  const EvidenceState early = state(f, "DOC-OLD", day("2024-08-31"));
  CHECK(early.age.days == -1);
  CHECK_FALSE(early.stale);
  CHECK(early.valid);
}

TEST_CASE("evidence state: missing items") {
  const test::Fixture f;
  const EvidenceState none = state(f, "REC-AUDIT");  // no register entry
  CHECK(none.record == nullptr);
  CHECK(none.status == EvidenceStatus::missing);
  CHECK_FALSE(none.present);
  CHECK_FALSE(none.approved);
  CHECK_FALSE(none.valid);
  CHECK_FALSE(none.stale);
  CHECK_FALSE(none.dated);
  CHECK(none.age.days == 0);
  CHECK_FALSE(none.issued);
  CHECK(describe(none) == "not yet provided or reviewed");
  CHECK(cite(none) == Citation::unsatisfied);

  // An entry with status missing counts as none: its approval and dates are ignored.
  const EvidenceState desk = state(f, "OBS-DESK");
  CHECK(desk.record != nullptr);
  CHECK_FALSE(desk.approved);
  CHECK_FALSE(desk.issued);
  CHECK(desk.age.days == 0);
  CHECK(describe(desk) == "status missing");

  const EvidenceState unknown = evidence_state(nullptr, nullptr, test::kAsOf);
  CHECK(describe(unknown) == "not in the checklist");
  CHECK(cite(unknown) == Citation::unsatisfied);
}

TEST_CASE("evidence state: undated items have age 0d and are never stale") {
  const test::Fixture f;
  const EvidenceState lead = state(f, "INT-LEAD");
  CHECK(lead.present);
  CHECK_FALSE(lead.dated);
  CHECK(lead.age.days == 0);
  CHECK(lead.valid);
  CHECK(describe(lead) == "status seen, no issue or review date");
  CHECK(cite(lead) == Citation::satisfied);
}

TEST_CASE("evidence state: interview and observation items are satisfied by being seen") {
  EvidenceItem item = test::document("INT-X", false, Duration{30}, true, EvidenceKind::interview);
  EvidenceRecord r = test::record("INT-X", EvidenceStatus::seen, "", test::day("2024-01-01"));
  const EvidenceState s = evidence_state(&item, &r, test::kAsOf);
  CHECK(s.stale);
  CHECK_FALSE(s.valid);
  CHECK(cite(s) == Citation::satisfied);
  item.kind = EvidenceKind::observation;
  CHECK(cite(evidence_state(&item, &r, test::kAsOf)) == Citation::satisfied);
  item.kind = EvidenceKind::record;
  CHECK(cite(evidence_state(&item, &r, test::kAsOf)) == Citation::unsatisfied);
  r.status = EvidenceStatus::partial;
  item.kind = EvidenceKind::interview;
  CHECK(cite(evidence_state(&item, &r, test::kAsOf)) == Citation::partially_seen);
}

TEST_CASE("metric state: value against target in the better direction") {
  const test::Fixture f;
  const MetricState change = mstate(f, "MET-CHG-SUCCESS");
  CHECK(change.present);
  CHECK(change.value == 92.5);
  CHECK(change.target == 95);
  CHECK(change.workspace_target);
  CHECK_FALSE(change.met);
  CHECK(describe(change) == "value 92.5 % against the organisation's target of 95 % (higher is better): not met");
  CHECK(cite(change) == Citation::unsatisfied);

  const MetricState mttr = mstate(f, "MET-INC-MTTR");  // lower is better; workspace target 3
  CHECK(mttr.target == 3);
  CHECK(mttr.workspace_target);
  CHECK_FALSE(mttr.met);
  CHECK(describe(mttr) == "value 3.5 h against the organisation's target of 3 h (lower is better): not met");

  const MetricState avail = mstate(f, "MET-AVAIL");
  CHECK(avail.met);
  CHECK(avail.benchmark_met);
  CHECK(describe(avail) == "value 99.95 %; the organisation set no target (benchmark 99.9 %, higher is better: reached)");
  CHECK(cite(avail) == Citation::satisfied);

  const MetricState none = mstate(f, "MET-NONE");
  CHECK_FALSE(none.present);
  CHECK(none.value == 0);
  CHECK(none.target == 90);
  CHECK_FALSE(none.met);
  CHECK(describe(none) == "no value provided yet");
}

TEST_CASE("metric state: the target itself meets it, either direction") {
  EvidenceItem item = test::metric_item("MET-X", "", 4, Better::lower);
  MetricRecord r;
  r.value = 4;
  r.target = 4;  // the organisation's own target
  CHECK(metric_state(&item, &r).met);
  r.value = 4.001;
  CHECK_FALSE(metric_state(&item, &r).met);
  item.better = Better::higher;
  CHECK(metric_state(&item, &r).met);
  r.value = 3.999;
  CHECK_FALSE(metric_state(&item, &r).met);
  CHECK(describe(metric_state(&item, &r)) == "value 3.999 against the organisation's target of 4 (higher is better): not met");
}

TEST_CASE("metric state: only the organisation's target decides, the checklist's is a benchmark") {
  EvidenceItem item = test::metric_item("MET-X", "%", 95, Better::higher);
  MetricRecord r;
  r.value = 86.4;
  const MetricState s = metric_state(&item, &r);
  CHECK(s.met);  // no target of the organisation: its level cannot make a nonconformity
  CHECK(s.target == 86.4);
  CHECK_FALSE(s.benchmark_met);
  CHECK(s.benchmark == 95);
  CHECK(describe(s) == "value 86.4 %; the organisation set no target (benchmark 95 %, higher is better: not reached)");
  r.target = 90;
  CHECK_FALSE(metric_state(&item, &r).met);
}

TEST_CASE("profile description") {
  const test::Fixture f;
  CHECK(describe(f.workspace.profile) == "persons 120, services 4, sites 2, suppliers 3");
}
