#include "iso20k/util/enum_names.h"

#include <doctest/doctest.h>

#include <string>

#include "iso20k/load/workspace/schema.h"
#include "iso20k/model/assessment.h"

using namespace iso20k;

namespace {

// Every value spelled once, read back from its spelling, and nothing else read.
template <class E>
void check_round_trip() {
  const auto& names = enum_names<E>();
  REQUIRE(enum_spellings<E>().size() == names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    CAPTURE(names[i].name);
    CHECK(static_cast<std::size_t>(names[i].value) == i);
    CHECK(std::string(enum_name(names[i].value)) == names[i].name);
    CHECK(enum_from_name<E>(names[i].name) == names[i].value);
    CHECK(enum_spellings<E>()[i] == names[i].name);
    CHECK_FALSE(enum_from_name<E>(std::string(names[i].name) + " "));
  }
  CHECK_FALSE(enum_from_name<E>(""));
}

}  // namespace

TEST_CASE("enum names: each table spells every value once and reads it back") {
  check_round_trip<ClauseKind>();
  check_round_trip<EvidenceKind>();
  check_round_trip<Better>();
  check_round_trip<Severity>();
  check_round_trip<Attribute>();
  check_round_trip<ScoringModel>();
  check_round_trip<Basis>();
  check_round_trip<Rating>();
  check_round_trip<Grade>();
  check_round_trip<Verdict>();
  check_round_trip<PartyKind>();
  check_round_trip<EvidenceStatus>();
  check_round_trip<Result>();
  check_round_trip<ActionStatus>();
  check_round_trip<ws::Format>();
}

TEST_CASE("enum names: the spellings files use, to_string and parsing") {
  CHECK(std::string(to_string(Result::not_assessed)) == "not-assessed");
  CHECK(enum_from_name<Result>("not-applicable") == Result::not_applicable);
  CHECK_FALSE(enum_from_name<Result>("Conformant"));
  CHECK(std::string(to_string(Attribute::pa2_2)) == "PA2.2");
  CHECK(enum_from_name<Attribute>("PA5.2") == Attribute::pa5_2);
  CHECK(std::string(to_string(Verdict::stage1)) == "stage-1");
  CHECK(std::string(to_string(PartyKind::customer_as_supplier)) == "customer-as-supplier");
  CHECK(std::string(to_string(ActionStatus::in_progress)) == "in-progress");
  CHECK(std::string(ws::extension(ws::Format::ini)) == "ini");
}

TEST_CASE("enum names: the alternatives a message offers") {
  CHECK(enum_alternatives<Better>() == "higher or lower");
  CHECK(enum_alternatives<ScoringModel>() == "weighted, flat or absolute");
  CHECK(enum_alternatives<Rating>("\"") == "\"N\", \"P\", \"L\" or \"F\"");
}
