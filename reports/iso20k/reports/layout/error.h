#pragma once
// The one exception type of the layout layer and the charts: the message says what failed and, where it
// helps, what to do about it.
#include <stdexcept>
#include <string>

namespace iso20k::layout {

class LayoutError : public std::runtime_error {
 public:
  explicit LayoutError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace iso20k::layout
