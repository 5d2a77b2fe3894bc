// The INI position index: the same reading as Boost.PropertyTree's, with offsets, and the problems
// PropertyTree throws on (or lets pass) at their exact column.
#include "iso20k/format/ini_index.h"

#include <doctest/doctest.h>

using namespace iso20k::ws;

TEST_CASE("ini index: sections, keys and values with offsets — comments and blank lines") {
  const std::string t = "; comment\n# another\ntop = 1\n\n[ DOC-A ]\n  status =  seen  \nnotes=\n";
  const IniIndex ix = index_ini(t);
  REQUIRE_FALSE(ix.syntax_error);
  REQUIRE(ix.top.size() == 1);
  CHECK(ix.top[0].key == "top");
  REQUIRE(ix.sections.size() == 1);
  const IniSection& s = ix.sections[0];
  CHECK(s.name == "DOC-A");
  CHECK(s.offset == t.find('['));
  CHECK(s.name_offset == t.find("DOC-A"));
  REQUIRE(s.entries.size() == 2);
  CHECK(s.entries[0].key == "status");
  CHECK(s.entries[0].value == "seen");
  CHECK(s.entries[0].key_offset == t.find("status"));
  CHECK(s.entries[0].value_offset == t.find("seen"));
  CHECK(s.entries[1].value.empty());
  CHECK(ix.warnings.empty());
}

TEST_CASE("ini index: CRLF line ends and a BOM") {
  const std::string t = "\xEF\xBB\xBF[A]\r\nk = v\r\n";
  const IniIndex ix = index_ini(t);
  REQUIRE(ix.sections.size() == 1);
  CHECK(ix.sections[0].name == "A");
  CHECK(ix.sections[0].entries[0].value == "v");
}

TEST_CASE("ini index: what PropertyTree lets pass is a warning") {
  const std::string t = "[A] junk\nk = v\n[B]\n[C]\nk = v\n";
  const IniIndex ix = index_ini(t);
  REQUIRE_FALSE(ix.syntax_error);
  REQUIRE(ix.warnings.size() == 2);
  CHECK(ix.warnings[0].offset == t.find("junk"));
  CHECK(ix.warnings[0].message == "unexpected text after the section header [A]");
  CHECK(ix.warnings[1].offset == t.find("[B]"));
  CHECK(ix.warnings[1].message == "section [B] has no keys; remove it or fill it in");
}

namespace {
std::string error_of(const std::string& t) {
  const IniIndex ix = index_ini(t);
  REQUIRE(ix.syntax_error);
  return std::to_string(ix.syntax_error->offset) + " " + ix.syntax_error->message;
}
}  // namespace

TEST_CASE("ini index: the errors PropertyTree throws on, at their column") {
  CHECK(error_of("[A]\n  just text\n") == "6 expected 'key = value', a [section] header or a comment line (; or #)");
  CHECK(error_of("[A\nk = v\n") == "0 a section header needs a closing ']'");
  CHECK(error_of("[A]\n = v\n") == "5 a key is missing before '='");
  CHECK(error_of("[A]\nk = 1\n[A]\nk = 2\n") == "11 the section [A] appears twice");
  CHECK(error_of("[A]\nk = 1\n k = 2\n") == "11 the key 'k' appears twice in section [A]");
  // An empty section is dropped by PropertyTree before the next header: no duplicate then.
  CHECK_FALSE(index_ini("[A]\n[A]\nk = 1\n").syntax_error);
}
