// Assessor judgements built from their records: the result, an achievement only for a partial
// result, the justification always, and one judgement per requirement.
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

std::vector<Judgement> judgements(const std::string& json, Diagnostics& d) {
  Workspace w;
  read_workspace_file(FileKind::judgements, Format::json, SourceText("j.json", json), w, d);
  return w.judgements;
}

}  // namespace

TEST_CASE("judgements: result, achievement, justification, assessor and date, in file order") {
  Diagnostics d;
  const std::vector<Judgement> j = judgements(R"({"judgements": [
  {"requirement": "R-8.2-01", "result": "partial", "achievement": 0.25, "justification": " Half the sample. ",
   "assessor": "J. Doe", "date": "2026-03-10"},
  {"requirement": "R-4.1-01", "result": "not-applicable", "justification": "Out of scope."}
]})",
                                              d);
  CHECK(all(d).empty());
  REQUIRE(j.size() == 2);
  CHECK(j[0].requirement == "R-8.2-01");
  CHECK(j[0].result == Result::partial);
  CHECK(j[0].achievement == std::optional<double>(0.25));
  CHECK(j[0].justification == "Half the sample.");
  CHECK(j[0].assessor == "J. Doe");
  CHECK(j[0].date == parse_date("2026-03-10"));
  CHECK(j[0].where.line == 2);
  CHECK(j[1].result == Result::not_applicable);
  CHECK_FALSE(j[1].achievement);
  CHECK_FALSE(j[1].date);
}

TEST_CASE("judgements: an achievement outside 0-1 or on another result, no justification, a requirement twice") {
  Diagnostics d;
  judgements(R"({"judgements": [
  {"requirement": "R-1", "result": "partial", "achievement": 1.5, "justification": "x"},
  {"requirement": "R-2", "result": "conformant", "achievement": 0.5, "justification": "x"},
  {"requirement": "R-3", "result": "nonconformant", "justification": "  "},
  {"requirement": "R-1", "result": "partly", "justification": "x"}
]})",
             d);
  CHECK(all(d) ==
        "j.json:2:62: error: 'achievement' must be a number from 0 to 1, not '1.5'\n"
        "j.json:3:65: error: 'achievement' is only for a partial result (this one is conformant)\n"
        "j.json:4:71: error: 'justification' is empty\n"
        "j.json:5:37: error: 'result' is 'partly'; expected one of: conformant partial nonconformant not-assessed "
        "not-applicable\n"
        "j.json:5:20: error: requirement R-1 is judged twice (first at line 2)\n");
}
