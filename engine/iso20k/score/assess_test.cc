// Hand-computed assessments of the small fixture checklist (tests/fixtures/checklists/small.xml):
//   R-4.1-01  clause 4.1 (hls)  weight 2    high    DOC-POLICY (mandatory, 7.5.4 b, approval, 12m)
//   R-8.1-01  clause 8.1 (sms)  weight 3    medium  PA1.1 incident  rule: valid(REC-INCIDENTS) && meets_target(MET-INC-RESOLVED)
//   R-8.1-02  clause 8.1        weight 1    medium  PA2.1 incident  MET-INC-RESOLVED (target 90 %, higher)
//   R-8.2-01  clause 8.2        weight 1.5  low     PA1.1 change    REC-CHANGES
#include "iso20k/score/assess.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "iso20k/export/results_json.h"
#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/score/capability.h"

using namespace iso20k;

namespace {

const Checklist& fixture_checklist() {
  static const Checklist c = [] {
    ChecklistLoad l = load_checklist(std::string(ISO20K_SOURCE_DIR) + "/tests/fixtures/checklists/small.xml");
    REQUIRE(l.checklist);
    return *l.checklist;
  }();
  return c;
}

EvidenceRecord record(const std::string& id, EvidenceStatus status, const char* reviewed,
                      const char* approved_by = "") {
  EvidenceRecord r;
  r.id = id;
  r.status = status;
  r.reviewed = parse_date(reviewed);
  r.approved_by = approved_by;
  return r;
}

// The baseline story: policy fine, incident metric below target, change records partly seen.
Workspace baseline() {
  Workspace w;
  w.profile.organisation = "Fixture Ltd";
  w.profile.assessment_date = parse_date("2026-06-30");
  w.evidence["DOC-POLICY"] = record("DOC-POLICY", EvidenceStatus::seen, "2026-01-10", "CEO");
  w.evidence["REC-INCIDENTS"] = record("REC-INCIDENTS", EvidenceStatus::seen, "2026-05-01");
  w.evidence["REC-CHANGES"] = record("REC-CHANGES", EvidenceStatus::partial, "2026-05-01");
  MetricRecord m;
  m.id = "MET-INC-RESOLVED";
  m.value = 85;
  m.target = 90;  // the organisation's own target: conformity is judged against it
  w.metrics[m.id] = m;
  w.profile.target_levels["incident"] = 2;
  return w;
}

const RequirementResult& result(const Assessment& a, const std::string& id) {
  for (const RequirementResult& r : a.results) {
    if (r.requirement == id) return r;
  }
  FAIL("no result for " << id);
  throw;
}

const Rollup& clause(const Assessment& a, const std::string& n) {
  for (const ClauseScore& c : a.clauses) {
    if (c.clause == n) return c.rollup;
  }
  FAIL("no clause " << n);
  throw;
}

Judgement judgement(const std::string& req, Result r, std::optional<double> achievement = {}) {
  Judgement j;
  j.requirement = req;
  j.result = r;
  j.achievement = achievement;
  j.justification = "Seen in the sample of ten tickets.";
  j.assessor = "A. Assessor";
  j.date = parse_date("2026-06-29");
  return j;
}

}  // namespace

TEST_CASE("weighted model: requirement results and every roll-up, computed by hand") {
  const Assessment a = assess(fixture_checklist(), baseline());
  CHECK(result(a, "R-4.1-01").result == Result::conformant);
  CHECK(result(a, "R-4.1-01").basis == Basis::evidence);
  CHECK(result(a, "R-8.1-01").result == Result::nonconformant);
  CHECK(result(a, "R-8.1-01").basis == Basis::rule);
  CHECK(result(a, "R-8.1-01").targets_missed == std::vector<std::string>{"MET-INC-RESOLVED"});
  CHECK(result(a, "R-8.1-02").result == Result::nonconformant);
  CHECK(result(a, "R-8.2-01").result == Result::partial);
  CHECK(result(a, "R-8.2-01").achievement == doctest::Approx(0.5));
  // (2·1 + 3·0 + 1·0 + 1.5·0.5) / 7.5
  CHECK(a.overall.score == doctest::Approx(2.75 / 7.5));
  CHECK(a.overall.coverage == doctest::Approx(1.0));
  CHECK(a.overall.counts == std::array<int, 5>{1, 1, 2, 0, 0});
  CHECK(clause(a, "4").score == doctest::Approx(1.0));
  CHECK(clause(a, "8").score == doctest::Approx(0.75 / 5.5));
  CHECK(clause(a, "8.1").score == doctest::Approx(0.0));
  CHECK(clause(a, "8.2").score == doctest::Approx(0.5));
  CHECK(a.hls.score == doctest::Approx(1.0));
  CHECK(a.sms.score == doctest::Approx(0.75 / 5.5));
  CHECK(a.processes[0].process == "incident");
  CHECK(a.processes[0].rollup.score == doctest::Approx(0.0));
  CHECK(a.processes[1].rollup.score == doctest::Approx(0.5));
}

