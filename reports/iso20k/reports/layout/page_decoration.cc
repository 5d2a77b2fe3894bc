#include "iso20k/reports/layout/page_decoration.h"

#include <algorithm>

#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/text.h"

namespace iso20k::layout {
namespace {

void replace_all(std::string& s, std::string_view token, const std::string& value) {
  for (std::size_t pos = s.find(token); pos != std::string::npos; pos = s.find(token, pos + value.size())) {
    s.replace(pos, token.size(), value);
  }
}

}  // namespace

std::string format_page_number(std::string_view format, std::size_t page, std::size_t pages) {
  std::string text(format);
  replace_all(text, "{page}", std::to_string(page));
  replace_all(text, "{pages}", std::to_string(pages));
  return text;
}

void decorate_pages(Document& doc, const Theme& theme, const PageDecoration& decoration,
                    std::span<const HPDF_Page> plain) {
  const Margins& m = doc.options().margins;
  const Box frame = doc.frame();
  const double header_baseline = doc.page_height() - std::max(22.0, m.top - 28);
  const double footer_baseline = std::max(18.0, m.bottom - 34);
  TextStyle style = theme.small();
  TextStyle strong = style;
  strong.face = FontFace::bold;
  strong.color = theme.primary;
  const Stroke rule{theme.rule, 0.5, LineStyle::solid};
  const bool header = !decoration.header_left.empty() || !decoration.header_right.empty();
  const std::size_t pages = doc.page_count();

  for (std::size_t i = 0; i < pages; ++i) {
    HPDF_Page page = doc.page(i);
    Canvas canvas(doc, page);
    const std::string number = decoration.page_number_format.empty()
                                   ? std::string()
                                   : format_page_number(decoration.page_number_format, i + 1, pages);
    if (std::find(plain.begin(), plain.end(), page) != plain.end()) {
      if (decoration.number_plain_pages && !number.empty()) {
        TextStyle right = style;
        right.align = Align::right;
        canvas.text(number, frame.right(), footer_baseline, right);
      }
      continue;
    }
    const double half = frame.w / 2 - 6;
    if (header) {
      canvas.text(fit_text(doc, decoration.header_left, strong.face, strong.size, half), frame.left(),
                  header_baseline, strong);
      TextStyle right = style;
      right.align = Align::right;
      canvas.text(fit_text(doc, decoration.header_right, style.face, style.size, half), frame.right(),
                  header_baseline, right);
      canvas.line({frame.left(), header_baseline - 6}, {frame.right(), header_baseline - 6}, rule);
    }
    const double third = frame.w / 3 - 6;
    canvas.line({frame.left(), footer_baseline + 11}, {frame.right(), footer_baseline + 11}, rule);
    const std::string left = fit_text(doc, decoration.footer_left, style.face, style.size,
                                      decoration.footer_center.empty() ? half : third);
    canvas.text(left, frame.left(), footer_baseline, style);
    if (!decoration.footer_center.empty()) {
      // The centre takes whatever the left text and the page number leave, at least a third.
      const double side = std::max(doc.text_width(left, style.face, style.size),
                                   doc.text_width(number, style.face, style.size));
      const double room = std::max(third, frame.w - 2 * side - 24);
      TextStyle centre = style;
      centre.align = Align::center;
      canvas.text(fit_text(doc, decoration.footer_center, style.face, style.size, room),
                  frame.left() + frame.w / 2, footer_baseline, centre);
    }
    if (!number.empty()) {
      TextStyle right = style;
      right.align = Align::right;
      canvas.text(number, frame.right(), footer_baseline, right);
    }
  }
}

}  // namespace iso20k::layout
