#include "iso20k/reports/layout/number_format.h"

#include <charconv>
#include <cmath>

namespace iso20k::layout {

std::string format_number(double value, int decimals) {
  if (!std::isfinite(value)) return "\u2013";
  const double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buf[64];
  const auto result = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed, decimals);
  return std::string(buf, result.ptr);
}

std::string format_compact(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(value * scale) / scale;
  if (std::isfinite(rounded) && rounded == std::round(rounded)) return format_number(rounded, 0);
  return format_number(value, decimals);
}

}  // namespace iso20k::layout
