#include "iso20k/score/readiness.h"

#include <algorithm>

#include "iso20k/format/number_text.h"

namespace iso20k {
namespace {

std::string top_clause(const std::string& clause) { return clause.substr(0, clause.find('.')); }

}  // namespace

Readiness decide_readiness(const Checklist& c, const std::vector<ItemReview>& reviews, const Rollup& overall,
                           const std::vector<Finding>& findings) {
  Readiness out;
  const ScoringSettings& sc = c.scoring;
  // Stage 1: the documented information this tool's criteria list must have been provided (a
  // metric: its value recorded).
  for (const std::string& id : sc.stage1_evidence) {
    const EvidenceItem* item = c.find_evidence(id);
    const Review review = item ? reviews[static_cast<std::size_t>(item - c.evidence.data())].review : Review::outstanding;
    if (review == Review::provided) continue;
    const std::string title = item ? item->title : id;
    const std::string state = review == Review::absent    ? "was confirmed absent"
                              : review == Review::partial ? "was provided only in part"
                              : item && item->kind == EvidenceKind::metric ? "has no recorded value yet"
                                                                           : "has not been provided yet";
    out.blockers.push_back({1, title + " " + state + "; a stage 1 audit reviews it.", id});
  }
  const bool stage1 = out.blockers.empty();
  if (overall.score < sc.stage2_min_score) {
    out.blockers.push_back({2, "The overall score of " + percent(overall.score, 1) + " is below the " +
                                   percent(sc.stage2_min_score, 1) + " these criteria set for stage 2.",
                            "score"});
  }
  if (overall.coverage < sc.stage2_min_coverage) {
    out.blockers.push_back({2, "Only " + percent(overall.coverage, 1) + " of the requirement weight was assessed; "
                                   "these criteria set " + percent(sc.stage2_min_coverage, 1) + " for stage 2.",
                            "coverage"});
  }
  const bool stage2 = std::none_of(out.blockers.begin(), out.blockers.end(), [](const Blocker& b) { return b.stage == 2; });
  out.verdict = !stage1 ? Verdict::not_ready : stage2 ? Verdict::stage2 : Verdict::stage1;
  // Majors do not stop an audit; they must be corrected and verified before a certificate is issued.
  const auto majors = std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return f.grade == Grade::major; });
  if (majors > sc.max_open_majors) {
    for (const Finding& f : findings) {
      if (f.grade != Grade::major) continue;
      out.blockers.push_back({3, "Major nonconformity " + f.id + " against clause " + f.clause +
                                     " must be corrected, and the correction verified, before a certificate can be issued.",
                              f.id});
    }
  }
  for (const Finding& f : findings) {
    const std::string top = top_clause(f.clause);
    if (f.grade == Grade::major && (top == "4" || top == "5" || top == "6" || top == "9" || top == "10")) {
      out.concerns.push_back(f.id);
    }
  }
  if (c.standard == "ISO/IEC 20000-1" && c.edition == "2011") {
    out.note = "Certificates to ISO/IEC 20000-1:2011 are no longer issued: read this as a gap assessment against "
               "the 2011 edition; the verdict applies this tool's criteria, not a certification route.";
  } else {
    out.note = "The verdict applies this tool's readiness criteria (data of the checklist), not the rules of a "
               "certification body.";
  }
  return out;
}

}  // namespace iso20k
