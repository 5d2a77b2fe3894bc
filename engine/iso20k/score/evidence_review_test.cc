// What the review of each evidence item found on the assessment date, against the rules fixture
// (tests/support/rules_fixture.h, as of 2025-05-10): provided, partial, absent or outstanding, and
// for what was provided whether it is stale, expired or unapproved; metrics against the
// organisation's target and the checklist's benchmark.
#include "iso20k/score/evidence_review.h"

#include <doctest/doctest.h>

#include "support/rules_fixture.h"

using namespace iso20k;
using iso20k::rules::test::day;
using iso20k::rules::test::fx;
using iso20k::rules::test::kAsOf;

namespace {

// "review stale expired unapproved issued-after" for one item, in words.
std::string found(const std::vector<ItemReview>& reviews, const std::string& id) {
  for (const ItemReview& r : reviews) {
    if (r.item != id) continue;
    std::string s = to_string(r.review);
    if (r.stale) s += " stale";
    if (r.expired) s += " expired";
    if (r.unapproved) s += " unapproved";
    if (r.issued_after) s += " issued-after";
    return s;
  }
  return "(no review)";
}

}  // namespace

TEST_CASE("evidence review: one review per checklist item, in checklist order") {
  const std::vector<ItemReview> reviews = review_evidence(fx().checklist, fx().workspace, kAsOf);
  REQUIRE(reviews.size() == fx().checklist.evidence.size());
  for (std::size_t i = 0; i < reviews.size(); ++i) CHECK(reviews[i].item == fx().checklist.evidence[i].id);
}

TEST_CASE("evidence review: documents and records, provided with their defects, partial, absent, outstanding") {
  const std::vector<ItemReview> r = review_evidence(fx().checklist, fx().workspace, kAsOf);
  CHECK(found(r, "DOC-SMS-SCOPE") == "provided");            // approved, reviewed 120 days ago of 360
  CHECK(found(r, "DOC-SM-POLICY") == "provided unapproved");  // approval required, no approver
  CHECK(found(r, "DOC-OLD") == "provided stale");             // reviewed 251 days ago, max 180
  CHECK(found(r, "DOC-EXPIRING") == "provided expired");      // expired 2025-05-01
  CHECK(found(r, "REC-CHG-LOG") == "partial");
  CHECK(found(r, "REC-AUDIT") == "outstanding");              // no register entry
  CHECK(found(r, "INT-LEAD") == "provided");
  CHECK(found(r, "OBS-DESK") == "absent");                    // status missing: confirmed absent
}

TEST_CASE("evidence review: an interview or observation is in order once held, whatever its dates") {
  rules::test::Fixture f;
  f.checklist.evidence[6].max_age = Duration{30};  // INT-LEAD
  f.checklist.evidence[6].approval_required = true;
  f.workspace.evidence["INT-LEAD"].issued = day("2024-01-01");
  f.workspace.evidence["INT-LEAD"].expires = day("2024-06-01");
  f.checklist.reindex();
  CHECK(found(review_evidence(f.checklist, f.workspace, kAsOf), "INT-LEAD") == "provided");
  // The same dates on a document make it stale, expired and unapproved.
  f.checklist.evidence[6].kind = EvidenceKind::document;
  CHECK(found(review_evidence(f.checklist, f.workspace, kAsOf), "INT-LEAD") ==
        "provided stale expired unapproved");
}

TEST_CASE("evidence review: requested, or dated after the assessment date, is outstanding") {
  rules::test::Fixture f;
  f.workspace.evidence["DOC-SMS-SCOPE"].status = EvidenceStatus::requested;
  f.workspace.evidence["DOC-OLD"].issued = day("2025-05-11");  // the day after
  f.workspace.evidence["DOC-OLD"].reviewed.reset();
  f.workspace.evidence["DOC-EXPIRING"].issued = kAsOf;  // on the day: it existed
  const std::vector<ItemReview> r = review_evidence(f.checklist, f.workspace, kAsOf);
  CHECK(found(r, "DOC-SMS-SCOPE") == "outstanding");
  CHECK(found(r, "DOC-OLD") == "outstanding issued-after");
  CHECK(found(r, "DOC-EXPIRING") == "provided expired");
}

TEST_CASE("evidence review: metrics against the organisation's target and the checklist's benchmark") {
  const std::vector<ItemReview> r = review_evidence(fx().checklist, fx().workspace, kAsOf);
  const ItemReview& chg = r[8];  // 92.5 %, the organisation's target 95 %, higher is better
  CHECK(chg.item == "MET-CHG-SUCCESS");
  CHECK(chg.review == Review::provided);
  CHECK(chg.value == 92.5);
  CHECK(chg.target == std::optional<double>(95));
  CHECK(chg.benchmark == 95);
  CHECK_FALSE(chg.met);
  CHECK_FALSE(chg.benchmark_met);
  const ItemReview& mttr = r[9];  // 3.5 h, the organisation's target 3 h, benchmark 4 h, lower is better
  CHECK_FALSE(mttr.met);
  CHECK(mttr.benchmark_met);
  CHECK(mttr.benchmark == 4);
  const ItemReview& avail = r[10];  // 99.95 %, no target of the organisation: met; benchmark 99.9 %
  CHECK_FALSE(avail.target);
  CHECK(avail.met);
  CHECK(avail.benchmark_met);
  const ItemReview& none = r[11];  // no value recorded: outstanding, never a finding
  CHECK(none.item == "MET-NONE");
  CHECK(none.review == Review::outstanding);
  CHECK(none.value == 0);
  CHECK(none.benchmark == 90);
  CHECK_FALSE(none.stale);
}
