// Following correspondences from one clause: direct ones both ways, a second step through another
// standard, a clause without an entry through its nearest ancestor, and numeric clause order.
#include "iso20k/query/clause_map.h"

#include <doctest/doctest.h>

using namespace iso20k;

namespace {

// Old:1 → New:1 (a transition) and New:1 → QMS:9 (a correspondence to another standard).
Registries registries() {
  Registries r;
  r.registries.push_back(ClauseRegistry{"New", "1", {{"8.1", "Operational planning"}, {"8.2", "Plans"}, {"8.10", "Tenth"}}, ""});
  r.registries.push_back(ClauseRegistry{"QMS", "9", {{"8.1", "Planning"}, {"A.5.2", "Annex two"}}, ""});
  Correspondence transition{"Old", "1", "New", "1", {}, ""};
  transition.entries = {{"6.3", {"8.1", "8.10", "8.2"}, ""}, {"6.4", {}, "removed in the new edition"}, {"7", {"9"}, ""}};
  Correspondence qms{"New", "1", "QMS", "9", {}, ""};
  qms.entries = {{"8.1", {"8.1", "A.5.10", "A.5.2"}, "partial"}, {"8.2", {"8.1"}, ""}};
  r.correspondences = {transition, qms};
  return r;
}

// "standard:edition clause [title] via … (note)" per mapped clause.
std::vector<std::string> mapped(const std::string& standard, const std::string& edition, const std::string& clause) {
  std::vector<std::string> out;
  for (const MappedClause& m : map_clause(registries(), standard, edition, clause)) {
    std::string s = m.standard + ":" + m.edition + " " + m.clause;
    if (!m.title.empty()) s += " [" + m.title + "]";
    if (!m.via.empty()) s += " via " + m.via;
    if (!m.note.empty()) s += " (" + m.note + ")";
    out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("clause map: direct correspondences, then a second step into another standard, in clause order") {
  CHECK(mapped("Old", "1", "6.3") == std::vector<std::string>{
                                         "New:1 8.1 [Operational planning]",
                                         "New:1 8.2 [Plans]",
                                         "New:1 8.10 [Tenth]",
                                         "QMS:9 8.1 [Planning] via New:1 8.1 (partial)",
                                         "QMS:9 A.5.2 [Annex two] via New:1 8.1 (partial)",
                                         "QMS:9 A.5.10 via New:1 8.1 (partial)",
                                     });
}

TEST_CASE("clause map: correspondences are followed backwards too, never back to where it started") {
  CHECK(mapped("New", "1", "8.2") == std::vector<std::string>{"Old:1 6.3", "QMS:9 8.1 [Planning]"});
  // From QMS 8.1 back to New 8.1 and 8.2, and on to Old 6.3 through either: reached once.
  CHECK(mapped("QMS", "9", "8.1") == std::vector<std::string>{"New:1 8.1 [Operational planning] (partial)",
                                                              "New:1 8.2 [Plans]",
                                                              "Old:1 6.3 via New:1 8.1"});
}

TEST_CASE("clause map: a clause without an entry maps through its nearest ancestor, a removed clause maps to nothing") {
  CHECK(mapped("Old", "1", "7.2.1") == std::vector<std::string>{"New:1 9"});
  CHECK(mapped("Old", "1", "6.4").empty());
  CHECK(mapped("Old", "1", "5").empty());
  CHECK(mapped("Other", "2", "6.3").empty());
}

TEST_CASE("clause map: clause numbers order numerically, part by part, annexes after the main text") {
  CHECK(clause_less("8.2", "8.10"));
  CHECK_FALSE(clause_less("8.10", "8.2"));
  CHECK(clause_less("8.10", "9"));
  CHECK(clause_less("8", "8.1"));
  CHECK(clause_less("A.5.2", "A.5.10"));
  CHECK(clause_less("10.2", "A.1"));
  CHECK_FALSE(clause_less("8.1", "8.1"));
}
