#include "iso20k/score/evidence_review.h"

#include "iso20k/rules/evidence_state.h"

namespace iso20k {

std::vector<ItemReview> review_evidence(const Checklist& c, const Workspace& w, Date as_of) {
  std::vector<ItemReview> out;
  out.reserve(c.evidence.size());
  for (const EvidenceItem& item : c.evidence) {
    ItemReview r;
    r.item = item.id;
    if (item.kind == EvidenceKind::metric) {
      const MetricRecord* m = w.find_metric(item.id);
      const rules::MetricState s = rules::metric_state(&item, m);
      r.benchmark = s.benchmark;
      if (m && m->target) r.target = m->target;
      if (s.present) {
        r.review = Review::provided;
        r.value = s.value;
        r.met = s.met;
        r.benchmark_met = s.benchmark_met;
      }
      out.push_back(std::move(r));
      continue;
    }
    const EvidenceRecord* record = w.find_evidence(item.id);
    r.issued_after = record && record->issued && *record->issued > as_of;
    const rules::EvidenceState s = rules::evidence_state(&item, record, as_of);
    if (!s.record) {
      r.review = Review::outstanding;
    } else if (s.record->status == EvidenceStatus::missing) {
      r.review = Review::absent;
    } else {
      r.review = s.record->status == EvidenceStatus::partial ? Review::partial : Review::provided;
      // An interview or observation is in order once held; dates and approval concern documents.
      const bool held_is_enough = item.kind == EvidenceKind::interview || item.kind == EvidenceKind::observation;
      r.stale = !held_is_enough && s.stale;
      r.expired = !held_is_enough && s.expired;
      r.unapproved = !held_is_enough && item.approval_required && !s.approved;
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace iso20k
