#include "iso20k/format/number_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace iso20k {
namespace {

// Fixed notation of any finite double: a sign, 309 integer digits (DBL_MAX), a point and the
// decimals. Exponent and shortest forms are far shorter.
constexpr std::size_t kBufferSize = 1 + 309 + 1 + kMaxDecimals + 8;

int clamped(int decimals) { return std::clamp(decimals, 0, kMaxDecimals); }

template <class... Format>
std::string chars(double v, Format... format) {
  char buf[kBufferSize];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, format...);
  // Cannot fail with this buffer; were it ever to, an empty text is safer than a guess.
  return r.ec == std::errc() ? std::string(buf, r.ptr) : std::string();
}

}  // namespace

std::string fixed_text(double v, int decimals) {
  return chars(v, std::chars_format::fixed, clamped(decimals));
}

std::string trimmed_text(double v, int decimals) {
  std::string s = fixed_text(v, decimals);
  if (!std::isfinite(v)) return s;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s.erase(0, 1);
  return s;
}

std::string rounded_text(double v, int decimals) {
  if (!std::isfinite(v)) return "\u2013";
  const double scale = std::pow(10.0, clamped(decimals));
  double rounded = std::round(v * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0"
  return fixed_text(rounded, decimals);
}

std::string compact_text(double v, int decimals) {
  const double scale = std::pow(10.0, clamped(decimals));
  const double rounded = std::round(v * scale) / scale;
  if (std::isfinite(rounded) && rounded == std::round(rounded)) return rounded_text(rounded, 0);
  return rounded_text(v, decimals);
}

std::string shortest_text(double v) { return chars(v); }

std::string general_text(double v, int significant) {
  return chars(v, std::chars_format::general, std::clamp(significant, 1, kMaxDecimals));
}

std::string integer_text(long long n) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, n);
  return std::string(buf, r.ptr);
}

std::string percent(double fraction, int decimals, bool spaced) {
  std::string s = fixed_text(fraction * 100, decimals);
  s += spaced ? " %" : "%";
  return s;
}

std::string with_decimal_separator(std::string text, std::string_view separator) {
  const std::size_t dot = text.find('.');
  if (dot != std::string::npos) text.replace(dot, 1, separator);
  return text;
}

std::string pad_left(std::string text, std::size_t width) {
  if (text.size() < width) text.insert(0, width - text.size(), ' ');
  return text;
}

}  // namespace iso20k
