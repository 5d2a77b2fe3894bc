// Comparing two rules' syntax trees as written (what the printer's round trip relies on), and the
// type names and operator spellings used in messages and printing.
#include "iso20k/rules/ast.h"

#include <doctest/doctest.h>

#include "iso20k/rules/parser.h"

using namespace iso20k::rules;

namespace {

bool same(std::string_view x, std::string_view y) {
  const ParseResult a = parse(x), b = parse(y);
  REQUIRE_FALSE(a.error);
  REQUIRE_FALSE(b.error);
  return same_syntax(a.ast, b.ast);
}

}  // namespace

TEST_CASE("ast: the same rule however it is spaced or parenthesised has the same syntax") {
  CHECK(same("a && b || !c", "((a&&b)) || (!c)"));
  CHECK(same("valid(evidence(\"DOC-A\"))", " valid( evidence( \"DOC-A\" ) ) "));
  CHECK(same("evidence(\"X\").age > 30d", "(evidence(\"X\")).age>30d"));
  CHECK(same("[1, 2] == [1, 2]", "[1,2]==[1,2]"));
  CHECK(same("x ? 1 : 2", "(x) ? (1) : (2)"));
}

TEST_CASE("ast: any difference in a literal, a name, a call, a member, an operator or the shape is seen") {
  CHECK_FALSE(same("1 + 2", "1 + 3"));            // a number
  CHECK_FALSE(same("30d > 1d", "4w > 1d"));       // a duration in days: 30 against 28
  CHECK_FALSE(same("\"a\" == s", "\"b\" == s"));  // a string
  CHECK_FALSE(same("a && b", "a && c"));          // a name
  CHECK_FALSE(same("a && b", "a || b"));          // an operator
  CHECK_FALSE(same("count(a)", "all(a)"));        // the function called
  CHECK_FALSE(same("min(a, b)", "min(a)"));       // its arguments
  CHECK_FALSE(same("min(a, b)", "min(b, a)"));
  CHECK_FALSE(same("e.age", "e.stale"));          // a member
  CHECK_FALSE(same("f(x).age", "g(x).age"));      // what the member is of
  CHECK_FALSE(same("[1, 2]", "[1, 2, 3]"));       // a list
  CHECK_FALSE(same("(a && b) || c", "a && (b || c)"));
  CHECK_FALSE(same("x ? 1 : 2", "x ? 1 : 3"));
  CHECK_FALSE(same("-x", "!x"));
  CHECK_FALSE(same("a", "\"a\""));                 // a name is not a string
}

TEST_CASE("ast: types in messages") {
  CHECK(describe(Type::number) == "a number");
  CHECK(describe(Type::boolean) == "a bool");
  CHECK(describe(Type::evidence) == "evidence");
  CHECK(describe(Type::profile) == "the profile");
  CHECK(describe(Type::list, Type::any) == "an empty list");
  CHECK(describe(Type::list, Type::duration) == "a list of duration");
  CHECK(std::string(type_name(Type::metric)) == "metric");
  CHECK(std::string(type_name(Type::result)) == "result");
}

TEST_CASE("ast: operators as written and their binding strength") {
  CHECK(std::string(spelling(Syntax::and_)) == "&&");
  CHECK(std::string(spelling(Syntax::in)) == "in");
  CHECK(std::string(spelling(Syntax::mod)) == "%");
  CHECK(std::string(spelling(Syntax::negate)) == "-");
  CHECK(std::string(spelling(Syntax::call)).empty());
  // ternary < || < && < equality < comparison and in < + - < * / % < unary < primaries
  const Syntax order[] = {Syntax::ternary, Syntax::or_, Syntax::and_, Syntax::ne, Syntax::in,
                          Syntax::sub,     Syntax::mod, Syntax::not_, Syntax::member};
  for (std::size_t i = 0; i < std::size(order); ++i) {
    CAPTURE(i);
    CHECK(precedence(order[i]) == static_cast<int>(i) + 1);
  }
  CHECK(precedence(Syntax::eq) == precedence(Syntax::ne));
  CHECK(precedence(Syntax::lt) == precedence(Syntax::in));
  CHECK(precedence(Syntax::div) == precedence(Syntax::mul));
}
