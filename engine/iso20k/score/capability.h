#pragma once
// Process capability by ISO/IEC 33020: each process attribute rated N/P/L/F from the achievement
// of the requirements tagged with it, and the capability level derived by the standard's rule.
#include <array>

#include "iso20k/model/assessment.h"

namespace iso20k {

// The rating of an achievement fraction under the checklist's bands: N up to n_max, P up to p_max,
// L up to l_max, F above; a boundary belongs to the lower band (compared to 0.01 %).
Rating rate(double achievement, const RatingBands& bands);

// The ISO/IEC 33020 rule: the highest level n such that every attribute of level n is rated L or F
// and every attribute of every lower level is rated F. Unrated attributes count as N: what was not
// evidenced cannot be claimed.
int capability_level(const std::array<AttributeRating, kAttributeCount>& attributes);

// Why a process stands at its level, as phrases (model/phrase.h): the level, the attributes that
// hold it there, what the next level lacks, attributes rated on a single requirement (thinly
// evidenced). The engine's explanation is their English; a report writes them in its language.
std::vector<Phrase> capability_phrases(const ProcessCapability& process);

// Stage 3: the capability of every process of the checklist from the requirement results.
std::vector<ProcessCapability> rate_capability(const Checklist& checklist, const Workspace& workspace,
                                               const std::vector<RequirementResult>& results);

}  // namespace iso20k
