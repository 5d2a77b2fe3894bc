#include "iso20k/score/assess.h"

#include <stdexcept>

#include "iso20k/rules/register_index.h"
#include "iso20k/score/capability.h"
#include "iso20k/score/findings.h"
#include "iso20k/score/plan.h"
#include "iso20k/score/readiness.h"
#include "iso20k/score/requirement_scoring.h"
#include "iso20k/score/rollup.h"

namespace iso20k {

Assessment assess(const Checklist& c, const Workspace& w, const AssessOptions& options) {
  Assessment a;
  const std::optional<Date> as_of = options.as_of ? options.as_of : w.profile.assessment_date;
  if (!as_of) {
    throw std::invalid_argument("no assessment date: the profile gives none and none was passed");
  }
  a.as_of = *as_of;
  a.checklist_id = c.id;
  a.standard = c.standard;
  a.edition = c.edition;
  a.checklist_version = c.version;
  a.organisation = w.profile.organisation;
  a.model = options.model;
  const std::vector<const Judgement*> judgements = applicable_judgements(c, w);
  const rules::RegisterIndex registers(c, w);
  const rules::EvalContext ctx{c, w, a.as_of, &registers};
  a.results.reserve(c.requirements.size());
  for (std::size_t i = 0; i < c.requirements.size(); ++i) {
    a.results.push_back(score_requirement(c.requirements[i], ctx, judgements[i]));
  }
  roll_up(c, options.model, a);
  rate_capability(c, w, a);
  grade_findings(c, w, a);
  decide_readiness(c, w, a);
  plan_improvements(c, w, a);
  return a;
}

}  // namespace iso20k
