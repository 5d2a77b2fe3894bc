// Findings over the small fixture, written out in full by hand: the statement in the audit
// convention, each defect's sentence and remedy, where a defect shared by two clauses is reported,
// good practice as an observation, and the grading rules with their reasons (docs/scoring.md,
// "Findings" and "Grading"). The worked example's headline findings are in assess_test.cc.
#include "iso20k/score/findings.h"

#include <doctest/doctest.h>

#include "iso20k/rules/register_index.h"
#include "iso20k/score/capability.h"
#include "iso20k/score/evidence_review.h"
#include "iso20k/score/requirement_scoring.h"
#include "support/small_checklist.h"

using namespace iso20k;
using iso20k::test::small_baseline;
using iso20k::test::small_checklist;

namespace {

const Date kAsOf = *parse_date("2026-06-30");

// The stages before grading, as assess() runs them.
std::vector<Finding> findings_of(const Workspace& w, const Checklist& c = small_checklist()) {
  const std::vector<ItemReview> reviews = review_evidence(c, w, kAsOf);
  const std::vector<const Judgement*> judgements = applicable_judgements(c, w, kAsOf);
  const rules::RegisterIndex registers(c, w, kAsOf);
  const rules::EvalContext ctx{c, w, kAsOf, &registers};
  std::vector<RequirementResult> results;
  for (std::size_t i = 0; i < c.requirements.size(); ++i) {
    results.push_back(score_requirement(c.requirements[i], ctx, reviews, judgements[i]));
  }
  return grade_findings(c, w, reviews, results, rate_capability(c, w, results));
}

Finding only(const std::vector<Finding>& findings, const std::string& id) {
  for (const Finding& f : findings) {
    if (f.id == id) return f;
  }
  FAIL("no finding " << id);
  throw;
}

std::vector<std::string> ids(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.id);
  return out;
}

// The baseline with the incident metric on target: only the policy's requirement is looked at.
Workspace policy_story() {
  Workspace w = small_baseline();
  w.metrics["MET-INC-RESOLVED"].value = 95;
  w.evidence["REC-CHANGES"].status = EvidenceStatus::seen;
  return w;
}

// The fixture with R-4.1-01 of medium severity, so that its grade follows from the defect alone.
Checklist medium_policy() {
  Checklist c = small_checklist();
  c.requirements[0].severity = Severity::medium;
  return c;
}

}  // namespace

TEST_CASE("findings: ids from the clause and the basis") {
  CHECK(finding_id("8.7.2", Provenance::obligation) == "F-8.7.2");
  CHECK(finding_id("8.7.2", Provenance::good_practice) == "F-8.7.2-GP");
}

TEST_CASE("findings: the full statement of a minor nonconformity") {
  const std::vector<Finding> findings = findings_of(small_baseline());
  CHECK(ids(findings) == std::vector<std::string>{"F-8.1", "F-8.2"});
  const Finding f = only(findings, "F-8.2");
  CHECK(f.clause == "8.2");
  CHECK(f.requirements == std::vector<std::string>{"R-8.2-01"});
  CHECK(f.processes == std::vector<std::string>{"change"});
  CHECK(f.weight == 1.5);
  CHECK(f.requirement_text == "Test Standard:2024, clause 8.2 Changes. R-8.2-01: Changes are approved before deployment.");
  CHECK(f.nonconformity == "The change records were provided only in part.");
  CHECK(f.objective_evidence == "Change records: provided in part, reviewed 2026-05-01.");
  CHECK(f.recommendation == "Complete the change records.");
  CHECK(f.statement ==
        "Requirement: Test Standard:2024, clause 8.2 Changes. R-8.2-01: Changes are approved before deployment.\n"
        "Nonconformity: The change records were provided only in part.\n"
        "Objective evidence: Change records: provided in part, reviewed 2026-05-01.\n"
        "Grade: Minor nonconformity (the gap does not on its own put in doubt that the system achieves its intended "
        "results).");
  // F-8.1: the metric's defect once, then what else its requirements cite that was reviewed.
  CHECK(only(findings, "F-8.1").objective_evidence ==
        "Incidents resolved in target: 85 %; organisation's target 90 %; Incident records: reviewed 2026-05-01.");
}

