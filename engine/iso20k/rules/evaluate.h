#pragma once
// Evaluation of a compiled rule (rule.h's evaluate()) and the mapping from what a rule yields to an
// Outcome (docs/rules.md, "What a rule yields" and "Evaluation never fails").
#include "iso20k/model/date.h"
#include "iso20k/model/workspace.h"
#include "iso20k/rules/rule.h"

namespace iso20k::rules {

// Dates a rule can compute: 0000-01-01 to 9999-12-31. Date arithmetic leaving the range gives an
// unset date.
inline constexpr int kFirstDate = -719528;
inline constexpr int kLastDate = 2932896;

// A number a rule yields, as an achievement: clamped to 0–1, NaN → 0.
double clamp_achievement(double v);
// 1 → conformant, 0 → nonconformant, anything between → partial.
Result result_for(double achievement);
// The achievement a result constant stands for: 1, 0.5, 0.
double achievement_of(Result r);

}  // namespace iso20k::rules
