#include "iso20k/format/text.h"

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

using namespace iso20k;

TEST_CASE("join: separators between the items only") {
  CHECK(join(std::vector<std::string>{"A", "B", "C"}, ", ") == "A, B, C");
  CHECK(join(std::vector<std::string>{"A"}, ", ") == "A");
  CHECK(join(std::vector<std::string>{}, ", ") == "");
  CHECK(join(std::vector<std::string>{"", "x", ""}, "|") == "|x|");  // empty items keep their place
  CHECK(join(std::array<std::string_view, 2>{"a", "b"}, "") == "ab");
  CHECK(join(std::array<const char*, 3>{"x", "y", "z"}, "\n") == "x\ny\nz");
}

TEST_CASE("join: of what a function makes of each item") {
  struct Entry {
    std::string id;
  };
  const std::vector<Entry> entries{{"E-1"}, {"E-2"}};
  CHECK(join(entries, "; ", [](const Entry& e) { return e.id; }) == "E-1; E-2");
  CHECK(join(std::vector<int>{1, 2, 3}, "+", [](int n) { return std::to_string(n); }) == "1+2+3");
}
