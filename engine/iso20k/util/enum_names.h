#pragma once
// Enumerations spelled in files and output: one table of spellings per enumeration, declared next
// to it as a function enum_table(E) in the enumeration's namespace (found by argument-dependent
// lookup), from which everything else is derived: to_string, parsing (enum_from_name), the
// choices a loader accepts and the lists its messages name.
//
//   enum class Better { higher, lower };
//   constexpr auto enum_table(Better) {
//     return std::to_array<EnumName<Better>>({{Better::higher, "higher"}, {Better::lower, "lower"}});
//   }
//
// The table lists every value once, in the enumeration's order (checked at compile time).
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace iso20k {

template <class E>
struct EnumName {
  E value;
  const char* name;
};

template <class E, std::size_t N>
constexpr bool in_value_order(const std::array<EnumName<E>, N>& table) {
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(table[i].value) != i) return false;
  }
  return true;
}

template <class E>
inline constexpr auto kEnumTable = enum_table(E{});

// The table of E.
template <class E>
constexpr const auto& enum_names() {
  static_assert(in_value_order(kEnumTable<E>),
                "an enumeration's spellings list each value once, in the enumeration's order");
  return kEnumTable<E>;
}

// The spelling of `value`: enum_name(Better::lower) → "lower".
template <class E>
constexpr const char* enum_name(E value) {
  return enum_names<E>()[static_cast<std::size_t>(value)].name;
}

// to_string of every spelled enumeration: to_string(Result::not_assessed) → "not-assessed".
template <class E>
  requires requires(E e) { enum_table(e); }
constexpr const char* to_string(E value) {
  return enum_name(value);
}

// The value spelled `s` exactly, or nullopt.
template <class E>
constexpr std::optional<E> enum_from_name(std::string_view s) {
  for (const EnumName<E>& n : enum_names<E>()) {
    if (s == n.name) return n.value;
  }
  return std::nullopt;
}

// Every spelling in order, for the readers that choose among them ("expected one of: …").
template <class E>
const std::vector<std::string_view>& enum_spellings() {
  static const std::vector<std::string_view> spellings = [] {
    std::vector<std::string_view> v;
    for (const EnumName<E>& n : enum_names<E>()) v.emplace_back(n.name);
    return v;
  }();
  return spellings;
}

// The spellings for a message, each between `quote`s, the last after " or ":
// enum_alternatives<Better>() → "higher or lower"; with "\"" → "\"higher\" or \"lower\"".
template <class E>
std::string enum_alternatives(std::string_view quote = "") {
  std::string s;
  const auto& names = enum_names<E>();
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) s += i + 1 == names.size() ? " or " : ", ";
    s.append(quote).append(names[i].name).append(quote);
  }
  return s;
}

}  // namespace iso20k