TEST_CASE("findings: what is wrong with a document, in words, and the step that remedies it") {
  const auto finding_for = [](void (*edit)(EvidenceRecord&)) {
    Workspace w = policy_story();
    edit(w.evidence["DOC-POLICY"]);
    const std::vector<Finding> f = findings_of(w, medium_policy());
    REQUIRE(f.size() == 1);
    CHECK(f[0].id == "F-4.1");
    CHECK(f[0].grade == Grade::minor);
    return f[0].nonconformity + " | " + f[0].recommendation;
  };
  CHECK(finding_for([](EvidenceRecord& r) {
          r.approved_by.clear();
          r.version = "0.3";
        }) == "The policy was provided as version 0.3, not approved. | Have the policy approved by its authority.");
  CHECK(finding_for([](EvidenceRecord& r) { r.reviewed = parse_date("2025-06-01"); }) ==
        "The policy was last reviewed on 2025-06-01, more than 12 months before the assessment date. | Review and "
        "update the policy.");
  CHECK(finding_for([](EvidenceRecord& r) {
          r.reviewed.reset();
          r.issued = parse_date("2025-01-15");
        }) == "The policy was last issued on 2025-01-15, more than 12 months before the assessment date. | Review and "
              "update the policy.");
  CHECK(finding_for([](EvidenceRecord& r) { r.expires = parse_date("2026-06-01"); }) ==
        "The policy expired on 2026-06-01. | Renew the policy.");
  CHECK(finding_for([](EvidenceRecord& r) {
          r.approved_by.clear();
          r.reviewed = parse_date("2025-06-01");
        }) == "The policy is not approved and was last reviewed on 2025-06-01, more than 12 months before the "
              "assessment date. | Review and update the policy. Have the policy approved by its authority.");
}

TEST_CASE("findings: the objective evidence lists what the register says of a reviewed item") {
  Workspace w = policy_story();
  EvidenceRecord& r = w.evidence["DOC-POLICY"];
  r.reference = "POL-01";
  r.version = "2.0";
  r.issued = parse_date("2024-12-01");
  r.expires = parse_date("2026-01-31");
  r.owner = "COO";
  r.notes = "Signed copy on the intranet. ";
  const std::vector<Finding> f = findings_of(w, medium_policy());
  REQUIRE(f.size() == 1);
  CHECK(f[0].objective_evidence ==
        "Policy: POL-01, version 2.0, issued 2024-12-01, reviewed 2026-01-10, expires 2026-01-31, approved by CEO, "
        "owner COO (notes: Signed copy on the intranet).");
}

TEST_CASE("findings: singular and plural titles take their verb, acronyms keep their case") {
  const auto sentence_for = [](const char* title) {
    Checklist c = small_checklist();
    c.evidence[3].title = title;  // REC-CHANGES, provided in part in the baseline
    c.reindex();
    return only(findings_of(small_baseline(), c), "F-8.2").nonconformity;
  };
  CHECK(sentence_for("Change records") == "The change records were provided only in part.");
  CHECK(sentence_for("Change process") == "The change process was provided only in part.");
  CHECK(sentence_for("Change status") == "The change status was provided only in part.");
  CHECK(sentence_for("Impact analysis") == "The impact analysis was provided only in part.");
  CHECK(sentence_for("Evaluation of changes") == "The evaluation of changes was provided only in part.");
  CHECK(sentence_for("Reviews of changes") == "The reviews of changes were provided only in part.");
  CHECK(sentence_for("Schedule and calendar") == "The schedule and calendar were provided only in part.");
  CHECK(sentence_for("Change record(s)") == "The change record(s) were provided only in part.");
  CHECK(sentence_for("CAB minutes") == "The CAB minutes were provided only in part.");
  CHECK(sentence_for("SMS change log") == "The SMS change log was provided only in part.");
}

TEST_CASE("findings: an interview or observation did not show it, and the step is to put it in place") {
  Checklist c = small_checklist();
  c.evidence[3].kind = EvidenceKind::interview;
  c.evidence[3].title = "Interview with the change manager";
  c.reindex();
  Workspace w = small_baseline();
  const Finding partly = only(findings_of(w, c), "F-8.2");
  CHECK(partly.nonconformity == "The interview with the change manager showed it only in part.");
  CHECK(partly.recommendation == "Put in place, and be able to show, what R-8.2-01 asks.");
  w.evidence["REC-CHANGES"].status = EvidenceStatus::missing;
  const Finding absent = only(findings_of(w, c), "F-8.2");
  CHECK(absent.nonconformity == "The interview with the change manager did not show that it is in place.");
  CHECK(absent.objective_evidence == "Interview with the change manager: looked for and not found, reviewed 2026-05-01.");
}

TEST_CASE("findings: the assessor's judgement stands in its own clause's finding, in the assessor's words") {
  Workspace w = small_baseline();
  Judgement j;
  j.requirement = "R-8.2-01";
  j.result = Result::nonconformant;
  j.justification = "no CAB minutes for the sampled changes";
  j.assessor = "A. Assessor";
  j.date = parse_date("2026-06-29");
  w.judgements.push_back(j);
  const Finding f = only(findings_of(w), "F-8.2");
  CHECK(f.nonconformity == "No CAB minutes for the sampled changes.");
  CHECK(f.objective_evidence == "Change records: provided in part, reviewed 2026-05-01; Assessor's judgement on R-8.2-01 "
                                "by A. Assessor on 2026-06-29.");
  CHECK(f.recommendation == "Put in place, and be able to show, what R-8.2-01 asks.");
  // Change management's PA1.1 rests on R-8.2-01, judged 0 %: not performed.
  CHECK(f.grade == Grade::major);
  CHECK(f.grade_reasons ==
        std::vector<std::string>{"the change management process is not performed (process performance not achieved)"});
}

