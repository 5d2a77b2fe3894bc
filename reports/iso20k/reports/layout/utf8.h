#pragma once
// Just enough UTF-8 for layout: repairing input so libharu never sees invalid bytes, and stepping over
// code points so long words are only ever broken between characters.
#include <cstddef>
#include <string>
#include <string_view>

namespace iso20k::layout {

// Replaces invalid or overlong sequences and surrogates with U+FFFD, tabs with a space, and drops other
// C0/C1 control characters except '\n'. Valid text comes back unchanged.
std::string sanitize_utf8(std::string_view text);

// The index just past the code point starting at `i` (assumes valid UTF-8, e.g. from sanitize_utf8).
std::size_t next_code_point(std::string_view text, std::size_t i);

// The number of code points in valid UTF-8 text.
std::size_t code_point_count(std::string_view text);

// Decodes the code point starting at `i` (valid UTF-8 assumed).
char32_t decode_code_point(std::string_view text, std::size_t i);

}  // namespace iso20k::layout