TEST_CASE("flat and absolute models count only full conformance") {
  AssessOptions flat;
  flat.model = ScoringModel::flat;
  CHECK(assess(fixture_checklist(), baseline(), flat).overall.score == doctest::Approx(2.0 / 7.5));
  AssessOptions absolute;
  absolute.model = ScoringModel::absolute;
  const Assessment a = assess(fixture_checklist(), baseline(), absolute);
  CHECK(a.overall.score == doctest::Approx(0.0));
  CHECK(clause(a, "4").score == doctest::Approx(1.0));
}

TEST_CASE("not assessed is reported as coverage, never as a pass or a fail") {
  Workspace w = baseline();
  w.evidence.erase("REC-CHANGES");
  const Assessment a = assess(fixture_checklist(), w);
  CHECK(result(a, "R-8.2-01").result == Result::not_assessed);
  CHECK(a.overall.score == doctest::Approx(2.0 / 6.0));
  CHECK(a.overall.coverage == doctest::Approx(6.0 / 7.5));
  CHECK(clause(a, "8.2").coverage == doctest::Approx(0.0));
  CHECK(clause(a, "8.2").score == doctest::Approx(0.0));
  // No finding for what was not assessed.
  for (const Finding& f : a.findings) {
    CHECK(std::find(f.requirements.begin(), f.requirements.end(), "R-8.2-01") == f.requirements.end());
  }
}

TEST_CASE("an assessor judgement overrides the rule and carries its justification") {
  Workspace w = baseline();
  w.judgements.push_back(judgement("R-8.1-01", Result::conformant));
  const Assessment a = assess(fixture_checklist(), w);
  const RequirementResult& r = result(a, "R-8.1-01");
  CHECK(r.result == Result::conformant);
  CHECK(r.basis == Basis::judgement);
  CHECK(r.explanation == "Assessor judgement by A. Assessor on 2026-06-29: Seen in the sample of ten tickets.");
  CHECK(a.overall.score == doctest::Approx(5.75 / 7.5));
}

TEST_CASE("the latest judgement of a requirement wins") {
  Workspace w = baseline();
  Judgement later = judgement("R-8.1-01", Result::partial, 0.25);
  later.date = parse_date("2026-06-30");
  w.judgements.push_back(later);
  w.judgements.push_back(judgement("R-8.1-01", Result::conformant));  // earlier date, later in file
  const Assessment a = assess(fixture_checklist(), w);
  CHECK(result(a, "R-8.1-01").result == Result::partial);
  CHECK(result(a, "R-8.1-01").achievement == doctest::Approx(0.25));
}

TEST_CASE("findings: one per clause, graded by the documented rules, with statements in words") {
  const Assessment a = assess(fixture_checklist(), baseline());
  REQUIRE(a.findings.size() == 2);
  const Finding& inc = a.findings[0];
  CHECK(inc.id == "F-8.1");
  CHECK(inc.basis == Provenance::obligation);
  CHECK(inc.requirements == std::vector<std::string>{"R-8.1-01", "R-8.1-02"});
  CHECK(inc.grade == Grade::major);
  // Incident's PA1.1 rests on R-8.1-01 alone, achieved 0 %: not performed. Both requirements of
  // the clause are unmet, but by one defect: not systemic (the fixture counts two gaps as systemic).
  CHECK(inc.grade_reasons ==
        std::vector<std::string>{"the incident management process is not performed (process performance not achieved)"});
  // The metric defect appears once although both requirements cite it.
  CHECK(inc.nonconformity == "‘Incidents resolved in target’ was 85 % against the organisation's target of 90 %.");
  CHECK(inc.statement.find("Requirement: Test Standard:2024, clause 8.1 Incidents. R-8.1-01: ") == 0);
  CHECK(inc.objective_evidence.find("Incidents resolved in target: 85 %; organisation's target 90 %") != std::string::npos);
  CHECK(inc.recommendation == "Analyse why ‘Incidents resolved in target’ misses the organisation's target and act on the causes.");
  const Finding& chg = a.findings[1];
  CHECK(chg.id == "F-8.2");
  // A partly met obligation of low severity stays a nonconformity: never downgraded to an OFI.
  CHECK(chg.grade == Grade::minor);
  CHECK(chg.nonconformity == "The change records were provided only in part.");
  CHECK(a.finding_counts == std::array<int, 3>{1, 1, 0});
}

