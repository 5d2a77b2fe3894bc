#pragma once
// The cover page: logo, a navy title band, the client and date, who prepared the report and its
// classification. It has no running header or footer, and the body starts on the next page.
#include <filesystem>
#include <string>
#include <vector>

#include "iso20k/reports/layout/color.h"
#include "iso20k/reports/layout/flow.h"

namespace iso20k::layout {

struct CoverDetail {
  std::string label;  // e.g. "Assessors"
  std::string value;  // may wrap onto a second line
};

struct Cover {
  std::string title;           // e.g. "ISO/IEC 20000-1 Gap Assessment"
  std::string subtitle;        // e.g. "Readiness for the stage 1 audit"
  std::string organisation;    // the assessed organisation
  std::string date;            // already formatted, e.g. "14 March 2025"
  std::string prepared_by;     // may span lines ('\n')
  std::string classification;  // e.g. "Confidential"
  std::filesystem::path logo;  // PNG or JPEG; empty: none
  std::string prepared_by_label = "PREPARED BY";  // the caption above prepared_by, in the report's language
  std::vector<CoverDetail> details;  // label/value lines under the date (e.g. checklist, assessors)
  std::string badge;                 // e.g. the verdict, in a coloured box under the details; empty: none
  Color badge_color = hex(0x0072B2);
};

// Draws the cover on a new first page. Throws LayoutError (e.g. for a bad logo) before drawing anything.
void add_cover(Flow& flow, const Cover& cover);

}  // namespace iso20k::layout
