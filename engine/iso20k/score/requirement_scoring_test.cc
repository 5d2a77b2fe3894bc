// One requirement's result and its reason over the small fixture: which judgement applies, the
// rule or the default rule, the cited items sorted by what the review found, and when outstanding
// items leave a requirement not assessed (docs/scoring.md, "Requirement results").
#include "iso20k/score/requirement_scoring.h"

#include <doctest/doctest.h>

#include "iso20k/rules/register_index.h"
#include "iso20k/score/evidence_review.h"
#include "support/small_checklist.h"

using namespace iso20k;
using iso20k::test::small_baseline;
using iso20k::test::small_checklist;

namespace {

const Date kAsOf = *parse_date("2026-06-30");

RequirementResult score(const std::string& id, const Workspace& w, const Judgement* judgement = nullptr,
                        const Checklist& c = small_checklist()) {
  const std::vector<ItemReview> reviews = review_evidence(c, w, kAsOf);
  const rules::RegisterIndex registers(c, w, kAsOf);
  const rules::EvalContext ctx{c, w, kAsOf, &registers};
  const Requirement* r = c.find_requirement(id);
  REQUIRE(r);
  return score_requirement(*r, ctx, reviews, judgement);
}

Judgement judgement(const std::string& requirement, Result result, const char* date, std::string assessor = "A. Assessor") {
  Judgement j;
  j.requirement = requirement;
  j.result = result;
  j.date = parse_date(date);
  j.assessor = std::move(assessor);
  j.justification = "Sampled ten tickets.";
  return j;
}

}  // namespace

TEST_CASE("requirement scoring: the requirement's rule, or the default rule, with the reason in words") {
  const Workspace w = small_baseline();
  const RequirementResult rule = score("R-8.1-01", w);
  CHECK(rule.requirement == "R-8.1-01");
  CHECK(rule.clause == "8.1");
  CHECK(rule.basis == Basis::rule);
  CHECK(rule.result == Result::nonconformant);
  CHECK(rule.explanation ==
        "Rule valid(evidence(\"REC-INCIDENTS\")) && meets_target(metric(\"MET-INC-RESOLVED\")) gave nonconformant "
        "(achievement 0.0 %).");
  CHECK(rule.targets_missed == std::vector<std::string>{"MET-INC-RESOLVED"});
  CHECK_FALSE(rule.observations.empty());
  const RequirementResult policy = score("R-4.1-01", w);
  CHECK(policy.basis == Basis::evidence);
  CHECK(policy.result == Result::conformant);
  CHECK(policy.achievement == 1);
  CHECK(policy.explanation == "Default rule over the cited evidence gave conformant (achievement 100.0 %).");
  const RequirementResult changes = score("R-8.2-01", w);
  CHECK(changes.result == Result::partial);
  CHECK(changes.achievement == 0.5);
  CHECK(changes.partly == std::vector<std::string>{"REC-CHANGES"});
  CHECK(changes.explanation == "Default rule over the cited evidence gave partial (achievement 50.0 %).");
}

TEST_CASE("requirement scoring: cited items sorted by what the review found") {
  Workspace w = small_baseline();
  w.evidence["DOC-POLICY"].reviewed = parse_date("2025-06-01");  // 13 months before: stale (12m)
  w.evidence["DOC-POLICY"].approved_by.clear();
  CHECK(score("R-4.1-01", w).stale == std::vector<std::string>{"DOC-POLICY"});
  CHECK(score("R-4.1-01", w).unapproved == std::vector<std::string>{"DOC-POLICY"});
  w.evidence["DOC-POLICY"].status = EvidenceStatus::missing;
  const RequirementResult absent = score("R-4.1-01", w);
  CHECK(absent.absent == std::vector<std::string>{"DOC-POLICY"});
  CHECK(absent.stale.empty());  // absent: nothing of it to be stale
  CHECK(absent.result == Result::nonconformant);
  // Without a target of the organisation, the metric misses only the checklist's benchmark.
  w.metrics["MET-INC-RESOLVED"].target.reset();
  const RequirementResult monitored = score("R-8.1-02", w);
  CHECK(monitored.targets_missed.empty());
  CHECK(monitored.benchmarks_missed == std::vector<std::string>{"MET-INC-RESOLVED"});
  CHECK(monitored.result == Result::conformant);
  // An item cited twice is listed once.
  Checklist twice = small_checklist();
  twice.requirements[3].evidence = {"REC-CHANGES", "REC-CHANGES"};
  twice.reindex();
  CHECK(score("R-8.2-01", small_baseline(), nullptr, twice).partly == std::vector<std::string>{"REC-CHANGES"});
}