TEST_CASE("grading: absent mandatory documented information makes a major, reported once") {
  Workspace w = baseline();
  w.evidence["DOC-POLICY"].status = EvidenceStatus::missing;
  const Assessment a = assess(fixture_checklist(), w);
  REQUIRE(a.findings.size() == 3);
  CHECK(a.findings[0].id == "F-4.1");
  CHECK(a.findings[0].grade == Grade::major);
  CHECK(a.findings[0].grade_reasons ==
        std::vector<std::string>{"mandatory documented information is absent: policy",
                                 "a high-severity requirement is not met at all (R-4.1-01)"});
  CHECK(a.findings[0].nonconformity == "The policy was not provided.");
  CHECK(a.findings[0].recommendation == "Establish and approve the policy.");
}

TEST_CASE("evidence not yet reviewed never makes a finding, confirmed absence does") {
  Workspace w = baseline();
  w.evidence["REC-CHANGES"].status = EvidenceStatus::requested;  // still out with the client
  Assessment a = assess(fixture_checklist(), w);
  CHECK(result(a, "R-8.2-01").result == Result::not_assessed);
  CHECK(result(a, "R-8.2-01").outstanding == std::vector<std::string>{"REC-CHANGES"});
  CHECK(a.findings.size() == 1);
  w.evidence["REC-CHANGES"].status = EvidenceStatus::missing;  // looked for, not found
  a = assess(fixture_checklist(), w);
  CHECK(result(a, "R-8.2-01").result == Result::nonconformant);
  REQUIRE(a.findings.size() == 2);
  CHECK(a.findings[1].nonconformity == "The change records were not provided.");
}

TEST_CASE("evidence issued after the assessment date does not exist for that assessment") {
  Workspace w = baseline();
  w.evidence["REC-CHANGES"].status = EvidenceStatus::seen;
  w.evidence["REC-CHANGES"].issued = parse_date("2026-07-15");  // after 2026-06-30
  const Assessment a = assess(fixture_checklist(), w);
  CHECK(result(a, "R-8.2-01").result == Result::not_assessed);
  CHECK(a.evidence[static_cast<std::size_t>(fixture_checklist().find_evidence("REC-CHANGES") - fixture_checklist().evidence.data())].issued_after);
}

TEST_CASE("a metric without a target of the organisation: conformity stands, the benchmark gives an OFI") {
  Workspace w = baseline();
  w.metrics["MET-INC-RESOLVED"].target.reset();  // 85 % against the checklist's default of 90 %
  const Assessment a = assess(fixture_checklist(), w);
  CHECK(result(a, "R-8.1-01").result == Result::conformant);
  CHECK(result(a, "R-8.1-02").result == Result::conformant);
  CHECK(result(a, "R-8.1-02").benchmarks_missed == std::vector<std::string>{"MET-INC-RESOLVED"});
  REQUIRE(a.findings.size() == 2);
  CHECK(a.findings[0].id == "F-8.1-GP");
  CHECK(a.findings[0].grade == Grade::ofi);
  CHECK(a.findings[0].nonconformity ==
        "‘Incidents resolved in target’ was 85 %; the organisation has set no target of its own, and the "
        "benchmark of this checklist is 90 %.");
}

TEST_CASE("finding ids stay when other evidence changes") {
  Workspace w = baseline();
  const Assessment before = assess(fixture_checklist(), w);
  w.evidence["DOC-POLICY"].status = EvidenceStatus::missing;
  const Assessment after = assess(fixture_checklist(), w);
  std::vector<std::string> ids_before, ids_after;
  for (const Finding& f : before.findings) ids_before.push_back(f.id);
  for (const Finding& f : after.findings) ids_after.push_back(f.id);
  CHECK(ids_before == std::vector<std::string>{"F-8.1", "F-8.2"});
  CHECK(ids_after == std::vector<std::string>{"F-4.1", "F-8.1", "F-8.2"});
  CHECK(before.plan.back().id == "PA-8.2");
}

