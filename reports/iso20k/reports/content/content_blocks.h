#pragma once
// Blocks both report kinds build the same way: label/value tables, the verdict banner and the table
// of finding counts by grade.
#include <string>
#include <vector>

#include "iso20k/model/assessment.h"
#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/content/report_text.h"
#include "iso20k/reports/report_input.h"

namespace iso20k::reports {

struct LabelValue {
  std::string label;
  std::string value;
  bool list = false;  // one entry per line: the lines an entry wraps onto are indented
};

// The text up to the end of its first sentence (a full stop followed by a space; not one after a digit,
// as in "version 2. 3"), or all of it.
std::string first_sentence(const std::string& text);
// A table placed as it comes: no caption, not kept with what precedes it.
TableBlock unkept(layout::Table table);
// Two columns, the labels in bold on a light fill on the left; no header row.
TableBlock label_values(const ReportText& text, const std::vector<LabelValue>& rows, double label_width = 130);
// The scope of the service management system: statement, services, sites, units, persons in
// scope, other parties and what they operate.
std::vector<LabelValue> scope_rows(const ReportInput& input, const ReportText& text);
// The verdict in words, its explanation, in the verdict's colour.
Banner verdict_banner(const ReportText& text, Verdict verdict);
// `intro` (if any) above the major, minor and OFI counts with their grade colours and the total.
TableBlock finding_counts(const ReportText& text, const Assessment& a, const std::string& intro = {});

}  // namespace iso20k::reports
