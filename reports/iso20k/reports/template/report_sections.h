#pragma once
// The sections each report kind can show, by the ids templates use in <report kind="…"> to choose
// them and their order (docs/templates.md). Appendices are lettered (A, B …) and come after the
// numbered sections; the cover, when shown, comes first.
#include <optional>
#include <span>
#include <string_view>

#include "iso20k/reports/template/template.h"

namespace iso20k::reports {

enum class SectionRole { cover, contents, numbered, appendix };

struct SectionSpec {
  std::string_view id;  // "executive-summary"; its heading is the string "section.<id>"
  SectionRole role = SectionRole::numbered;
};

// In the order the default templates use.
std::span<const SectionSpec> report_sections(ReportKind kind);
const SectionSpec* find_section(ReportKind kind, std::string_view id);

}  // namespace iso20k::reports
