#pragma once
// The HTML layer of the reports: a report's content (content/report_content.h) as ONE self-contained
// HTML5 document — the same sections and blocks the PDF layer lays out, in the template's language,
// colours and fonts (DejaVu Sans), with CSS for the screen and for print (CSS paged media: the
// template's paper size, running header and footer with "Page X of Y", page breaks before numbered
// sections, table headers repeated), the cover's logo embedded as a data: URI, a contents list linking
// to the sections, and every chart kind drawn as inline SVG from the same chart data.
//
// The markup is polyglot (well-formed XML as well as HTML5: void elements closed, only the XML
// entities, no '&' or '<' in the style sheet), so it can be parsed by an XML parser. Deterministic:
// the same content gives the same bytes, whatever the locale (numbers through format/number_text.h).
#include <string>

#include "iso20k/reports/content/report_content.h"
#include "iso20k/reports/template/template.h"

namespace iso20k::reports {

// Throws layout::LayoutError for content that cannot be written (a logo that is missing or not a
// sound PNG or JPEG, as the PDF layer refuses it).
std::string render_html(const ReportContent& content, const Template& tmpl);

}  // namespace iso20k::reports
