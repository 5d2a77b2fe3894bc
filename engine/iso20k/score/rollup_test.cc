// Roll-ups by hand: applicable, assessed and achieved weight, coverage and the score under each
// model (docs/scoring.md, "Roll-ups and scoring models"), then over the small fixture's clause
// tree, HLS/SMS split and processes.
#include "iso20k/score/rollup.h"

#include <doctest/doctest.h>

#include "support/small_checklist.h"

using namespace iso20k;
using iso20k::test::small_checklist;

namespace {

// The roll-ups written into an Assessment, as assess() does.
void roll_up(const Checklist& c, ScoringModel m, Assessment& a) {
  Rollups r = iso20k::roll_up(c, m, a.results);
  a.clauses = std::move(r.clauses);
  a.processes = std::move(r.processes);
  a.overall = r.overall;
  a.hls = r.hls;
  a.sms = r.sms;
}

// Weight 2 conformant, 3 nonconformant, 1.5 partial at 0.5, 1 not assessed, 4 not applicable.
Rollup mixed(ScoringModel model) {
  RollupBuilder b(model);
  b.add(2, Result::conformant, 1);
  b.add(3, Result::nonconformant, 0);
  b.add(1.5, Result::partial, 0.5);
  b.add(1, Result::not_assessed, 0);
  b.add(4, Result::not_applicable, 0);
  return b.build();
}

Assessment with_results(const std::vector<std::pair<Result, double>>& results) {
  Assessment a;
  for (const auto& [result, achievement] : results) {
    RequirementResult r;
    r.result = result;
    r.achievement = achievement;
    a.results.push_back(r);
  }
  return a;
}

const Rollup& clause(const Assessment& a, const std::string& number) {
  for (const ClauseScore& c : a.clauses) {
    if (c.clause == number) return c.rollup;
  }
  FAIL("no clause " << number);
  throw;
}

}  // namespace

TEST_CASE("roll-up: weights, counts and coverage, not applicable weighs nothing, not assessed lowers coverage") {
  const Rollup r = mixed(ScoringModel::weighted);
  CHECK(r.requirements == 5);
  CHECK(r.counts == std::array<int, 5>{1, 1, 1, 1, 1});
  CHECK(r.applicable_weight == 7.5);   // 2 + 3 + 1.5 + 1
  CHECK(r.assessed_weight == 6.5);     // 2 + 3 + 1.5
  CHECK(r.achieved_weight == 2.75);    // 2·1 + 3·0 + 1.5·0.5
  CHECK(r.score == doctest::Approx(2.75 / 6.5));
  CHECK(r.coverage == doctest::Approx(6.5 / 7.5));
}

TEST_CASE("roll-up: flat counts only full conformance, absolute is all or nothing") {
  const Rollup flat = mixed(ScoringModel::flat);
  CHECK(flat.achieved_weight == 2);
  CHECK(flat.score == doctest::Approx(2 / 6.5));
  CHECK(flat.coverage == doctest::Approx(6.5 / 7.5));
  CHECK(mixed(ScoringModel::absolute).score == 0);
  RollupBuilder all(ScoringModel::absolute);
  all.add(1, Result::conformant, 1);
  all.add(2, Result::not_assessed, 0);  // neither counts against it
  all.add(3, Result::not_applicable, 0);
  CHECK(all.build().score == 1);
  RollupBuilder nearly(ScoringModel::absolute);
  nearly.add(1, Result::conformant, 1);
  nearly.add(1, Result::partial, 1);  // a partial is not conformance, whatever its achievement
  CHECK(nearly.build().score == 0);
}

TEST_CASE("roll-up: nothing assessed has score 0 and coverage 0, whatever the model") {
  for (ScoringModel m : {ScoringModel::weighted, ScoringModel::flat, ScoringModel::absolute}) {
    CAPTURE(to_string(m));
    RollupBuilder b(m);
    b.add(2, Result::not_assessed, 0);
    const Rollup r = b.build();
    CHECK(r.score == 0);
    CHECK(r.coverage == 0);
    CHECK(r.applicable_weight == 2);
    RollupBuilder none(m);
    none.add(2, Result::not_applicable, 0);
    CHECK(none.build().coverage == 0);
    CHECK(RollupBuilder(m).build().requirements == 0);
  }
}

TEST_CASE("roll-up over the small fixture: each clause with its sub-clauses, HLS and SMS, processes") {
  // R-4.1-01 not applicable; R-8.1-01 conformant; R-8.1-02 partial at 0.25; R-8.2-01 not assessed.
  Assessment a = with_results({{Result::not_applicable, 0}, {Result::conformant, 1}, {Result::partial, 0.25},
                               {Result::not_assessed, 0}});
  roll_up(small_checklist(), ScoringModel::weighted, a);
  // (3·1 + 1·0.25) / 4 assessed of 5.5 applicable
  CHECK(a.overall.score == doctest::Approx(0.8125));
  CHECK(a.overall.coverage == doctest::Approx(4 / 5.5));
  CHECK(a.overall.requirements == 4);
  std::vector<std::string> order;
  for (const ClauseScore& c : a.clauses) order.push_back(c.clause);
  CHECK(order == std::vector<std::string>{"4", "4.1", "8", "8.1", "8.2"});
  CHECK(clause(a, "4").requirements == 1);
  CHECK(clause(a, "4").counts[static_cast<std::size_t>(Result::not_applicable)] == 1);
  CHECK(clause(a, "4").coverage == 0);
  CHECK(clause(a, "8").score == doctest::Approx(0.8125));
  CHECK(clause(a, "8").requirements == 3);
  CHECK(clause(a, "8.1").coverage == 1);
  CHECK(clause(a, "8.2").score == 0);
  CHECK(clause(a, "8.2").applicable_weight == 1.5);
  CHECK(a.hls.requirements == 1);
  CHECK(a.hls.applicable_weight == 0);
  CHECK(a.sms.score == doctest::Approx(0.8125));
  REQUIRE(a.processes.size() == 2);
  CHECK(a.processes[0].process == "incident");
  CHECK(a.processes[0].rollup.score == doctest::Approx(0.8125));
  CHECK(a.processes[1].process == "change");
  CHECK(a.processes[1].rollup.coverage == 0);
  roll_up(small_checklist(), ScoringModel::flat, a);  // again: replaces, does not append
  CHECK(a.clauses.size() == 5);
  CHECK(clause(a, "8.1").score == doctest::Approx(0.75));  // 3 of 4
}

TEST_CASE("roll-up: a requirement of two processes counts in both, one of no known clause only overall") {
  Checklist c = small_checklist();
  c.requirements[3].processes = {"change", "incident", "not-a-process"};  // R-8.2-01
  c.requirements[0].clause = "99";                                      // R-4.1-01: no such clause
  Assessment a = with_results({{Result::conformant, 1}, {Result::conformant, 1}, {Result::partial, 0.25},
                               {Result::partial, 0.5}});
  roll_up(c, ScoringModel::weighted, a);
  // incident: (3·1 + 1·0.25 + 1.5·0.5) / 5.5
  CHECK(a.processes[0].rollup.score == doctest::Approx(4.0 / 5.5));
  CHECK(a.processes[0].rollup.requirements == 3);
  CHECK(a.processes[1].rollup.score == doctest::Approx(0.5));
  CHECK(a.overall.requirements == 4);
  CHECK(a.overall.applicable_weight == 7.5);
  CHECK(a.hls.requirements == 0);
  CHECK(a.sms.requirements == 3);
  CHECK(clause(a, "4").requirements == 0);
}
