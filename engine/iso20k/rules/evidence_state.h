#pragma once
// What an evidence or metric item amounts to on a given date: present, approved, stale, expired,
// valid; value against target. The one place these are decided (docs/rules.md, "Members" and
// "Default rule"); the evaluator and the default rule both use it.
#include <optional>
#include <string>

#include "iso20k/model/checklist.h"
#include "iso20k/model/workspace.h"

namespace iso20k::rules {

struct EvidenceState {
  const EvidenceItem* item = nullptr;      // null when the id is not in the checklist
  const EvidenceRecord* record = nullptr;  // null when the register has no entry for it
  // A register entry with status `missing` counts as no entry: dates unset, not approved.
  EvidenceStatus status = EvidenceStatus::missing;
  std::optional<Date> issued, reviewed, expires;
  Duration age;          // as_of − (reviewed, else issued); 0d when neither is set
  bool dated = false;    // reviewed or issued is set
  bool present = false;  // status seen
  bool approved = false;
  bool stale = false;    // dated and age > the item's max-age
  bool expired = false;  // expires is set and lies before as_of
  bool valid = false;    // present, approved if required, not stale, not expired
};

EvidenceState evidence_state(const EvidenceItem* item, const EvidenceRecord* record, Date as_of);

// A register entry that does not count as reviewed on `as_of`: none at all, status `requested`,
// or issued after the assessment date (it did not exist then).
bool outstanding(const EvidenceRecord* record, Date as_of);

struct MetricState {
  const EvidenceItem* item = nullptr;    // null when the id is not in the checklist
  const MetricRecord* record = nullptr;  // null when the workspace has no value for it
  bool present = false;                  // a value is recorded
  double value = 0;                      // 0 when not present
  // Conformity is judged against the organisation's own target only: without one, `target` is
  // the value itself (met), and the checklist's default target is a benchmark.
  double target = 0;                     // the organisation's target, else the value
  bool workspace_target = false;         // the organisation set a target
  bool met = false;                      // present and value meets target in the better direction
  double benchmark = 0;                  // the checklist's default target
  bool benchmark_met = false;            // present and value meets the benchmark
};

MetricState metric_state(const EvidenceItem* item, const MetricRecord* record);

// How a default-rule citation fares (docs/rules.md, "Default rule"): satisfied when valid (metric
// items: present and meeting target; interview and observation items: present); partially seen
// when not satisfied and the register says `partial`.
enum class Citation { satisfied, partially_seen, unsatisfied };
Citation cite(const EvidenceState& s);  // document, record, interview and observation items
Citation cite(const MetricState& s);    // metric items

// Observation details, e.g. "status seen, approved by J. Doe, reviewed 2025-01-10 (age 120d),
// max age 12m" and "value 92.5 % vs target 95 % (higher is better): not met".
std::string describe(const EvidenceState& s);
std::string describe(const MetricState& s);
std::string describe(const Profile& p);  // "persons 120, services 4, sites 2, suppliers 3"

}  // namespace iso20k::rules
