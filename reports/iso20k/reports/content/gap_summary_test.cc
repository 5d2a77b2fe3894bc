// The executive summary: the assessor's own words, the key figures against the stage 2 criteria, the
// verdict, the strengths (sub-clauses at the threshold on at least half their weight without a
// nonconformity, processes at their target), where the nonconformities gather, the path with its
// blockers and the plan's phases, and the most important gaps by grade and weight.
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

Finding finding(const std::string& id, const std::string& clause, Grade grade, double weight) {
  Finding f;
  f.id = id;
  f.clause = clause;
  f.grade = grade;
  f.weight = weight;
  f.nonconformity = "Gap in " + clause + ".";
  return f;
}

ClauseScore clause(const std::string& number, double score, double coverage) {
  ClauseScore s{number, {}};
  s.rollup.score = score;
  s.rollup.coverage = coverage;
  s.rollup.assessed_weight = 5;
  return s;
}

PlannedAction action(int phase, std::optional<Date> due, ActionStatus status = ActionStatus::open) {
  PlannedAction p;
  p.phase = phase;
  p.due = due;
  p.status = status;
  return p;
}

ProcessCapability capability(const std::string& process, int level, int target) {
  ProcessCapability p;
  p.process = process;
  p.level = level;
  p.target_level = target;
  return p;
}

// Ready for stage 1 at 82.5 % with 90 % coverage (3 of 4 requirements assessed); two minors (4.3 and
// 8.1) and an OFI (4.1); the coverage blocks stage 2.
ReportInput summarised() {
  ReportInput in = test::example_input("northgate-msp");
  in.workspace.profile.summary = "  First line\ncontinued here  \n\n\nSecond paragraph.\n";
  Assessment& a = in.assessment;
  a.verdict = Verdict::stage1;
  a.overall.score = 0.825;
  a.overall.coverage = 0.9;
  a.results.assign(4, RequirementResult{});
  a.results[0].result = Result::conformant;
  a.results[1].result = Result::partial;
  a.results[2].result = Result::nonconformant;
  a.findings = {finding("F-4.1-GP", "4.1", Grade::ofi, 5), finding("F-4.3", "4.3", Grade::minor, 3),
                finding("F-8.1", "8.1", Grade::minor, 5)};
  a.finding_counts = {0, 2, 1};
  // 5.1 and 4.1 are strong; 4.2 is too thinly assessed; 4.3 has a nonconformity.
  a.clauses = {clause("4.1", 0.9, 0.6), clause("4.2", 0.95, 0.4), clause("4.3", 0.85, 1), clause("5.1", 1, 1)};
  a.capability = {capability("incident", 2, 2), capability("change", 1, 2)};
  a.blockers = {Blocker{2, "engine: coverage", "coverage"}};
  a.plan = {action(1, date_from_ymd(2026, 3, 31)), action(1, date_from_ymd(2026, 4, 30)), action(2, std::nullopt),
            action(3, date_from_ymd(2026, 5, 1), ActionStatus::done)};
  return in;
}

}  // namespace

TEST_CASE("gap summary: the assessor's words, figures, verdict, strengths, themes, path and gaps in order") {
  const ReportInput in = summarised();
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_executive_summary, in, tmpl);
  CHECK(test::outline(blocks) ==
        std::vector<std::string>{
            "p Okafor Service Consulting assessed the service management system of Northgate Managed Services Ltd against "
            "ISO/IEC 20000-1:2018 as at 17 February 2026. This summary gives the overall result, the readiness for "
            "certification, the strengths and the gaps that matter most, and the path to a certificate; the sections that "
            "follow give the detail.",
            "H2 The assessor’s summary", "p First line continued here", "p Second paragraph.",
            "figures Overall score, Coverage, Findings", "banner Ready for stage 1",
            "p The overall score is 82.5% with a coverage of 90.0%. By the readiness criteria of this assessment, the "
            "stage 2 audit needs a score of at least 80% and a coverage of at least 95%; a certificate needs no open major "
            "nonconformity.",
            "H2 Strengths", "p " + tmpl.text("summary.strengths-intro"), "• 5.1 Leadership and commitment: 100%",
            "• 4.1 Understanding the organization and its context: 90%",
            "• Incident management reaches its target capability level 2", "H2 Main themes",
            "p The nonconformities gather in these clauses, the most serious first:",
            "• 4 Context of the organization: 0 major and 1 minor, in 4.3 Determining the scope of the service management system",
            "• 8 Operation of the service management system: 0 major and 1 minor, in 8.1 Operational planning and control",
            "H2 The path to certification",
            "p The stage 1 audit can proceed. Open before the stage 2 audit: 1 item.",
            "table  (1 rows)", "p The improvement plan leads there in four phases:",
            "• Phase 1, Foundations: context, leadership, policy and planning: 2 open actions, the last due 30 April 2026",
            "• Phase 2, Documented information: policies, plans, processes and agreements: 1 open action, not yet dated",
            "H2 The most important gaps", "table " + tmpl.text("summary.top-gaps-intro") + " (3 rows)"});
}

