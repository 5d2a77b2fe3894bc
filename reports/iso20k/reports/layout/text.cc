#include "iso20k/reports/layout/text.h"

#include <algorithm>

#include "iso20k/reports/layout/utf8.h"

namespace iso20k::layout {
namespace {

constexpr double kEpsilon = 1e-6;
constexpr std::string_view kEllipsis = "\u2026";

// The signs that follow their number after a space and must never start a line: "52.2 %", "3 \u2030".
bool starts_with_unit(std::string_view word) { return word.starts_with("%") || word.starts_with("\u2030"); }

// A standard's designation, which is never parted from the number after it ("ISO/IEC 20000-1:2018",
// "ISO 9001", "BS EN 62443"): two or more capital letters, perhaps with slashes.
bool is_designation(std::string_view word) {
  int letters = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c != '/') {
      return false;
    }
  }
  return letters >= 2;
}

bool starts_with_digit(std::string_view word) { return !word.empty() && word[0] >= '0' && word[0] <= '9'; }

// The last word of a run (after its last space).
std::string_view last_word(std::string_view run) {
  const std::size_t space = run.rfind(' ');
  return space == std::string_view::npos ? run : run.substr(space + 1);
}

// The pieces of one paragraph (no '\n') that a line is never broken between: runs of characters other
// than the ordinary space (so no-break spaces, slashes and hyphens stay inside a run), a unit sign joined
// to the run before it by one space, and so a number to the designation before it. Runs of spaces
// collapse.
std::vector<std::string> unbreakable_runs(std::string_view text) {
  std::vector<std::string> runs;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) break;
    std::size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(i, end - i);
    if (!runs.empty() && (starts_with_unit(word) || (starts_with_digit(word) && is_designation(last_word(runs.back()))))) {
      runs.back() += ' ';
      runs.back() += word;
    } else {
      runs.emplace_back(word);
    }
    i = end;
  }
  return runs;
}

class Wrapper {
 public:
  Wrapper(const Document& doc, FontFace face, double size, double max_width)
      : doc_(doc), face_(face), size_(size), max_width_(max_width), space_(doc.text_width(" ", face, size)) {}

  void paragraph(std::string_view text) {
    const std::vector<std::string> runs = unbreakable_runs(text);
    for (const std::string& run : runs) word(run);
    if (runs.empty() || !line_.empty()) flush();
  }

  std::vector<std::string> take() { return std::move(lines_); }

 private:
  double width(std::string_view s) const { return doc_.text_width(s, face_, size_); }

  void flush() {
    lines_.push_back(std::move(line_));
    line_.clear();
    line_width_ = 0;
  }

  void word(std::string_view w) {
    const double ww = width(w);
    if (!line_.empty()) {
      if (line_width_ + space_ + ww <= max_width_ + kEpsilon) {
        line_ += ' ';
        line_ += w;
        line_width_ += space_ + ww;
        return;
      }
      flush();
    }
    if (ww <= max_width_ + kEpsilon) {
      line_ = std::string(w);
      line_width_ = ww;
      return;
    }
    // A word wider than the line: break it after the last hyphen, slash or other punctuation that
    // leaves a piece fitting the line ("HVIT-" / "PROCEDURES-01,"), else between code points, at
    // least one code point per line.
    std::size_t start = 0;
    double acc = 0;        // the width of w[start, i)
    std::size_t cut = 0;   // the last break opportunity after start, if any (cut > start)
    double cut_acc = 0;    // the width of w[start, cut)
    for (std::size_t i = 0; i < w.size();) {
      const std::size_t next = next_code_point(w, i);
      const double cw = width(w.substr(i, next - i));
      if (i > start && acc + cw > max_width_ + kEpsilon) {
        const bool at_break = cut > start;
        const std::size_t end = at_break ? cut : i;
        line_ = std::string(w.substr(start, end - start));
        flush();
        acc = at_break ? acc - cut_acc : 0;
        start = end;
        continue;  // the rest may still not leave room for this code point
      }
      acc += cw;
      i = next;
      if (breaks_after(w[i - 1]) && i < w.size()) {
        cut = i;
        cut_acc = acc;
      }
    }
    line_ = std::string(w.substr(start));
    line_width_ = acc;
  }

  // Where a word too wide for the line may be broken: after these.
  static bool breaks_after(char c) {
    return c == '-' || c == '/' || c == '_' || c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == '\\';
  }

  const Document& doc_;
  FontFace face_;
  double size_;
  double max_width_;
  double space_;
  std::vector<std::string> lines_;
  std::string line_;
  double line_width_ = 0;
};

// Drops code points from the end of `line` until line + ellipsis fits.
std::string with_ellipsis(const Document& doc, std::string line, FontFace face, double size, double max_width) {
  const double ellipsis = doc.text_width(kEllipsis, face, size);
  while (!line.empty() && doc.text_width(line, face, size) + ellipsis > max_width + kEpsilon) {
    std::size_t last = 0;
    for (std::size_t i = 0; i < line.size(); i = next_code_point(line, i)) last = i;
    line.erase(last);
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line + std::string(kEllipsis);
}

}  // namespace

std::vector<std::string> wrap_text(const Document& doc, std::string_view text, FontFace face, double size,
                                   double max_width) {
  const std::string clean = sanitize_utf8(text);
  Wrapper wrapper(doc, face, size, max_width);
  std::string_view rest = clean;
  for (;;) {
    const std::size_t nl = rest.find('\n');
    wrapper.paragraph(rest.substr(0, nl));
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
  return wrapper.take();
}

std::vector<std::string> wrap_text(const Document& doc, std::string_view text, FontFace face, double size,
                                   double max_width, std::size_t max_lines) {
  std::vector<std::string> lines = wrap_text(doc, text, face, size, max_width);
  if (max_lines == 0) return {};
  if (lines.size() > max_lines) {
    lines.resize(max_lines);
    lines.back() = with_ellipsis(doc, std::move(lines.back()), face, size, max_width);
  }
  return lines;
}

std::string fit_text(const Document& doc, std::string_view text, FontFace face, double size, double max_width) {
  std::string clean = sanitize_utf8(text);
  for (char& c : clean) {
    if (c == '\n') c = ' ';
  }
  if (doc.text_width(clean, face, size) <= max_width + kEpsilon) return clean;
  return with_ellipsis(doc, std::move(clean), face, size, max_width);
}

double widest_word(const Document& doc, std::string_view text, FontFace face, double size) {
  const std::string clean = sanitize_utf8(text);
  std::string_view rest = clean;
  double widest = 0;
  for (;;) {
    const std::size_t nl = rest.find('\n');
    for (const std::string& run : unbreakable_runs(rest.substr(0, nl))) {
      widest = std::max(widest, doc.text_width(run, face, size));
    }
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
  return widest;
}

double baseline_offset(const Document& doc, const TextStyle& style) {
  const double ascent = doc.ascent(style.face) * style.size;
  const double glyphs = (doc.ascent(style.face) - doc.descent(style.face)) * style.size;
  return (style.leading() - glyphs) / 2 + ascent;
}

}  // namespace iso20k::layout