TEST_CASE("readiness: not ready without the stage 1 documents") {
  Workspace w = baseline();
  w.evidence["DOC-POLICY"].status = EvidenceStatus::missing;
  const Assessment a = assess(fixture_checklist(), w);
  CHECK(a.verdict == Verdict::not_ready);
  REQUIRE(!a.blockers.empty());
  CHECK(a.blockers[0].stage == 1);
  CHECK(a.blockers[0].reference == "DOC-POLICY");
}

TEST_CASE("readiness: the score blocks stage 2 and a major blocks the certification decision, not the audit") {
  const Assessment a = assess(fixture_checklist(), baseline());
  CHECK(a.verdict == Verdict::stage1);
  std::vector<std::string> refs;
  std::vector<int> stages;
  for (const Blocker& b : a.blockers) {
    refs.push_back(b.reference);
    stages.push_back(b.stage);
  }
  CHECK(refs == std::vector<std::string>{"score", "F-8.1"});
  CHECK(stages == std::vector<int>{2, 3});
  CHECK(a.concerns.empty());  // F-8.1 is in clause 8, not an area of concern for stage 1
}

TEST_CASE("readiness does not depend on the scoring model") {
  Workspace w = baseline();
  w.judgements.push_back(judgement("R-8.1-01", Result::conformant));
  AssessOptions absolute;
  absolute.model = ScoringModel::absolute;
  CHECK(assess(fixture_checklist(), w).verdict == assess(fixture_checklist(), w, absolute).verdict);
}

TEST_CASE("readiness: stage 2 with no major, score and coverage above the thresholds") {
  Workspace w = baseline();
  w.judgements.push_back(judgement("R-8.1-01", Result::conformant));
  const Assessment a = assess(fixture_checklist(), w);
  CHECK(a.overall.score >= 0.75);
  CHECK(a.verdict == Verdict::stage2);
  CHECK(a.blockers.empty());
}

TEST_CASE("readiness: coverage below the threshold blocks stage 2") {
  Workspace w = baseline();
  w.judgements.push_back(judgement("R-8.1-01", Result::conformant));
  w.judgements.push_back(judgement("R-8.1-02", Result::conformant));
  w.evidence.erase("REC-CHANGES");  // 6 of 7.5 weight assessed: 80 % < 90 %
  const Assessment a = assess(fixture_checklist(), w);
  CHECK(a.overall.score == doctest::Approx(1.0));
  CHECK(a.verdict == Verdict::stage1);
  REQUIRE(a.blockers.size() == 1);
  CHECK(a.blockers[0].reference == "coverage");
}

TEST_CASE("improvement plan: workspace actions, proposed actions, phases, overdue") {
  Workspace w = baseline();
  Action act;
  act.id = "A-1";
  act.requirements = {"R-8.1-02"};
  act.title = "Improve first-line resolution";
  act.owner = "Service desk lead";
  act.due = parse_date("2026-06-01");
  act.status = ActionStatus::in_progress;
  w.actions.push_back(act);
  AssessOptions later;
  later.as_of = parse_date("2026-07-10");  // run again later: proposed due dates do not move
  const Assessment a = assess(fixture_checklist(), w, later);
  REQUIRE(a.plan.size() == 2);  // A-1 addresses F-8.1 (it cites R-8.1-02); a proposal for F-8.2
  CHECK(a.plan[0].id == "A-1");  // major first within phase 3
  CHECK(a.plan[0].findings == std::vector<std::string>{"F-8.1"});
  CHECK(a.plan[0].overdue);
  CHECK(a.plan[1].id == "PA-8.2");
  CHECK(a.plan[1].findings == std::vector<std::string>{"F-8.2"});
  CHECK(a.plan[1].phase == 3);
  CHECK(to_string(*a.plan[1].due) == "2026-09-28");  // the profile's 2026-06-30 + 30 days × phase 3
  CHECK_FALSE(a.plan[1].overdue);
  CHECK(a.findings[0].action == "A-1");
  CHECK(a.findings[1].action == "PA-8.2");
}

