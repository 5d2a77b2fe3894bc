// The terminal summary of `iso20k assess`, line by line for the small fixture (docs/scoring.md's
// worked example with R-8.1-01 judged conformant), and what it does with long titles, many
// blockers, the clause depth and colour. (The summary of a demo organisation: tests/assess_cli_test.cc.)
#include "summary.h"

#include <doctest/doctest.h>

#include <sstream>

#include "iso20k/score/assess.h"
#include "support/small_checklist.h"

using namespace iso20k;
using iso20k::test::small_baseline;
using iso20k::test::small_checklist;

namespace {

Workspace on_track() {
  Workspace w = small_baseline();
  Judgement j;
  j.requirement = "R-8.1-01";
  j.result = Result::conformant;
  j.justification = "Sampled.";
  w.judgements.push_back(j);
  return w;
}

std::string summary(const Assessment& a, const Checklist& c = small_checklist(), cli::SummaryStyle style = {}) {
  std::ostringstream out;
  cli::print_summary(out, a, c, style);
  return out.str();
}

}  // namespace

TEST_CASE("summary: scores, verdict, clause bars, capability, findings and plan, line by line") {
  const Assessment a = assess(small_checklist(), on_track());
  CHECK(summary(a) ==
        "iso20k assessment — Fixture Ltd\n"
        "Test Standard:2024 (checklist test-small:2024 0.1.0), as of 2026-06-30, weighted model\n"
        "\n"
        "Overall  76.7%   coverage 100.0%   HLS 100.0%   SMS  68.2%\n"
        "Verdict: READY FOR STAGE 2   (this tool's criteria: stage 2 needs 75.0% with 90.0% coverage)\n"
        "\n"
        "Clauses                                            score   coverage\n"
        "  4 Context                              ████████████ 100.0%  100.0%\n"
        "    4.1 Policy                           ████████████ 100.0%  100.0%\n"
        "  8 Operation                            ████████░░░░  68.2%  100.0%\n"
        "    8.1 Incidents                        █████████░░░  75.0%  100.0%\n"
        "    8.2 Changes                          ██████░░░░░░  50.0%  100.0%\n"
        "\n"
        "Process capability                  level target gap  PA1.1 PA2.1 \n"
        "  Incident management                 1     2     ▼1    F     N   \n"
        "  Change management                   0     -           P     ·   \n"
        "\n"
        "Findings: 0 major, 2 minor, 0 opportunities for improvement\n"
        "Improvement plan: 2 actions (0 overdue)\n");
}

TEST_CASE("summary: top-level clauses only at depth 0, long titles cut at a character with an ellipsis") {
  Checklist c = small_checklist();
  c.clauses[0].title = "Context of the organisation and its interested parties";
  c.clauses[4].title = "Größenänderungen";
  const Assessment a = assess(c, on_track());
  cli::SummaryStyle top;
  top.clause_depth = 0;
  const std::string s = summary(a, c, top);
  CHECK(s.find("\n  4 Context of the organisation and its… ████████████ 100.0%  100.0%\n") != std::string::npos);
  CHECK(s.find("8 Operation") != std::string::npos);
  CHECK(s.find("8.1 Incidents") == std::string::npos);
  CHECK(s.find("4.1 Policy") == std::string::npos);
  CHECK(summary(a, c).find("\n    8.2 Größenänderungen                 ██████░░░░░░") != std::string::npos);
}

TEST_CASE("summary: majors block the certificate, more than twelve blockers are counted, not listed") {
  Assessment a = assess(small_checklist(), small_baseline());
  a.finding_counts = {2, 0, 1};
  a.blockers.clear();
  for (int i = 1; i <= 14; ++i) a.blockers.push_back({i % 3 + 1, "Blocker " + std::to_string(i) + ".", "x"});
  a.plan.resize(1);
  a.plan[0].overdue = true;
  const std::string s = summary(a);
  CHECK(s.find("Verdict: READY FOR STAGE 1   (this tool's criteria: stage 2 needs 75.0% with 90.0% coverage)\n"
               "Certification decision: blocked until the 2 major nonconformities are corrected and verified\n\n") !=
        std::string::npos);
  CHECK(s.find("Findings: 2 major, 0 minor, 1 opportunity for improvement\n"
               "Improvement plan: 1 action (1 overdue)\n") != std::string::npos);
  CHECK(s.find("\nBlockers\n"
               "  stage 2:  Blocker 1.\n"
               "  decision: Blocker 2.\n"
               "  stage 1:  Blocker 3.\n") != std::string::npos);
  CHECK(s.find("  stage 1:  Blocker 12.\n"
               "  … and 2 more (all are in results.json, written with --out, and in the reports)\n") != std::string::npos);
  CHECK(s.find("Blocker 13") == std::string::npos);
  CHECK(s.ends_with("in the reports)\n"));
  // Up to max-open-majors, open majors are not said to block anything.
  Checklist lenient = small_checklist();
  lenient.scoring.max_open_majors = 2;
  CHECK(summary(a, lenient).find("Certification decision") == std::string::npos);
}

TEST_CASE("summary: colour only when asked, scores coloured against the stage 2 threshold") {
  const Assessment a = assess(small_checklist(), on_track());
  CHECK(summary(a).find('\033') == std::string::npos);
  cli::SummaryStyle colour;
  colour.colour = true;
  const std::string s = summary(a, small_checklist(), colour);
  CHECK(s.starts_with("\033[1miso20k assessment\033[0m — Fixture Ltd\n"));
  CHECK(s.find("Overall \033[32m 76.7%\033[0m") != std::string::npos);           // 76.7 % ≥ 75 %: green
  CHECK(s.find("Verdict: \033[1;32mREADY FOR STAGE 2\033[0m") != std::string::npos);
  CHECK(s.find("\033[33m████████░░░░\033[0m  68.2%") != std::string::npos);      // ≥ 60 % of 75 %: yellow
  CHECK(s.find("\033[33m██████░░░░░░\033[0m  50.0%") != std::string::npos);      // 50 % ≥ 45 %: yellow
  CHECK(s.find("\033[31m  ▼1  \033[0m") != std::string::npos);                   // a gap: red
  CHECK(s.find("\033[32m  F   \033[0m") != std::string::npos);                   // F: green
  const Assessment low = assess(small_checklist(), small_baseline());
  CHECK(summary(low, small_checklist(), colour).find("Overall \033[31m 36.7%\033[0m") != std::string::npos);  // < 45 %: red
  CHECK(summary(low, small_checklist(), colour).find("Verdict: \033[1;33mREADY FOR STAGE 1") != std::string::npos);
}