TEST_CASE("requirement scoring: nothing reviewed yet is not assessed, never a fail") {
  Workspace w = small_baseline();
  w.evidence["REC-CHANGES"].status = EvidenceStatus::requested;
  const RequirementResult r = score("R-8.2-01", w);
  CHECK(r.result == Result::not_assessed);
  CHECK(r.basis == Basis::evidence);
  CHECK(r.outstanding == std::vector<std::string>{"REC-CHANGES"});
  CHECK(r.explanation ==
        "Not assessed: none of the evidence this requirement cites has been provided or reviewed yet, and no "
        "judgement was recorded.");
}

TEST_CASE("requirement scoring: outstanding items that could still make it conformant leave it not assessed") {
  Workspace w = small_baseline();
  w.metrics.erase("MET-INC-RESOLVED");  // no value yet; the incident records are in order
  const RequirementResult open = score("R-8.1-01", w);
  CHECK(open.result == Result::not_assessed);
  CHECK(open.basis == Basis::rule);
  CHECK(open.outstanding == std::vector<std::string>{"MET-INC-RESOLVED"});
  CHECK(open.explanation ==
        "Not assessed yet: 1 item of the evidence it cites is still outstanding, and what was reviewed is in order.");
  // The records confirmed absent: whatever the metric turns out to be, the rule fails.
  w.evidence["REC-INCIDENTS"].status = EvidenceStatus::missing;
  const RequirementResult gap = score("R-8.1-01", w);
  CHECK(gap.result == Result::nonconformant);
  CHECK(gap.absent == std::vector<std::string>{"REC-INCIDENTS"});
  CHECK(gap.explanation ==
        "Rule valid(evidence(\"REC-INCIDENTS\")) && meets_target(metric(\"MET-INC-RESOLVED\")) gave nonconformant "
        "(achievement 0.0 %), on the evidence reviewed so far (1 item outstanding).");
}

TEST_CASE("requirement scoring: an assessor judgement decides, with who and when, a partial is 50 % unless stated") {
  const Workspace w = small_baseline();
  const Judgement partial = judgement("R-8.1-01", Result::partial, "2026-06-29");
  const RequirementResult r = score("R-8.1-01", w, &partial);
  CHECK(r.basis == Basis::judgement);
  CHECK(r.result == Result::partial);
  CHECK(r.achievement == 0.5);
  CHECK(r.judged_by == "A. Assessor");
  CHECK(r.judged_on == parse_date("2026-06-29"));
  CHECK(r.explanation == "Assessor judgement by A. Assessor on 2026-06-29: Sampled ten tickets.");
  CHECK_FALSE(r.observations.empty());  // the evidence seen stays in the trail
  CHECK(r.targets_missed == std::vector<std::string>{"MET-INC-RESOLVED"});
  Judgement stated = partial;
  stated.achievement = 0.8;
  CHECK(score("R-8.1-01", w, &stated).achievement == 0.8);
  const Judgement anonymous = judgement("R-8.2-01", Result::nonconformant, "", "");
  const RequirementResult n = score("R-8.2-01", w, &anonymous);
  CHECK(n.achievement == 0);
  CHECK(n.explanation == "Assessor judgement: Sampled ten tickets.");
  // The assessor's own words, for a report in another language.
  CHECK(judgement_justification(r) == "Sampled ten tickets.");
  CHECK(judgement_justification(n) == "Sampled ten tickets.");
  CHECK(judgement_justification(score("R-8.1-01", w)).empty());  // not judged
  const Judgement met = judgement("R-8.2-01", Result::conformant, "2026-06-01");
  CHECK(score("R-8.2-01", w, &met).achievement == 1);
}

TEST_CASE("applicable judgements: the latest by date up to the assessment date, then the later in the file") {
  Workspace w;
  w.judgements = {judgement("R-8.1-01", Result::conformant, "2026-06-01"),
                  judgement("R-8.1-01", Result::partial, "2026-06-20"),
                  judgement("R-8.1-01", Result::nonconformant, "2026-07-01"),  // after the assessment date
                  judgement("R-8.1-01", Result::conformant, "2026-05-01"),     // earlier date, later in file
                  judgement("R-9.9-99", Result::conformant, "2026-06-01"),     // no such requirement
                  judgement("R-4.1-01", Result::conformant, "2026-06-10"),
                  judgement("R-4.1-01", Result::partial, "2026-06-10"),        // same date: the later entry
                  judgement("R-8.2-01", Result::conformant, ""),
                  judgement("R-8.2-01", Result::partial, "2026-01-01")};
  const std::vector<const Judgement*> j = applicable_judgements(small_checklist(), w, kAsOf);
  REQUIRE(j.size() == 4);
  CHECK(j[0] == &w.judgements[6]);
  CHECK(j[1] == &w.judgements[1]);
  CHECK(j[2] == nullptr);
  CHECK(j[3] == &w.judgements[8]);  // an undated judgement does not outrank a later dated one
  w.judgements.push_back(judgement("R-8.2-01", Result::nonconformant, ""));
  CHECK(applicable_judgements(small_checklist(), w, kAsOf)[3] == &w.judgements[9]);
}
