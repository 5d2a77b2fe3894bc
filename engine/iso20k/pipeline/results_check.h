#pragma once
// A results.json whose figures do not follow from its requirement results has been edited by hand
// (a verdict of "ready for stage 2" beside a 29 % score, a finding count that is not the number of
// findings) and must not be rendered as an assessment. The figures are computed again with the
// engine's own scoring — score/rollup.h roll_up, score/readiness.h decide_readiness — from the
// requirement results, the evidence review and the findings the file records, and compared.
#include <optional>

#include "iso20k/load/results/results_reader.h"
#include "iso20k/model/checklist.h"
#include "iso20k/model/diagnostic.h"

namespace iso20k {

// The first figure of `results` that differs from what its requirement results give under
// `checklist` (which fit_checklist accepted), at its place in the file: the roll-ups (overall,
// hls, sms, every clause and process: score, coverage, weights, counts), the finding counts, the
// verdict, its blockers and its concerns. Numbers are compared to the six decimals results.json
// keeps. Nullopt when every figure follows.
std::optional<Diagnostic> check_results_figures(const Results& results, const Checklist& checklist);

}  // namespace iso20k
