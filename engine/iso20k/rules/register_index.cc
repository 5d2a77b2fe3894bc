#include "iso20k/rules/register_index.h"

#include <functional>

#include "iso20k/rules/evidence_state.h"
#include "iso20k/rules/rule.h"

namespace iso20k::rules {

RegisterIndex::RegisterIndex(const Checklist& checklist, const Workspace& workspace, Date as_of)
    : checklist_(checklist), workspace_(workspace) {
  evidence_.reserve(checklist.evidence.size());
  metrics_.reserve(checklist.evidence.size());
  presumed_evidence_.reserve(checklist.evidence.size());
  presumed_metrics_.reserve(checklist.evidence.size());
  for (const EvidenceItem& item : checklist.evidence) {
    evidence_.push_back(workspace.find_evidence(item.id));
    const MetricRecord* m = workspace.find_metric(item.id);
    metrics_.push_back(m);
    EvidenceRecord e;
    e.id = item.id;
    e.status = EvidenceStatus::seen;
    e.approved_by = "presumed";
    e.issued = as_of;
    presumed_evidence_.push_back(std::move(e));
    MetricRecord p;
    p.id = item.id;
    p.target = m ? m->target : std::nullopt;
    p.value = p.target.value_or(item.target);
    presumed_metrics_.push_back(std::move(p));
  }
}

const EvidenceRecord* RegisterIndex::presumed_evidence(const EvidenceItem* item) const {
  return indexed(item) ? &presumed_evidence_[position(item)] : nullptr;
}

const MetricRecord* RegisterIndex::presumed_metric(const EvidenceItem* item) const {
  return indexed(item) ? &presumed_metrics_[position(item)] : nullptr;
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
  const EvidenceRecord* r = registers ? registers->evidence(item, id) : workspace.find_evidence(id);
  if (!outstanding(r, as_of)) return r;
  return presume_outstanding && registers ? registers->presumed_evidence(item) : nullptr;
}

const MetricRecord* EvalContext::metric_record(const EvidenceItem* item, const std::string& id) const {
  const MetricRecord* m = registers ? registers->metric(item, id) : workspace.find_metric(id);
  if (m) return m;
  return presume_outstanding && registers ? registers->presumed_metric(item) : nullptr;
}

}  // namespace iso20k::rules
