#pragma once
// Running headers and footers. They are drawn in a final pass over all pages, once the page count is
// known, so footers can say "Page 3 of 12".
#include <hpdf.h>

#include <span>
#include <string>
#include <string_view>

#include "iso20k/reports/layout/document.h"
#include "iso20k/reports/layout/theme.h"

namespace iso20k::layout {

struct PageDecoration {
  std::string header_left;   // e.g. the firm's name
  std::string header_right;  // e.g. the report title
  std::string footer_left;   // e.g. "Confidential"
  std::string footer_center;
  // Right-hand footer; "{page}" and "{pages}" are replaced. Empty: no page numbers.
  std::string page_number_format = "Page {page} of {pages}";
  // Plain pages (the cover) still show the page number, as audit reports do so that a reader can tell
  // that no page is missing; nothing else is drawn on them.
  bool number_plain_pages = false;
};

// "Page {page} of {pages}" with the numbers filled in.
std::string format_page_number(std::string_view format, std::size_t page, std::size_t pages);

// Draws the header and footer on every page of `doc` except those in `plain` (e.g. the cover), which
// get at most the page number (decoration.number_plain_pages).
void decorate_pages(Document& doc, const Theme& theme, const PageDecoration& decoration,
                    std::span<const HPDF_Page> plain);

}  // namespace iso20k::layout
