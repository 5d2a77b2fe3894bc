// The checklist's lookups by id and the spellings its enums have in checklist files and results.json
// (docs/checklist-format.md): each name read back to the same value, anything else refused.
#include "iso20k/model/checklist.h"

#include <doctest/doctest.h>

#include "iso20k/util/enum_names.h"

using namespace iso20k;

namespace {

// Every value's name, in enum order, and each name parsed back to its value.
template <class E, class Parse>
std::vector<std::string> names_round_trip(int count, Parse parse) {
  std::vector<std::string> names;
  for (int i = 0; i < count; ++i) {
    const E value = static_cast<E>(i);
    names.emplace_back(to_string(value));
    CHECK(parse(names.back()) == std::optional<E>(value));
  }
  return names;
}

Clause clause(const char* number) {
  Clause c;
  c.number = number;
  return c;
}

Checklist two_of_everything() {
  Checklist c;
  for (const char* n : {"8", "8.1"}) c.clauses.push_back(clause(n));
  for (const char* p : {"incident", "change"}) {
    c.processes.emplace_back();
    c.processes.back().id = p;
  }
  for (const char* e : {"DOC-A", "REC-B", "DOC-A"}) {  // a duplicate id: the first one is found
    EvidenceItem item;
    item.id = e;
    item.title = std::string(e) + " #" + std::to_string(c.evidence.size());
    c.evidence.push_back(item);
  }
  for (const char* r : {"R-8-01", "R-8.1-01"}) {
    c.requirements.emplace_back();
    c.requirements.back().id = r;
  }
  c.reindex();
  return c;
}

}  // namespace

TEST_CASE("checklist: clauses, processes, items and requirements are found by id once indexed") {
  Checklist c = two_of_everything();
  REQUIRE(c.find_clause("8.1"));
  CHECK(c.find_clause("8.1") == &c.clauses[1]);
  CHECK(c.find_process("change") == &c.processes[1]);
  CHECK(c.find_requirement("R-8-01") == &c.requirements[0]);
  CHECK(c.find_evidence("REC-B") == &c.evidence[1]);
  CHECK(c.find_evidence("DOC-A")->title == "DOC-A #0");
  CHECK(c.find_clause("8.2") == nullptr);
  CHECK(c.find_process("Change") == nullptr);  // ids are case-sensitive
  CHECK(c.find_evidence("") == nullptr);
  CHECK(c.find_requirement("R-8.1-1") == nullptr);
  // Ids changed or added: found after reindex(), the old id no longer.
  c.clauses.push_back(clause("8.2"));
  c.requirements[0].id = "R-8-02";
  c.reindex();
  CHECK(c.find_clause("8.2") == &c.clauses[2]);
  CHECK(c.find_requirement("R-8-02") == &c.requirements[0]);
  CHECK(c.find_requirement("R-8-01") == nullptr);
}

TEST_CASE("checklist: the enum spellings of the checklist format") {
  CHECK(names_round_trip<ClauseKind>(2, enum_from_name<ClauseKind>) == std::vector<std::string>{"hls", "sms"});
  CHECK(names_round_trip<EvidenceKind>(5, enum_from_name<EvidenceKind>) ==
        std::vector<std::string>{"document", "record", "metric", "interview", "observation"});
  CHECK(names_round_trip<Better>(2, enum_from_name<Better>) == std::vector<std::string>{"higher", "lower"});
  CHECK(names_round_trip<Severity>(3, enum_from_name<Severity>) == std::vector<std::string>{"high", "medium", "low"});
  CHECK(names_round_trip<Provenance>(2, enum_from_name<Provenance>) ==
        std::vector<std::string>{"obligation", "good-practice"});
  CHECK(names_round_trip<Attribute>(kAttributeCount, enum_from_name<Attribute>) ==
        std::vector<std::string>{"PA1.1", "PA2.1", "PA2.2", "PA3.1", "PA3.2", "PA4.1", "PA4.2", "PA5.1", "PA5.2"});
  // Exact spellings only: no case folding, no underscores, no blanks.
  CHECK_FALSE(enum_from_name<ClauseKind>("HLS"));
  CHECK_FALSE(enum_from_name<EvidenceKind>("documents"));
  CHECK_FALSE(enum_from_name<Provenance>("good_practice"));
  CHECK_FALSE(enum_from_name<Attribute>("pa1.1"));
  CHECK_FALSE(enum_from_name<Severity>(" high"));
  CHECK_FALSE(enum_from_name<Better>(""));
}

TEST_CASE("checklist: each process attribute belongs to its capability level") {
  std::vector<int> levels;
  for (int i = 0; i < kAttributeCount; ++i) levels.push_back(capability_level(static_cast<Attribute>(i)));
  CHECK(levels == std::vector<int>{1, 2, 2, 3, 3, 4, 4, 5, 5});
}

TEST_CASE("checklist: the sources good practice may name") {
  const std::vector<std::string_view>& s = practice_sources();
  CHECK(s == std::vector<std::string_view>{"note", "iso20000-2", "itil", "iso20000-1:2011", "iso20000-1:2018",
                                           "iso9001:2008", "iso9001:2015", "iso27001:2013", "iso27001:2022",
                                           "iso33020", "advice"});
}
