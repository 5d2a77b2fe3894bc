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

const char* to_string(PartyKind k) { return enum_name(k); }
const char* to_string(EvidenceStatus s) { return enum_name(s); }
const char* to_string(Result r) { return enum_name(r); }
const char* to_string(ActionStatus s) { return enum_name(s); }
std::optional<PartyKind> parse_party_kind(std::string_view s) {
  return enum_from_name<PartyKind>(s);
}
std::optional<EvidenceStatus> parse_evidence_status(std::string_view s) {
  return enum_from_name<EvidenceStatus>(s);
}
std::optional<Result> parse_result(std::string_view s) { return enum_from_name<Result>(s); }
std::optional<ActionStatus> parse_action_status(std::string_view s) {
  return enum_from_name<ActionStatus>(s);
}

}  // namespace iso20k
