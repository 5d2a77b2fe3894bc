#pragma once
// A fraction written as a percentage for people: percent(0.3333, 1) → "33.3%".
#include <charconv>
#include <string>

namespace iso20k {

// `decimals` digits after the point; `spaced` puts a space before the sign ("33.3 %").
// Rounds as printf's "%.*f" does (std::to_chars is specified to match it, and is faster).
inline std::string percent(double fraction, int decimals, bool spaced = false) {
  char buf[352];  // room for any finite double in fixed notation
  const auto r = std::to_chars(buf, buf + sizeof buf - 2, fraction * 100, std::chars_format::fixed, decimals);
  std::string s(buf, r.ec == std::errc() ? r.ptr : buf);
  s += spaced ? " %" : "%";
  return s;
}

}  // namespace iso20k
