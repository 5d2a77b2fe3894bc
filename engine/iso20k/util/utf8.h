#pragma once
// The one UTF-8 decoder of the code base: what input checks (format/source_text.h) and terminal
// output (util/printable.h) both need to know about a byte sequence.
#include <cstddef>
#include <string>
#include <string_view>

namespace iso20k {

// The length of the well-formed UTF-8 sequence of a character outside ASCII starting at s[i]
// (2 to 4), with its code point in `code_point`; 0 when there is none: a stray continuation byte, a
// truncated sequence, an overlong form, a surrogate or a value past U+10FFFF. `i` < s.size().
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& code_point);

// `code_point` (at most U+10FFFF) appended to `out` in UTF-8.
void append_utf8(std::string& out, char32_t code_point);

}  // namespace iso20k
