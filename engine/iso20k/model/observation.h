#pragma once
// A value a rule or the default rule looked at, kept for the explanation trail of a result:
// "evidence DOC-SMS-SCOPE: status seen, approved by …, reviewed 2026-01-10 (age 120d)".
#include <string>

namespace iso20k {

struct Observation {
  std::string subject;  // evidence or metric id, or "profile"
  std::string detail;
};

}  // namespace iso20k
