#pragma once
// Value axes: round tick values.
#include <vector>

namespace iso20k::charts {

// Ticks 0, s, 2s, ... up to the first multiple of s at or above `max`, where s is 1, 2, 2.5 or 5 times a
// power of ten giving about `target` intervals. For max <= 0: {0, 1}.
std::vector<double> nice_ticks(double max, int target = 5);

}  // namespace iso20k::charts
