// `iso20k assess`: the terminal summary a consultant shows a client, and colour only where it
// belongs (a terminal, no NO_COLOR, or --colour always).
#include <doctest/doctest.h>

#include <regex>

#include "support/test_support.h"

using namespace iso20k::test;

namespace {

const std::string kHarrow = quote(source_dir() + "/examples/harrow-vale-it");

bool has_escape(const std::string& s) { return s.find("\033[") != std::string::npos; }

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("assess: the summary gives score, coverage, verdict, clauses, capability and findings") {
  const RunResult r = run_iso20k("assess " + kHarrow);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string& s = r.out;
  CHECK(s.find("Harrow & Vale Building Society, IT Services") != std::string::npos);
  CHECK(s.find("as of 2026-03-24, weighted model") != std::string::npos);
  // Coverage below 100 %: the items the 1.1 checklist added are not in the register yet (outstanding).
  CHECK(s.find("Overall  89.2%   coverage  99.5%   HLS  98.1%   SMS  84.5%") != std::string::npos);
  // Majors block the certification decision, not the audit.
  CHECK(s.find("Verdict: READY FOR STAGE 2   (this tool's criteria: stage 2 needs 80.0% with 95.0% coverage)\n"
               "Certification decision: blocked until the 5 major nonconformities are corrected and verified\n") !=
        std::string::npos);
  // Every top-level clause 4–10 with a 12-cell bar, a score and a coverage.
  for (const char* clause : {"4 Context", "5 Leadership", "6 Planning", "7 Support", "8 Operation",
                             "9 Performance", "10 Improvement"}) {
    CAPTURE(clause);
    CHECK(std::regex_search(s, std::regex(std::string("\n  ") + clause +
                                          "[^\n]*[█░]{12} +[0-9]+\\.[0-9]% +[0-9]+\\.[0-9]%\n")));
  }
  CHECK(s.find("    8.4 Supply and demand                ██████░░░░░░  52.5%  100.0%") != std::string::npos);
  // One capability row per process of the checklist (20 in the 2018 edition), with level and target.
  CHECK(s.find("Process capability") != std::string::npos);
  CHECK(std::regex_search(s, std::regex("\n  Configuration management +0 +2 +▼2 +P +F +P +F +P +· *\n")));
  CHECK(std::regex_search(s, std::regex("\n  Incident management +3 +3 +F ")));
  // Only attributes the checklist's requirements carry get a column (none carries PA4.2 or PA5.x).
  CHECK(std::regex_search(s, std::regex("Process capability +level target gap +PA1.1 PA2.1 PA2.2 PA3.1 "
                                        "PA3.2 PA4.1 *\n")));
  CHECK(count(s, " management ") + count(s, "Service reporting ") + count(s, "Service design and transition ") >= 20);
  CHECK(s.find("Findings: 5 major, 13 minor, 17 opportunities for improvement") != std::string::npos);
  CHECK(s.find("Improvement plan: 38 actions (5 overdue)") != std::string::npos);
  CHECK(s.find("  decision: Major nonconformity F-8.7.2 against clause 8.7.2 must be corrected, and the correction "
               "verified, before a certificate can be issued.") != std::string::npos);
  // Counts of one read in the singular.
  const RunResult fenwick = run_iso20k("assess " + quote(source_dir() + "/examples/fenwick-cloud"));
  CHECK(fenwick.out.find("Findings: 0 major, 1 minor, 4 opportunities for improvement\n") != std::string::npos);
  CHECK(fenwick.out.find("Verdict: READY FOR STAGE 2") != std::string::npos);
}

TEST_CASE("assess: no colour off a terminal or with NO_COLOR, colour with --colour always") {
  const RunResult plain = run_iso20k("assess " + kHarrow);  // stdout is a pipe
  REQUIRE(plain.exit_code == 0);
  CHECK_FALSE(has_escape(plain.out));
  const RunResult always = run_iso20k("assess " + kHarrow + " --colour always");
  REQUIRE(always.exit_code == 0);
  CHECK(has_escape(always.out));
  CHECK(always.out.find("\033[1;32mREADY FOR STAGE 2\033[0m") != std::string::npos);
  const RunResult never = run_iso20k("assess " + kHarrow + " --colour never");
  CHECK_FALSE(has_escape(never.out));
  const RunResult wrong = run_iso20k("assess " + kHarrow + " --colour sometimes");
  CHECK(wrong.exit_code == 2);
  CHECK(wrong.err.find("--colour takes auto, always or never, not 'sometimes'") != std::string::npos);
  // On a terminal (script(1) gives the command a pseudo-terminal): colour, unless NO_COLOR is set
  // to something non-empty.
  if (run("command -v script >/dev/null").exit_code == 0) {
    const std::string binary = quote(ISO20K_BINARY);
    const std::string cmd = binary + " assess " + kHarrow;
    const RunResult tty = run("script -qec " + quote(cmd) + " /dev/null");
    CHECK_MESSAGE(has_escape(tty.out), tty.out.substr(0, 200));
    const RunResult no_colour = run("NO_COLOR=1 script -qec " + quote(cmd) + " /dev/null");
    CHECK_FALSE(has_escape(no_colour.out));
    const RunResult empty = run("NO_COLOR= script -qec " + quote(cmd) + " /dev/null");
    CHECK(has_escape(empty.out));
  }
}
