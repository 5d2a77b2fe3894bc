// The spellings of the assessment's enums in results.json (docs/results-format.md) and the verdict
// in words.
#include "iso20k/model/assessment.h"

#include <doctest/doctest.h>

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
  CHECK(parse_scoring_model("weighted") == ScoringModel::weighted);
  CHECK(parse_scoring_model("flat") == ScoringModel::flat);
  CHECK(parse_scoring_model("absolute") == ScoringModel::absolute);
  CHECK_FALSE(parse_scoring_model("Flat"));
  CHECK_FALSE(parse_scoring_model("xccdf"));
  CHECK(parse_review("outstanding") == Review::outstanding);
  CHECK(parse_review("provided") == Review::provided);
  CHECK(parse_review("partial") == Review::partial);
  CHECK(parse_review("absent") == Review::absent);
  CHECK_FALSE(parse_review("seen"));
}

TEST_CASE("assessment: the verdict in words") {
  CHECK(describe(Verdict::not_ready) == "not ready for certification");
  CHECK(describe(Verdict::stage1) == "ready for stage 1");
  CHECK(describe(Verdict::stage2) == "ready for stage 2");
}
