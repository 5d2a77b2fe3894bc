#include "iso20k/rules/parser.h"

#include <doctest/doctest.h>

#include "iso20k/format/number_text.h"
#include "support/rules_fixture.h"

using namespace iso20k::rules;

namespace {

// The tree as an s-expression: (&& a (|| b c)), (call f x y), (. e present), [1 2], (? c a b).
std::string sexpr(const Ast& ast, std::int32_t i) {
  const Node& n = ast.at(i);
  switch (n.syntax) {
    case Syntax::number: return iso20k::trimmed_text(n.value, 6);
    case Syntax::duration: return std::to_string(static_cast<int>(n.value)) + "days";
    case Syntax::string: return "\"" + ast.text(n) + "\"";
    case Syntax::name: return ast.text(n);
    case Syntax::member: return "(. " + sexpr(ast, n.a) + " " + ast.text(n) + ")";
    case Syntax::call:
    case Syntax::list: {
      std::string s = n.syntax == Syntax::call ? "(call " + ast.text(n) : "[";
      for (std::uint32_t k = 0; k < n.count; ++k) {
        if (k > 0 || n.syntax == Syntax::call) s += " ";
        s += sexpr(ast, ast.operand(n, k));
      }
      return s + (n.syntax == Syntax::call ? ")" : "]");
    }
    case Syntax::not_:
    case Syntax::negate: return std::string("(") + spelling(n.syntax) + " " + sexpr(ast, n.a) + ")";
    case Syntax::ternary:
      return "(? " + sexpr(ast, n.a) + " " + sexpr(ast, n.b) + " " + sexpr(ast, n.c) + ")";
    default:
      return std::string("(") + spelling(n.syntax) + " " + sexpr(ast, n.a) + " " + sexpr(ast, n.b) +
             ")";
  }
}

std::string tree(std::string_view text) {
  const ParseResult r = parse(text);
  if (r.error) return "error " + std::to_string(r.error->offset) + ": " + r.error->message;
  return sexpr(r.ast, r.ast.root);
}

std::string error(std::string_view text) {
  const ParseResult r = parse(text);
  if (!r.error) return "no error: " + sexpr(r.ast, r.ast.root);
  return std::to_string(r.error->offset) + ": " + r.error->message;
}

}  // namespace

TEST_CASE("parser: primaries") {
  test::check_rows(tree, test::Texts{
      {"12", "12"},
      {"0.5", "0.5"},
      {"30d", "30days"},
      {"12m", "360days"},
      {R"("seen")", "\"seen\""},
      {"as_of", "as_of"},
      {"f()", "(call f)"},
      {"within(e, 30d)", "(call within e 30days)"},
      {"[]", "[]"},
      {"[1, 2, 3]", "[1 2 3]"},
      {"[[1], []]", "[[1] []]"},
      {"((a))", "a"},
  });
}

TEST_CASE("parser: each precedence level binds tighter than the one below it") {
  // 1 ?: < 2 || < 3 && < 4 == != < 5 < <= > >= in < 6 + - < 7 * / % < 8 ! - < 9 call . ()
  test::check_rows(tree, test::Texts{
      {"a || b ? c : d", "(? (|| a b) c d)"},
      {"a && b || c", "(|| (&& a b) c)"},
      {"a || b && c", "(|| a (&& b c))"},
      {"a == b && c != d", "(&& (== a b) (!= c d))"},
      {"a < b == c >= d", "(== (< a b) (>= c d))"},
      {"a <= b != c > d", "(!= (<= a b) (> c d))"},
      {"a in b == c", "(== (in a b) c)"},
      {"a + b < c - d", "(< (+ a b) (- c d))"},
      {"a + b in c", "(in (+ a b) c)"},
      {"a * b + c / d - e % f", "(- (+ (* a b) (/ c d)) (% e f))"},
      {"-a * b", "(* (- a) b)"},
      {"!a && b", "(&& (! a) b)"},
      {"!a == b", "(== (! a) b)"},
      {"-a.b", "(- (. a b))"},
      {"!f(x).y", "(! (. (call f x) y))"},
      {"(a || b) && c", "(&& (|| a b) c)"},
      {"a * (b + c)", "(* a (+ b c))"},
  });
}

TEST_CASE("parser: binary operators are left associative, the conditional right associative") {
  test::check_rows(tree, test::Texts{
      {"a - b - c", "(- (- a b) c)"},
      {"a / b / c", "(/ (/ a b) c)"},
      {"a % b * c", "(* (% a b) c)"},
      {"a || b || c", "(|| (|| a b) c)"},
      {"a && b && c", "(&& (&& a b) c)"},
      {"a == b == c", "(== (== a b) c)"},
      {"a < b < c", "(< (< a b) c)"},
      {"a ? b : c ? d : e", "(? a b (? c d e))"},
      {"a ? b ? c : d : e", "(? a (? b c d) e)"},
      {"a ? b || c : d && e", "(? a (|| b c) (&& d e))"},
      {"- - a", "(- (- a))"},
      {"!!a", "(! (! a))"},
      {"a.b.c", "(. (. a b) c)"},
  });
}

