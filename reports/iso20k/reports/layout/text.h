#pragma once
// Measuring and wrapping UTF-8 text. libharu's own TextRect silently drops what does not fit, so all
// line breaking happens here: at ordinary spaces only, and inside words that are wider than the line
// (after a hyphen, slash or other punctuation, else at code point boundaries, never inside a UTF-8
// sequence). A no-break space (U+00A0, U+202F: no_break.h) is never a break point, nor is a hyphen or
// slash inside a word that fits the line, nor the space before a percent or per-mille sign ("52.2 %"),
// nor the space between a standard's designation and its number ("ISO/IEC 20000-1:2018", "ISO 9001":
// a word of capital letters and slashes, then one starting with a digit).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/reports/layout/color.h"
#include "iso20k/reports/layout/document.h"

namespace iso20k::layout {

enum class Align { left, center, right };

struct TextStyle {
  FontFace face = FontFace::regular;
  double size = 10;                // points
  Color color = hex(0x1F2933);
  double line_height = 1.4;        // distance between baselines, as a multiple of size
  Align align = Align::left;

  double leading() const { return size * line_height; }
};

// Lines of `text` no wider than `max_width`. '\n' forces a break; runs of spaces collapse to one and
// vanish at line ends; an empty text gives one empty line. Invalid UTF-8 is repaired first.
std::vector<std::string> wrap_text(const Document& doc, std::string_view text, FontFace face, double size,
                                   double max_width);

// At most `max_lines` lines; when text is cut, the last line ends with an ellipsis.
std::vector<std::string> wrap_text(const Document& doc, std::string_view text, FontFace face, double size,
                                   double max_width, std::size_t max_lines);

// `text` on one line, shortened with an ellipsis when it is wider than `max_width`.
std::string fit_text(const Document& doc, std::string_view text, FontFace face, double size, double max_width);

// The width of the widest word of `text` (words as wrap_text sees them: separated by ordinary spaces and
// '\n', "52.2 %" and "ISO 9001" one word each), 0 for none: the narrowest line `text` can be wrapped
// into without breaking a word.
double widest_word(const Document& doc, std::string_view text, FontFace face, double size);

// Distance from the top of a line box (height style.leading()) down to the baseline, so that the glyphs
// sit centred in the box.
double baseline_offset(const Document& doc, const TextStyle& style);

}  // namespace iso20k::layout
