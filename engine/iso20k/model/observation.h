#pragma once
// A value a rule or the default rule looked at, kept for the explanation trail of a result:
// "evidence DOC-SMS-SCOPE: status seen, approved by …, reviewed 2026-01-10 (age 120d)".
#include <array>
#include <string>

#include "iso20k/util/enum_names.h"

namespace iso20k {

// How the default rule counted a cited item: a checklist rule looks at items without saying.
enum class Standing { unjudged, in_order, partly_in_order, not_in_order };
constexpr auto enum_table(Standing) {
  return std::to_array<EnumName<Standing>>({{Standing::unjudged, "unjudged"},
                                            {Standing::in_order, "in-order"},
                                            {Standing::partly_in_order, "partly-in-order"},
                                            {Standing::not_in_order, "not-in-order"}});
}

struct Observation {
  std::string subject;  // evidence or metric id, or "profile"
  std::string detail;   // in the engine's English
  Standing standing = Standing::unjudged;
  bool mandatory = false;  // the item is mandatory (with a standing)
};

}  // namespace iso20k
