// The spellings of the assessment's enums in results.json (docs/results-format.md) and the verdict
// in words.
#include "iso20k/model/assessment.h"

#include <doctest/doctest.h>

#include "iso20k/util/enum_names.h"

using namespace iso20k;

namespace {

template <class E>
std::vector<std::string> names(int count) {
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) out.emplace_back(to_string(static_cast<E>(i)));
  return out;
}

}  // namespace

TEST_CASE("assessment: the enum spellings of results.json") {
  CHECK(names<ScoringModel>(3) == std::vector<std::string>{"weighted", "flat", "absolute"});
  CHECK(names<Basis>(3) == std::vector<std::string>{"judgement", "rule", "evidence"});
  CHECK(names<Rating>(4) == std::vector<std::string>{"N", "P", "L", "F"});
  CHECK(names<Grade>(3) == std::vector<std::string>{"major", "minor", "ofi"});
  CHECK(names<Verdict>(3) == std::vector<std::string>{"not-ready", "stage-1", "stage-2"});
  CHECK(names<Review>(4) == std::vector<std::string>{"outstanding", "provided", "partial", "absent"});
}

TEST_CASE("assessment: scoring models and reviews are read back from their names only") {
  CHECK(enum_from_name<ScoringModel>("weighted") == ScoringModel::weighted);
  CHECK(enum_from_name<ScoringModel>("flat") == ScoringModel::flat);
  CHECK(enum_from_name<ScoringModel>("absolute") == ScoringModel::absolute);
  CHECK_FALSE(enum_from_name<ScoringModel>("Flat"));
  CHECK_FALSE(enum_from_name<ScoringModel>("xccdf"));
  CHECK(enum_from_name<Review>("outstanding") == Review::outstanding);
  CHECK(enum_from_name<Review>("provided") == Review::provided);
  CHECK(enum_from_name<Review>("partial") == Review::partial);
  CHECK(enum_from_name<Review>("absent") == Review::absent);
  CHECK_FALSE(enum_from_name<Review>("seen"));
}

TEST_CASE("assessment: the verdict in words") {
  CHECK(describe(Verdict::not_ready) == "not ready for certification");
  CHECK(describe(Verdict::stage1) == "ready for stage 1");
  CHECK(describe(Verdict::stage2) == "ready for stage 2");
}
