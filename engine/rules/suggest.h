#pragma once
// "Did you mean …?": the known name nearest to a misspelt one, for error messages.
#include <string>
#include <string_view>
#include <vector>

namespace iso20k::rules {

// Edit distance counting insertions, deletions, substitutions and swaps of adjacent characters.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is close enough to be a likely misspelling (1 edit for
// short words, 2 up to 8 characters, 3 beyond); the first of equals; "" when none is close.
std::string nearest(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace iso20k::rules
