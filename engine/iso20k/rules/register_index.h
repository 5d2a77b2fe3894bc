#pragma once
// A workspace's evidence register and metric values resolved against one checklist's evidence
// items, built once per assessment. Scoring reads an item's entry many times (every requirement
// that cites it, rules, grading); a lookup by position is much cheaper than a map lookup by id.
#include <cstddef>
#include <string>
#include <vector>

#include "iso20k/model/checklist.h"
#include "iso20k/model/workspace.h"

namespace iso20k::rules {

class RegisterIndex {
 public:
  RegisterIndex(const Checklist& checklist, const Workspace& workspace, Date as_of = {});

  // The register entry or metric value for `item`, an evidence item of `checklist` or not (then
  // it is looked up by id); null when the workspace has none.
  const EvidenceRecord* evidence(const EvidenceItem* item, const std::string& id) const;
  const MetricRecord* metric(const EvidenceItem* item, const std::string& id) const;

  // An entry standing in for an outstanding item of the checklist, found in order: seen, approved,
  // issued on the assessment date; a metric at the organisation's target (else the benchmark).
  // Null for items not in the checklist.
  const EvidenceRecord* presumed_evidence(const EvidenceItem* item) const;
  const MetricRecord* presumed_metric(const EvidenceItem* item) const;

 private:
  bool indexed(const EvidenceItem* item) const;
  std::size_t position(const EvidenceItem* item) const;

  const Checklist& checklist_;
  const Workspace& workspace_;
  std::vector<const EvidenceRecord*> evidence_;  // by position in checklist.evidence
  std::vector<const MetricRecord*> metrics_;
  std::vector<EvidenceRecord> presumed_evidence_;
  std::vector<MetricRecord> presumed_metrics_;
};

}  // namespace iso20k::rules
