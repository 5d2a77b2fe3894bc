#include "iso20k/reports/layout/toc.h"

#include <algorithm>
#include <vector>

#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/text.h"

namespace iso20k::layout {
namespace {

struct EntryStyle {
  TextStyle text;
  double indent;
  double space_before;
};

EntryStyle entry_style(const Theme& theme, int level) {
  if (level <= 1) return {TextStyle{FontFace::bold, 10.5, theme.primary, 1.45, Align::left}, 0, 7};
  if (level == 2) return {TextStyle{FontFace::regular, 10, theme.ink, 1.45, Align::left}, 18, 1};
  return {TextStyle{FontFace::regular, 9.5, theme.muted, 1.45, Align::left}, 36, 0};
}

// Lays the contents out and returns the page count; with `target`, also draws them there, page k of the
// contents on target->page(first_page + k).
std::size_t lay_out(const Document& doc, const Theme& theme, std::span<const TocEntry> entries, Document* target,
                    std::size_t first_page) {
  const bool draw = target != nullptr;
  const Box frame = doc.frame();
  const HeadingStyle& title = theme.h1;
  const double number_width = doc.text_width("0000", FontFace::bold, 10.5);
  std::size_t page = 0;
  double y = frame.top();

  const auto canvas = [&] { return Canvas(*target, target->page(first_page + page)); };

  {  // the title, styled like a level-1 heading
    const std::vector<std::string> lines =
        wrap_text(doc, theme.contents_title, title.text.face, title.text.size, frame.w);
    if (draw) canvas().lines(lines, frame.x, y, frame.w, title.text);
    y -= static_cast<double>(lines.size()) * title.text.leading();
    if (title.rule && draw) {
      canvas().line({frame.left(), y - 3}, {frame.right(), y - 3}, Stroke{theme.accent, 0.8, LineStyle::solid});
    }
    y -= (title.rule ? 4 : 0) + title.space_after + 4;
  }

  bool top_of_page = false;
  for (const TocEntry& entry : entries) {
    const EntryStyle style = entry_style(theme, entry.level);
    const double title_width = frame.w - style.indent - number_width - 14;
    std::vector<std::string> lines = wrap_text(doc, entry.text, style.text.face, style.text.size, title_width, 3);
    const double height = static_cast<double>(lines.size()) * style.text.leading();
    const double before = top_of_page ? 0 : style.space_before;
    if (y - before - height < frame.bottom()) {
      ++page;
      y = frame.top();
      top_of_page = true;
    }
    if (!top_of_page) y -= before;
    top_of_page = false;
    if (draw) {
      if (entry.target == nullptr) throw LayoutError("table of contents entry without a target page");
      Canvas c = canvas();
      const double x = frame.x + style.indent;
      c.lines(lines, x, y, title_width, style.text);
      const double last_top = y - static_cast<double>(lines.size() - 1) * style.text.leading();
      const double baseline = last_top - baseline_offset(doc, style.text);
      const std::string number = std::to_string(doc.page_index(entry.target) + 1);
      TextStyle number_style = style.text;
      number_style.align = Align::right;
      c.text(number, frame.right(), baseline, number_style);
      const double leader_from = x + c.text_width(lines.back(), style.text.face, style.text.size) + 5;
      const double leader_to = frame.right() - c.text_width(number, style.text.face, style.text.size) - 5;
      if (leader_to - leader_from > 6) {
        c.line({leader_from, baseline + 0.8}, {leader_to, baseline + 0.8}, Stroke{theme.muted, 0.7, LineStyle::dotted});
      }
      c.link(Box{x - 2, y - height, frame.right() - x + 4, height}, entry.target, entry.target_top);
    }
    y -= height;
  }
  return page + 1;
}

}  // namespace

std::size_t table_of_contents_pages(const Document& doc, const Theme& theme, std::span<const TocEntry> entries) {
  return lay_out(doc, theme, entries, nullptr, 0);
}

std::size_t insert_table_of_contents(Document& doc, const Theme& theme, std::span<const TocEntry> entries,
                                     std::size_t index) {
  const std::size_t pages = table_of_contents_pages(doc, theme, entries);
  for (std::size_t k = 0; k < pages; ++k) doc.insert_page(index + k);
  lay_out(doc, theme, entries, &doc, index);
  return pages;
}

}  // namespace iso20k::layout
