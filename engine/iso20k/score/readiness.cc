#include "iso20k/score/readiness.h"

#include <algorithm>
#include <cstdio>

#include "iso20k/rules/evidence_state.h"
#include "iso20k/format/number_text.h"

namespace iso20k {
namespace {
}  // namespace

void decide_readiness(const Checklist& c, const Workspace& w, Assessment& a) {
  a.blockers.clear();
  const ScoringSettings& sc = c.scoring;
  for (const std::string& id : sc.stage1_evidence) {
    const EvidenceItem* item = c.find_evidence(id);
    const rules::EvidenceState s = rules::evidence_state(item, w.find_evidence(id), a.as_of);
    if (!s.present) {
      a.blockers.push_back({1, (item ? item->title : id) + " (" + id + ") has not been seen (status " +
                                   to_string(s.status) + "); a stage 1 audit needs it.",
                            id});
    }
  }
  const bool stage1 = a.blockers.empty();
  int majors = 0;
  for (const Finding& f : a.findings) {
    if (f.grade != Grade::major) continue;
    ++majors;
    a.blockers.push_back({2, "Major finding " + f.id + " against clause " + f.clause + " (" +
                                 f.requirement + ").",
                          f.id});
  }
  if (majors <= sc.max_open_majors) {
    // Majors within the allowance do not block; drop their blocker entries.
    std::erase_if(a.blockers, [](const Blocker& b) { return b.stage == 2; });
  }
  if (a.overall.score < sc.stage2_min_score) {
    a.blockers.push_back({2, "Overall score " + percent(a.overall.score, 1) + " is below the " +
                                 percent(sc.stage2_min_score, 1) + " needed for stage 2.",
                          "score"});
  }
  if (a.overall.coverage < sc.stage2_min_coverage) {
    a.blockers.push_back({2, "Only " + percent(a.overall.coverage, 1) + " of the requirement weight was "
                                 "assessed; stage 2 needs " + percent(sc.stage2_min_coverage, 1) + ".",
                          "coverage"});
  }
  const bool stage2_blocked = std::any_of(a.blockers.begin(), a.blockers.end(),
                                          [](const Blocker& b) { return b.stage == 2; });
  a.verdict = !stage1 ? Verdict::not_ready : stage2_blocked ? Verdict::stage1 : Verdict::stage2;
}

}  // namespace iso20k
