// The improvement plan: how many actions are open, overdue, done and proposed; then the four phases
// in order, each action with the grade of what it addresses, its owner (or "To be assigned"), due date
// (flagged when overdue), status and progress, and the findings it addresses.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/gap_sections.h"
#include "support/content_probe.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

using Rows = std::vector<std::vector<std::string>>;

PlannedAction action(const std::string& id, int phase, const std::string& title, const std::string& owner,
                     std::optional<Date> due, ActionStatus status, int progress) {
  PlannedAction p;
  p.id = id;
  p.phase = phase;
  p.title = title;
  p.owner = owner;
  p.due = due;
  p.status = status;
  p.progress = progress;
  return p;
}

// Four actions in phases 1 and 3: one in progress for a major finding, one proposed for a minor
// without owner or date, one overdue, one done.
ReportInput planned() {
  ReportInput in = test::example_input("northgate-msp");
  PlannedAction scope = action("PA-1", 1, "Approve the SMS scope", "CEO", date_from_ymd(2026, 3, 31), ActionStatus::in_progress, 40);
  scope.grade = Grade::major;
  scope.findings = {"F-4.3"};
  PlannedAction policy = action("PA-2", 1, "Write the policy", "", std::nullopt, ActionStatus::open, 0);
  policy.proposed = true;
  policy.grade = Grade::minor;
  PlannedAction ops = action("PA-3", 3, "Run the incident reviews", "Ops", date_from_ymd(2026, 1, 15), ActionStatus::open, 20);
  ops.overdue = true;
  PlannedAction done = action("PA-4", 3, "Record the changes", "Ops", date_from_ymd(2025, 12, 1), ActionStatus::done, 100);
  done.findings = {"F-8.1", "F-8.2"};
  in.assessment.plan = {scope, policy, ops, done};
  return in;
}

}  // namespace

TEST_CASE("gap plan: the summary counts, a time line, and the four phases in order") {
  const ReportInput in = planned();
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_improvement_plan, in, tmpl);
  CHECK(test::outline(blocks) ==
        std::vector<std::string>{"p " + tmpl.text("plan.intro"),
                                 "p Actions: 4 — open or in progress: 3; overdue: 1; done: 1; proposed: 1.", "chart 5",
                                 "H2 Phase 1: Foundations: context, leadership, policy and planning", "table  (2 rows)",
                                 "H2 Phase 2: Documented information: policies, plans, processes and agreements",
                                 "p No actions in this phase.", "H2 Phase 3: Operation: run the processes and keep their records",
                                 "table  (2 rows)", "H2 Phase 4: Evaluation and improvement: measure, audit, review, improve",
                                 "p No actions in this phase."});
}

TEST_CASE("gap plan: each action's grade, owner, due date, status and findings") {
  const ReportInput in = planned();
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_improvement_plan, in, tmpl);
  const layout::Table& phase1 = test::nth<TableBlock>(blocks, 0).table;
  CHECK(test::cells(phase1) ==
        Rows{{"PA-1\nMajor", "Approve the SMS scope", "CEO", "31 Mar 2026", "In progress, 40%", "F-4.3"},
             {"PA-2\nMinor", "Proposed: Write the policy", "To be assigned", "–", "Open", "–"}});
  CHECK(phase1.rows[0][0].fill == tint(grade_color(Grade::major), 0.3));
  CHECK(phase1.rows[1][2].color == report_theme(tmpl).muted);  // nobody named yet
  CHECK_FALSE(phase1.rows[0][2].color);

  const layout::Table& phase3 = test::nth<TableBlock>(blocks, 1).table;
  CHECK(test::cells(phase3) ==
        Rows{{"PA-3", "Run the incident reviews", "Ops", "15 Jan 2026\nOverdue", "Open, 20%", "–"},
             {"PA-4", "Record the changes", "Ops", "1 Dec 2025", "Done", "F-8.1\nF-8.2"}});
  CHECK_FALSE(phase3.rows[0][0].fill);  // addresses no finding
  CHECK(phase3.rows[0][3].fill == tint(charts::okabe_ito::vermillion, 0.3));
  CHECK(phase3.rows[0][3].bold);
  CHECK(phase3.rows[1][4].fill == tint(charts::okabe_ito::green, 0.25));
}

TEST_CASE("gap plan: no actions at all give one sentence") {
  ReportInput in = planned();
  in.assessment.plan.clear();
  const Template tmpl = test::bundled_template("default");
  CHECK(test::outline(test::gap_section(add_improvement_plan, in, tmpl)) ==
        std::vector<std::string>{"p " + tmpl.text("plan.intro"), "p No improvement actions are needed or recorded."});
}

}  // namespace iso20k::reports
