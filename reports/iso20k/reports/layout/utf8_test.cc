#include "iso20k/reports/layout/utf8.h"

#include <doctest/doctest.h>

namespace iso20k::layout {

TEST_CASE("sanitize_utf8 keeps valid text byte for byte") {
  const std::string text = "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u00c6r\u00f8 \u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac "
                           "\u041a\u0438\u0440\u0438\u043b\u043b\u0438\u0446\u0430 \U0001F600\nline two";
  CHECK(sanitize_utf8(text) == text);
}

TEST_CASE("sanitize_utf8 replaces every invalid byte with U+FFFD") {
  CHECK(sanitize_utf8("a\xC0\xAF" "b") == "a\uFFFD\uFFFD" "b");        // overlong '/'
  CHECK(sanitize_utf8("\xED\xA0\x80") == "\uFFFD\uFFFD\uFFFD");         // a surrogate
  CHECK(sanitize_utf8("x\xE2\x82") == "x\uFFFD\uFFFD");                 // truncated euro sign
  CHECK(sanitize_utf8("\xF4\x90\x80\x80") == "\uFFFD\uFFFD\uFFFD\uFFFD"); // above U+10FFFF
  CHECK(sanitize_utf8("\xFF") == "\uFFFD");
}

TEST_CASE("sanitize_utf8 turns tabs into spaces and drops other control characters") {
  CHECK(sanitize_utf8("a\tb\rc\x01" "d\ne\x7F") == "a bcd\ne");
  CHECK(sanitize_utf8("\xC2\x85x") == "x");  // NEL, a C1 control
}

TEST_CASE("code point stepping never splits a UTF-8 sequence") {
  const std::string text = "A\u00e9\u0416\U0001F600";  // 1, 2, 2 (Cyrillic), 4 bytes
  CHECK(next_code_point(text, 0) == 1);
  CHECK(next_code_point(text, 1) == 3);
  CHECK(next_code_point(text, 3) == 5);
  CHECK(next_code_point(text, 5) == 9);
  CHECK(next_code_point(text, 9) == 9);
  CHECK(code_point_count(text) == 4);
  CHECK(decode_code_point(text, 1) == U'\u00e9');
  CHECK(decode_code_point(text, 5) == U'\U0001F600');
}

}  // namespace iso20k::layout
