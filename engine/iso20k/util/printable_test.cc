// Text from inputs shown, never sent, to a terminal.
#include "iso20k/util/printable.h"

#include <doctest/doctest.h>

#include <string>

using namespace iso20k;
using namespace std::string_literals;

TEST_CASE("printable: plain text, tabs, backslashes and UTF-8 letters are unchanged") {
  CHECK(printable("") == "");
  CHECK(printable("evidence.csv:3:14 \\ x\ty") == "evidence.csv:3:14 \\ x\ty");
  CHECK(printable("Müller – 東京 😀") == "Müller – 東京 😀");
  CHECK(printable("plain: Müller & Söhne, 92.5 %, tab\there") == "plain: Müller & Söhne, 92.5 %, tab\there");
}

TEST_CASE("printable: C0 controls and DEL as \\xNN, so escape sequences do not act") {
  CHECK(printable("\x1B]0;owned\x07title") == "\\x1B]0;owned\\x07title");
  CHECK(printable("\x1B[31mred\x1B[0m") == "\\x1B[31mred\\x1B[0m");
  CHECK(printable("a\nb\rc") == "a\\x0Ab\\x0Dc");
  CHECK(printable("x\x7Fy") == "x\\x7Fy");
  CHECK(printable("a\0b"s) == "a\\x00b");
  CHECK(printable("\x1F") == "\\x1F");
}

TEST_CASE("printable: bytes that are not UTF-8 as \\xNN, one by one") {
  CHECK(printable("\xFF") == "\\xFF");
  CHECK(printable("a\xC3") == "a\\xC3");                  // cut short at the end
  CHECK(printable("\xC3(") == "\\xC3(");                  // continuation byte missing
  CHECK(printable("\xC0\xAF") == "\\xC0\\xAF");           // overlong "/"
  CHECK(printable("\xE0\x80\xAF") == "\\xE0\\x80\\xAF");  // overlong, three bytes
  CHECK(printable("\xED\xA0\x80") == "\\xED\\xA0\\x80");  // a UTF-16 surrogate
  CHECK(printable("\xF4\x90\x80\x80") == "\\xF4\\x90\\x80\\x80");  // past U+10FFFF
  CHECK(printable("\x80z") == "\\x80z");                  // a lone continuation byte
}

TEST_CASE("printable: C1 controls and bidirectional formatting as \\u{NNNN}") {
  CHECK(printable("\xC2\x80") == "\\u{0080}");
  CHECK(printable("\xC2\x9B" "2J") == "\\u{009B}2J");  // CSI: an escape sequence in one character
  CHECK(printable("\xC2\xA0") == "\xC2\xA0");          // U+00A0, no control: unchanged
  CHECK(printable("abc\xE2\x80\xAE" "fdp.exe") == "abc\\u{202E}fdp.exe");  // right-to-left override
  CHECK(printable("\xE2\x80\xAA") == "\\u{202A}");
  CHECK(printable("\xE2\x81\xA6x\xE2\x81\xA9") == "\\u{2066}x\\u{2069}");
  CHECK(printable("\xE2\x80\xAF") == "\xE2\x80\xAF");  // U+202F, after the range: unchanged
  CHECK(printable("\xE2\x81\xAA") == "\xE2\x81\xAA");  // U+206A, after the range: unchanged
}
