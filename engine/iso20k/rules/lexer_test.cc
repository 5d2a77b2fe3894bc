#include "iso20k/rules/lexer.h"

#include <doctest/doctest.h>

#include "support/rules_fixture.h"

using namespace iso20k::rules;

namespace {

// "kind@offset" for each token, space separated, e.g. "ident@0 && @6 number@9 end@11".
std::string kinds(std::string_view text) {
  const LexResult r = lex(text);
  REQUIRE_FALSE(r.error);
  std::string out;
  for (const Token& t : r.tokens) {
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case Tok::end: out += "end"; break;
      case Tok::number: out += "number"; break;
      case Tok::string: out += "string"; break;
      case Tok::duration: out += "duration"; break;
      case Tok::ident: out += "ident"; break;
      case Tok::kw_in: out += "in"; break;
      default: out += std::string(text.substr(t.offset, t.length));
    }
    out += "@" + std::to_string(t.offset);
  }
  return out;
}

std::string error(std::string_view text) {
  const LexResult r = lex(text);
  if (!r.error) return "no error";
  CHECK(r.tokens.empty());
  return std::to_string(r.error->offset) + ": " + r.error->message;
}

}  // namespace

TEST_CASE("lexer: every operator, with byte offsets") {
  test::check_rows(kinds, test::Texts{
      {"&& || ! == != < <= > >= + - * / % ? : . , ( ) [ ] in",
       "&&@0 ||@3 !@6 ==@8 !=@11 <@14 <=@16 >@19 >=@21 +@24 -@26 *@28 /@30 %@32 ?@34 :@36 .@38 "
       ",@40 (@42 )@44 [@46 ]@48 in@50 end@52"},
      // No spaces needed; the longest operator wins.
      {"a<=b!=!c", "ident@0 <=@1 ident@3 !=@4 !@6 ident@7 end@8"},
      {"!!a", "!@0 !@1 ident@2 end@3"},
  });
}

TEST_CASE("lexer: identifiers, and `in` only as a whole word") {
  const LexResult r = lex("as_of in inside _x9 in_scope");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.tokens.size() == 6);
  CHECK(r.tokens[0].kind == Tok::ident);
  CHECK(r.tokens[0].text == "as_of");
  CHECK(r.tokens[1].kind == Tok::kw_in);
  CHECK(r.tokens[2].text == "inside");
  CHECK(r.tokens[3].text == "_x9");
  CHECK(r.tokens[4].text == "in_scope");
  CHECK(r.tokens[5].kind == Tok::end);
  CHECK(r.tokens[5].offset == 28);
}

TEST_CASE("lexer: numbers") {
  struct Case {
    std::string_view text;
    double value;
  };
  for (const Case& c : {Case{"12", 12}, Case{"0.95", 0.95}, Case{"1e3", 1000}, Case{"2.5E-3", 0.0025},
                        Case{"1e+21", 1e21}, Case{"007", 7}, Case{"0", 0}}) {
    CAPTURE(c.text);
    const LexResult r = lex(c.text);
    REQUIRE_FALSE(r.error);
    REQUIRE(r.tokens.size() == 2);
    CHECK(r.tokens[0].kind == Tok::number);
    CHECK(r.tokens[0].number == c.value);
    CHECK(r.tokens[0].length == c.text.size());
  }
  // A dot not followed by a digit is member access; "1." is a number and a dot.
  test::check_rows(kinds, test::Texts{
      {"1.x", "number@0 .@1 ident@2 end@3"},
      {"1.5.x", "number@0 .@3 ident@4 end@5"},
      // Unary minus is an operator, not part of the literal.
      {"-3", "-@0 number@1 end@2"},
  });
}

TEST_CASE("lexer: durations in days, weeks, months of 30 days and years of 365 days") {
  struct Case {
    std::string_view text;
    double days;
  };
  for (const Case& c : {Case{"30d", 30}, Case{"8w", 56}, Case{"12m", 360}, Case{"1y", 365},
                        Case{"0d", 0}, Case{"999999y", 999999.0 * 365}}) {
    CAPTURE(c.text);
    const LexResult r = lex(c.text);
    REQUIRE_FALSE(r.error);
    CHECK(r.tokens[0].kind == Tok::duration);
    CHECK(r.tokens[0].number == c.days);
  }
  CHECK(kinds("as_of-30d.x") == "ident@0 -@5 duration@6 .@9 ident@10 end@11");
}

TEST_CASE("lexer: strings with escapes") {
  const LexResult r = lex(R"("a\"b\\c\nd\te" "")");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.tokens.size() == 3);
  CHECK(r.tokens[0].kind == Tok::string);
  CHECK(r.tokens[0].text == "a\"b\\c\nd\te");
  CHECK(r.tokens[0].length == 15);
  CHECK(r.tokens[1].text.empty());
  CHECK(r.tokens[1].offset == 16);
  // Bytes other than quote and backslash are taken as they are, UTF-8 included.
  const LexResult u = lex("\"caf\xC3\xA9\"");
  REQUIRE_FALSE(u.error);
  CHECK(u.tokens[0].text == "caf\xC3\xA9");
}

TEST_CASE("lexer: whitespace of every kind separates tokens") {
  CHECK(kinds(" \t\r\n a \n") == "ident@5 end@8");
  CHECK(kinds("") == "end@0");
}

TEST_CASE("lexer: errors at the offending byte") {
  test::check_rows(error, test::Texts{
      {R"(x == "abc)", "5: unterminated string"},
      {R"("abc\)", "0: unterminated string"},
      {R"(a && "x\qy")", R"(7: bad escape '\q' in string (use \", \\, \n or \t))"},
      {"a # b", "2: unexpected character '#'"},
      {"a & b", "2: unexpected character '&' (did you mean '&&'?)"},
      {"a | b", "2: unexpected character '|' (did you mean '||'?)"},
      {"a = b", "2: unexpected character '=' (did you mean '=='?)"},
      {"a\x01", "1: unexpected control character 0x01"},
      {"x == \xE2\x80\x9Cseen\xE2\x80\x9D",
       "5: unexpected character U+201C (write strings in straight quotes \"…\")"},
      {"a \xC3\xA9", "2: unexpected character U+00E9"},
      {"a \xFF", "2: unexpected byte 0xFF (not UTF-8 text)"},
      {"a \xE2\x80", "2: unexpected byte 0xE2 (not UTF-8 text)"},
      {"x > 30days",
       "4: invalid number or duration '30days' (durations are written 30d, 8w, 12m or 1y)"},
      {"1.5d", "0: invalid number or duration '1.5d' (durations are written 30d, 8w, 12m or 1y)"},
      {"x < 3h", "4: invalid number or duration '3h' (durations are written 30d, 8w, 12m or 1y)"},
      {"1e", "0: invalid number or duration '1e' (durations are written 30d, 8w, 12m or 1y)"},
      {"1234567d", "0: duration '1234567d' is too long (at most 6 digits before the unit)"},
      {"1 + 1e999", "4: number out of range '1e999'"},
      {"1e-400", "0: number out of range '1e-400'"},
  });
}

TEST_CASE("lexer: describe names tokens for messages") {
  const std::string text = "foo \"" + std::string(50, 'x') + "\"";
  const LexResult r = lex(text);
  REQUIRE_FALSE(r.error);
  CHECK(describe(r.tokens[0], text) == "'foo'");
  CHECK(describe(r.tokens[1], text) == "'\"" + std::string(36, 'x') + "...'");
  CHECK(describe(r.tokens[2], text) == "end of rule");
}