TEST_CASE("parser: nodes carry the offsets of their key token and of their first character") {
  const ParseResult r = parse("(a + 1) * f(b).c");
  REQUIRE_FALSE(r.error);
  const Node& mul = r.ast.at(r.ast.root);
  CHECK(mul.syntax == Syntax::mul);
  CHECK(mul.offset == 8);
  CHECK(mul.start == 0);
  const Node& add = r.ast.at(mul.a);
  CHECK(add.offset == 3);
  CHECK(add.start == 0);  // its parenthesis
  const Node& member = r.ast.at(mul.b);
  CHECK(member.syntax == Syntax::member);
  CHECK(member.offset == 15);  // the member name
  CHECK(member.start == 10);
  CHECK(r.ast.at(member.a).offset == 10);
  CHECK(mul.depth == 4);
}

TEST_CASE("parser: syntax errors name what was expected, at the offending offset") {
  test::check_rows(error, test::Texts{
      {"", "0: empty rule"},
      {" \n ", "0: empty rule"},
      {"a &&", "4: unexpected end of rule"},
      {"!", "1: unexpected end of rule"},
      {"(a && b", "7: expected ')' to close '(' at offset 0"},
      {"x + (a && b c", "12: expected ')' to close '(' at offset 4"},
      {"f(a, b", "6: expected ',' or ')' to close '(' at offset 1"},
      {"f(a b)", "4: expected ',' or ')' to close '(' at offset 1"},
      {"f(a,)", "4: expected a value, found ')'"},
      {"[1, 2", "5: expected ',' or ']' to close '[' at offset 0"},
      {"x in [1 2]", "8: expected ',' or ']' to close '[' at offset 5"},
      {"a ? b", "5: expected ':' for '?' at offset 2"},
      {"a ? b , c", "6: expected ':' for '?' at offset 2"},
      {"a ? b :", "7: unexpected end of rule"},
      {")", "0: expected a value, found ')'"},
      {"a && ) b", "5: expected a value, found ')'"},
      {"a b", "2: expected an operator or the end of the rule, found 'b'"},
      {"a)", "1: expected an operator or the end of the rule, found ')'"},
      {"x [1]", "2: expected an operator or the end of the rule, found '['"},
      {"e.", "2: unexpected end of rule"},
      {"e.1", "2: expected a member name after '.', found '1'"},
      {"(f)(x)", "3: unexpected '(' after an expression (only a function name can be called)"},
      {"e.valid(x)", "7: unexpected '(' after an expression (only a function name can be called)"},
      {"a == = b", "5: unexpected character '=' (did you mean '=='?)"},  // from the lexer
  });
}

TEST_CASE("parser: nesting is limited, so deep input is an error and not a stack overflow") {
  const std::string message = "rule nests too deeply (more than 200 levels)";
  // 10,000 nested parentheses.
  const std::string parens = std::string(10000, '(') + "a" + std::string(10000, ')');
  const ParseResult p = parse(parens);
  REQUIRE(p.error);
  CHECK(p.error->message == message);
  CHECK(p.error->offset == 800);
  // 10,000 unary operators and a 10,000-long chain build deep trees without deep recursion.
  CHECK(parse(std::string(10000, '!') + "a").error->message == message);
  std::string chain = "a";
  for (int i = 0; i < 10000; ++i) chain += " || a";
  const ParseResult c = parse(chain);
  REQUIRE(c.error);
  CHECK(c.error->message == message);
  CHECK(c.error->offset == 2 + 5 * 199);  // the 200th '||' would make level 201
  // 200 levels is fine; 201 is not.
  std::string ok = "a";
  for (int i = 0; i < 199; ++i) ok = "!" + ok;
  CHECK_FALSE(parse(ok).error);
  CHECK(parse("!" + ok).error->message == message);
  // Deep parentheses around a shallow tree are fine up to the recursion guard.
  CHECK_FALSE(parse(std::string(500, '(') + "a" + std::string(500, ')')).error);
  // 10,000 nested lists and calls.
  CHECK(parse(std::string(10000, '[') + std::string(10000, ']')).error->message == message);
  std::string calls;
  for (int i = 0; i < 10000; ++i) calls += "f(";
  CHECK(parse(calls + "a" + std::string(10000, ')')).error->message == message);
}
