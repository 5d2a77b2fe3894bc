#include "iso20k/model/assessment.h"

#include "iso20k/util/enum_names.h"

namespace iso20k {
namespace {
constexpr std::array<const char*, 3> kModels = {"weighted", "flat", "absolute"};
constexpr std::array<const char*, 3> kBases = {"judgement", "rule", "evidence"};
constexpr std::array<const char*, 4> kRatings = {"N", "P", "L", "F"};
constexpr std::array<const char*, 3> kGrades = {"major", "minor", "ofi"};
constexpr std::array<const char*, 3> kVerdicts = {"not-ready", "stage-1", "stage-2"};
constexpr std::array<const char*, 4> kReviews = {"outstanding", "provided", "partial", "absent"};
}  // namespace

const char* to_string(ScoringModel m) { return enum_name(m, kModels); }
const char* to_string(Basis b) { return enum_name(b, kBases); }
const char* to_string(Rating r) { return enum_name(r, kRatings); }
const char* to_string(Grade g) { return enum_name(g, kGrades); }
const char* to_string(Verdict v) { return enum_name(v, kVerdicts); }
const char* to_string(Review r) { return enum_name(r, kReviews); }
std::optional<Review> parse_review(std::string_view s) { return enum_from_name<Review>(s, kReviews); }
std::optional<ScoringModel> parse_scoring_model(std::string_view s) {
  return enum_from_name<ScoringModel>(s, kModels);
}
std::string describe(Verdict v) {
  switch (v) {
    case Verdict::not_ready: return "not ready for certification";
    case Verdict::stage1: return "ready for stage 1";
    case Verdict::stage2: return "ready for stage 2";
  }
  return {};
}

}  // namespace iso20k
