#include "iso20k/model/checklist.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace iso20k {
namespace {

template <class T, class Index>
const T* find_in(const std::vector<T>& items, const Index& index, const std::string& key) {
  auto it = index.find(key);
  return it == index.end() ? nullptr : &items[static_cast<std::size_t>(it->second)];
}

template <class T, class Index, class Key>
void build_index(const std::vector<T>& items, Index& index, Key key) {
  index.clear();
  for (std::size_t i = 0; i < items.size(); ++i) index.emplace(key(items[i]), static_cast<int>(i));
}

}  // namespace

const Clause* Checklist::find_clause(const std::string& number) const {
  return find_in(clauses, clause_index_, number);
}
const Process* Checklist::find_process(const std::string& pid) const {
  return find_in(processes, process_index_, pid);
}
const EvidenceItem* Checklist::find_evidence(const std::string& eid) const {
  return find_in(evidence, evidence_index_, eid);
}
const Requirement* Checklist::find_requirement(const std::string& rid) const {
  return find_in(requirements, requirement_index_, rid);
}

const EvidenceItem* Checklist::cited_item(const Requirement& r, std::size_t k) const {
  if (r.evidence_items.size() == r.evidence.size()) {
    const int pos = r.evidence_items[k];
    if (pos < 0) return nullptr;
    const auto p = static_cast<std::size_t>(pos);
    // Guards against a requirement resolved against another checklist or edited since.
    if (p < evidence.size() && evidence[p].id == r.evidence[k]) return &evidence[p];
  }
  return find_evidence(r.evidence[k]);
}

void Checklist::reindex() {
  build_index(clauses, clause_index_, [](const Clause& c) { return c.number; });
  build_index(processes, process_index_, [](const Process& p) { return p.id; });
  build_index(evidence, evidence_index_, [](const EvidenceItem& e) { return e.id; });
  build_index(requirements, requirement_index_, [](const Requirement& r) { return r.id; });
  std::vector<std::vector<std::pair<std::string, int>>> citing(evidence.size());  // clause, count; first-cited order
  for (Requirement& r : requirements) {
    r.evidence_items.clear();
    for (const std::string& cited : r.evidence) {
      const auto it = evidence_index_.find(cited);
      r.evidence_items.push_back(it == evidence_index_.end() ? -1 : it->second);
      if (it == evidence_index_.end()) continue;
      auto& counts = citing[static_cast<std::size_t>(it->second)];
      const auto c = std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == r.clause; });
      if (c == counts.end()) {
        counts.emplace_back(r.clause, 1);
      } else {
        ++c->second;
      }
    }
  }
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    int best = 0;
    evidence[i].home_clause.clear();
    for (const auto& [clause, n] : citing[i]) {
      if (n > best) {
        best = n;
        evidence[i].home_clause = clause;
      }
    }
  }
}

const std::vector<std::string_view>& practice_sources() {
  static const std::vector<std::string_view> kSources = {
      "note",         "iso20000-2",    "itil",          "iso20000-1:2011",
      "iso20000-1:2018", "iso9001:2008", "iso9001:2015", "iso27001:2013",
      "iso27001:2022", "iso33020",     "advice"};
  return kSources;
}
int capability_level(Attribute a) {
  static constexpr int kLevels[kAttributeCount] = {1, 2, 2, 3, 3, 4, 4, 5, 5};
  return kLevels[static_cast<std::size_t>(a)];
}

}  // namespace iso20k
