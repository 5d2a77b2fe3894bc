#include "iso20k/rules/printer.h"

#include <doctest/doctest.h>

#include <random>

#include "iso20k/rules/compiled_rule.h"
#include "support/rules_fixture.h"

using namespace iso20k;
using namespace iso20k::rules;
using test::fx;

namespace {

std::string printed(std::string_view text) {
  auto rule = fx().compiled(text);
  return rule ? print(*rule) : "(does not compile)";
}

// print() gives text that compiles to the same tree, prints the same again, and evaluates the same.
void check_round_trip(std::string_view text) {
  CAPTURE(text);
  CompileResult first = compile(text, fx().checklist);
  REQUIRE(first.errors.empty());
  const std::string once = print(*first.rule);
  CAPTURE(once);
  CompileResult second = compile(once, fx().checklist);
  REQUIRE(second.errors.empty());
  CHECK(same_syntax(first.rule->ast, second.rule->ast));
  CHECK(print(*second.rule) == once);
  const Outcome a = evaluate(*first.rule, fx().context());
  const Outcome b = evaluate(*second.rule, fx().context());
  CHECK(a.result == b.result);
  CHECK(a.achievement == b.achievement);
  CHECK(test::trail(a) == test::trail(b));
}

// Random well-typed rules, every subexpression parenthesised so the printer has to decide which
// parentheses are needed.
class RuleGenerator {
 public:
  explicit RuleGenerator(unsigned seed) : rng_(seed) {}

  std::string rule() {
    switch (pick(3)) {
      case 0: return gen(Type::boolean, 0);
      case 1: return gen(Type::number, 0);
      default: return "(" + gen(Type::boolean, 0) + ") ? " + gen(Type::result, 1) + " : " +
                      gen(Type::result, 1);
    }
  }

 private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  std::string p(const std::string& s) { return "(" + s + ")"; }
  std::string sub(Type t, int depth) { return p(gen(t, depth + 1)); }

