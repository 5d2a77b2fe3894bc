#pragma once
// The table of contents: one line per heading (indented by level) with a dotted leader and the page
// number, each line a link to its heading. Rendered after the body is laid out, on pages inserted where
// the contents belong, so the page numbers are final.
#include <hpdf.h>

#include <cstddef>
#include <span>
#include <string>

#include "iso20k/reports/layout/document.h"
#include "iso20k/reports/layout/theme.h"

namespace iso20k::layout {

struct TocEntry {
  int level = 1;        // 1..3
  std::string text;
  HPDF_Page target = nullptr;
  double target_top = 0;  // where the heading starts on its page
};

// How many pages the contents take (with theme.contents_title at the top of the first).
std::size_t table_of_contents_pages(const Document& doc, const Theme& theme, std::span<const TocEntry> entries);

// Inserts the contents pages before the page now at `index` (or at the end) and draws them. Page
// numbers are physical page numbers in the final document. Returns the number of pages inserted.
std::size_t insert_table_of_contents(Document& doc, const Theme& theme, std::span<const TocEntry> entries,
                                     std::size_t index);

}  // namespace iso20k::layout
