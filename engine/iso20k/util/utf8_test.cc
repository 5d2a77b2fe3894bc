// The UTF-8 decoder: lengths and code points of well-formed sequences, and each kind of ill-formed
// one refused (what the input checks and the terminal escaping rely on).
#include "iso20k/util/utf8.h"

#include <doctest/doctest.h>

#include <string>

using namespace iso20k;

TEST_CASE("utf8: well-formed sequences of two, three and four bytes with their code points") {
  char32_t cp = 0;
  CHECK(utf8_sequence("\xC3\xBC", 0, cp) == 2);  // ü
  CHECK(cp == U'\u00FC');
  CHECK(utf8_sequence("x\xE2\x80\x9C", 1, cp) == 3);  // “
  CHECK(cp == U'\u201C');
  CHECK(utf8_sequence("\xF0\x9F\x98\x80", 0, cp) == 4);  // U+1F600
  CHECK(cp == U'\U0001F600');
  CHECK(utf8_sequence("\xF4\x8F\xBF\xBF", 0, cp) == 4);  // U+10FFFF, the last code point
}

TEST_CASE("utf8: stray, truncated, overlong, surrogate and out-of-range sequences are refused") {
  char32_t cp = 0;
  CHECK(utf8_sequence("\x80", 0, cp) == 0);              // a continuation byte alone
  CHECK(utf8_sequence("\xC3", 0, cp) == 0);              // truncated
  CHECK(utf8_sequence("\xC3\x41", 0, cp) == 0);          // not followed by a continuation byte
  CHECK(utf8_sequence("\xC0\xAF", 0, cp) == 0);          // overlong '/'
  CHECK(utf8_sequence("\xE0\x80\xAF", 0, cp) == 0);      // overlong, three bytes
  CHECK(utf8_sequence("\xED\xA0\x80", 0, cp) == 0);      // U+D800, a surrogate
  CHECK(utf8_sequence("\xF4\x90\x80\x80", 0, cp) == 0);  // past U+10FFFF
  CHECK(utf8_sequence("\xFF", 0, cp) == 0);
  CHECK(utf8_sequence("A", 0, cp) == 0);                 // ASCII is not a sequence
}
