#include "iso20k/rules/evidence_state.h"

#include <climits>

#include "iso20k/format/number_text.h"

namespace iso20k::rules {
namespace {

int days_between(Date from, Date to) {
  const long long d = static_cast<long long>(to.days) - from.days;
  return static_cast<int>(d > INT_MAX ? INT_MAX : d < INT_MIN ? INT_MIN : d);
}

std::string with_unit(double v, const std::string& unit) {
  return unit.empty() ? shortest_text(v) : shortest_text(v) + " " + unit;
}

}  // namespace

bool outstanding(const EvidenceRecord* record, Date as_of) {
  return !record || record->status == EvidenceStatus::requested ||
         (record->issued && *record->issued > as_of);
}

EvidenceState evidence_state(const EvidenceItem* item, const EvidenceRecord* record, Date as_of) {
  EvidenceState s;
  s.item = item;
  s.record = outstanding(record, as_of) ? nullptr : record;
  if (!s.record || record->status == EvidenceStatus::missing) return s;
  s.status = record->status;
  s.issued = record->issued;
  s.reviewed = record->reviewed;
  s.expires = record->expires;
  s.present = record->status == EvidenceStatus::seen;
  s.approved = !record->approved_by.empty();
  const std::optional<Date>& since = s.reviewed ? s.reviewed : s.issued;
  if (since) {
    s.dated = true;
    s.age = Duration{days_between(*since, as_of)};
  }
  s.stale = s.dated && item && item->max_age && s.age > *item->max_age;
  s.expired = s.expires && as_of > *s.expires;
  const bool approval_required = item && item->approval_required;
  s.valid = s.present && (s.approved || !approval_required) && !s.stale && !s.expired;
  return s;
}

MetricState metric_state(const EvidenceItem* item, const MetricRecord* record) {
  MetricState s;
  s.item = item;
  s.record = record;
  s.benchmark = item ? item->target : 0;
  s.target = s.benchmark;
  if (record && record->target) {
    s.target = *record->target;
    s.workspace_target = true;
  }
  if (!record) return s;
  s.present = true;
  s.value = record->value;
  if (!s.workspace_target) s.target = s.value;
  const Better better = item ? item->better : Better::higher;
  const auto meets = [&](double target) { return better == Better::higher ? s.value >= target : s.value <= target; };
  s.met = meets(s.target);
  s.benchmark_met = meets(s.benchmark);
  return s;
}

Citation cite(const EvidenceState& s) {
  if (!s.item) return Citation::unsatisfied;
  const bool seen_is_enough =
      s.item->kind == EvidenceKind::interview || s.item->kind == EvidenceKind::observation;
  if (seen_is_enough ? s.present : s.valid) return Citation::satisfied;
  return s.status == EvidenceStatus::partial ? Citation::partially_seen : Citation::unsatisfied;
}

Citation cite(const MetricState& s) {
  return s.item && s.met ? Citation::satisfied : Citation::unsatisfied;
}

// Built by appending into one reserved string: scoring describes every cited item of every
// requirement, and temporaries from operator+ would cost an allocation each.
std::string describe(const EvidenceState& s) {
  if (!s.item) return "not in the checklist";
  if (!s.record) return "not yet provided or reviewed";
  std::string out;
  out.reserve(128);
  out.append("status ").append(to_string(s.status));
  if (s.status == EvidenceStatus::missing) return out;
  if (s.approved) {
    out.append(", approved by ").append(s.record->approved_by);
  } else if (s.item->approval_required) {
    out.append(", not approved (approval required)");
  }
  if (s.dated) {
    out.append(s.reviewed ? ", reviewed " : ", issued ");
    out.append(to_string(s.reviewed ? *s.reviewed : *s.issued));
    out.append(" (age ").append(std::to_string(s.age.days)).append("d)");
  } else {
    out.append(", no issue or review date");
  }
  if (s.item->max_age) {
    out.append(", max age ").append(to_string(*s.item->max_age));
    if (s.stale) out.append(": stale");
  }
  if (s.expires) out.append(s.expired ? ", expired " : ", expires ").append(to_string(*s.expires));
  return out;
}

std::string describe(const MetricState& s) {
  if (!s.item) return "not in the checklist";
  const std::string& unit = s.item->unit;
  std::string out;
  out.reserve(96);
  const char* better = s.item->better == Better::higher ? "higher is better" : "lower is better";
  if (!s.present) {
    out.append("no value provided yet");
    return out;
  }
  out.append("value ").append(with_unit(s.value, unit));
  if (s.workspace_target) {
    out.append(" against the organisation's target of ").append(with_unit(s.target, unit));
    out.append(" (").append(better).append("): ").append(s.met ? "met" : "not met");
  } else {
    out.append("; the organisation set no target (benchmark ").append(with_unit(s.benchmark, unit));
    out.append(", ").append(better).append(": ").append(s.benchmark_met ? "reached" : "not reached").append(")");
  }
  return out;
}

std::string describe(const Profile& p) {
  return "persons " + std::to_string(p.persons) + ", services " + std::to_string(p.services.size()) +
         ", sites " + std::to_string(p.sites.size()) + ", suppliers " +
         std::to_string(p.parties.size());
}

}  // namespace iso20k::rules
