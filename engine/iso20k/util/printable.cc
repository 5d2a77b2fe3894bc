#include "iso20k/util/printable.h"

namespace iso20k {
namespace {

constexpr char kDigits[] = "0123456789ABCDEF";

void byte_escape(std::string& out, unsigned char c) {
  out += "\\x";
  out += kDigits[c >> 4];
  out += kDigits[c & 15];
}

void code_point_escape(std::string& out, unsigned long cp) {
  std::string hex;
  for (int shift = 12; shift >= 0; shift -= 4) hex += kDigits[(cp >> shift) & 15];
  out += "\\u{" + hex + "}";
}

// Length of the valid UTF-8 sequence at `i` (and its code point), or 0.
std::size_t sequence(std::string_view s, std::size_t i, unsigned long& cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0Fu;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07u;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3Fu);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return len;
}

}  // namespace

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        byte_escape(out, c);
      } else {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    unsigned long cp = 0;
    const std::size_t len = sequence(s, i, cp);
    if (len == 0) {
      byte_escape(out, c);
      ++i;
      continue;
    }
    if ((cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      code_point_escape(out, cp);
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace iso20k
