// A tampered results.json is refused: `report results.json` computes the roll-ups, the finding
// counts and the verdict again from the requirement results in the file (with the engine's own
// roll_up and decide_readiness) and names the first figure that differs, at its line and column
// (exit code 3, no PDF). The untouched file of every demonstration workspace, in every scoring
// model, renders.
#include <doctest/doctest.h>

#include <filesystem>

#include "support/test_support.h"

using namespace iso20k::test;
namespace fs = std::filesystem;

namespace {

// results.json of the northgate-msp demonstration, assessed once.
const std::string& northgate_results() {
  static const std::string text = [] {
    TempDir t;
    const RunResult r = run_iso20k("assess " + quote(source_dir() + "/examples/northgate-msp") + " --quiet --out " +
                                   quote((t / "r.json").string()));
    REQUIRE(r.exit_code == 0);
    return read_file(t / "r.json");
  }();
  return text;
}

struct Tamper {
  const char* name;
  const char* find;     // in results.json
  const char* replace;  // "@@" marks where the message must point
  const char* message;
};

void expect_refused(const Tamper& c) {
  TempDir t;
  const Marked m = edit_at_marker(northgate_results(), c.find, c.replace);
  write_file(t / "r.json", m.text);
  const RunResult r = run_iso20k("report " + quote((t / "r.json").string()) + " --kind readiness --out " +
                                 quote((t / "r.pdf").string()));
  INFO(r.err);
  CHECK(r.exit_code == 3);
  CHECK(r.err.find((t / "r.json").string() + ":" + m.where() + ": error: " + c.message) != std::string::npos);
  CHECK(r.err.find("the file was changed after iso20k wrote it") != std::string::npos);
  CHECK_FALSE(fs::exists(t / "r.pdf"));
}

constexpr Tamper kTampered[] = {
    {"tampered results: the verdict", "\"code\": \"not-ready\"", "\"code\": @@\"stage-2\"",
     "verdict.code is stage-2, but the requirement results in this file give not-ready"},
    {"tampered results: the overall score", "\"score\": 0.521868", "\"score\": @@0.95",
     "overall.score is 0.95, but the requirement results in this file give 0.521868"},
    {"tampered results: a count of major findings", "\"major\": 11", "\"major\": @@0",
     "finding_counts.major is 0, but the requirement results in this file give 11"},
    {"tampered results: the blockers", "\"blockers\": [\n      {\n        \"stage\": 1,",
     "\"blockers\": @@[\n      {\n        \"stage\": 2,", "verdict.blockers is [stage 2 DOC-SM-OBJECTIVES, stage 1"},
    {"tampered results: the overall count of conformant requirements", "\"conformant\": 36,", "\"conformant\": @@40,",
     "overall.results.conformant is 40, but the requirement results in this file give 36"},
};
ISO20K_TEST_CASE_PER_ROW(kTampered, expect_refused);

}  // namespace

TEST_CASE("tampered results: a clause score edited is named with its path") {
  TempDir t;
  std::string text = northgate_results();
  const std::size_t clauses = text.find("\"clauses\": [");
  REQUIRE(clauses != std::string::npos);
  const std::size_t score = text.find("\"score\": ", clauses) + 9;
  const std::size_t end = text.find(',', score);
  text.replace(score, end - score, "0.999");
  write_file(t / "r.json", text);
  const RunResult r = run_iso20k("report " + quote((t / "r.json").string()) + " --kind gap --out " +
                                 quote((t / "r.pdf").string()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find(":" + line_column(text, score) + ": error: clauses[0].score is 0.999, but") !=
                    std::string::npos,
                r.err);
}

TEST_CASE("tampered results: untouched results of every demonstration and model render") {
  for (const char* demo : {"northgate-msp", "harrow-vale-it", "fenwick-cloud"}) {
    for (const char* model : {"weighted", "flat", "absolute"}) {
      TempDir t;
      CAPTURE(demo);
      CAPTURE(model);
      const RunResult a = run_iso20k("assess " + quote(source_dir() + "/examples/" + demo) + " --quiet --model " +
                                     model + " --out " + quote((t / "r.json").string()));
      REQUIRE(a.exit_code == 0);
      const RunResult r = run_iso20k("report " + quote((t / "r.json").string()) + " --kind readiness --quiet --out " +
                                     quote((t / "r.pdf").string()));
      INFO(r.err);
      CHECK(r.exit_code == 0);
    }
  }
}
