#include "iso20k/reports/layout/utf8.h"

#include <cstdint>

#include "iso20k/util/utf8.h"

namespace iso20k::layout {
namespace {

unsigned byte_at(std::string_view text, std::size_t i) { return static_cast<unsigned char>(text[i]); }

// One character at `i`: its length and code point, or 0 when the bytes there are not UTF-8.
std::size_t decode(std::string_view text, std::size_t i, char32_t& cp) {
  const unsigned b0 = byte_at(text, i);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  return utf8_sequence(text, i, cp);
}

}  // namespace

std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t cp = 0;
    const std::size_t len = decode(text, i, cp);
    if (len == 0) {
      append_utf8(out, U'\uFFFD');
      ++i;
      continue;
    }
    if (cp == U'\t') {
      out += ' ';
    } else if (cp == U'\n') {
      out += '\n';
    } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
      // other control characters have no glyph: drop them
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::size_t next_code_point(std::string_view text, std::size_t i) {
  if (i >= text.size()) return text.size();
  std::size_t j = i + 1;
  while (j < text.size() && (byte_at(text, j) & 0xC0) == 0x80) ++j;
  return j;
}

std::size_t code_point_count(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); i = next_code_point(text, i)) ++n;
  return n;
}

char32_t decode_code_point(std::string_view text, std::size_t i) {
  char32_t cp = 0;
  if (i >= text.size() || decode(text, i, cp) == 0) return U'\uFFFD';
  return cp;
}

}  // namespace iso20k::layout
