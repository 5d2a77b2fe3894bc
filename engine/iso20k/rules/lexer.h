#pragma once
// Splits a rule's text into tokens, each with its byte offset (docs/rules.md, "Values and
// literals"). The first bad character stops lexing with a CompileError at its offset.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/rules/rule.h"

namespace iso20k::rules {

enum class Tok : std::uint8_t {
  end, number, string, duration, ident,
  and_and, or_or, bang, eq, ne, lt, le, gt, ge, kw_in,
  plus, minus, star, slash, percent, question, colon, dot, comma,
  lparen, rparen, lbracket, rbracket,
};

struct Token {
  Tok kind = Tok::end;
  std::uint32_t offset = 0;  // byte offset of the first character
  std::uint32_t length = 0;  // length in bytes as written
  double number = 0;         // number: the value; duration: whole days
  std::string text;          // string: the decoded value; ident: the name
};

struct LexResult {
  std::vector<Token> tokens;  // the last is Tok::end at the text's length; empty on error
  std::optional<CompileError> error;
};

// Rules longer than this are refused (offsets are 32-bit and nobody writes such a rule).
inline constexpr std::size_t kMaxRuleBytes = 1 << 20;

LexResult lex(std::string_view text);

// How a token is named in messages: "'&&'", "'foo'", "end of rule".
std::string describe(const Token& t, std::string_view text);

}  // namespace iso20k::rules
