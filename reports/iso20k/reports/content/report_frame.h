#pragma once
// The furniture every report kind shares: PDF metadata, the cover, running headers and footers, and
// the numbering of section headings ("3 Results by clause", "Appendix A Evidence register").
#include <functional>
#include <string>
#include <vector>

#include "iso20k/reports/content/report_text.h"
#include "iso20k/reports/layout/cover.h"
#include "iso20k/reports/layout/document.h"
#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/layout/page_decoration.h"
#include "iso20k/reports/report_input.h"
#include "iso20k/reports/template/report_sections.h"

namespace iso20k::reports {

// Title, author (the firm), subject, keywords, creator and the assessment date as creation date.
layout::Metadata report_metadata(const ReportInput& input, const ReportText& text, const std::string& title);

// The cover: logo, title, subtitle, organisation, assessment date, checklist, assessors, prepared by
// the firm, confidentiality label and the verdict as a badge.
layout::Cover report_cover(const ReportInput& input, const ReportText& text, const std::string& title,
                           const std::string& subtitle);

// Firm and report title in the header; confidentiality, organisation and "Page X of Y" in the footer.
layout::PageDecoration report_decoration(const ReportText& text, const std::string& title);

// Numbers sections in the order they are written: 1, 2, 3 … and appendices A, B ….
class SectionNumbers {
 public:
  explicit SectionNumbers(const ReportText& text) : text_(&text) {}
  std::string heading(const SectionSpec& spec);  // "2 Scope and method"
  // The letter the appendix `id` will get if the sections are written in `order` ("" when absent).
  static std::string appendix_letter(const std::vector<std::string>& order, ReportKind kind, const std::string& id);

 private:
  const ReportText* text_;
  int numbered_ = 0;
  int appendices_ = 0;
};

// The sections the template chooses for `kind`, in its order (none when it names none).
// With `annex`, every appendix of `kind` the template does not list is added at the end.
std::vector<std::string> section_order(const Template& tmpl, ReportKind kind, bool annex = false);

// The sections of a report of `kind` in `order`: the cover and the contents where they stand, every
// other section under its heading numbered by `numbers`, its blocks written by `body(id, out)`. Ids
// that are no section of `kind` are skipped (the template loader refuses them).
std::vector<Section> build_sections(ReportKind kind, const std::vector<std::string>& order, SectionNumbers& numbers,
                                    const std::function<void(const std::string& id, Blocks& out)>& body);

}  // namespace iso20k::reports
