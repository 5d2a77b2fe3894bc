// The improvement plan over the small fixture, by hand: phases, the findings each workspace action
// addresses, proposed actions for the rest with due dates from the profile's assessment date, the
// order within a phase, and overdue actions (docs/scoring.md, "Improvement plan").
#include "iso20k/score/plan.h"

#include <doctest/doctest.h>

#include "support/small_checklist.h"

using namespace iso20k;
using iso20k::test::small_checklist;

namespace {

std::vector<RequirementResult> results() {
  std::vector<RequirementResult> out(4);
  const char* ids[] = {"R-4.1-01", "R-8.1-01", "R-8.1-02", "R-8.2-01"};
  for (std::size_t i = 0; i < 4; ++i) out[i].requirement = ids[i];
  out[3].partly = {"REC-CHANGES"};  // a record: operation, not documented information
  return out;
}

Finding finding(const std::string& id, const std::string& clause, Grade grade, double weight,
                std::vector<std::string> requirements) {
  Finding f;
  f.id = id;
  f.clause = clause;
  f.grade = grade;
  f.weight = weight;
  f.requirements = std::move(requirements);
  f.recommendation = "Fix " + id + ".";
  return f;
}

Action action(const std::string& id, std::vector<std::string> requirements, ActionStatus status,
              const char* due) {
  Action a;
  a.id = id;
  a.requirements = std::move(requirements);
  a.status = status;
  a.due = parse_date(due);
  a.title = "Do " + id;
  a.owner = "Owner of " + id;
  return a;
}

std::vector<std::string> ids(const std::vector<PlannedAction>& plan) {
  std::vector<std::string> out;
  for (const PlannedAction& p : plan) out.push_back(p.id);
  return out;
}

}  // namespace

TEST_CASE("plan: phases by clause, and for operation clauses by the kind of evidence that is defective") {
  const Checklist& c = small_checklist();
  RequirementResult doc_defect;
  doc_defect.stale = {"REC-INCIDENTS", "DOC-POLICY"};
  RequirementResult record_defect;
  record_defect.absent = {"REC-INCIDENTS"};
  record_defect.targets_missed = {"MET-INC-RESOLVED"};
  CHECK(phase_of(c, "4", nullptr) == 1);
  CHECK(phase_of(c, "5.1.2", &doc_defect) == 1);  // clauses 4-6 first, whatever the evidence
  CHECK(phase_of(c, "6.2", nullptr) == 1);
  CHECK(phase_of(c, "9.2", &doc_defect) == 4);
  CHECK(phase_of(c, "10", nullptr) == 4);
  CHECK(phase_of(c, "8.1", &doc_defect) == 2);
  CHECK(phase_of(c, "8.1", &record_defect) == 3);
  CHECK(phase_of(c, "8.1", nullptr) == 3);
  CHECK(phase_of(c, "40.1", nullptr) == 3);  // the top clause is 40, not 4
  CHECK(std::string(phase_title(1)) == "Foundations: context, leadership, policy and planning");
  CHECK(std::string(phase_title(2)) == "Documented information: policies, plans, processes and agreements");
  CHECK(std::string(phase_title(3)) == "Operation: run the processes and keep their records");
  CHECK(std::string(phase_title(4)) == "Evaluation and improvement: measure, audit, review, improve");
}

TEST_CASE("plan: a proposed action's id comes from its finding's") {
  CHECK(proposed_action_id("F-8.7.2") == "PA-8.7.2");
  CHECK(proposed_action_id("F-8.1-GP") == "PA-8.1-GP");
  CHECK(proposed_action_id("X-1") == "PA-X-1");
}

