#include "iso20k/model/workspace.h"

namespace iso20k {
namespace {
template <class T>
const T* find_by_id(const std::map<std::string, T>& m, const std::string& id) {
  auto it = m.find(id);
  return it == m.end() ? nullptr : &it->second;
}
}  // namespace

const SourceLocation& FieldLocations::of(std::string_view field,
                                         const SourceLocation& fallback) const {
  auto it = by_field.find(field);
  return it == by_field.end() ? fallback : it->second;
}

const EvidenceRecord* Workspace::find_evidence(const std::string& id) const {
  return find_by_id(evidence, id);
}
const MetricRecord* Workspace::find_metric(const std::string& id) const {
  return find_by_id(metrics, id);
}

}  // namespace iso20k
