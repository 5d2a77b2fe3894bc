// A judgement or an action naming a requirement that the workspace's tailoring deselected is an
// error (exit code 3) that says so — at the value's line and column — instead of calling the id
// unknown; an id that is neither in the checklist nor deselected is still unknown.
#include <doctest/doctest.h>

#include <filesystem>

#include "support/test_support.h"

using namespace iso20k::test;
namespace fs = std::filesystem;

namespace {

// A workspace of the small test checklist whose profile names small-deselect.xml (copied in as
// tailoring.xml), which deselects R-8.1-02. `judgements` and `actions` are INI texts.
void write_workspace(const fs::path& dir, const std::string& judgements, const std::string& actions) {
  fs::create_directories(dir);
  fs::copy_file(fixture("tailoring/small-deselect.xml"), dir / "tailoring.xml");
  write_file(dir / "profile.ini", "[profile]\norganisation = Deselected Ltd\nchecklist = " +
                                      fixture("checklists/small.xml") +
                                      "\ntailoring = tailoring.xml\nassessment-date = 2026-03-10\n"
                                      "assessors = Jane Doe\nscope = The service desk.\npersons = 12\n");
  write_file(dir / "evidence.ini", "[DOC-POLICY]\nstatus = seen\nreviewed = 2026-01-15\n");
  if (!judgements.empty()) write_file(dir / "judgements.ini", judgements);
  if (!actions.empty()) write_file(dir / "actions.ini", actions);
}

const std::string kJudgements =
    "; judgements\n"
    "[R-8.2-01]\nresult = conformant\njustification = Every change sampled was approved.\n\n"
    "[R-8.1-02]\nresult = nonconformant\njustification = No trend analysis of incidents.\n";
const std::string kActions =
    "[A-1]\n"
    "requirements = R-8.2-01 R-8.1-02\n"
    "title = Analyse incident trends\nstatus = open\n";

}  // namespace

TEST_CASE("validate and assess: a judgement naming a deselected requirement says the tailoring deselected it") {
  TempDir t;
  write_workspace(t / "ws", kJudgements, "");
  const std::string file = (t / "ws" / "judgements.ini").string();
  // [R-8.1-02] on line 6: the requirement is the section's name, from column 2.
  const std::string expected = file + ":6:2: error: judgement for requirement R-8.1-02, which tailoring "
                                      "test-tailoring deselected (out of scope): remove the judgement or the "
                                      "deselection";
  for (const char* command : {"validate", "assess"}) {
    CAPTURE(command);
    const RunResult r = run_iso20k(std::string(command) + " " + quote((t / "ws").string()) +
                                   (std::string(command) == "assess" ? " --quiet --out " + quote((t / "r.json").string()) : ""));
    CHECK(r.exit_code == 3);
    CHECK_MESSAGE(r.err.find(expected + "\n") != std::string::npos, r.err);
    CHECK_MESSAGE(r.err.find("unknown requirement") == std::string::npos, r.err);
    CHECK_FALSE(fs::exists(t / "r.json"));
  }
}

TEST_CASE("validate: an action naming a deselected requirement says the tailoring deselected it") {
  TempDir t;
  write_workspace(t / "ws", "", kActions);
  const std::string file = (t / "ws" / "actions.ini").string();
  // "requirements = R-8.2-01 R-8.1-02" on line 2: the second id from column 25.
  const RunResult r = run_iso20k("validate " + quote((t / "ws").string()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find(file + ":2:25: error: action A-1 names requirement R-8.1-02, which tailoring "
                                  "test-tailoring deselected (out of scope): remove it from the action or remove "
                                  "the deselection\n") != std::string::npos,
                r.err);
}

TEST_CASE("validate: an id that is neither in the tailored checklist nor deselected is still unknown") {
  TempDir t;
  write_workspace(t / "ws", "[R-8.1-07]\nresult = conformant\njustification = Seen.\n", "");
  const RunResult r = run_iso20k("validate " + quote((t / "ws").string()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find((t / "ws" / "judgements.ini").string() +
                           ":1:2: error: unknown requirement 'R-8.1-07': checklist test-small:2024 has no such "
                           "requirement") != std::string::npos,
                r.err);
  CHECK(r.err.find("deselected") == std::string::npos);
}
