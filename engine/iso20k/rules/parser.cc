#include "iso20k/rules/parser.h"

#include <algorithm>
#include <vector>

namespace iso20k::rules {
namespace {

// Recursion guard for the parser itself. Parentheses recurse without adding a tree level, so this
// is looser than kMaxDepth; any tree of at most kMaxDepth levels, printed by print(), fits.
constexpr int kMaxRecursion = 4 * kMaxDepth;

int infix_precedence(Tok t) {
  switch (t) {
    case Tok::question: return 1;
    case Tok::or_or: return 2;
    case Tok::and_and: return 3;
    case Tok::eq:
    case Tok::ne: return 4;
    case Tok::lt:
    case Tok::le:
    case Tok::gt:
    case Tok::ge:
    case Tok::kw_in: return 5;
    case Tok::plus:
    case Tok::minus: return 6;
    case Tok::star:
    case Tok::slash:
    case Tok::percent: return 7;
    case Tok::dot:
    case Tok::lparen: return 9;
    default: return 0;
  }
}

Syntax binary_syntax(Tok t) {
  switch (t) {
    case Tok::or_or: return Syntax::or_;
    case Tok::and_and: return Syntax::and_;
    case Tok::eq: return Syntax::eq;
    case Tok::ne: return Syntax::ne;
    case Tok::lt: return Syntax::lt;
    case Tok::le: return Syntax::le;
    case Tok::gt: return Syntax::gt;
    case Tok::ge: return Syntax::ge;
    case Tok::kw_in: return Syntax::in;
    case Tok::plus: return Syntax::add;
    case Tok::minus: return Syntax::sub;
    case Tok::star: return Syntax::mul;
    case Tok::slash: return Syntax::div;
    default: return Syntax::mod;
  }
}

class Parser {
 public:
  Parser(const std::vector<Token>& tokens, std::string_view text) : t_(tokens), text_(text) {}

  ParseResult run() {
    ParseResult r;
    if (peek().kind == Tok::end) {
      r.error = CompileError{0, "empty rule"};
      return r;
    }
    const std::int32_t root = expr(1);
    if (root >= 0 && peek().kind != Tok::end) {
      fail(peek().offset, "expected an operator or the end of the rule, found " + found());
    }
    if (error_) {
      r.error = std::move(error_);
      return r;
    }
    ast_.root = root;
    r.ast = std::move(ast_);
    return r;
  }

 private:
  const Token& peek() const { return t_[pos_]; }
  const Token& take() {
    const Token& t = t_[pos_];
    if (t.kind != Tok::end) ++pos_;
    return t;
  }
  std::string found() const { return describe(peek(), text_); }

  std::int32_t fail(std::uint32_t offset, std::string message) {
    if (!error_) error_ = CompileError{offset, std::move(message)};
    return -1;
  }

  std::uint32_t intern(std::string s) {
    ast_.texts.push_back(std::move(s));
    return static_cast<std::uint32_t>(ast_.texts.size() - 1);
  }

  // Appends a node, computing its depth from its operands; refuses trees deeper than kMaxDepth.
  std::int32_t add(Node n) {
    int d = 0;
    for (std::int32_t k : {n.a, n.b, n.c}) {
      if (k >= 0) d = std::max(d, static_cast<int>(ast_.at(k).depth));
    }
    for (std::uint32_t k = 0; k < n.count; ++k) {
      d = std::max(d, static_cast<int>(ast_.at(ast_.operand(n, k)).depth));
    }
    if (d + 1 > kMaxDepth) return too_deep(n.offset);
    n.depth = static_cast<std::uint16_t>(d + 1);
    ast_.nodes.push_back(n);
    return static_cast<std::int32_t>(ast_.nodes.size() - 1);
  }

  std::int32_t too_deep(std::uint32_t offset) {
    return fail(offset, "rule nests too deeply (more than " + std::to_string(kMaxDepth) + " levels)");
  }

  // Parses operators binding at least as tightly as min_prec.
  std::int32_t expr(int min_prec) {
    if (++recursion_ > kMaxRecursion) return too_deep(peek().offset);
    std::int32_t lhs = prefix();
    while (lhs >= 0) {
      const Token& op = peek();
      const int prec = infix_precedence(op.kind);
      if (prec == 0 || prec < min_prec) break;
      lhs = infix(lhs, prec);
    }
    --recursion_;
    return lhs;
  }

