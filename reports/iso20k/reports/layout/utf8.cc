#include "iso20k/reports/layout/utf8.h"

#include <cstdint>

namespace iso20k::layout {
namespace {

unsigned byte_at(std::string_view text, std::size_t i) { return static_cast<unsigned char>(text[i]); }

void append_code_point(std::string& out, char32_t cp) {
  const auto c = static_cast<std::uint32_t>(cp);
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Decodes one sequence at `i`; returns its length, or 0 when the bytes there are not valid UTF-8.
std::size_t decode(std::string_view text, std::size_t i, char32_t& cp) {
  const unsigned b0 = byte_at(text, i);
  std::size_t len = 0;
  std::uint32_t value = 0;
  std::uint32_t min = 0;
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  } else if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, value = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, value = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, value = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const unsigned b = byte_at(text, i + k);
    if ((b & 0xC0) != 0x80) return 0;
    value = (value << 6) | (b & 0x3F);
  }
  if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  cp = static_cast<char32_t>(value);
  return len;
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
      append_code_point(out, U'\uFFFD');
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
