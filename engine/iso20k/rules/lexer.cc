#include "iso20k/rules/lexer.h"

#include <charconv>
#include <cstdio>

#include "iso20k/model/date.h"
#include "iso20k/util/utf8.h"

namespace iso20k::rules {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_ident_char(char c) { return is_ident_start(c) || is_digit(c); }

std::string hex_byte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(c));
  return buf;
}

// "unexpected character '#'", "… U+201C", "… byte 0xFF": names the offending character.
std::string stray_message(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c >= 0x21 && c < 0x7F) return std::string("unexpected character '") + s[i] + "'";
  if (c < 0x80) return "unexpected control character " + hex_byte(c);
  // A UTF-8 sequence: name its code point; typographic quotes get a hint.
  char32_t code_point = 0;
  if (utf8_sequence(s, i, code_point) == 0) return "unexpected byte " + hex_byte(c) + " (not UTF-8 text)";
  const auto cp = static_cast<unsigned>(code_point);
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", cp);
  std::string msg = std::string("unexpected character ") + buf;
  if (cp == 0x201C || cp == 0x201D || cp == 0x201E) msg += " (write strings in straight quotes \"…\")";
  return msg;
}

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  LexResult run() {
    LexResult r;
    if (s_.size() > kMaxRuleBytes) {
      r.error = CompileError{0, "rule is longer than 1 MiB"};
      return r;
    }
    while (true) {
      while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) {
        ++i_;
      }
      if (i_ == s_.size()) {
        r.tokens.push_back(make(Tok::end, i_, 0));
        return r;
      }
      std::optional<CompileError> err = next(r.tokens);
      if (err) {
        r.tokens.clear();
        r.error = std::move(err);
        return r;
      }
    }
  }

 private:
  Token make(Tok kind, std::size_t at, std::size_t len) const {
    Token t;
    t.kind = kind;
    t.offset = static_cast<std::uint32_t>(at);
    t.length = static_cast<std::uint32_t>(len);
    return t;
  }

  char peek(std::size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }

  std::optional<CompileError> next(std::vector<Token>& out) {
    const std::size_t at = i_;
    const char c = s_[i_];
    if (is_digit(c)) return number(out);
    if (is_ident_start(c)) {
      while (i_ < s_.size() && is_ident_char(s_[i_])) ++i_;
      const std::string_view word = s_.substr(at, i_ - at);
      if (word == "in") {
        out.push_back(make(Tok::kw_in, at, 2));
      } else {
        Token t = make(Tok::ident, at, word.size());
        t.text = std::string(word);
        out.push_back(std::move(t));
      }
      return std::nullopt;
    }
    if (c == '"') return string(out);
    auto two = [&](char second, Tok both, Tok one) {
      if (peek(1) == second) {
        out.push_back(make(both, at, 2));
        i_ += 2;
      } else {
        out.push_back(make(one, at, 1));
        i_ += 1;
      }
    };
    auto single = [&](Tok t) {
      out.push_back(make(t, at, 1));
      i_ += 1;
    };
    switch (c) {
      case '&':
        if (peek(1) != '&') return CompileError{at, "unexpected character '&' (did you mean '&&'?)"};
        two('&', Tok::and_and, Tok::and_and);
        return std::nullopt;
      case '|':
        if (peek(1) != '|') return CompileError{at, "unexpected character '|' (did you mean '||'?)"};
        two('|', Tok::or_or, Tok::or_or);
        return std::nullopt;
      case '=':
        if (peek(1) != '=') return CompileError{at, "unexpected character '=' (did you mean '=='?)"};
        two('=', Tok::eq, Tok::eq);
        return std::nullopt;
      case '!': two('=', Tok::ne, Tok::bang); return std::nullopt;
      case '<': two('=', Tok::le, Tok::lt); return std::nullopt;
      case '>': two('=', Tok::ge, Tok::gt); return std::nullopt;
      case '+': single(Tok::plus); return std::nullopt;
      case '-': single(Tok::minus); return std::nullopt;
      case '*': single(Tok::star); return std::nullopt;
      case '/': single(Tok::slash); return std::nullopt;
      case '%': single(Tok::percent); return std::nullopt;
      case '?': single(Tok::question); return std::nullopt;
      case ':': single(Tok::colon); return std::nullopt;
      case '.': single(Tok::dot); return std::nullopt;
      case ',': single(Tok::comma); return std::nullopt;
      case '(': single(Tok::lparen); return std::nullopt;
      case ')': single(Tok::rparen); return std::nullopt;
      case '[': single(Tok::lbracket); return std::nullopt;
      case ']': single(Tok::rbracket); return std::nullopt;
      default: return CompileError{at, stray_message(s_, at)};
    }
  }

  // 12, 0.95, 1e3, 2.5E-3; 30d, 8w, 12m, 1y.
  std::optional<CompileError> number(std::vector<Token>& out) {
    const std::size_t at = i_;
    bool whole = true;
    while (is_digit(peek())) ++i_;
    if (peek() == '.' && is_digit(peek(1))) {
      whole = false;
      ++i_;
      while (is_digit(peek())) ++i_;
    }
    if (peek() == 'e' || peek() == 'E') {
      std::size_t k = 1;
      if (peek(k) == '+' || peek(k) == '-') ++k;
      if (is_digit(peek(k))) {
        whole = false;
        i_ += k;
        while (is_digit(peek())) ++i_;
      }
    }
    const std::size_t end = i_;
    if (is_ident_start(peek())) {
      while (i_ < s_.size() && is_ident_char(s_[i_])) ++i_;
      const std::string_view word = s_.substr(at, i_ - at);
      const char unit = s_[end];
      if (whole && i_ == end + 1 && (unit == 'd' || unit == 'w' || unit == 'm' || unit == 'y')) {
        const std::optional<Duration> d = parse_duration(word);
        if (!d) {
          return CompileError{at, "duration '" + std::string(word) +
                                      "' is too long (at most 6 digits before the unit)"};
        }
        Token t = make(Tok::duration, at, word.size());
        t.number = d->days;
        out.push_back(std::move(t));
        return std::nullopt;
      }
      return CompileError{at, "invalid number or duration '" + std::string(word) +
                                  "' (durations are written 30d, 8w, 12m or 1y)"};
    }
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s_.data() + at, s_.data() + end, v);
    if (ec != std::errc() || ptr != s_.data() + end) {
      return CompileError{at, "number out of range '" + std::string(s_.substr(at, end - at)) + "'"};
    }
    Token t = make(Tok::number, at, end - at);
    t.number = v;
    out.push_back(std::move(t));
    return std::nullopt;
  }

  // "text" with \" \\ \n \t.
  std::optional<CompileError> string(std::vector<Token>& out) {
    const std::size_t at = i_;
    std::string value;
    ++i_;
    while (true) {
      if (i_ >= s_.size()) return CompileError{at, "unterminated string"};
      const char c = s_[i_];
      if (c == '"') break;
      if (c == '\\') {
        if (i_ + 1 >= s_.size()) return CompileError{at, "unterminated string"};
        const char e = s_[i_ + 1];
        switch (e) {
          case '"': value += '"'; break;
          case '\\': value += '\\'; break;
          case 'n': value += '\n'; break;
          case 't': value += '\t'; break;
          default: {
            std::string shown = static_cast<unsigned char>(e) >= 0x20 &&
                                        static_cast<unsigned char>(e) < 0x7F
                                    ? std::string(1, e)
                                    : hex_byte(static_cast<unsigned char>(e));
            return CompileError{i_, "bad escape '\\" + shown +
                                        "' in string (use \\\", \\\\, \\n or \\t)"};
          }
        }
        i_ += 2;
        continue;
      }
      value += c;
      ++i_;
    }
    ++i_;  // the closing quote
    Token t = make(Tok::string, at, i_ - at);
    t.text = std::move(value);
    out.push_back(std::move(t));
    return std::nullopt;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

LexResult lex(std::string_view text) { return Lexer(text).run(); }

std::string describe(const Token& t, std::string_view text) {
  if (t.kind == Tok::end) return "end of rule";
  std::string_view written = text.substr(t.offset, t.length);
  if (written.size() > 40) {
    std::size_t n = 37;  // do not cut a UTF-8 sequence in two
    while (n > 0 && (static_cast<unsigned char>(written[n]) & 0xC0) == 0x80) --n;
    return "'" + std::string(written.substr(0, n)) + "...'";
  }
  return "'" + std::string(written) + "'";
}

}  // namespace iso20k::rules
