#include "iso20k/rules/printer.h"

#include "iso20k/format/number_text.h"
#include "iso20k/model/date.h"
#include "iso20k/rules/compiled_rule.h"
#include "iso20k/rules/rule.h"

namespace iso20k::rules {
namespace {

class Printer {
 public:
  explicit Printer(const Ast& ast) : ast_(ast) {}

  void node(std::int32_t i) {
    const Node& n = ast_.at(i);
    switch (n.syntax) {
      case Syntax::number: out_ += shortest_text(n.value); return;
      case Syntax::duration: out_ += to_string(Duration{static_cast<int>(n.value)}); return;
      case Syntax::string: out_ += quote(ast_.text(n)); return;
      case Syntax::name: out_ += ast_.text(n); return;
      case Syntax::call:
      case Syntax::list: {
        const bool call = n.syntax == Syntax::call;
        if (call) out_ += ast_.text(n);
        out_ += call ? '(' : '[';
        for (std::uint32_t k = 0; k < n.count; ++k) {
          if (k > 0) out_ += ", ";
          node(ast_.operand(n, k));
        }
        out_ += call ? ')' : ']';
        return;
      }
      case Syntax::member:
        operand(n.a, 9);
        out_ += '.';
        out_ += ast_.text(n);
        return;
      case Syntax::not_:
      case Syntax::negate:
        out_ += spelling(n.syntax);
        operand(n.a, 8);
        return;
      case Syntax::ternary:
        operand(n.a, 2);  // a ternary condition needs parentheses; its branches do not
        out_ += " ? ";
        node(n.b);
        out_ += " : ";
        node(n.c);
        return;
      default: {  // binary, left associative
        const int p = precedence(n.syntax);
        operand(n.a, p);
        out_ += ' ';
        out_ += spelling(n.syntax);
        out_ += ' ';
        operand(n.b, p + 1);
        return;
      }
    }
  }

  std::string take() { return std::move(out_); }

 private:
  // Prints a subexpression that must bind at least as tightly as min_prec.
  void operand(std::int32_t i, int min_prec) {
    const bool parens = precedence(ast_.at(i).syntax) < min_prec;
    if (parens) out_ += '(';
    node(i);
    if (parens) out_ += ')';
  }

  const Ast& ast_;
  std::string out_;
};

}  // namespace

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  out += '"';
  return out;
}

std::string print(const Ast& ast) {
  if (ast.root < 0) return {};
  Printer p(ast);
  p.node(ast.root);
  return p.take();
}

std::string print(const CompiledRule& rule) { return print(rule.ast); }

}  // namespace iso20k::rules
