#pragma once
// Enumerations spelled in files and output: one table of names per enum, indexed by value.
#include <array>
#include <optional>
#include <string_view>

namespace iso20k {

template <class E, std::size_t N>
std::optional<E> enum_from_name(std::string_view s, const std::array<const char*, N>& names) {
  for (std::size_t i = 0; i < N; ++i) {
    if (s == names[i]) return static_cast<E>(i);
  }
  return std::nullopt;
}

template <class E, std::size_t N>
const char* enum_name(E value, const std::array<const char*, N>& names) {
  return names[static_cast<std::size_t>(value)];
}

}  // namespace iso20k
