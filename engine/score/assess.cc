#include "score/assess.h"

#include <stdexcept>

#include "rules/register_index.h"
#include "score/capability.h"
#include "score/findings.h"
#include "score/plan.h"
#include "score/readiness.h"
#include "score/requirement_scoring.h"
#include "score/rollup.h"

namespace iso20k {

Assessment assess(const Checklist& c, const Workspace& w, const AssessOptions& options) {
  Assessment a;
  const std::optional<Date> as_of = options.as_of ? options.as_of : w.profile.assessment_date;
  if (!as_of) {
    throw std::invalid_argument("no assessment date: set it in the profile or give --as-of");
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
