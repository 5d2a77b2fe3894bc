// The readiness verdict against the small fixture's criteria (stage 1 needs DOC-POLICY; stage 2 a
// weighted score of at least 75 % and coverage of at least 90 %; no open major for a certificate):
// each blocker in words, areas of concern, and the note on how to read the verdict.
#include "iso20k/score/readiness.h"

#include <doctest/doctest.h>

#include "support/small_checklist.h"

using namespace iso20k;
using iso20k::test::small_checklist;

namespace {

// Reviews in the fixture's evidence order: DOC-POLICY, REC-INCIDENTS, MET-INC-RESOLVED, REC-CHANGES.
std::vector<ItemReview> reviews(Review policy, Review metric = Review::provided) {
  std::vector<ItemReview> out(4);
  for (ItemReview& r : out) r.review = Review::provided;
  out[0].review = policy;
  out[2].review = metric;
  return out;
}

Rollup overall(double score, double coverage) {
  Rollup r;
  r.score = score;
  r.coverage = coverage;
  return r;
}

Finding finding(const std::string& id, const std::string& clause, Grade grade) {
  Finding f;
  f.id = id;
  f.clause = clause;
  f.grade = grade;
  return f;
}

std::string blockers(const Readiness& r) {
  std::string out;
  for (const Blocker& b : r.blockers) out += std::to_string(b.stage) + " " + b.reference + ": " + b.text + "\n";
  return out;
}

}  // namespace

TEST_CASE("readiness: ready for stage 2 when stage 1 evidence is provided and score and coverage reach the criteria") {
  const Readiness r = decide_readiness(small_checklist(), reviews(Review::provided), overall(0.75, 0.9), {});
  CHECK(r.verdict == Verdict::stage2);  // both exactly at the thresholds
  CHECK(r.blockers.empty());
  CHECK(r.concerns.empty());
  CHECK(r.note ==
        "The verdict applies this tool's readiness criteria (data of the checklist), not the rules of a "
        "certification body.");
}

TEST_CASE("readiness: stage 1 evidence not provided blocks stage 1, said as what the review found") {
  const auto stage1_blocker = [](Review policy) {
    return blockers(decide_readiness(small_checklist(), reviews(policy), overall(1, 1), {}));
  };
  CHECK(stage1_blocker(Review::absent) == "1 DOC-POLICY: Policy was confirmed absent; a stage 1 audit reviews it.\n");
  CHECK(stage1_blocker(Review::partial) ==
        "1 DOC-POLICY: Policy was provided only in part; a stage 1 audit reviews it.\n");
  CHECK(stage1_blocker(Review::outstanding) ==
        "1 DOC-POLICY: Policy has not been provided yet; a stage 1 audit reviews it.\n");
  CHECK(decide_readiness(small_checklist(), reviews(Review::absent), overall(1, 1), {}).verdict == Verdict::not_ready);
  Checklist c = small_checklist();
  c.scoring.stage1_evidence = {"MET-INC-RESOLVED", "DOC-GONE"};
  CHECK(blockers(decide_readiness(c, reviews(Review::absent, Review::outstanding), overall(1, 1), {})) ==
        "1 MET-INC-RESOLVED: Incidents resolved in target has no recorded value yet; a stage 1 audit reviews it.\n"
        "1 DOC-GONE: DOC-GONE has not been provided yet; a stage 1 audit reviews it.\n");
}

TEST_CASE("readiness: score and coverage below the criteria block stage 2") {
  const Readiness r = decide_readiness(small_checklist(), reviews(Review::provided), overall(0.3667, 0.8), {});
  CHECK(r.verdict == Verdict::stage1);
  CHECK(blockers(r) ==
        "2 score: The overall score of 36.7% is below the 75.0% these criteria set for stage 2.\n"
        "2 coverage: Only 80.0% of the requirement weight was assessed; these criteria set 90.0% for stage 2.\n");
  // With stage 1 blocked as well, the verdict is not ready and every blocker is still listed.
  const Readiness both = decide_readiness(small_checklist(), reviews(Review::outstanding), overall(0.7499, 0.95), {});
  CHECK(both.verdict == Verdict::not_ready);
  REQUIRE(both.blockers.size() == 2);
  CHECK(both.blockers[1].text == "The overall score of 75.0% is below the 75.0% these criteria set for stage 2.");
}

TEST_CASE("readiness: majors block the certificate, not the audits, those in clauses 4-6, 9, 10 are concerns") {
  const std::vector<Finding> findings = {finding("F-4.1", "4.1", Grade::major), finding("F-5.1", "5.1", Grade::minor),
                                         finding("F-8.1", "8.1", Grade::major), finding("F-10.2", "10.2", Grade::major),
                                         finding("F-6-GP", "6", Grade::ofi)};
  const Readiness r = decide_readiness(small_checklist(), reviews(Review::provided), overall(0.9, 1), findings);
  CHECK(r.verdict == Verdict::stage2);
  CHECK(blockers(r) ==
        "3 F-4.1: Major nonconformity F-4.1 against clause 4.1 must be corrected, and the correction verified, before "
        "a certificate can be issued.\n"
        "3 F-8.1: Major nonconformity F-8.1 against clause 8.1 must be corrected, and the correction verified, before "
        "a certificate can be issued.\n"
        "3 F-10.2: Major nonconformity F-10.2 against clause 10.2 must be corrected, and the correction verified, "
        "before a certificate can be issued.\n");
  CHECK(r.concerns == std::vector<std::string>{"F-4.1", "F-10.2"});
  // Up to max-open-majors majors may stay open; beyond it, every major is a blocker.
  Checklist c = small_checklist();
  c.scoring.max_open_majors = 3;
  CHECK(decide_readiness(c, reviews(Review::provided), overall(0.9, 1), findings).blockers.empty());
  c.scoring.max_open_majors = 2;
  CHECK(decide_readiness(c, reviews(Review::provided), overall(0.9, 1), findings).blockers.size() == 3);
}

TEST_CASE("readiness: for the 2011 edition the note says no certificates are issued any more") {
  Checklist c = small_checklist();
  c.standard = "ISO/IEC 20000-1";
  c.edition = "2011";
  CHECK(decide_readiness(c, reviews(Review::provided), overall(1, 1), {}).note ==
        "Certificates to ISO/IEC 20000-1:2011 are no longer issued: read this as a gap assessment against the 2011 "
        "edition; the verdict applies this tool's criteria, not a certification route.");
  c.edition = "2018";
  CHECK(decide_readiness(c, reviews(Review::provided), overall(1, 1), {}).note.find("no longer issued") == std::string::npos);
}
