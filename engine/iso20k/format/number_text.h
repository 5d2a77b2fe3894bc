#pragma once
// Numbers as text: the one formatter of the code base (results.json, reports, charts, messages,
// the terminal). Every function is built on std::to_chars, so the text never depends on the C or
// C++ locale: 72.5 is "72.5" whatever LC_NUMERIC says. A decimal comma is a presentation choice
// the caller makes explicitly (with_decimal_separator, from a report template), never the locale.
//
// Non-finite values: the exact notations (fixed_text, trimmed_text, shortest_text, general_text,
// percent) spell them as printf does ("nan", "-nan", "inf", "-inf"); the texts for people
// (rounded_text, compact_text) write "–" (an en dash). JSON has no such values: the JSON writer
// decides for itself (json_writer.h).
#include <cstddef>
#include <string>
#include <string_view>

namespace iso20k {

// The most digits after the point the functions write; a larger `decimals` counts as this, a
// negative one as 0.
inline constexpr int kMaxDecimals = 100;

// Fixed notation with `decimals` digits after the point, rounded exactly as printf("%.*f") rounds:
// on the double's exact binary value, ties to even (2.345 is 2.34499… → "2.34"; 0.125 → "0.12").
std::string fixed_text(double v, int decimals);

// fixed_text without trailing zeros or a trailing point, and "0" for a negative zero:
// (1.0 / 3, 6) → "0.333333", (92.5, 6) → "92.5", (1, 6) → "1", (-1e-7, 6) → "0".
std::string trimmed_text(double v, int decimals);

// For people: rounded half away from zero at `decimals` first (std::round(v · 10^decimals) /
// 10^decimals, so 2.345 → "2.35" as a reader expects), then fixed_text; never "-0"
// ((-0.4, 0) → "0"); "–" when `v` is not finite.
std::string rounded_text(double v, int decimals);

// rounded_text, but without decimals when the value rounds to a whole number at `decimals`:
// 3 → "3", 2.5 → "2.5", 2.04 → "2", 86.44 → "86.4" (decimals 1).
std::string compact_text(double v, int decimals = 1);

// The shortest text that reads back to the same double: 0.1 → "0.1", 95 → "95", 1e21 → "1e+21".
std::string shortest_text(double v);

// `significant` significant digits as printf("%.*g") writes them (and as an ostream does by
// default with 6): 2.5 → "2.5", 0.125 → "0.125", 1234567 → "1.23457e+06".
std::string general_text(double v, int significant = 6);

// A whole number: -42 → "-42".
std::string integer_text(long long n);

// A fraction as a percentage: fixed_text(fraction · 100, decimals) and "%", or " %" when `spaced`:
// percent(0.3333, 1) → "33.3%", percent(0.3333, 1, true) → "33.3 %".
std::string percent(double fraction, int decimals, bool spaced = false);

// `text`, as the functions above write it, with its decimal point replaced by `separator`:
// ("72.5", ",") → "72,5". Texts without a point come back unchanged.
std::string with_decimal_separator(std::string text, std::string_view separator);

// `text` right-aligned in `width` characters (spaces on the left), as printf's field width:
// ("7.5", 5) → "  7.5". Counts bytes: meant for the ASCII these functions write.
std::string pad_left(std::string text, std::size_t width);

}  // namespace iso20k
