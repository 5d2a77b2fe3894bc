#include "iso20k/rules/register_index.h"

#include <functional>

#include "iso20k/rules/rule.h"

namespace iso20k::rules {

RegisterIndex::RegisterIndex(const Checklist& checklist, const Workspace& workspace)
    : checklist_(checklist), workspace_(workspace) {
  evidence_.reserve(checklist.evidence.size());
  metrics_.reserve(checklist.evidence.size());
  for (const EvidenceItem& item : checklist.evidence) {
    evidence_.push_back(workspace.find_evidence(item.id));
    metrics_.push_back(workspace.find_metric(item.id));
  }
}

bool RegisterIndex::indexed(const EvidenceItem* item) const {
  const std::vector<EvidenceItem>& items = checklist_.evidence;
  // std::less gives a total order over unrelated pointers, unlike the built-in <.
  return item && !items.empty() && !std::less<const EvidenceItem*>{}(item, items.data()) &&
         std::less<const EvidenceItem*>{}(item, items.data() + items.size());
}

std::size_t RegisterIndex::position(const EvidenceItem* item) const {
  return static_cast<std::size_t>(item - checklist_.evidence.data());
}

const EvidenceRecord* RegisterIndex::evidence(const EvidenceItem* item, const std::string& id) const {
  return indexed(item) ? evidence_[position(item)] : workspace_.find_evidence(id);
}

const MetricRecord* RegisterIndex::metric(const EvidenceItem* item, const std::string& id) const {
  return indexed(item) ? metrics_[position(item)] : workspace_.find_metric(id);
}

const EvidenceRecord* EvalContext::evidence_record(const EvidenceItem* item, const std::string& id) const {
  return registers ? registers->evidence(item, id) : workspace.find_evidence(id);
}

const MetricRecord* EvalContext::metric_record(const EvidenceItem* item, const std::string& id) const {
  return registers ? registers->metric(item, id) : workspace.find_metric(id);
}

}  // namespace iso20k::rules