  std::string gen(Type t, int depth) {
    const bool leaf = depth >= 5 || pick(4) == 0;
    static const char* kEvidence[] = {"DOC-SMS-SCOPE", "DOC-OLD", "REC-CHG-LOG", "REC-AUDIT", "INT-LEAD"};
    static const char* kMetrics[] = {"MET-AVAIL", "MET-CHG-SUCCESS", "MET-NONE"};
    const std::string e = std::string("evidence(\"") + kEvidence[pick(5)] + "\")";
    const std::string m = std::string("metric(\"") + kMetrics[pick(3)] + "\")";
    if (!leaf && pick(8) == 0) {
      return sub(Type::boolean, depth) + " ? " + sub(t, depth) + " : " + sub(t, depth);
    }
    switch (t) {
      case Type::boolean: {
        if (leaf) {
          static const char* kLeaves[] = {"true", "false"};
          switch (pick(6)) {
            case 0: return kLeaves[pick(2)];
            case 1: return "valid(" + e + ")";
            case 2: return e + ".stale";
            case 3: return "meets_target(" + m + ")";
            case 4: return m + ".present";
            default: return "present(" + e + ")";
          }
        }
        switch (pick(12)) {
          case 0: return "!" + sub(t, depth);
          case 1: return sub(t, depth) + " && " + sub(t, depth);
          case 2: return sub(t, depth) + " || " + sub(t, depth);
          case 3: return sub(Type::number, depth) + " < " + sub(Type::number, depth);
          case 4: return sub(Type::number, depth) + " == " + sub(Type::number, depth);
          case 5: return sub(Type::duration, depth) + " <= " + sub(Type::duration, depth);
          case 6: return sub(Type::date, depth) + " > " + sub(Type::date, depth);
          case 7: return sub(Type::string, depth) + " in [" + gen(Type::string, depth + 1) + ", " +
                         gen(Type::string, depth + 1) + "]";
          case 8: return "all([" + gen(t, depth + 1) + ", " + gen(t, depth + 1) + "])";
          case 9: return "within(" + e + ", " + gen(Type::duration, depth + 1) + ")";
          case 10: return sub(Type::string, depth) + " != " + sub(Type::string, depth);
          default: return sub(t, depth) + " == " + sub(t, depth);
        }
      }
      case Type::number: {
        if (leaf) {
          static const char* kLeaves[] = {"0", "1", "0.25", "3", "1e21", "0.1", "92.5", "1e-7"};
          switch (pick(5)) {
            case 0: return "profile.persons";
            case 1: return "value(" + m + ")";
            case 2: return "age_days(" + e + ")";
            default: return kLeaves[pick(8)];
          }
        }
        switch (pick(11)) {
          case 0: return "-" + sub(t, depth);
          case 1: return sub(t, depth) + " + " + sub(t, depth);
          case 2: return sub(t, depth) + " - " + sub(t, depth);
          case 3: return sub(t, depth) + " * " + sub(t, depth);
          case 4: return sub(t, depth) + " / " + sub(t, depth);
          case 5: return sub(t, depth) + " % " + sub(t, depth);
          case 6: return "days(" + gen(Type::duration, depth + 1) + ")";
          case 7: return "min(" + gen(t, depth + 1) + ", " + gen(t, depth + 1) + ")";
          case 8: return "max(" + gen(t, depth + 1) + ", " + gen(t, depth + 1) + ")";
          case 9: return "ratio([" + gen(Type::boolean, depth + 1) + "])";
          default: return "count([" + gen(Type::boolean, depth + 1) + ", true])";
        }
      }
      case Type::duration: {
        if (leaf) {
          static const char* kLeaves[] = {"30d", "8w", "12m", "1y", "0d", "365d", "14d"};
          return pick(4) == 0 ? e + ".age" : kLeaves[pick(7)];
        }
        switch (pick(6)) {
          case 0: return "-" + sub(t, depth);
          case 1: return sub(t, depth) + " + " + sub(t, depth);
          case 2: return sub(t, depth) + " - " + sub(t, depth);
          case 3: return sub(t, depth) + " * " + sub(Type::number, depth);
          case 4: return sub(Type::number, depth) + " * " + sub(t, depth);
          default: return sub(Type::date, depth) + " - " + sub(Type::date, depth);
        }
      }
      case Type::date: {
        if (leaf) {
          switch (pick(4)) {
            case 0: return "as_of";
            case 1: return e + ".reviewed";
            case 2: return e + ".issued";
            default: return "date(\"2025-01-31\")";
          }
        }
        return sub(t, depth) + (pick(2) ? " + " : " - ") + sub(Type::duration, depth);
      }
      case Type::string: {
        static const char* kLeaves[] = {"\"seen\"", "\"partial\"", "\"a\\\"b\\\\c\\n\\t\"", "\"\""};
        switch (pick(3)) {
          case 0: return e + ".status";
          case 1: return m + ".unit";
          default: return kLeaves[pick(4)];
        }
      }
      default: {  // result
        static const char* kLeaves[] = {"conformant", "partial", "nonconformant"};
        return kLeaves[pick(3)];
      }
    }
  }

  std::mt19937 rng_;
};

}  // namespace

TEST_CASE("print: canonical spacing and the shortest spelling of literals") {
  test::check_rows(printed, test::Texts{
      {"valid(evidence(\"DOC-OLD\"))&&(true||false)",
       "valid(evidence(\"DOC-OLD\")) && (true || false)"},
      {"  min( 1,2 )>=max(3 ,4)", "min(1, 2) >= max(3, 4)"},
      {"count([ true,false ])==0", "count([true, false]) == 0"},
      {"count( [ ] )==0", "count([]) == 0"},
      {"0.950 > 1e3", "0.95 > 1000"},
      {"1e21 > 1e-7", "1e+21 > 1e-07"},
      {"365d == 1y", "1y == 1y"},
      {"14d < 360d", "2w < 12m"},
      {"10d > 0y", "10d > 0d"},
      {"\"a\\\"b\\\\c\\nd\\te\" == \"\"", "\"a\\\"b\\\\c\\nd\\te\" == \"\""},
      {"1 in [1]", "1 in [1]"},
      {"profile.persons>3", "profile.persons > 3"},
  });
}

