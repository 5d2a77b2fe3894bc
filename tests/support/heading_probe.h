#pragma once
// Test helpers (header-only): headings left at the foot of a page, i.e. with fewer than two lines of
// their content under them on their page while the page ends there: their content, or the heading
// that follows them (a sub-heading, or the next section when theirs is one line), goes on over the
// page. Two ways to find them: from the flow's own records
// (layout::Flow::headings()), exact, for tests that build a flow; and from a finished PDF (its
// bookmarks and the text lines pdftotext -bbox finds under each), for whole reports.
#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <span>
#include <string>
#include <vector>

#include "iso20k/reports/layout/flow.h"
#include "iso20k/reports/layout/geometry.h"
#include "support/pdf_probe.h"

namespace iso20k::testing {

// From the flow's records: "<heading>: <why>" for each orphaned heading, empty when there is none. A
// short section that ends at a page break the report asked for is no orphan.
inline std::vector<std::string> orphaned_headings(std::span<const layout::HeadingRecord> headings) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < headings.size(); ++i) {
    const layout::HeadingRecord& h = headings[i];
    const bool next_later = i + 1 < headings.size() && headings[i + 1].page != h.page;
    if (h.lines_after >= 2) continue;
    if (h.continues) {
      out.push_back(h.text + ": " + std::to_string(h.lines_after) + " line(s) under it, the rest on a later page");
    } else if (next_later && !h.page_break_after) {
      out.push_back(h.text + (h.lines_after == 0 ? ": alone" : ": 1 line under it") +
                    ", the heading that follows it on a later page");
    }
  }
  return out;
}

namespace detail {

inline std::string without_spaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\n' && c != '\t') out += c;
  }
  return out;
}

inline std::string unescape_html(std::string s) {
  const std::pair<const char*, const char*> entities[] = {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
                                                          {"&apos;", "'"}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) {
      s.replace(at, std::string(from).size(), to);
    }
  }
  return s;
}

struct TextLine {
  double y = 0;  // top of the line, points from the top of the page
  std::string text;
};

struct PageLines {
  double height = 0;
  std::vector<TextLine> lines;  // inside the text frame, top to bottom
};

// Every page's text lines inside the frame (so without running headers and footers), from one run of
// pdftotext -bbox: words whose tops agree to the point form a line.
inline std::vector<PageLines> frame_lines(const fs::path& pdf, const layout::Margins& margins) {
  const std::string html = run("pdftotext -bbox " + quote(pdf) + " -").output;
  static const std::regex page_re(R"re(<page width="([\d.]+)" height="([\d.]+)">)re");
  static const std::regex word_re(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  std::vector<PageLines> pages;
  std::size_t at = 0;
  std::smatch m;
  while (true) {
    std::string::const_iterator from = html.begin() + static_cast<std::ptrdiff_t>(at);
    if (!std::regex_search(from, html.end(), m, page_re)) break;
    const std::size_t start = at + static_cast<std::size_t>(m.position(0) + m.length(0));
    const std::size_t end = html.find("</page>", start);
    PageLines page;
    page.height = std::stod(m[2].str());
    std::map<long, std::string> lines;
    const std::string body = html.substr(start, end - start);
    for (std::sregex_iterator w(body.begin(), body.end(), word_re), last; w != last; ++w) {
      const double y0 = std::stod((*w)[2].str());
      const double y1 = std::stod((*w)[4].str());
      if (y0 < margins.top - 2 || y1 > page.height - margins.bottom + 2) continue;
      std::string& line = lines[std::lround(y0)];
      line += (line.empty() ? "" : " ") + unescape_html((*w)[5].str());
    }
    for (const auto& [y, text] : lines) page.lines.push_back(TextLine{static_cast<double>(y), text});
    pages.push_back(std::move(page));
    at = end == std::string::npos ? html.size() : end;
  }
  return pages;
}

struct OutlineHeading {
  int level = 1;
  int page = 0;
  double top = 0;  // the heading's top, points from the top of the page
  std::string title;
};

inline void flatten(const std::vector<PdfOutline>& outlines, const std::vector<PageLines>& pages, int level,
                    std::vector<OutlineHeading>& out) {
  for (const PdfOutline& o : outlines) {
    if (o.page >= 1 && static_cast<std::size_t>(o.page) <= pages.size() && o.top > 0) {
      // The flow points bookmarks 6 pt above the heading's text box.
      out.push_back(
          OutlineHeading{level, o.page, pages[static_cast<std::size_t>(o.page - 1)].height - (o.top - 6), o.title});
    }
    flatten(o.kids, pages, level + 1, out);
  }
}

}  // namespace detail

// From a finished PDF whose bookmarks are its headings (as the flow makes them), with the page
// margins of its text frame: "p<page> <heading>: <why>" for each orphaned heading. It counts lines of
// text, so a block without text (an image, a chart without labels) counts as none; and it cannot see
// page breaks, so a one-line section just before one counts as an orphan.
inline std::vector<std::string> orphaned_headings_in_pdf(const fs::path& pdf, const layout::Margins& margins = {}) {
  const std::vector<detail::PageLines> pages = detail::frame_lines(pdf, margins);
  std::vector<detail::OutlineHeading> headings;
  detail::flatten(pdf_structure(pdf).outlines, pages, 1, headings);
  std::stable_sort(headings.begin(), headings.end(), [](const auto& a, const auto& b) {
    return a.page != b.page ? a.page < b.page : a.top < b.top;
  });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < headings.size(); ++i) {
    const detail::OutlineHeading& h = headings[i];
    const detail::OutlineHeading* next = i + 1 < headings.size() ? &headings[i + 1] : nullptr;
    const bool next_here = next != nullptr && next->page == h.page;
    // The lines from the heading down to the next heading on the page; the heading's own come first.
    std::vector<std::string> below;
    for (const detail::TextLine& line : pages[static_cast<std::size_t>(h.page - 1)].lines) {
      if (line.y >= h.top - 3 && (!next_here || line.y < next->top - 3)) below.push_back(line.text);
    }
    const std::string title = detail::without_spaces(h.title);
    std::string seen;
    std::size_t k = 0;
    while (k < below.size() && seen.size() < title.size()) seen += detail::without_spaces(below[k++]);
    const std::size_t under = below.size() - k;
    // Lines of the same section at the top of the next page, before the next heading there.
    std::size_t over = 0;
    if (!next_here && static_cast<std::size_t>(h.page) < pages.size()) {
      const bool next_there = next != nullptr && next->page == h.page + 1;
      for (const detail::TextLine& line : pages[static_cast<std::size_t>(h.page)].lines) {
        if (!next_there || line.y < next->top - 3) ++over;
      }
    }
    const std::string where = "p" + std::to_string(h.page) + " " + h.title + ": ";
    if (under >= 2) continue;
    if (over > 0) {
      out.push_back(where + std::to_string(under) + " line(s) under it, the rest on a later page");
    } else if (next != nullptr && !next_here) {
      out.push_back(where + (under == 0 ? "alone" : "1 line under it") + ", the heading that follows it on a later page");
    }
  }
  return out;
}

}  // namespace iso20k::testing
