// The findings registers of the demonstration organisations read like an auditor's (issue #11,
// "Done when"): consolidated, no statement twice, nothing against good practice above an
// opportunity for improvement, nothing about evidence nobody has reviewed, ids that survive an
// edit elsewhere, and every finding's grade, basis and id in results.json.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "iso20k/export/results_json.h"
#include "iso20k/reports/render.h"
#include "iso20k/score/assess.h"
#include "support/report_fixture.h"

using namespace iso20k;
using iso20k::reports::test::bundled_checklist;
using iso20k::reports::test::example_workspace;

namespace {

const Requirement& requirement(const Checklist& c, const std::string& id) {
  const Requirement* r = c.find_requirement(id);
  REQUIRE_MESSAGE(r, id);
  return *r;
}

}  // namespace

TEST_CASE("judgement: the demo registers are consolidated, one finding per clause and basis, no statement twice") {
  const Checklist& c = bundled_checklist();
  for (const std::string demo : {"northgate-msp", "harrow-vale-it", "fenwick-cloud"}) {
    CAPTURE(demo);
    const Assessment a = assess(c, example_workspace(demo));
    std::set<std::string> ids, statements, keys;
    for (const Finding& f : a.findings) {
      CAPTURE(f.id);
      CHECK(ids.insert(f.id).second);
      CHECK(statements.insert(f.nonconformity).second);  // no two findings say the same
      CHECK(keys.insert(f.clause + (f.basis == Provenance::good_practice ? "/gp" : "")).second);
      CHECK(f.id == (f.basis == Provenance::good_practice ? "F-" + f.clause + "-GP" : "F-" + f.clause));
      // A finding never lists itself, and cites requirements, never findings.
      for (const std::string& r : f.requirements) CHECK(r.rfind("F-", 0) != 0);
      // Good practice is never graded above an opportunity for improvement, an obligation never below minor.
      if (f.basis == Provenance::good_practice) {
        CHECK(f.grade == Grade::ofi);
        CHECK(f.requirement_text.find("Good practice for clause") == 0);
      } else {
        CHECK(f.grade != Grade::ofi);
        CHECK(f.requirement_text.find("ISO/IEC 20000-1:2018, clause " + f.clause) == 0);
        // Its own requirements are obligations of its clause.
        bool own = false;
        for (const std::string& r : f.requirements) {
          const Requirement& q = requirement(c, r);
          if (q.clause == f.clause) {
            own = true;
            CHECK(q.provenance == Provenance::obligation);
          }
        }
        CHECK(own);
      }
      // No machine tokens in what a reader sees.
      for (const std::string* text : {&f.nonconformity, &f.objective_evidence, &f.recommendation}) {
        CHECK(text->find("satisfied") == std::string::npos);
        CHECK(text->find("status ") == std::string::npos);
        CHECK(text->find("evidence of the interview") == std::string::npos);
      }
    }
    // No more nonconformities than unmet requirements: they are consolidated (opportunities for
    // improvement also come from metrics that only miss a benchmark).
    int unmet = 0;
    for (const RequirementResult& r : a.results) unmet += r.result == Result::partial || r.result == Result::nonconformant;
    CHECK(a.finding_counts[0] + a.finding_counts[1] <= unmet);
  }
  // The figures the demo stories tell (examples/README.md).
  const Assessment northgate = assess(c, example_workspace("northgate-msp"));
  CHECK(northgate.finding_counts == std::array<int, 3>{11, 23, 4});
  const Assessment harrow = assess(c, example_workspace("harrow-vale-it"));
  CHECK(harrow.finding_counts == std::array<int, 3>{5, 13, 17});
  CHECK(harrow.verdict == Verdict::stage2);
}

TEST_CASE("judgement: two documents seen and the rest not yet reviewed give no finding about the rest") {
  const Checklist& c = bundled_checklist();
  Workspace w = example_workspace("northgate-msp");
  w.evidence.clear();
  w.metrics.clear();
  w.judgements.clear();
  w.actions.clear();
  for (const char* id : {"DOC-SMS-SCOPE", "DOC-SM-POLICY"}) {
    EvidenceRecord r;
    r.id = id;
    r.status = EvidenceStatus::seen;
    r.issued = w.profile.assessment_date;
    r.approved_by = "Managing Director";
    w.evidence[id] = r;
  }
  EvidenceRecord asked;  // a request still out with the client
  asked.id = "DOC-SM-PLAN";
  asked.status = EvidenceStatus::requested;
  w.evidence[asked.id] = asked;
  const Assessment a = assess(c, w);
  CHECK(a.findings.empty());
  CHECK(a.overall.coverage < 0.1);
  CHECK(a.verdict == Verdict::not_ready);  // the stage 1 documents are outstanding, not failed
  for (const Blocker& b : a.blockers) {
    if (b.stage == 1) CHECK(b.text.find("has not been provided yet") != std::string::npos);
  }
}

