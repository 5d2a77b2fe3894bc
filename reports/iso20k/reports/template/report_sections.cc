#include "iso20k/reports/template/report_sections.h"

#include <array>

namespace iso20k::reports {
namespace {

constexpr std::array kGapSections{
    SectionSpec{"cover", SectionRole::cover},
    SectionSpec{"contents", SectionRole::contents},
    SectionSpec{"executive-summary", SectionRole::numbered},
    SectionSpec{"scope-and-method", SectionRole::numbered},
    SectionSpec{"clause-results", SectionRole::numbered},
    SectionSpec{"process-capability", SectionRole::numbered},
    SectionSpec{"findings-register", SectionRole::numbered},
    SectionSpec{"improvement-plan", SectionRole::numbered},
    SectionSpec{"outstanding-evidence", SectionRole::numbered},
    // The technical annex: in a template's list, or added by the report's detail option.
    SectionSpec{"requirement-results", SectionRole::appendix},
    SectionSpec{"evidence-register", SectionRole::appendix},
    SectionSpec{"score-computation", SectionRole::appendix},
};

constexpr std::array kReadinessSections{
    SectionSpec{"cover", SectionRole::cover},
    SectionSpec{"verdict", SectionRole::numbered},
    SectionSpec{"scope", SectionRole::numbered},
    SectionSpec{"stage1-documents", SectionRole::numbered},
    SectionSpec{"findings", SectionRole::numbered},
    SectionSpec{"blockers", SectionRole::numbered},
    SectionSpec{"readiness-by-clause", SectionRole::numbered},
    SectionSpec{"finding-counts", SectionRole::numbered},
    SectionSpec{"process-capability", SectionRole::numbered},
    SectionSpec{"document-control", SectionRole::numbered},
};

}  // namespace

std::span<const SectionSpec> report_sections(ReportKind kind) {
  if (kind == ReportKind::gap) return kGapSections;
  return kReadinessSections;
}

const SectionSpec* find_section(ReportKind kind, std::string_view id) {
  for (const SectionSpec& s : report_sections(kind)) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

}  // namespace iso20k::reports
