#pragma once
// The PDF layer of the reports: lays a report's content (content/report_content.h) out on pages with
// the template's paper size, colours and fonts — the cover, the table of contents, each section under
// its heading, the running headers and footers — and returns the PDF's bytes (deterministic).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/template/template.h"

namespace iso20k::reports {

struct RenderedPdf {
  std::vector<std::uint8_t> bytes;
  std::size_t pages = 0;
};

// Throws layout::LayoutError for content the layout cannot place (a logo libharu cannot read).
RenderedPdf render_pdf(const ReportContent& content, const Template& tmpl);

}  // namespace iso20k::reports
