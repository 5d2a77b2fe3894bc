#pragma once
// The blockers of the readiness verdict as a table: missing stage 1 documents, score and coverage
// one by one; open major findings summed up in one row, then the most significant of them.
#include <cstddef>

#include "iso20k/reports/content/report_text.h"
#include <optional>

#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/report_input.h"

namespace iso20k::reports {

// The blockers of one stage (or of both, stage 1 first, when stage is 0). Blockers that are major
// findings are summed up in one row ("Open major nonconformities: 228 …") followed by the most
// significant of them (by weight), at most `majors_listed`, each with its nonconformity; the other
// blockers (missing stage 1 documents, score, coverage) are all listed.
// None when there is no blocker of the stage.
std::optional<TableBlock> blocker_table(const ReportInput& input, const ReportText& text, int stage,
                                        std::size_t majors_listed);

}  // namespace iso20k::reports
