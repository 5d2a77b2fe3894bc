// The workspace's lookups and the spellings of its enums in workspace files (docs/workspace-format.md).
#include "iso20k/model/workspace.h"

#include <doctest/doctest.h>

#include "iso20k/util/enum_names.h"

using namespace iso20k;

namespace {

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

}  // namespace

TEST_CASE("workspace: evidence and metric records are found by their item id") {
  Workspace w;
  w.evidence["DOC-A"].reference = "POL-01";
  w.metrics["MET-X"].value = 97.5;
  REQUIRE(w.find_evidence("DOC-A"));
  CHECK(w.find_evidence("DOC-A")->reference == "POL-01");
  CHECK(w.find_metric("MET-X")->value == 97.5);
  CHECK(w.find_evidence("MET-X") == nullptr);  // a metric is not an evidence record
  CHECK(w.find_metric("DOC-A") == nullptr);
  CHECK(w.find_evidence("doc-a") == nullptr);
}

TEST_CASE("workspace: a field's recorded location, or the fallback") {
  FieldLocations l;
  l.by_field["status"] = SourceLocation{"evidence.csv", 4, 7};
  l.by_field["requirements[1]"] = SourceLocation{"actions.json", 12, 20};
  const SourceLocation record{"evidence.csv", 4, 1};
  CHECK(l.of("status", record).column == 7);
  CHECK(l.of("requirements[1]", record).line == 12);
  CHECK(&l.of("issued", record) == &record);
  CHECK(&l.of("requirements[0]", record) == &record);
}

TEST_CASE("workspace: the enum spellings of the workspace formats") {
  CHECK(names_round_trip<PartyKind>(3, enum_from_name<PartyKind>) ==
        std::vector<std::string>{"external-supplier", "internal-supplier", "customer-as-supplier"});
  CHECK(names_round_trip<EvidenceStatus>(4, enum_from_name<EvidenceStatus>) ==
        std::vector<std::string>{"seen", "partial", "missing", "requested"});
  CHECK(names_round_trip<Result>(5, enum_from_name<Result>) ==
        std::vector<std::string>{"conformant", "partial", "nonconformant", "not-assessed", "not-applicable"});
  CHECK(names_round_trip<ActionStatus>(4, enum_from_name<ActionStatus>) ==
        std::vector<std::string>{"open", "in-progress", "done", "cancelled"});
  CHECK_FALSE(enum_from_name<EvidenceStatus>("Seen"));
  CHECK_FALSE(enum_from_name<Result>("not_assessed"));
  CHECK_FALSE(enum_from_name<ActionStatus>("in progress"));
  CHECK_FALSE(enum_from_name<PartyKind>("supplier"));
}
