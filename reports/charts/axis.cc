#include "charts/axis.h"

#include <cmath>

namespace iso20k::charts {

std::vector<double> nice_ticks(double max, int target) {
  if (!(max > 0) || !std::isfinite(max)) return {0, 1};
  if (target < 1) target = 1;
  const double raw = max / target;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = magnitude * 10;
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (magnitude * factor >= raw - 1e-12) {
      step = magnitude * factor;
      break;
    }
  }
  // Counts are whole numbers: never step by fractions of one.
  if (step < 1 && max >= 1) step = 1;
  std::vector<double> ticks;
  for (int i = 0;; ++i) {
    const double v = std::round(step * i * 1e9) / 1e9;  // 0.1 * 3 is 0.3, not 0.30000000000000004
    ticks.push_back(v);
    if (v >= max - 1e-9) break;
  }
  return ticks;
}

}  // namespace iso20k::charts
