#pragma once
// "Did you mean …?" for misspelt names: the closest candidate by edit distance, if close enough.
#include <string>
#include <string_view>
#include <vector>

namespace iso20k {

std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `name` when its distance is at most a third of the name's length
// (at least 1, at most 3); empty when none is that close.
std::string nearest(std::string_view name, const std::vector<std::string_view>& candidates);

// " (did you mean 'x'?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view name, const std::vector<std::string_view>& candidates);

}  // namespace iso20k
