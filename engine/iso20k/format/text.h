#pragma once
// Texts put together: the one join of the code base.
#include <string>
#include <string_view>

namespace iso20k {

// The items with `separator` between each two: join(ids, ", ") → "A, B, C"; "" for no items.
// Items are anything a std::string_view can be made from (std::string, const char*, string_view).
template <class Range>
std::string join(const Range& items, std::string_view separator) {
  std::string out;
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += separator;
    first = false;
    out += std::string_view(item);
  }
  return out;
}

// join of what `text` makes of each item: join(entries, ", ", [](const Entry& e) { return e.id; }).
template <class Range, class Text>
std::string join(const Range& items, std::string_view separator, Text text) {
  std::string out;
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += separator;
    first = false;
    out += std::string_view(text(item));
  }
  return out;
}

}  // namespace iso20k
