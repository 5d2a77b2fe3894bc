#include "iso20k/model/assessment.h"

namespace iso20k {

const char* to_string(ScoringModel m) { return enum_name(m); }
const char* to_string(Basis b) { return enum_name(b); }
const char* to_string(Rating r) { return enum_name(r); }
const char* to_string(Grade g) { return enum_name(g); }
const char* to_string(Verdict v) { return enum_name(v); }
std::optional<ScoringModel> parse_scoring_model(std::string_view s) {
  return enum_from_name<ScoringModel>(s);
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
