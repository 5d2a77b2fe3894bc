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
  RegisterIndex(const Checklist& checklist, const Workspace& workspace);

  // The register entry or metric value for `item`, an evidence item of `checklist` or not (then
  // it is looked up by id); null when the workspace has none.
  const EvidenceRecord* evidence(const EvidenceItem* item, const std::string& id) const;
  const MetricRecord* metric(const EvidenceItem* item, const std::string& id) const;

 private:
  bool indexed(const EvidenceItem* item) const;
  std::size_t position(const EvidenceItem* item) const;

  const Checklist& checklist_;
  const Workspace& workspace_;
  std::vector<const EvidenceRecord*> evidence_;  // by position in checklist.evidence
  std::vector<const MetricRecord*> metrics_;
};

}  // namespace iso20k::rules
