// Offsets to line:column (columns in code points), reading files, and the UTF-8 check every loader
// runs first: each invalid sequence reported at its place with its first byte.
#include "iso20k/format/source_text.h"
#include "iso20k/format/input_file.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "support/test_support.h"

using namespace iso20k;

namespace {

std::string where(const SourceText& t, std::size_t offset) {
  const SourceLocation l = t.location(offset);
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

}  // namespace

TEST_CASE("source text: offsets become 1-based lines and columns counted in code points") {
  // a b \n c é(2 bytes) \n x
  const SourceText t("f.xml", "ab\nc\xC3\xA9\nx");
  CHECK(where(t, 0) == "f.xml:1:1");
  CHECK(where(t, 1) == "f.xml:1:2");
  CHECK(where(t, 2) == "f.xml:1:3");  // the newline itself ends line 1
  CHECK(where(t, 3) == "f.xml:2:1");
  CHECK(where(t, 4) == "f.xml:2:2");
  CHECK(where(t, 6) == "f.xml:2:3");  // after 'c' and 'é': two code points, three bytes
  CHECK(where(t, 7) == "f.xml:3:1");
  // Past the end: the end of the text, one past the last character.
  CHECK(where(t, 8) == "f.xml:3:2");
  CHECK(where(t, 1000) == "f.xml:3:2");
}

TEST_CASE("source text: columns of short and long lines, across checkpoints, are the code points from the line's start") {
  // Lines of 1, 300 and 9000 code points mixing 1-, 2-, 3- and 4-byte sequences, one ending at a
  // lone CR: every offset's column is the count from its line's start, done the long way.
  std::string s;
  for (const std::size_t n : {std::size_t{1}, std::size_t{300}, std::size_t{9000}, std::size_t{2}}) {
    for (std::size_t i = 0; i < n; ++i) {
      static const char* const kChars[] = {"a", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9D\x84\x9E"};
      s += kChars[(i * 7 + n) % 4];
    }
    s += n == 300 ? "\r" : "\n";
  }
  const SourceText t("long.txt", s);
  int line = 1;
  int column = 1;
  for (std::size_t at = 0; at <= s.size(); ++at) {
    if (at == s.size() || (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80) {
      const SourceLocation l = t.location(at);
      REQUIRE(l.line == line);
      REQUIRE(l.column == column);
    }
    if (at == s.size()) break;
    if (s[at] == '\n' || s[at] == '\r') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(s[at]) & 0xC0) != 0x80) {
      ++column;
    }
  }
}

TEST_CASE("source text: an error carries the location of its offset and the message") {
  const SourceText t("w/profile.xml", "line one\nline two\n");
  const Diagnostic d = t.error(14, "bad thing");
  CHECK(format(d) == "w/profile.xml:2:6: error: bad thing");
}

TEST_CASE("source text: every invalid UTF-8 sequence is reported with its first byte, up to the limit") {
  const SourceText t("t.csv", "a\xFF" "b\n\xC3");  // a stray 0xFF, then a truncated 2-byte sequence
  Diagnostics d;
  CHECK_FALSE(t.check_utf8(d));
  REQUIRE(d.size() == 2);
  CHECK(format(d[0]) == "t.csv:1:2: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8");
  CHECK(format(d[1]) == "t.csv:2:1: error: invalid UTF-8 (byte 0xC3); save the file as UTF-8");
  Diagnostics one;
  CHECK_FALSE(t.check_utf8(one, 1));
  CHECK(one.size() == 1);
  Diagnostics none;
  CHECK(SourceText("ok", "Caf\xC3\xA9 \xE2\x82\xAC \xF0\x9D\x84\x9E").check_utf8(none));
  CHECK(none.empty());
}

TEST_CASE("find_invalid_utf8: overlong forms, surrogates and code points past U+10FFFF are invalid") {
  const auto npos = std::string_view::npos;
  CHECK(find_invalid_utf8("plain ASCII") == npos);
  CHECK(find_invalid_utf8("\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E\xF4\x8F\xBF\xBF") == npos);  // é € 𝄞 U+10FFFF
  CHECK(find_invalid_utf8("ab\xC0\x80") == 2);          // overlong NUL (lead byte C0)
  CHECK(find_invalid_utf8("\xE0\x80\x80") == 0);        // overlong 3-byte form
  CHECK(find_invalid_utf8("\xF0\x80\x80\x80") == 0);    // overlong 4-byte form
  CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);       // U+D800, a surrogate
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);    // U+110000
  CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0);    // no such lead byte
  CHECK(find_invalid_utf8("\xE2\x82") == 0);            // truncated at the end
  CHECK(find_invalid_utf8("\xE2(\xAC") == 0);           // continuation byte missing
  CHECK(find_invalid_utf8("\x80") == 0);                // a lone continuation byte
  // The search starts at `from`.
  CHECK(find_invalid_utf8("\xFF" "a\xFF", 1) == 2);
  CHECK(find_invalid_utf8("\xFF" "ab", 1) == npos);
}

TEST_CASE("source text: a file is read whole, a missing one is reported by its path") {
  iso20k::test::TempDir dir;
  const std::string path = (dir / "in.txt").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << "one\r\ntwo";
  }
  Diagnostics d;
  const std::optional<SourceText> t = SourceText::read(path, kWorkspaceInput, d);
  REQUIRE(t);
  CHECK(d.empty());
  CHECK(t->file() == path);
  CHECK(t->bytes() == "one\r\ntwo");
  CHECK(t->location(5).line == 2);

  const std::string missing = (dir / "nope.txt").string();
  CHECK_FALSE(SourceText::read(missing, kWorkspaceInput, d));
  REQUIRE(d.size() == 1);
  CHECK(format(d[0]) == missing + ": error: no such file");
}
