#pragma once
// A fraction written as a percentage for people: percent(0.3333, 1) → "33.3%".
#include <cstdio>
#include <string>

namespace iso20k {

// `decimals` digits after the point; `spaced` puts a space before the sign ("33.3 %").
inline std::string percent(double fraction, int decimals, bool spaced = false) {
  char buf[32];
  std::snprintf(buf, sizeof buf, spaced ? "%.*f %%" : "%.*f%%", decimals, fraction * 100);
  return buf;
}

}  // namespace iso20k