  std::int32_t infix(std::int32_t lhs, int prec) {
    const Token& op = take();
    Node n;
    n.offset = op.offset;
    n.start = ast_.at(lhs).start;
    n.a = lhs;
    switch (op.kind) {
      case Tok::dot: {
        if (peek().kind != Tok::ident) {
          if (peek().kind == Tok::end) return fail(peek().offset, "unexpected end of rule");
          return fail(peek().offset, "expected a member name after '.', found " + found());
        }
        const Token& name = take();
        n.syntax = Syntax::member;
        n.offset = name.offset;
        n.text = intern(name.text);
        return add(n);
      }
      case Tok::lparen:
        return fail(op.offset, "unexpected '(' after an expression (only a function name can be called)");
      case Tok::question: {
        n.syntax = Syntax::ternary;
        n.b = expr(1);
        if (n.b < 0) return -1;
        if (peek().kind != Tok::colon) {
          return fail(peek().offset, "expected ':' for '?' at offset " + std::to_string(op.offset));
        }
        take();
        n.c = expr(1);  // right associative
        if (n.c < 0) return -1;
        return add(n);
      }
      default: {
        n.syntax = binary_syntax(op.kind);
        n.b = expr(prec + 1);  // left associative
        if (n.b < 0) return -1;
        return add(n);
      }
    }
  }

  std::int32_t prefix() {
    const Token& t = peek();
    Node n;
    n.offset = n.start = t.offset;
    switch (t.kind) {
      case Tok::number:
      case Tok::duration:
        take();
        n.syntax = t.kind == Tok::number ? Syntax::number : Syntax::duration;
        n.value = t.number;
        return add(n);
      case Tok::string:
        take();
        n.syntax = Syntax::string;
        n.text = intern(t.text);
        return add(n);
      case Tok::ident:
        take();
        n.text = intern(t.text);
        if (peek().kind != Tok::lparen) {
          n.syntax = Syntax::name;
          return add(n);
        }
        n.syntax = Syntax::call;
        return sequence(n, Tok::rparen, "')'");
      case Tok::bang:
      case Tok::minus:
        take();
        n.syntax = t.kind == Tok::bang ? Syntax::not_ : Syntax::negate;
        n.a = expr(8);
        if (n.a < 0) return -1;
        return add(n);
      case Tok::lparen: {
        take();
        const std::int32_t inner = expr(1);
        if (inner < 0) return -1;
        if (peek().kind != Tok::rparen) {
          return fail(peek().offset, "expected ')' to close '(' at offset " + std::to_string(t.offset));
        }
        take();
        ast_.at(inner).start = t.offset;
        return inner;
      }
      case Tok::lbracket:
        n.syntax = Syntax::list;
        return sequence(n, Tok::rbracket, "']'");
      case Tok::end: return fail(t.offset, "unexpected end of rule");
      default: return fail(t.offset, "expected a value, found " + found());
    }
  }

  // A call's arguments or a list's elements: the opening token is next; comma-separated
  // expressions up to `close`.
  std::int32_t sequence(Node n, Tok close, const char* close_text) {
    const Token& open = take();
    std::vector<std::int32_t> items;
    if (peek().kind == close) {
      take();
    } else {
      while (true) {
        const std::int32_t item = expr(1);
        if (item < 0) return -1;
        items.push_back(item);
        if (peek().kind == Tok::comma) {
          take();
          continue;
        }
        if (peek().kind == close) {
          take();
          break;
        }
        return fail(peek().offset, std::string("expected ',' or ") + close_text + " to close '" +
                                       text_[open.offset] + "' at offset " +
                                       std::to_string(open.offset));
      }
    }
    n.first = static_cast<std::uint32_t>(ast_.operands.size());
    n.count = static_cast<std::uint32_t>(items.size());
    ast_.operands.insert(ast_.operands.end(), items.begin(), items.end());
    return add(n);
  }

  const std::vector<Token>& t_;
  std::string_view text_;
  std::size_t pos_ = 0;
  int recursion_ = 0;
  Ast ast_;
  std::optional<CompileError> error_;
};

}  // namespace

ParseResult parse(std::string_view text) {
  LexResult lexed = lex(text);
  if (lexed.error) {
    ParseResult r;
    r.error = std::move(lexed.error);
    return r;
  }
  return Parser(lexed.tokens, text).run();
}

}  // namespace iso20k::rules
