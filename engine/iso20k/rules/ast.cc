#include "iso20k/rules/ast.h"

namespace iso20k::rules {
namespace {

bool same_node(const Ast& x, std::int32_t i, const Ast& y, std::int32_t j) {
  if (i < 0 || j < 0) return i == j;
  const Node& a = x.at(i);
  const Node& b = y.at(j);
  if (a.syntax != b.syntax) return false;
  switch (a.syntax) {
    case Syntax::number:
    case Syntax::duration: return a.value == b.value;
    case Syntax::string:
    case Syntax::name: return x.text(a) == y.text(b);
    case Syntax::member: return x.text(a) == y.text(b) && same_node(x, a.a, y, b.a);
    case Syntax::call:
    case Syntax::list:
      if (a.count != b.count) return false;
      if (a.syntax == Syntax::call && x.text(a) != y.text(b)) return false;
      for (std::uint32_t k = 0; k < a.count; ++k) {
        if (!same_node(x, x.operand(a, k), y, y.operand(b, k))) return false;
      }
      return true;
    default:
      return same_node(x, a.a, y, b.a) && same_node(x, a.b, y, b.b) && same_node(x, a.c, y, b.c);
  }
}

}  // namespace

bool same_syntax(const Ast& x, const Ast& y) { return same_node(x, x.root, y, y.root); }

const char* type_name(Type type) {
  switch (type) {
    case Type::error: return "error";
    case Type::any: return "any";
    case Type::boolean: return "bool";
    case Type::number: return "number";
    case Type::string: return "string";
    case Type::duration: return "duration";
    case Type::date: return "date";
    case Type::evidence: return "evidence";
    case Type::metric: return "metric";
    case Type::result: return "result";
    case Type::profile: return "profile";
    case Type::list: return "list";
  }
  return "?";
}

std::string describe(Type type, Type elem) {
  switch (type) {
    case Type::evidence: return "evidence";
    case Type::profile: return "the profile";
    case Type::list:
      if (elem == Type::any) return "an empty list";
      return std::string("a list of ") + type_name(elem);
    default: return std::string("a ") + type_name(type);
  }
}

int precedence(Syntax s) {
  switch (s) {
    case Syntax::ternary: return 1;
    case Syntax::or_: return 2;
    case Syntax::and_: return 3;
    case Syntax::eq:
    case Syntax::ne: return 4;
    case Syntax::lt:
    case Syntax::le:
    case Syntax::gt:
    case Syntax::ge:
    case Syntax::in: return 5;
    case Syntax::add:
    case Syntax::sub: return 6;
    case Syntax::mul:
    case Syntax::div:
    case Syntax::mod: return 7;
    case Syntax::not_:
    case Syntax::negate: return 8;
    default: return 9;
  }
}

const char* spelling(Syntax s) {
  switch (s) {
    case Syntax::not_: return "!";
    case Syntax::negate: return "-";
    case Syntax::ternary: return "?";
    case Syntax::or_: return "||";
    case Syntax::and_: return "&&";
    case Syntax::eq: return "==";
    case Syntax::ne: return "!=";
    case Syntax::lt: return "<";
    case Syntax::le: return "<=";
    case Syntax::gt: return ">";
    case Syntax::ge: return ">=";
    case Syntax::in: return "in";
    case Syntax::add: return "+";
    case Syntax::sub: return "-";
    case Syntax::mul: return "*";
    case Syntax::div: return "/";
    case Syntax::mod: return "%";
    default: return "";
  }
}

}  // namespace iso20k::rules
