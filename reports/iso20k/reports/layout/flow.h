#pragma once
// The flow: a cursor moving down the text frame of successive pages. Blocks (headings, paragraphs,
// lists, tables, charts) ask for the height they need; when it does not fit, a new page begins.
//
// Headings are kept with what follows: a heading is held back until the next block is placed, and both
// go to a new page together if the first part of that block (two lines of a paragraph, a table's header
// and first row, a chart) does not fit under it. A block of one line under a heading (a one-line
// paragraph or list item) waits with the heading for the block after it, so that no heading ever stands
// above fewer than two lines of its content at the foot of a page. Headings feed the outline (bookmarks)
// and the table of contents, which finish() renders together with the page headers and footers.
#include <hpdf.h>

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/document.h"
#include "iso20k/reports/layout/page_decoration.h"
#include "iso20k/reports/layout/theme.h"

namespace iso20k::layout {

struct HeadingRecord {
  int level = 1;
  std::string text;
  HPDF_Page page = nullptr;
  double top = 0;  // top of the heading's text box
  // What the flow placed under the heading up to the next heading, to check that no heading is left
  // at the foot of a page (tests/support/heading_probe.h): the lines of it on the heading's page (a
  // line of text is one; a block taken whole, such as a table row or a chart, is one, or two when it
  // is at least two body lines tall), and whether any of it went on to a later page.
  int lines_after = 0;
  bool continues = false;
  bool page_break_after = false;  // a page break was asked for right after its content
};

class Flow {
 public:
  explicit Flow(Document& doc, Theme theme = {});

  Document& document() const { return *doc_; }
  const Theme& theme() const { return theme_; }
  Box frame() const { return frame_; }

  // The current page, started if there is none yet (or a page break is pending).
  HPDF_Page page();
  Canvas canvas() { return Canvas(*doc_, page()); }
  // Top of the free space on the current page, and how much is left above the bottom margin.
  double cursor() const { return y_; }
  double remaining() const;
  bool at_page_top() const { return !has_content_; }

  void new_page();    // start a page now
  void page_break();  // the next block starts on a new page (never leaves a blank page)
  // Makes sure the pending headings (and the short blocks waiting with them) and `height` below them
  // fit together under the cursor; starts a new page when not. They stay pending and are placed with
  // the next block, so that a keep() made for too little (a guess of what follows) never parts a
  // heading from its content. Afterwards remaining() >= their height + `height`, unless that exceeds
  // a whole page.
  void keep(double height);
  // keep(height), places the pending headings, then hands out the box of that height at the cursor and
  // moves below it. Throws if `height` is taller than the frame.
  Box take(double height);
  // take(height) together with the canvas of the page the box landed on: the way to place a chart.
  //   auto [canvas, box] = flow.place(200); draw_bar_chart(canvas, chart, box);
  struct Placed {
    Canvas canvas;
    Box box;
  };
  Placed place(double height);
  // A vertical gap; swallowed at the top of a page.
  void space(double height);

  void heading(int level, std::string_view text);  // level 1..3
  void paragraph(std::string_view text);
  void paragraph(std::string_view text, const TextStyle& style);
  void bullets(std::span<const std::string> items);
  void bullets(std::span<const std::string> items, const TextStyle& style);

  // The table of contents goes here, on pages of its own, rendered by finish().
  void table_of_contents();
  // No header or footer on the current page (the cover).
  void mark_plain_page();

  // Places pending headings, renders the table of contents and draws headers and footers on all
  // pages. Call once, after the last block and before Document::save.
  void finish(const PageDecoration& decoration);

  const std::vector<HeadingRecord>& headings() const { return headings_; }

 private:
  // A heading waiting for what follows it, or a one-line block that followed a heading and waits with
  // it for the next block.
  struct Pending {
    bool heading = true;
    int level = 1;                   // a heading's
    std::string text;                // a heading's
    std::vector<std::string> lines;  // the heading's lines, or the block's
    TextStyle style;                 // a block's
    double indent = 0;               // a block's
    std::string marker;              // a block's (a list item's bullet)
    double gap = 0;                  // a block's: the space asked for after it
  };

  void ensure_page();
  double heading_height(const Pending& heading, bool at_top, double trailing) const;
  double pending_height() const;
  // Lines still owed to the last pending heading (two minus the pending block lines under it); 0 when
  // no heading is pending.
  std::size_t owed_lines() const;
  void place_pending();
  void place_heading(const Pending& heading);
  void place_block(const Pending& block);
  void draw_lines(std::span<const std::string> lines, const TextStyle& style, double indent,
                  std::string_view marker);
  void flow_lines(const std::vector<std::string>& lines, const TextStyle& style, double indent,
                  std::string_view marker);
  // Counts `lines` of content for the heading placed last (HeadingRecord::lines_after, continues).
  void count_content(int lines);

  Document* doc_;
  Theme theme_;
  Box frame_;
  HPDF_Page page_ = nullptr;
  double y_ = 0;
  bool has_content_ = false;
  bool break_pending_ = false;
  double trailing_space_ = 0;  // gap already left under the last block
  std::vector<Pending> pending_;
  std::vector<HeadingRecord> headings_;
  std::optional<std::size_t> open_heading_;  // index in headings_ of the heading whose content is placed
  std::array<HPDF_Outline, 3> outline_stack_{};
  std::optional<std::size_t> toc_index_;
  HPDF_Outline toc_outline_ = nullptr;
  std::vector<HPDF_Page> plain_pages_;
  bool finished_ = false;
};

}  // namespace iso20k::layout
