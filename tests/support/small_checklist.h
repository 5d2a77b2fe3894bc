#pragma once
// The small fixture checklist (tests/fixtures/checklists/small.xml), loaded once, and the baseline
// workspace its worked example in docs/scoring.md starts from (as engine/iso20k/score/assess_test.cc):
//   R-4.1-01  clause 4.1 (hls)  weight 2    high    DOC-POLICY (mandatory, 7.5.4 b, approval, 12m)
//   R-8.1-01  clause 8.1 (sms)  weight 3    medium  PA1.1 incident  rule: valid(REC-INCIDENTS) && meets_target(MET-INC-RESOLVED)
//   R-8.1-02  clause 8.1        weight 1    medium  PA2.1 incident  MET-INC-RESOLVED (target 90 %, higher)
//   R-8.2-01  clause 8.2        weight 1.5  low     PA1.1 change    REC-CHANGES
// Baseline, as of 2026-06-30: the policy seen, approved and current; incident records seen; the
// incident metric 85 % against the organisation's target of 90 %; change records partly seen;
// incident management's target level 2.
#include <doctest/doctest.h>

#include <string>

#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/model/workspace.h"

namespace iso20k::test {

inline const Checklist& small_checklist() {
  static const Checklist c = [] {
    ChecklistLoad l = load_checklist(std::string(ISO20K_SOURCE_DIR) + "/tests/fixtures/checklists/small.xml");
    for (const Diagnostic& d : l.diagnostics) INFO(format(d));
    REQUIRE(l.checklist);
    return *l.checklist;
  }();
  return c;
}

inline EvidenceRecord small_record(const std::string& id, EvidenceStatus status, const char* reviewed,
                                   const char* approved_by = "") {
  EvidenceRecord r;
  r.id = id;
  r.status = status;
  r.reviewed = parse_date(reviewed);
  r.approved_by = approved_by;
  return r;
}

inline Workspace small_baseline() {
  Workspace w;
  w.profile.organisation = "Fixture Ltd";
  w.profile.assessment_date = parse_date("2026-06-30");
  w.evidence["DOC-POLICY"] = small_record("DOC-POLICY", EvidenceStatus::seen, "2026-01-10", "CEO");
  w.evidence["REC-INCIDENTS"] = small_record("REC-INCIDENTS", EvidenceStatus::seen, "2026-05-01");
  w.evidence["REC-CHANGES"] = small_record("REC-CHANGES", EvidenceStatus::partial, "2026-05-01");
  MetricRecord m;
  m.id = "MET-INC-RESOLVED";
  m.value = 85;
  m.target = 90;
  w.metrics[m.id] = m;
  w.profile.target_levels["incident"] = 2;
  return w;
}

}  // namespace iso20k::test
