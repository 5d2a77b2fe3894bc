#pragma once
// Process capability in tables: the ISO/IEC 33020 attribute ratings of every process with its level,
// target and gap, and what holds each process at its level.
#include "iso20k/reports/content/report_text.h"
#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/report_input.h"

namespace iso20k::reports {

// One row per process: PA1.1 … PA5.2 ratings (shaded from N to F), level, target and gap; a legend
// with the checklist's rating bands under it.
void add_capability_table(Blocks& out, const ReportInput& input, const ReportText& text);

// One row per process: its level and the engine's explanation of it.
void add_capability_explanations(Blocks& out, const ReportInput& input, const ReportText& text);

// The process's name from the checklist, or its id.
std::string process_name(const Checklist& checklist, const std::string& id);

}  // namespace iso20k::reports