TEST_CASE("gap summary: key figures coloured against the criteria, blockers and the gaps ranked") {
  const ReportInput in = summarised();
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_executive_summary, in, tmpl);
  const std::vector<KeyFigure>& figures = test::nth<KeyFigures>(blocks).figures;
  REQUIRE(figures.size() == 3);
  CHECK(figures[0].value == "82.5%");
  CHECK(figures[0].note == "weighted scoring model");
  CHECK(figures[0].color == report_theme(tmpl).primary);  // at or above 80 %
  CHECK(figures[1].value == "90.0%");
  CHECK(figures[1].note == "requirements assessed: 3 of 4");
  CHECK(figures[1].color == charts::okabe_ito::vermillion);  // below 95 %
  CHECK(figures[2].value == "3");
  CHECK(figures[2].note == "0 major · 2 minor · 1 OFI");
  CHECK(figures[2].color == report_theme(tmpl).primary);  // no major
  CHECK(test::nth<Banner>(blocks).color == charts::okabe_ito::orange);

  CHECK(test::cells(test::nth<TableBlock>(blocks, 0).table) ==
        Rows{{"2", "Coverage", "Only 90.0% of the requirement weight was assessed; these criteria set 95.0% for stage 2."}});
  const TableBlock& gaps = test::nth<TableBlock>(blocks, 1);
  CHECK(gaps.keep_whole == 0.6);
  CHECK(test::cells(gaps.table) == Rows{{"F-8.1", "8.1", "Minor", "Gap in 8.1."},  // minors first, the heavier first
                                        {"F-4.3", "4.3", "Minor", "Gap in 4.3."},
                                        {"F-4.1-GP", "4.1", "OFI", "Gap in 4.1."}});
}

TEST_CASE("gap summary: five gaps at most, majors first, and the sentences for none") {
  ReportInput in = summarised();
  Assessment& a = in.assessment;
  a.findings = {finding("F-a", "4.1", Grade::minor, 5), finding("F-b", "4.2", Grade::major, 1),
                finding("F-c", "4.3", Grade::major, 4), finding("F-d", "5.1", Grade::ofi, 9),
                finding("F-e", "5.2", Grade::minor, 1), finding("F-f", "5.3", Grade::major, 4),
                finding("F-g", "6.1", Grade::minor, 2)};
  a.findings[5].requirements = {"R-1", "R-2"};  // as heavy as F-c but wider: before it
  const Template tmpl = test::bundled_template("default");
  const Rows gaps = test::cells(test::nth<TableBlock>(test::gap_section(add_executive_summary, in, tmpl), 1).table);
  REQUIRE(gaps.size() == 5);
  std::vector<std::string> ids;
  for (const auto& row : gaps) ids.push_back(row[0]);
  CHECK(ids == std::vector<std::string>{"F-f", "F-c", "F-b", "F-a", "F-g"});

  in.workspace.profile.summary.clear();
  a.findings.clear();
  a.finding_counts = {0, 0, 0};
  a.clauses.clear();
  a.capability.clear();
  a.blockers.clear();
  a.plan.clear();
  a.verdict = Verdict::stage2;
  const std::vector<std::string> lines = test::outline(test::gap_section(add_executive_summary, in, tmpl));
  CHECK(std::vector<std::string>(lines.begin() + 4, lines.end()) ==
        std::vector<std::string>{"H2 Strengths", "p " + tmpl.text("summary.no-strengths"), "H2 Main themes",
                                 "p No nonconformity was found.", "H2 The path to certification",
                                 "p " + tmpl.text("summary.path-stage2"), "H2 The most important gaps",
                                 "p No gaps were found: every assessed requirement is conformant."});
}

}  // namespace iso20k::reports
