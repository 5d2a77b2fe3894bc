#pragma once
// Following correspondences: which clauses of other standards and editions a clause maps to, so an
// integrated-management-system user sees everything one piece of evidence serves.
#include <string>
#include <vector>

#include "iso20k/model/registry.h"

namespace iso20k {

struct MappedClause {
  std::string standard, edition, clause, title;  // title from the target registry, if any
  std::string via;   // "" for a direct correspondence, else the intermediate "standard:edition clause"
  std::string note;  // the correspondence's note (e.g. "removed in 2018")
};

// All clauses reachable from (standard, edition, clause) through the correspondences, in either
// direction, up to two steps (e.g. 20000-1:2011 → 20000-1:2018 → ISO 9001:2015). A clause without
// its own entry is mapped through its nearest ancestor that has one. Sorted by standard, edition,
// then clause number order.
std::vector<MappedClause> map_clause(const Registries& registries, const std::string& standard,
                                     const std::string& edition, const std::string& clause);

// Orders clause numbers numerically component by component: 8.2 < 8.10 < 9, A.5.2 < A.5.10.
bool clause_less(const std::string& a, const std::string& b);

}  // namespace iso20k
