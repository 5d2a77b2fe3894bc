#pragma once
// Numbers as text for labels, independent of the C locale: "72", "72.5", "-3".
#include <string>

namespace iso20k::layout {

// Fixed notation with `decimals` digits after the point; never "-0".
std::string format_number(double value, int decimals = 0);

// Like format_number, but drops a fractional part of zero: 3 -> "3", 2.5 -> "2.5" (decimals = 1).
std::string format_compact(double value, int decimals = 1);

}  // namespace iso20k::layout
