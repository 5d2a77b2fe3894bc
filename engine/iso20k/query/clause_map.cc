#include "iso20k/query/clause_map.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <tuple>

namespace iso20k {
namespace {

struct Key {
  std::string standard, edition, clause;
  auto operator<=>(const Key&) const = default;
};

std::string parent_of(const std::string& clause) {
  const std::size_t dot = clause.rfind('.');
  return dot == std::string::npos ? std::string() : clause.substr(0, dot);
}

// Direct neighbours of a clause through every correspondence, both directions.
std::vector<std::pair<Key, std::string>> neighbours(const Registries& regs, const Key& k) {
  std::vector<std::pair<Key, std::string>> out;
  for (const Correspondence& c : regs.correspondences) {
    if (c.from_standard == k.standard && c.from_edition == k.edition) {
      // Exact entry, else the nearest ancestor with one.
      for (std::string cl = k.clause; !cl.empty(); cl = parent_of(cl)) {
        bool found = false;
        for (const CorrespondenceEntry& e : c.entries) {
          if (e.from != cl) continue;
          found = true;
          for (const std::string& t : e.to) out.push_back({{c.to_standard, c.to_edition, t}, e.note});
        }
        if (found) break;
      }
    }
    if (c.to_standard == k.standard && c.to_edition == k.edition) {
      for (const CorrespondenceEntry& e : c.entries) {
        if (std::find(e.to.begin(), e.to.end(), k.clause) != e.to.end()) {
          out.push_back({{c.from_standard, c.from_edition, e.from}, e.note});
        }
      }
    }
  }
  return out;
}

std::vector<int> numeric_parts(const std::string& s, std::string& prefix) {
  std::vector<int> parts;
  std::size_t i = 0;
  prefix.clear();
  if (s.size() > 1 && !std::isdigit(static_cast<unsigned char>(s[0])) && s[1] == '.') {
    prefix = s.substr(0, 1);
    i = 2;
  }
  while (i < s.size()) {
    int v = 0;
    const auto r = std::from_chars(s.data() + i, s.data() + s.size(), v);
    parts.push_back(v);
    i = static_cast<std::size_t>(r.ptr - s.data()) + 1;
  }
  return parts;
}

}  // namespace

bool clause_less(const std::string& a, const std::string& b) {
  std::string pa, pb;
  const auto na = numeric_parts(a, pa);
  const auto nb = numeric_parts(b, pb);
  return std::tie(pa, na) < std::tie(pb, nb);
}

std::vector<MappedClause> map_clause(const Registries& regs, const std::string& standard,
                                     const std::string& edition, const std::string& clause) {
  const Key start{standard, edition, clause};
  std::set<Key> seen{start};
  std::vector<MappedClause> out;
  auto add = [&](const Key& k, const std::string& via, const std::string& note) {
    if (!seen.insert(k).second) return false;
    std::string title;
    if (const ClauseRegistry* r = regs.find(k.standard, k.edition)) {
      if (const RegistryClause* rc = r->find(k.clause)) title = rc->title;
    }
    out.push_back({k.standard, k.edition, k.clause, title, via, note});
    return true;
  };
  std::vector<Key> first_step;
  for (const auto& [k, note] : neighbours(regs, start)) {
    if (add(k, "", note)) first_step.push_back(k);
  }
  for (const Key& mid : first_step) {
    // The second step leaves the intermediate standard: 2011 → 2018 → 9001, not 2011 → 2018 → 2011.
    for (const auto& [k, note] : neighbours(regs, mid)) {
      if (k.standard == standard && k.edition == edition) continue;
      if (k.standard == mid.standard && k.edition == mid.edition) continue;
      add(k, mid.standard + ":" + mid.edition + " " + mid.clause, note);
    }
  }
  std::sort(out.begin(), out.end(), [](const MappedClause& a, const MappedClause& b) {
    if (a.standard != b.standard) return a.standard < b.standard;
    if (a.edition != b.edition) return a.edition < b.edition;
    return clause_less(a.clause, b.clause);
  });
  return out;
}

}  // namespace iso20k