TEST_CASE("judgement: fixing one evidence item keeps every other finding's id") {
  const Checklist& c = bundled_checklist();
  Workspace w = example_workspace("northgate-msp");
  const Assessment before = assess(c, w);
  // The interested parties register turns up and is in order.
  EvidenceRecord& r = w.evidence["DOC-PARTY-REGISTER"];
  r.id = "DOC-PARTY-REGISTER";
  r.status = EvidenceStatus::seen;
  r.issued = w.profile.assessment_date;
  r.approved_by = "Managing Director";
  const Assessment after = assess(c, w);
  std::set<std::string> ids_after;
  for (const Finding& f : after.findings) ids_after.insert(f.id);
  int kept = 0;
  for (const Finding& f : before.findings) {
    if (f.clause == "4.2") continue;  // the clause the register belongs to
    CAPTURE(f.id);
    CHECK(ids_after.count(f.id) == 1);
    ++kept;
  }
  CHECK(kept == static_cast<int>(before.findings.size()) - 1);
  CHECK(ids_after.count("F-4.2") == 0);
  // Proposed actions keep their ids and due dates too.
  std::map<std::string, std::string> due_before;
  for (const PlannedAction& p : before.plan) {
    if (p.proposed) due_before[p.id] = to_string(*p.due);
  }
  for (const PlannedAction& p : after.plan) {
    if (p.proposed && due_before.count(p.id)) CHECK(due_before[p.id] == to_string(*p.due));
  }
}

TEST_CASE("judgement: results.json gives every finding its grade, basis and stable id") {
  const Checklist& c = bundled_checklist();
  const Workspace w = example_workspace("harrow-vale-it");
  const Assessment a = assess(c, w);
  const std::string json = results_to_json(a, c, w);
  for (const Finding& f : a.findings) {
    CAPTURE(f.id);
    const std::string head = "\"id\": \"" + f.id + "\",\n      \"clause\": \"" + f.clause + "\",\n      \"basis\": \"" +
                             to_string(f.basis) + "\"";
    CHECK(json.find(head) != std::string::npos);
  }
  CHECK(json.find("\"grade\": \"ofi\"") != std::string::npos);
  CHECK(json.find("\"basis\": \"good-practice\"") != std::string::npos);
}

TEST_CASE("judgement: a requested entry keeps its status in results.json and the gap report renders it") {
  const Checklist& c = bundled_checklist();
  Workspace w = example_workspace("fenwick-cloud");
  EvidenceRecord& r = w.evidence["DOC-SM-PLAN"];
  r.status = EvidenceStatus::requested;
  const Assessment a = assess(c, w);
  const std::string json = results_to_json(a, c, w);
  const std::size_t at = json.find("\"id\": \"DOC-SM-PLAN\"");
  REQUIRE(at != std::string::npos);
  CHECK(json.find("\"review\": \"outstanding\"", at) < json.find("\"id\":", at + 10));
  CHECK(json.find("\"status\": \"requested\"", at) < json.find("\"id\":", at + 10));
  iso20k::reports::ReportInput input{a, c, w};
  const auto pdf = iso20k::reports::render_report(input, iso20k::reports::test::bundled_template("default"),
                                                  iso20k::reports::ReportKind::gap);
  CHECK(pdf.size() > 1000);
}

TEST_CASE("judgement: a high-severity requirement with its evidence provided but out of date is not 'not met at all'") {
  const Checklist& c = bundled_checklist();
  Workspace w = example_workspace("fenwick-cloud");
  EvidenceRecord& r = w.evidence["DOC-SM-POLICY"];
  r.reviewed = parse_date("2024-01-10");  // far beyond its maximum age
  r.issued = parse_date("2024-01-10");
  const Assessment a = assess(c, w);
  for (const Finding& f : a.findings) {
    for (const std::string& reason : f.grade_reasons) {
      CAPTURE(f.id);
      CHECK(reason.find("not met at all") == std::string::npos);
    }
  }
}
