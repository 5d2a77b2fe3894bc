// Improvement actions built from their records: requirements as a list of ids, status and progress
// (a done action is 100 %), and an action id given twice.
#include <doctest/doctest.h>

#include "iso20k/load/workspace/builders.h"
#include "iso20k/load/workspace/workspace_file.h"

using namespace iso20k;
using namespace iso20k::ws;

namespace {

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) out += format(x) + "\n";
  return out;
}

std::vector<Action> actions(const std::string& csv, Diagnostics& d) {
  Workspace w;
  read_workspace_file(FileKind::actions, Format::csv, SourceText("actions.csv", csv), w, d);
  return w.actions;
}

}  // namespace

TEST_CASE("actions: ids, requirements split on commas, semicolons and blanks, status and progress") {
  Diagnostics d;
  const std::vector<Action> a = actions("id,requirements,title,owner,due,status,progress\n"
                                        "A-1,\"R-1, R-2;R-3  R-4\",Fix it,Desk lead,2026-04-30,in-progress,40\n"
                                        "A-2,,Approve the policy,,,done,\n"
                                        "A-3,R-5,Plan,,,open,\n"
                                        "A-4,R-6,Drop,,,cancelled,0\n",
                                        d);
  CHECK(all(d).empty());
  REQUIRE(a.size() == 4);
  CHECK(a[0].id == "A-1");
  CHECK(a[0].requirements == std::vector<std::string>{"R-1", "R-2", "R-3", "R-4"});
  CHECK(a[0].title == "Fix it");
  CHECK(a[0].owner == "Desk lead");
  CHECK(a[0].due == parse_date("2026-04-30"));
  CHECK(a[0].status == ActionStatus::in_progress);
  CHECK(a[0].progress == 40);
  CHECK(a[0].locations.of("requirements[2]", {}).column == 15);  // "R-3", inside the quoted field
  CHECK(a[1].requirements.empty());
  CHECK(a[1].progress == 100);  // done: 100 % unless said otherwise
  CHECK(a[2].progress == 0);
  CHECK(a[3].status == ActionStatus::cancelled);
}

TEST_CASE("actions: a done action below 100 %, progress out of range, a misspelt status, an id twice") {
  Diagnostics d;
  const std::vector<Action> a = actions("id,title,status,progress\n"
                                        "A-1,T,done,80\n"
                                        "A-2,T,open,101\n"
                                        "A-3,T,in progress,\n"
                                        "A-1,T,open,\n"
                                        ",T,open,\n",
                                        d);
  CHECK(all(d) ==
        "actions.csv:2:12: error: action A-1 is done, so its progress is 100, not 80\n"
        "actions.csv:3:12: error: 'progress' must be a whole number from 0 to 100, not '101'\n"
        "actions.csv:4:7: error: 'status' is 'in progress'; expected one of: open in-progress done cancelled (did you "
        "mean 'in-progress'?)\n"
        "actions.csv:5:1: error: action A-1 appears twice (first at line 2)\n"
        "actions.csv:6:1: error: 'id' is empty\n");
  CHECK(a.size() == 5);
  CHECK(a[0].progress == 80);
}
