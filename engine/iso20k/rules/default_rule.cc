#include "iso20k/rules/default_rule.h"

#include <algorithm>

#include "iso20k/rules/evidence_state.h"

namespace iso20k::rules {

Outcome default_outcome(const Requirement& requirement, const EvalContext& ctx, bool explain) {
  Outcome o;
  int cited = 0, satisfied = 0, partially_seen = 0;
  bool mandatory_gap = false;
  const auto& ids = requirement.evidence;
  if (explain) o.observations.reserve(ids.size());
  for (auto it = ids.begin(); it != ids.end(); ++it) {
    const std::string& id = *it;
    if (std::find(ids.begin(), it, id) != it) continue;  // cited twice: counts once
    ++cited;
    const EvidenceItem* item =
        ctx.checklist.cited_item(requirement, static_cast<std::size_t>(it - ids.begin()));
    Citation c = Citation::unsatisfied;
    std::string detail;
    if (item && item->kind == EvidenceKind::metric) {
      const MetricState s = metric_state(item, ctx.metric_record(item, id));
      c = cite(s);
      if (explain) detail = describe(s);
    } else {
      const EvidenceState s = evidence_state(item, ctx.evidence_record(item, id), ctx.as_of);
      c = cite(s);
      if (explain) detail = describe(s);
    }
    const bool mandatory = item && item->mandatory;
    if (c == Citation::satisfied) ++satisfied;
    if (c == Citation::partially_seen) ++partially_seen;
    if (c != Citation::satisfied && mandatory) mandatory_gap = true;
    if (explain) {
      detail += c == Citation::satisfied        ? "; in order"
                : c == Citation::partially_seen ? "; partly in order"
                                                : "; not in order";
      if (c != Citation::satisfied && mandatory) detail += " (mandatory)";
      const Standing standing = c == Citation::satisfied        ? Standing::in_order
                                : c == Citation::partially_seen ? Standing::partly_in_order
                                                                : Standing::not_in_order;
      o.observations.push_back(Observation{id, std::move(detail), standing, mandatory});
    }
  }
  if (cited == 0) {  // the checklist validator refuses this; judge it unmet rather than vacuously met
    if (explain) o.observations.push_back(Observation{requirement.id, "no evidence items cited", Standing::unjudged, false});
    return o;
  }
  if (satisfied == cited) {
    o.result = Result::conformant;
    o.achievement = 1;
  } else if (satisfied == 0 && partially_seen == 0) {
    o.result = Result::nonconformant;
    o.achievement = 0;
  } else {
    o.result = Result::partial;
    o.achievement = (satisfied + 0.5 * partially_seen) / cited;
    if (mandatory_gap) o.achievement = std::min(o.achievement, 0.5);
  }
  return o;
}

}  // namespace iso20k::rules
