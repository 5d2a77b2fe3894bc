#include "iso20k/model/assessment.h"

namespace iso20k {

std::string describe(Verdict v) {
  switch (v) {
    case Verdict::not_ready: return "not ready for certification";
    case Verdict::stage1: return "ready for stage 1";
    case Verdict::stage2: return "ready for stage 2";
  }
  return {};
}

}  // namespace iso20k