TEST_CASE("print: parentheses only where precedence or associativity needs them") {
  test::check_rows(printed, test::Texts{
      {"(1 + 2) * 3 > 0", "(1 + 2) * 3 > 0"},
      {"1 + (2 * 3) > 0", "1 + 2 * 3 > 0"},
      {"1 - (2 - 3) > 0", "1 - (2 - 3) > 0"},
      {"(1 - 2) - 3 > 0", "1 - 2 - 3 > 0"},
      {"(true && false) || true", "true && false || true"},
      {"true && (false || true)", "true && (false || true)"},
      {"(true == false) == true", "true == false == true"},
      {"true == (false == true)", "true == (false == true)"},
      {"((1 < 2)) == (3 < 4)", "1 < 2 == 3 < 4"},
      {"(true ? true : false) ? 1 : 0", "(true ? true : false) ? 1 : 0"},
      {"true ? 1 : (false ? 2 : 3)", "true ? 1 : false ? 2 : 3"},
      {"true ? (false ? 2 : 3) : 1", "true ? false ? 2 : 3 : 1"},
      {"(true || false) ? 1 : 0", "true || false ? 1 : 0"},
      {"-(1 + 2) < 0", "-(1 + 2) < 0"},
      {"-(-1) < 0", "--1 < 0"},
      {"!(!true)", "!!true"},
      {"!(1 < 2)", "!(1 < 2)"},
      {"(-1) * 2 < 0", "-1 * 2 < 0"},
      {"(evidence(\"DOC-OLD\")).stale", "evidence(\"DOC-OLD\").stale"},
      {"(true ? evidence(\"DOC-OLD\") : evidence(\"INT-LEAD\")).present",
       "(true ? evidence(\"DOC-OLD\") : evidence(\"INT-LEAD\")).present"},
      {"(as_of - 30d) > (evidence(\"DOC-OLD\").issued)",
       "as_of - 1m > evidence(\"DOC-OLD\").issued"},
      {"(1 in [1]) == true", "1 in [1] == true"},
      {"1 + 1 in [2]", "1 + 1 in [2]"},
  });
}

TEST_CASE("print: compile(print(r)) gives the same rule, for hand-written rules") {
  const char* rules[] = {
      "valid(evidence(\"DOC-SMS-SCOPE\")) && meets_target(metric(\"MET-CHG-SUCCESS\"))",
      "present(evidence(\"DOC-SMS-SCOPE\")) && within(evidence(\"DOC-SMS-SCOPE\"), 12m)",
      "ratio([valid(evidence(\"DOC-OLD\")), approved(evidence(\"DOC-SM-POLICY\")), "
      "meets_target(metric(\"MET-AVAIL\"))])",
      "value(metric(\"MET-CHG-SUCCESS\")) >= metric(\"MET-CHG-SUCCESS\").target ? conformant : "
      "value(metric(\"MET-CHG-SUCCESS\")) >= 0.9 * metric(\"MET-CHG-SUCCESS\").target ? partial : "
      "nonconformant",
      "evidence(\"REC-CHG-LOG\").status in [\"seen\", \"partial\"] && "
      "as_of - evidence(\"REC-CHG-LOG\").issued <= 3m",
      "profile.persons > 250 ? count([present(evidence(\"INT-LEAD\")), "
      "present(evidence(\"OBS-DESK\"))]) / 2 : 1",
      "min(1, age_days(evidence(\"DOC-OLD\")) / days(6m))",
      "!(evidence(\"DOC-EXPIRING\").expired || evidence(\"DOC-OLD\").stale) == false",
      "-(-(1)) - -1 < 3 % 2 * 4 / (1 - 2)",
      "as_of - (date(\"2025-01-01\") + 2w * 1.5) > -(30d - 1y)",
      "(true ? evidence(\"DOC-OLD\") : evidence(\"INT-LEAD\")).age + 1d > 1w",
      "any(false ? [true] : []) || all([]) && count([]) == 0",
      "\"a\\\"b\" < \"c\\\\\\n\\t\" ? 0.5 : 0.25",
      "1e308 * 10 > 0 && 1e-310 > 0 && 5e-324 > 0",
  };
  for (const char* r : rules) check_round_trip(r);
}

TEST_CASE("print: compile(print(r)) gives the same rule, for 3,000 random rules") {
  RuleGenerator g(20250510);
  for (int i = 0; i < 3000; ++i) check_round_trip(g.rule());
}

TEST_CASE("print: the deepest rule prints as text that compiles again") {
  // 200 levels of right-nested subtraction need a parenthesis at every level.
  std::string text = "1";
  for (int i = 0; i < 199; ++i) text = "1 - (" + text + ")";
  CompileResult r = compile(text, fx().checklist);
  REQUIRE(r.errors.empty());
  CHECK(r.rule->ast.at(r.rule->ast.root).depth == 200);
  check_round_trip(text);
  CHECK(compile("1 - (" + text + ")", fx().checklist).errors.at(0).message ==
        "rule nests too deeply (more than 200 levels)");
}