// A direct encoding of ISO/IEC 33020's level rule, written independently of capability_level().
int level_by_definition(const std::array<Rating, kAttributeCount>& r) {
  auto lf = [](Rating x) { return x == Rating::L || x == Rating::F; };
  auto f = [](Rating x) { return x == Rating::F; };
  const Rating pa11 = r[0], pa21 = r[1], pa22 = r[2], pa31 = r[3], pa32 = r[4], pa41 = r[5],
               pa42 = r[6], pa51 = r[7], pa52 = r[8];
  if (!lf(pa11)) return 0;
  if (!(f(pa11) && lf(pa21) && lf(pa22))) return 1;
  if (!(f(pa21) && f(pa22) && lf(pa31) && lf(pa32))) return 2;
  if (!(f(pa31) && f(pa32) && lf(pa41) && lf(pa42))) return 3;
  if (!(f(pa41) && f(pa42) && lf(pa51) && lf(pa52))) return 4;
  return 5;
}

TEST_CASE("capability level: every combination of attribute ratings matches the standard's rule") {
  std::array<AttributeRating, kAttributeCount> attrs{};
  std::array<Rating, kAttributeCount> ratings{};
  int checked = 0, mismatches = 0;
  for (int code = 0; code < (1 << (2 * kAttributeCount)); ++code) {
    for (int k = 0; k < kAttributeCount; ++k) {
      ratings[static_cast<std::size_t>(k)] = static_cast<Rating>((code >> (2 * k)) & 3);
      attrs[static_cast<std::size_t>(k)] = {static_cast<Attribute>(k), true, 0,
                                            ratings[static_cast<std::size_t>(k)], 1};
    }
    mismatches += capability_level(attrs) != level_by_definition(ratings);
    ++checked;
  }
  CHECK(checked == 262144);
  CHECK(mismatches == 0);
}

TEST_CASE("capability: unrated attributes cannot be claimed — ratings use the checklist bands") {
  const RatingBands b;
  CHECK(rate(0.15, b) == Rating::N);
  CHECK(rate(0.151, b) == Rating::P);
  CHECK(rate(0.5, b) == Rating::P);
  CHECK(rate(0.85, b) == Rating::L);
  CHECK(rate(0.86, b) == Rating::F);
  // Boundaries reached through sums belong to the lower band too.
  CHECK(rate(0.1 + 0.05, b) == Rating::N);          // 0.15000000000000002
  CHECK(rate(0.7 + 0.15, b) == Rating::L);          // 0.85 (0.8499999999999999)
  CHECK(rate(3 * 0.05 + 1e-12, b) == Rating::N);
  CHECK(rate(0.5001, b) == Rating::L);
  std::array<AttributeRating, kAttributeCount> attrs{};
  for (int k = 0; k < kAttributeCount; ++k) attrs[static_cast<std::size_t>(k)] = {static_cast<Attribute>(k), true, 1, Rating::F, 1};
  CHECK(capability_level(attrs) == 5);
  attrs[5].rated = false;  // PA4.1 not evidenced
  CHECK(capability_level(attrs) == 3);
}

TEST_CASE("capability per process with target and gap") {
  Workspace w = baseline();
  w.judgements.push_back(judgement("R-8.1-01", Result::conformant));
  w.metrics["MET-INC-RESOLVED"].value = 95;
  const Assessment a = assess(fixture_checklist(), w);
  const ProcessCapability& inc = a.capability[0];
  CHECK(inc.attributes[0].rating == Rating::F);
  CHECK(inc.attributes[1].rating == Rating::F);
  CHECK_FALSE(inc.attributes[2].rated);  // no PA2.2 requirement in the fixture
  CHECK(inc.level == 1);
  CHECK(inc.target_level == 2);
  CHECK(inc.gap == 1);
  CHECK(inc.explanation.find("Level 2 (managed) is not reached: work product management is not rated (nothing assessed).") !=
        std::string::npos);
}

TEST_CASE("results.json is byte-identical for identical inputs") {
  const Workspace w = baseline();
  const std::string one = results_to_json(assess(fixture_checklist(), w), fixture_checklist(), w);
  const std::string two = results_to_json(assess(fixture_checklist(), w), fixture_checklist(), w);
  CHECK(one == two);
  CHECK(one.find("\"schema\": \"iso20k-results/2\"") != std::string::npos);
  CHECK(one.find("\"code\": \"stage-1\"") != std::string::npos);
}