TEST_CASE("findings: a defect shared by two clauses is reported once, in the item's home clause") {
  Checklist c = small_checklist();
  c.requirements[0].evidence.push_back("REC-CHANGES");  // R-4.1-01 (clause 4.1) now cites it too
  c.reindex();
  // REC-CHANGES is cited once by 4.1 and once by 8.2: the tie goes to 4.1, first in checklist order.
  const std::vector<Finding> findings = findings_of(small_baseline(), c);
  CHECK(ids(findings) == std::vector<std::string>{"F-4.1", "F-8.1"});
  const Finding& f = findings[0];
  CHECK(f.requirements == std::vector<std::string>{"R-4.1-01", "R-8.2-01"});
  CHECK(f.processes == std::vector<std::string>{"change"});
  CHECK(f.weight == 2);
  CHECK(f.requirement_text ==
        "Test Standard:2024, clause 4.1 Policy. R-4.1-01: A policy exists and is approved. The same evidence also "
        "bears on R-8.2-01.");
  CHECK(f.nonconformity == "The change records were provided only in part.");
  CHECK(f.grade == Grade::minor);  // R-4.1-01 is high severity but met in part, not "not at all"
}

TEST_CASE("findings: several separate gaps behind half the clause's obligations are systemic") {
  Workspace w = small_baseline();
  w.evidence["REC-INCIDENTS"].reviewed = parse_date("2026-01-02");  // 179 days: stale (max 3 months)
  const Finding f = only(findings_of(w), "F-8.1");
  CHECK(f.nonconformity ==
        "The incident records were last reviewed on 2026-01-02, more than 3 months before the assessment date. "
        "‘Incidents resolved in target’ was 85 % against the organisation's target of 90 %.");
  CHECK(f.grade == Grade::major);
  CHECK(f.grade_reasons ==
        std::vector<std::string>{"the incident management process is not performed (process performance not achieved)",
                                 "systemic: 2 separate gaps leave 2 of the clause's 2 assessed requirements unmet"});
  CHECK(f.recommendation ==
        "Review and update the incident records. Analyse why ‘Incidents resolved in target’ misses the organisation's "
        "target and act on the causes.");
}

TEST_CASE("findings: unmet good practice is an opportunity for improvement, never a nonconformity") {
  Checklist c = small_checklist();
  c.requirements[3].provenance = Provenance::good_practice;  // R-8.2-01
  c.requirements[3].practice_source = "itil";
  const Finding f = only(findings_of(small_baseline(), c), "F-8.2-GP");
  CHECK(f.basis == Provenance::good_practice);
  CHECK(f.grade == Grade::ofi);
  CHECK(f.recommendation == "Consider how the arrangements for clause 8.2 Changes could be strengthened.");
  CHECK(f.statement ==
        "Area: Good practice for clause 8.2 Changes (not a requirement of Test Standard:2024). R-8.2-01: Changes are "
        "approved before deployment.\n"
        "Observation: The change records were provided only in part.\n"
        "Objective evidence: Change records: provided in part, reviewed 2026-05-01.\n"
        "Grade: Opportunity for improvement (good practice beyond the requirements of the standard).");
}

TEST_CASE("findings: a gap without a defective item says what the evidence does not show") {
  const Checklist& c = small_checklist();
  Workspace w = policy_story();
  const std::vector<ItemReview> reviews = review_evidence(c, w, kAsOf);
  std::vector<RequirementResult> results(4);
  for (std::size_t i = 0; i < 4; ++i) {
    results[i].requirement = c.requirements[i].id;
    results[i].result = Result::conformant;
    results[i].achievement = 1;
    results[i].basis = Basis::rule;
  }
  results[3].result = Result::nonconformant;  // R-8.2-01: its rule failed, its records are in order
  results[3].achievement = 0.25;
  const std::vector<Finding> f = grade_findings(c, w, reviews, results, {});
  REQUIRE(f.size() == 1);
  CHECK(f[0].nonconformity ==
        "The evidence reviewed does not show that changes are approved before deployment (R-8.2-01, 25% achieved).");
  CHECK(f[0].objective_evidence == "Change records: reviewed 2026-05-01.");
  CHECK(f[0].recommendation == "Put in place, and be able to show, what R-8.2-01 asks.");
}
