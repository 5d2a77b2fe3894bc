#include "iso20k/reports/layout/flow.h"

#include <algorithm>
#include <cmath>

#include "iso20k/format/number_text.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/text.h"
#include "iso20k/reports/layout/toc.h"

namespace iso20k::layout {
namespace {

constexpr double kEpsilon = 1e-6;
constexpr double kRuleGap = 4;      // from the last line of a level-1 heading to its rule
constexpr double kRuleWidth = 0.8;
constexpr double kBulletIndent = 14;

}  // namespace

Flow::Flow(Document& doc, Theme theme) : doc_(&doc), theme_(std::move(theme)), frame_(doc.frame()) {
  y_ = frame_.top();
}

double Flow::remaining() const {
  if (page_ == nullptr || break_pending_) return frame_.h;
  return y_ - frame_.bottom();
}

HPDF_Page Flow::page() {
  ensure_page();
  return page_;
}

void Flow::ensure_page() {
  if (page_ == nullptr || break_pending_) new_page();
}

void Flow::new_page() {
  page_ = doc_->add_page();
  y_ = frame_.top();
  has_content_ = false;
  break_pending_ = false;
  trailing_space_ = 0;
}

void Flow::page_break() {
  // What waits for a block goes before the break, but for the headings at its end: those belong with
  // the block after the break.
  std::size_t keep_back = 0;
  while (keep_back < pending_.size() && pending_[pending_.size() - 1 - keep_back].heading) ++keep_back;
  if (keep_back < pending_.size()) {
    std::vector<Pending> headings(pending_.end() - static_cast<std::ptrdiff_t>(keep_back), pending_.end());
    pending_.resize(pending_.size() - keep_back);
    keep(0);
    place_pending();
    pending_ = std::move(headings);
  }
  if (page_ != nullptr) break_pending_ = true;
  if (open_heading_) headings_[*open_heading_].page_break_after = true;
}

double Flow::heading_height(const Pending& heading, bool at_top, double trailing) const {
  const HeadingStyle& style = theme_.heading(heading.level);
  const double before = at_top ? 0 : std::max(0.0, style.space_before - trailing);
  return before + static_cast<double>(heading.lines.size()) * style.text.leading() +
         (style.rule ? kRuleGap + kRuleWidth : 0) + style.space_after;
}

double Flow::pending_height() const {
  double total = 0;
  bool at_top = page_ == nullptr || break_pending_ || !has_content_;
  double trailing = at_top ? 0 : trailing_space_;
  for (const Pending& p : pending_) {
    if (p.heading) {
      total += heading_height(p, at_top, trailing);
      trailing = theme_.heading(p.level).space_after;
    } else {
      total += static_cast<double>(p.lines.size()) * p.style.leading() + p.gap;
      trailing = p.gap;
    }
    at_top = false;
  }
  return total;
}

std::size_t Flow::owed_lines() const {
  std::size_t under = 0;
  for (auto it = pending_.rbegin(); it != pending_.rend(); ++it) {
    if (it->heading) return under >= 2 ? 0 : 2 - under;
    under += it->lines.size();
  }
  return 0;
}

void Flow::count_content(int lines) {
  if (!open_heading_) return;
  HeadingRecord& h = headings_[*open_heading_];
  if (h.page == page_) {
    h.lines_after += lines;
  } else {
    h.continues = true;
  }
}

void Flow::keep(double height) {
  ensure_page();
  if (has_content_ && pending_height() + height > remaining() + kEpsilon) new_page();
}

Box Flow::take(double height) {
  if (height > frame_.h + kEpsilon) {
    throw LayoutError("a block " + fixed_text(height, 1) + " pt tall does not fit on a page (the text frame is " +
                      fixed_text(frame_.h, 1) + " pt tall)");
  }
  keep(height);
  place_pending();
  if (height > remaining() + kEpsilon) new_page();  // only after headings that filled the page
  const Box box{frame_.x, y_ - height, frame_.w, height};
  y_ -= height;
  has_content_ = true;
  trailing_space_ = 0;
  count_content(height >= 2 * theme_.body().leading() - kEpsilon ? 2 : 1);
  return box;
}

Flow::Placed Flow::place(double height) {
  const Box box = take(height);
  return Placed{Canvas(*doc_, page_), box};
}

void Flow::space(double height) {
  if (height <= 0) return;
  if (!pending_.empty()) {
    if (!pending_.back().heading) pending_.back().gap += height;  // after a block waiting with its heading
    return;
  }
  if (page_ == nullptr || break_pending_ || !has_content_) return;
  const double gap = std::min(height, remaining());
  y_ -= gap;
  trailing_space_ += gap;
}

void Flow::heading(int level, std::string_view text) {
  if (level < 1 || level > 3) throw LayoutError("heading level " + std::to_string(level) + " is not 1, 2 or 3");
  const HeadingStyle& style = theme_.heading(level);
  Pending p;
  p.level = level;
  p.text = std::string(text);
  p.lines = wrap_text(*doc_, text, style.text.face, style.text.size, frame_.w);
  pending_.push_back(std::move(p));
}

void Flow::place_pending() {
  std::vector<Pending> pending;
  pending.swap(pending_);
  for (const Pending& p : pending) {
    if (p.heading) {
      place_heading(p);
    } else {
      place_block(p);
    }
  }
}

void Flow::place_block(const Pending& block) {
  ensure_page();
  const double height = static_cast<double>(block.lines.size()) * block.style.leading();
  if (has_content_ && height > remaining() + kEpsilon) new_page();  // only when keep() could not help
  draw_lines(block.lines, block.style, block.indent, block.marker);
  space(block.gap);
}

void Flow::place_heading(const Pending& heading) {
  ensure_page();
  const HeadingStyle& style = theme_.heading(heading.level);
  const double height = heading_height(heading, !has_content_, trailing_space_);
  if (has_content_ && height > remaining() + kEpsilon) new_page();
  if (has_content_) y_ -= std::max(0.0, style.space_before - trailing_space_);
  const double top = y_;
  Canvas canvas(*doc_, page_);
  canvas.lines(heading.lines, frame_.x, y_, frame_.w, style.text);
  y_ -= static_cast<double>(heading.lines.size()) * style.text.leading();
  if (style.rule) {
    y_ -= kRuleGap;
    canvas.line({frame_.left(), y_}, {frame_.right(), y_}, Stroke{theme_.accent, kRuleWidth, LineStyle::solid});
    y_ -= kRuleWidth;
  }
  y_ -= style.space_after;
  trailing_space_ = style.space_after;
  has_content_ = true;

  headings_.push_back(HeadingRecord{heading.level, heading.text, page_, top, 0, false, false});
  open_heading_ = headings_.size() - 1;
  const auto level = static_cast<std::size_t>(heading.level);
  HPDF_Outline parent = nullptr;
  for (std::size_t l = level - 1; l > 0; --l) {
    if (outline_stack_[l - 1] != nullptr) {
      parent = outline_stack_[l - 1];
      break;
    }
  }
  outline_stack_[level - 1] = doc_->add_outline(parent, heading.text, page_, top + 6);
  for (std::size_t l = level; l < outline_stack_.size(); ++l) outline_stack_[l] = nullptr;
}

void Flow::draw_lines(std::span<const std::string> lines, const TextStyle& style, double indent,
                      std::string_view marker) {
  Canvas canvas(*doc_, page_);
  canvas.lines(lines, frame_.x + indent, y_, frame_.w - indent, style);
  if (!marker.empty()) {
    TextStyle marker_style = style;
    marker_style.align = Align::left;
    canvas.text(marker, frame_.x + indent - kBulletIndent + 3, y_ - baseline_offset(*doc_, style), marker_style);
  }
  y_ -= static_cast<double>(lines.size()) * style.leading();
  has_content_ = true;
  trailing_space_ = 0;
  count_content(static_cast<int>(lines.size()));
}

void Flow::flow_lines(const std::vector<std::string>& lines, const TextStyle& style, double indent,
                      std::string_view marker) {
  const double leading = style.leading();
  const std::size_t n = lines.size();
  if (n < owed_lines()) {
    // Too short to keep the heading company on its own: it waits with the heading for the next block.
    Pending block;
    block.heading = false;
    block.lines = lines;
    block.style = style;
    block.indent = indent;
    block.marker = std::string(marker);
    pending_.push_back(std::move(block));
    return;
  }
  std::size_t i = 0;
  while (i < n) {
    keep(static_cast<double>(std::min<std::size_t>(n - i, 2)) * leading);  // no orphan line
    place_pending();
    auto fit = static_cast<std::size_t>(std::floor((remaining() + kEpsilon) / leading));
    if (fit == 0) {
      new_page();
      fit = static_cast<std::size_t>(std::floor((remaining() + kEpsilon) / leading));
      if (fit == 0) throw LayoutError("a line of text is taller than the page");
    }
    std::size_t count = std::min(fit, n - i);
    if (n - i - count == 1 && count >= 3) --count;  // no widow line
    draw_lines(std::span(lines).subspan(i, count), style, indent, i == 0 ? marker : std::string_view());
    i += count;
    if (i < n) new_page();
  }
}

void Flow::paragraph(std::string_view text) { paragraph(text, theme_.body()); }

void Flow::paragraph(std::string_view text, const TextStyle& style) {
  flow_lines(wrap_text(*doc_, text, style.face, style.size, frame_.w), style, 0, {});
  space(theme_.paragraph_space);
}

void Flow::bullets(std::span<const std::string> items) { bullets(items, theme_.body()); }

void Flow::bullets(std::span<const std::string> items, const TextStyle& style) {
  for (const std::string& item : items) {
    flow_lines(wrap_text(*doc_, item, style.face, style.size, frame_.w - kBulletIndent), style, kBulletIndent,
               "\u2022");
    space(style.size * 0.3);
  }
  space(theme_.paragraph_space);
}

void Flow::table_of_contents() {
  if (toc_index_) throw LayoutError("the table of contents is placed twice");
  place_pending();
  toc_index_ = page_ == nullptr ? 0 : doc_->page_count();
  toc_outline_ = doc_->add_outline(nullptr, theme_.contents_title);
  page_break();
}

void Flow::mark_plain_page() { plain_pages_.push_back(page()); }

void Flow::finish(const PageDecoration& decoration) {
  if (finished_) throw LayoutError("the flow is finished twice");
  finished_ = true;
  if (!pending_.empty()) {
    keep(0);
    place_pending();
  }
  if (toc_index_) {
    std::vector<TocEntry> entries;
    for (const HeadingRecord& h : headings_) {
      if (h.level <= theme_.toc_depth) entries.push_back(TocEntry{h.level, h.text, h.page, h.top + 6});
    }
    insert_table_of_contents(*doc_, theme_, entries, *toc_index_);
    doc_->point_outline(toc_outline_, doc_->page(*toc_index_), frame_.top() + 6);
  }
  decorate_pages(*doc_, theme_, decoration, plain_pages_);
}

}  // namespace iso20k::layout
