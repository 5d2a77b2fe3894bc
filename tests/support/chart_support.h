#pragma once
// Shared checks for the chart tests: every word inside the chart's box and no two words overlapping.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "iso20k/reports/layout/geometry.h"
#include "support/pdf_probe.h"

namespace iso20k::charts::test {

inline void check_words_inside_and_apart(const std::filesystem::path& pdf, const layout::Box& box, double page_height) {
  const std::vector<testing::Word> words = testing::pdf_words(pdf, 1);
  REQUIRE_FALSE(words.empty());
  for (const testing::Word& w : words) {
    INFO("word '", w.text, "' at ", w.x0, ",", w.y0, " - ", w.x1, ",", w.y1);
    CHECK(w.x0 >= box.x - 0.5);
    CHECK(w.x1 <= box.right() + 0.5);
    CHECK(w.y0 >= page_height - box.top() - 0.5);
    CHECK(w.y1 <= page_height - box.y + 0.5);
  }
  const std::vector<std::string> clashes = testing::overlapping_words(words);
  INFO("overlapping: ", clashes.empty() ? std::string() : clashes.front());
  CHECK(clashes.empty());
}

}  // namespace iso20k::charts::test
