#pragma once
// Text from inputs on its way to a terminal: control characters are shown, never sent. An escape
// sequence in a file name, a checklist id or a value ("\x1B]0;..." sets the window title, "\x1B[2J"
// clears the screen) would otherwise act on the terminal of whoever reads the message, and a
// right-to-left override would show a different text than the one there. Every diagnostic goes
// through it (format() in format/diagnostic.h), as do the command's other messages.
#include <string>
#include <string_view>

namespace iso20k {

// `s` with C0 controls (tab excepted), DEL and bytes that are not UTF-8 written as \xNN, and C1
// controls (U+0080–U+009F) and bidirectional formatting characters (U+202A–U+202E,
// U+2066–U+2069) as \u{NNNN}; a backslash stays a backslash. Everything else unchanged.
std::string printable(std::string_view s);

}  // namespace iso20k
