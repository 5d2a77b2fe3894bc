#pragma once
// An RGB colour with components in 0..1, written in code as 0xRRGGBB.
#include <algorithm>
#include <cmath>
#include <cstdint>

namespace iso20k::layout {

struct Color {
  double r = 0;
  double g = 0;
  double b = 0;
  bool operator==(const Color&) const = default;
};

constexpr Color hex(std::uint32_t rgb) {
  return Color{static_cast<double>((rgb >> 16) & 0xFFu) / 255.0,
               static_cast<double>((rgb >> 8) & 0xFFu) / 255.0,
               static_cast<double>(rgb & 0xFFu) / 255.0};
}

// `t` = 0 gives `from`, 1 gives `to`; values outside 0..1 are clamped.
constexpr Color mix(Color from, Color to, double t) {
  const double k = t < 0 ? 0 : (t > 1 ? 1 : t);
  return Color{from.r + (to.r - from.r) * k, from.g + (to.g - from.g) * k, from.b + (to.b - from.b) * k};
}

constexpr Color white = hex(0xFFFFFF);
constexpr Color black = hex(0x000000);

// WCAG 2 relative luminance (0 black .. 1 white).
inline double luminance(Color c) {
  const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

// WCAG 2 contrast ratio (1 .. 21).
inline double contrast(Color a, Color b) {
  const double la = luminance(a);
  const double lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// White or `dark`, whichever reads better on `fill`.
inline Color text_color_on(Color fill, Color dark) { return contrast(fill, white) >= contrast(fill, dark) ? white : dark; }

}  // namespace iso20k::layout