TEST_CASE("plan: workspace actions address the findings citing their requirements, the rest get proposals") {
  const std::vector<Finding> findings = {finding("F-4.1", "4.1", Grade::minor, 2, {"R-4.1-01"}),
                                         finding("F-8.1", "8.1", Grade::major, 3, {"R-8.1-01", "R-8.1-02"}),
                                         finding("F-8.2", "8.2", Grade::minor, 1.5, {"R-8.2-01"})};
  Workspace w;
  w.profile.assessment_date = parse_date("2026-06-30");
  w.actions = {action("A-2", {"R-8.2-01"}, ActionStatus::cancelled, "2026-01-01"),
               action("A-1", {"R-8.1-02", "R-8.1-01", "R-9-99"}, ActionStatus::in_progress, "2026-06-01"),
               action("A-4", {}, ActionStatus::done, "2020-01-01"),
               action("A-3", {}, ActionStatus::open, "")};
  // Run on a later day: the proposal's due date still counts from the profile's date.
  const std::vector<PlannedAction> plan =
      plan_improvements(small_checklist(), w, results(), findings, *parse_date("2026-07-10"));
  CHECK(ids(plan) == std::vector<std::string>{"PA-4.1", "A-1", "A-2", "A-3", "A-4"});
  const PlannedAction& pa = plan[0];
  CHECK(pa.proposed);
  CHECK(pa.phase == 1);
  CHECK(pa.title == "Fix F-4.1.");
  CHECK(pa.owner.empty());
  CHECK(to_string(*pa.due) == "2026-07-30");  // 2026-06-30 + 30 days × phase 1
  CHECK(pa.grade == Grade::minor);
  CHECK(pa.requirements == std::vector<std::string>{"R-4.1-01"});
  CHECK(pa.findings == std::vector<std::string>{"F-4.1"});
  CHECK_FALSE(pa.overdue);
  const PlannedAction& a1 = plan[1];
  CHECK_FALSE(a1.proposed);
  CHECK(a1.phase == 3);
  CHECK(a1.findings == std::vector<std::string>{"F-8.1"});  // once, though it names two of its requirements
  CHECK(a1.grade == Grade::major);
  CHECK(a1.overdue);  // due 2026-06-01, in progress on 2026-07-10
  CHECK(a1.owner == "Owner of A-1");
  CHECK(a1.requirements == std::vector<std::string>{"R-8.1-02", "R-8.1-01", "R-9-99"});
  const PlannedAction& a2 = plan[2];  // cancelled: still addresses F-8.2, which so gets no proposal
  CHECK(a2.findings == std::vector<std::string>{"F-8.2"});
  CHECK_FALSE(a2.overdue);
  CHECK(plan[3].phase == 4);  // names no requirement
  CHECK_FALSE(plan[3].grade);
  CHECK_FALSE(plan[3].overdue);  // no due date
  CHECK_FALSE(plan[4].overdue);  // done
}

TEST_CASE("plan: within a phase, major before minor before OFI, then the heavier, then by id") {
  std::vector<RequirementResult> res = results();
  res[1].unapproved = {"DOC-POLICY"};  // R-8.1-01: a document's defect makes its finding phase 2
  const std::vector<Finding> findings = {finding("F-8.2", "8.2", Grade::minor, 1.5, {"R-8.2-01"}),
                                         finding("F-8.1-GP", "8.1", Grade::ofi, 5, {"R-8.1-02"}),
                                         finding("F-8.1", "8.1", Grade::minor, 1, {"R-8.1-01"}),
                                         finding("F-8.0", "8", Grade::minor, 1.5, {"R-8.2-01"}),
                                         finding("F-8.9", "8.9", Grade::minor, 2, {})};
  Workspace w;  // no assessment date in the profile: due dates count from the date assessed
  const std::vector<PlannedAction> plan =
      plan_improvements(small_checklist(), w, res, findings, *parse_date("2026-07-10"));
  CHECK(ids(plan) == std::vector<std::string>{"PA-8.1", "PA-8.9", "PA-8.0", "PA-8.2", "PA-8.1-GP"});
  CHECK(to_string(*plan[0].due) == "2026-09-08");  // + 60 days, phase 2
  CHECK(to_string(*plan[1].due) == "2026-10-08");  // + 90 days, phase 3
}
