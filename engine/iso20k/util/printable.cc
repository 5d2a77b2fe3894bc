#include "iso20k/util/printable.h"

#include "iso20k/util/utf8.h"

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
    char32_t cp = 0;
    const std::size_t len = utf8_sequence(s, i, cp);
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
