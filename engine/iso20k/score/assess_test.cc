// Hand-computed assessments of the small fixture checklist (tests/fixtures/checklists/small.xml):
//   R-4.1-01  clause 4.1 (hls)  weight 2    high    DOC-POLICY (mandatory, 7.5.4 b, approval, 12m)
//   R-8.1-01  clause 8.1 (sms)  weight 3    medium  PA1.1 incident  rule: valid(REC-INCIDENTS) && meets_target(MET-INC-RESOLVED)
//   R-8.1-02  clause 8.1        weight 1    medium  PA2.1 incident  MET-INC-RESOLVED (target 90 %, higher)
//   R-8.2-01  clause 8.2        weight 1.5  low     PA1.1 change    REC-CHANGES
#include "iso20k/score/assess.h"

#include <doctest/doctest.h>

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
  for (const Finding& f : a.findings) CHECK(f.requirement != "R-8.2-01");
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

TEST_CASE("findings: severity, process not performed, grades and statements") {
  const Assessment a = assess(fixture_checklist(), baseline());
  REQUIRE(a.findings.size() == 3);
  CHECK(a.findings[0].id == "F-001");
  CHECK(a.findings[0].requirement == "R-8.1-01");
  CHECK(a.findings[0].grade == Grade::major);  // incident PA1.1 rated N: not performed
  CHECK(a.findings[0].grade_reasons.back() == "process 'incident' is not performed (PA1.1 rated N)");
  CHECK(a.findings[1].grade == Grade::minor);
  CHECK(a.findings[2].grade == Grade::minor);  // partial at 50 % on a low-severity requirement
  CHECK(a.finding_counts == std::array<int, 3>{1, 2, 0});
  const std::string& s = a.findings[1].statement;
  CHECK(s.find("Requirement: Test Standard:2024 clause 8.1 Incidents, requirement R-8.1-02:") == 0);
  CHECK(s.find("Nonconformity: Incidents resolved in target (MET-INC-RESOLVED) did not meet its target.") != std::string::npos);
  CHECK(s.find("Objective evidence: MET-INC-RESOLVED: value 85 % vs target 90 %") != std::string::npos);
  CHECK(s.find("Grade: Minor nonconformity (requirement not met; severity medium).") != std::string::npos);
  CHECK(a.findings[1].recommendation ==
        "Analyse why \u2018Incidents resolved in target\u2019 misses its target and act on the causes.");
}

TEST_CASE("grading: mandatory documented information missing makes a major") {
  Workspace w = baseline();
  w.evidence["DOC-POLICY"].status = EvidenceStatus::missing;
  const Assessment a = assess(fixture_checklist(), w);
  REQUIRE(a.findings.size() == 4);
  CHECK(a.findings[0].requirement == "R-4.1-01");
  CHECK(a.findings[0].grade == Grade::major);
  CHECK(a.findings[0].grade_reasons ==
        std::vector<std::string>{"requirement not met; severity high",
                                 "mandatory documented information is missing: Policy (DOC-POLICY)"});
  // The recommendation names the item in the sentence, in lower case.
  CHECK(a.findings[0].recommendation == "Establish and approve the policy.");
}

TEST_CASE("grading: a largely met low-severity requirement is an opportunity for improvement") {
  Workspace w = baseline();
  w.judgements.push_back(judgement("R-8.2-01", Result::partial, 0.9));
  const Assessment a = assess(fixture_checklist(), w);
  CHECK(a.findings.back().requirement == "R-8.2-01");
  CHECK(a.findings.back().grade == Grade::ofi);
  CHECK(a.findings.back().statement.find("\nObservation: ") != std::string::npos);
  CHECK(a.findings.back().recommendation.find("Consider") == 0);
}

TEST_CASE("grading: several minors under one clause make a major (systemic)") {
  Workspace w = baseline();
  // Incident is performed in part (PA1.1 rated L), so neither finding is major on its own.
  w.judgements.push_back(judgement("R-8.1-01", Result::partial, 0.6));
  const Assessment a = assess(fixture_checklist(), w);
  REQUIRE(a.findings.size() == 3);
  // The first stands for the pattern as one major; the other stays minor and points at it.
  CHECK(a.findings[0].grade == Grade::major);
  CHECK(a.findings[0].grade_reasons.back() == "systemic: 2 minor findings under clause 8.1 (F-001, F-002)");
  CHECK(a.findings[1].grade == Grade::minor);
  CHECK(a.findings[1].grade_reasons.back() == "part of the systemic major finding F-001");
  CHECK(a.findings[2].grade == Grade::minor);  // clause 8.2 has one minor only
  CHECK(a.finding_counts == std::array<int, 3>{1, 2, 0});
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

TEST_CASE("readiness: stage 1 when a major or the score blocks stage 2") {
  const Assessment a = assess(fixture_checklist(), baseline());
  CHECK(a.verdict == Verdict::stage1);
  std::vector<std::string> refs;
  for (const Blocker& b : a.blockers) refs.push_back(b.reference);
  CHECK(refs == std::vector<std::string>{"F-001", "score"});
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
  const Assessment a = assess(fixture_checklist(), w);
  REQUIRE(a.plan.size() == 3);  // A-1 plus proposals for F-001 and F-003
  CHECK(a.plan[0].id == "P-001");  // major first within phase 3
  CHECK(a.plan[0].findings == std::vector<std::string>{"F-001"});
  CHECK(a.plan[0].phase == 3);
  CHECK(to_string(*a.plan[0].due) == "2026-09-28");  // as of + 30 days × phase 3
  CHECK(a.plan[1].id == "P-002");  // minor on weight 1.5 before minor on weight 1
  CHECK(a.plan[1].findings == std::vector<std::string>{"F-003"});
  CHECK(a.plan[2].id == "A-1");
  CHECK(a.plan[2].overdue);
  CHECK_FALSE(a.plan[0].overdue);
  CHECK(a.plan[2].findings == std::vector<std::string>{"F-002"});
  CHECK(a.findings[1].action == "A-1");
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
  CHECK(inc.explanation.find("short: PA2.2 not rated") != std::string::npos);
}

TEST_CASE("results.json is byte-identical for identical inputs") {
  const Workspace w = baseline();
  const std::string one = results_to_json(assess(fixture_checklist(), w), fixture_checklist(), w);
  const std::string two = results_to_json(assess(fixture_checklist(), w), fixture_checklist(), w);
  CHECK(one == two);
  CHECK(one.find("\"schema\": \"iso20k-results/1\"") != std::string::npos);
  CHECK(one.find("\"code\": \"stage-1\"") != std::string::npos);
}
