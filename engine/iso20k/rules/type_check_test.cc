#include "iso20k/rules/type_check.h"

#include <doctest/doctest.h>

#include "iso20k/rules/compiled_rule.h"
#include "support/rules_fixture.h"

using namespace iso20k;
using namespace iso20k::rules;
using test::fx;

namespace {

std::string errors(std::string_view text) { return fx().errors(text); }

Type root_type(std::string_view text) {
  CompileResult r = compile(text, fx().checklist);
  if (!r.rule) return Type::error;
  return r.rule->ast.at(r.rule->ast.root).type;
}

}  // namespace

TEST_CASE("type check: names, functions and members resolve to their types") {
  CHECK(root_type("true") == Type::boolean);
  CHECK(root_type("1 + 2 * 3") == Type::number);
  CHECK(root_type("partial") == Type::result);
  CHECK(root_type("true ? conformant : nonconformant") == Type::result);
  CHECK(root_type("days(as_of - date(\"2025-01-01\"))") == Type::number);
  CHECK(root_type("age_days(evidence(\"DOC-OLD\")) / 30") == Type::number);
  CHECK(root_type("ratio([valid(evidence(\"DOC-OLD\")), meets_target(metric(\"MET-AVAIL\"))])") ==
        Type::number);

  // Every member and function, by the type of the expression it forms (inside a comparison, since
  // a rule itself may only yield bool, number or result).
  struct Case {
    std::string_view expr;
    const char* same_type_as;
  };
  const Case cases[] = {
      {"evidence(\"DOC-OLD\").present", "true"},       {"evidence(\"DOC-OLD\").status", "\"seen\""},
      {"evidence(\"DOC-OLD\").approved", "true"},      {"evidence(\"DOC-OLD\").issued", "as_of"},
      {"evidence(\"DOC-OLD\").reviewed", "as_of"},     {"evidence(\"DOC-OLD\").expires", "as_of"},
      {"evidence(\"DOC-OLD\").age", "1d"},             {"evidence(\"DOC-OLD\").stale", "true"},
      {"evidence(\"DOC-OLD\").expired", "true"},       {"evidence(\"DOC-OLD\").valid", "true"},
      {"metric(\"MET-AVAIL\").value", "1"},            {"metric(\"MET-AVAIL\").target", "1"},
      {"metric(\"MET-AVAIL\").unit", "\"%\""},         {"metric(\"MET-AVAIL\").met", "true"},
      {"metric(\"MET-AVAIL\").present", "true"},       {"profile.persons", "1"},
      {"profile.services", "1"},                       {"profile.sites", "1"},
      {"profile.suppliers", "1"},                      {"present(evidence(\"DOC-OLD\"))", "true"},
      {"approved(evidence(\"DOC-OLD\"))", "true"},     {"valid(evidence(\"DOC-OLD\"))", "true"},
      {"age_days(evidence(\"DOC-OLD\"))", "1"},        {"within(evidence(\"DOC-OLD\"), 1y)", "true"},
      {"meets_target(metric(\"MET-AVAIL\"))", "true"}, {"value(metric(\"MET-AVAIL\"))", "1"},
      {"count([true])", "1"},                          {"all([true])", "true"},
      {"any([true])", "true"},                         {"ratio([true])", "1"},
      {"min(1, 2)", "1"},                              {"max(1, 2)", "1"},
      {"days(1d)", "1"},                               {"date(\"2025-01-01\")", "as_of"},
      {"as_of - as_of", "1d"},                         {"as_of + 1d", "as_of"},
      {"as_of - 1d", "as_of"},                         {"1d + 1d", "1d"},
      {"1d - 1d", "1d"},                               {"1d * 2", "1d"},
      {"2 * 1d", "1d"},                                {"-1d", "1d"},
      {"1 % 2", "1"},                                  {"\"a\" in [\"a\"]", "true"},
      {"1 in []", "true"},                             {"1 in (true ? [1] : [])", "true"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.expr);
    CHECK(errors("(" + std::string(c.expr) + ") == " + c.same_type_as) == "");
  }
}

TEST_CASE("type check: evidence and metric ids resolve once each, in order of appearance") {
  auto rule = fx().compiled(
      "valid(evidence(\"DOC-OLD\")) && evidence(\"DOC-OLD\").stale || "
      "present(evidence(\"DOC-SMS-SCOPE\")) && meets_target(metric(\"MET-AVAIL\")) && "
      "metric(\"MET-AVAIL\").present");
  REQUIRE(rule);
  REQUIRE(rule->evidence.size() == 2);
  CHECK(rule->evidence[0].id == "DOC-OLD");
  CHECK(rule->evidence[0].item == 2);
  CHECK(rule->evidence[1].id == "DOC-SMS-SCOPE");
  CHECK(rule->evidence[1].item == 0);
  REQUIRE(rule->metrics.size() == 1);
  CHECK(rule->metrics[0].id == "MET-AVAIL");
  CHECK(rule->metrics[0].item == 10);
}

TEST_CASE("type check: unknown names and functions suggest the nearest known name") {
  test::check_rows(errors, test::Texts{
      {"as_off < date(\"2025-01-01\")", "0: unknown name 'as_off' (did you mean 'as_of'?)"},
      {"treu", "0: unknown name 'treu' (did you mean 'true'?)"},
      {"foo", "0: unknown name 'foo'"},
      {"valid", "0: 'valid' is a function: call it as valid(...)"},
      {"as_of(1)", "0: 'as_of' is not a function"},
      {"vaild(evidence(\"DOC-OLD\"))", "0: unknown function 'vaild' (did you mean 'valid'?)"},
      {"meet_target(metric(\"MET-AVAIL\"))",
       "0: unknown function 'meet_target' (did you mean 'meets_target'?)"},
      {"frobnicate(1)", "0: unknown function 'frobnicate'"},
  });
}

TEST_CASE("type check: function arguments") {
  test::check_rows(errors, test::Texts{
      {"within(evidence(\"DOC-SMS-SCOPE\"))", "0: within expects 2 arguments, got 1"},
      {"valid(evidence(\"DOC-SMS-SCOPE\"), 1)", "0: valid expects 1 argument, got 2"},
      {"count()", "0: count expects 1 argument, got 0"},
      {"meets_target(evidence(\"DOC-SMS-SCOPE\"))",
       "13: meets_target expects a metric, got evidence"},
      {"valid(metric(\"MET-AVAIL\"))", "6: valid expects evidence, got a metric"},
      {"within(evidence(\"DOC-SMS-SCOPE\"), 3)",
       "34: within expects a duration as its second argument, got a number"},
      {"count([1, 2]) > 0", "6: count expects a list of bool, got a list of number"},
      {"any(true)", "4: any expects a list of bool, got a bool"},
      {"min(1, true)", "7: min expects a number as its second argument, got a bool"},
      {"max(\"a\", 1)", "4: max expects a number as its first argument, got a string"},
      {"days(1) > 0", "5: days expects a duration, got a number"},
      {"value(profile) > 0", "6: value expects a metric, got the profile"},
  });
}

TEST_CASE("type check: evidence, metric and date take string literals, checked at compile time") {
  test::check_rows(errors, test::Texts{
      {"evidence(1).present",
       "9: evidence expects a string literal such as evidence(\"DOC-SMS-SCOPE\"), got a number"},
      {"evidence(evidence(\"DOC-OLD\").status).present",
       "9: evidence expects a string literal such as evidence(\"DOC-SMS-SCOPE\"), got an expression"},
      {"date(as_of) == as_of",
       "5: date expects a string literal such as date(\"2025-03-31\"), got a date"},
      {"date(\"2025-02-30\") < as_of",
       "5: invalid date '2025-02-30' (expected YYYY-MM-DD, a real calendar day)"},
      {"date(\"31/03/2025\") < as_of",
       "5: invalid date '31/03/2025' (expected YYYY-MM-DD, a real calendar day)"},
      {"valid(evidence(\"DOC-X\"))", "15: unknown evidence id 'DOC-X' (not in checklist test:1)"},
      {"valid(evidence(\"DOC-SMS-SCOP\"))",
       "15: unknown evidence id 'DOC-SMS-SCOP' (not in checklist test:1; did you mean "
       "'DOC-SMS-SCOPE'?)"},
      {"meets_target(metric(\"MET-CHG-SUCESS\"))",
       "20: unknown metric id 'MET-CHG-SUCESS' (not in checklist test:1; did you mean "
       "'MET-CHG-SUCCESS'?)"},
      {"meets_target(metric(\"DOC-SMS-SCOPE\"))",
       "20: metric expects a metric item, 'DOC-SMS-SCOPE' is a document item"},
      {"meets_target(metric(\"INT-LEAD\"))",
       "20: metric expects a metric item, 'INT-LEAD' is an interview item"},
      {"present(evidence(\"MET-AVAIL\"))",
       "17: 'MET-AVAIL' is a metric item: use metric(\"MET-AVAIL\")"},
  });
}

TEST_CASE("type check: members") {
  test::check_rows(errors, test::Texts{
      {"evidence(\"DOC-SMS-SCOPE\").presnt",
       "26: evidence has no member 'presnt' (did you mean 'present'?)"},
      {"metric(\"MET-AVAIL\").xyz > 1",
       "20: a metric has no member 'xyz' (members: value, target, unit, met, present)"},
      {"profile.person > 3", "8: the profile has no member 'person' (did you mean 'persons'?)"},
      {"as_of.year > 2000", "6: a date has no members (found '.year')"},
      {"(1).x", "4: a number has no members (found '.x')"},
  });
}

TEST_CASE("type check: operators") {
  test::check_rows(errors, test::Texts{
      {"!1", "1: '!' expects a bool, got a number"},
      {"-true", "1: '-' expects a number or a duration, got a bool"},
      {"-as_of < as_of", "1: '-' expects a number or a duration, got a date"},
      {"1 && true", "0: '&&' expects a bool, got a number"},
      {"true || \"x\"", "8: '||' expects a bool, got a string"},
      {"1 == \"1\"", "2: '==' compares two values of the same type, got a number and a string"},
      {"true != 1", "5: '!=' compares two values of the same type, got a bool and a number"},
      {"evidence(\"DOC-SMS-SCOPE\") == evidence(\"DOC-OLD\")", "26: '==' cannot compare evidence"},
      {"[1] == [1]", "4: '==' cannot compare a list of number"},
      {"true < false", "5: '<' expects numbers, durations, dates or strings, got a bool"},
      {"partial >= conformant",
       "8: '>=' expects numbers, durations, dates or strings, got a result"},
      {"as_of < 30d", "6: '<' compares two values of the same type, got a date and a duration"},
      {"1 in 2", "5: 'in' expects a list on its right, got a number"},
      {"1 in [\"a\"]", "2: 'in' looks for a number in a list of string"},
      {"profile in []", "8: 'in' cannot compare the profile"},
      {"as_of + as_of < as_of",
       "6: '+' expects numbers, durations, or a date and a duration, got a date and a date"},
      {"30d + as_of < as_of",
       "4: '+' expects numbers, durations, or a date and a duration, got a duration and a date"},
      {"30d - as_of < 1d",
       "4: '-' expects numbers, durations, a date and a duration, or two dates, got a duration and "
       "a date"},
      {"30d * 30d < 1d",
       "4: '*' expects numbers, or a duration and a number, got a duration and a duration"},
      {"30d / 2 < 1d", "4: '/' expects numbers, got a duration and a number"},
      {"30d % 2 < 1d", "4: '%' expects numbers, got a duration and a number"},
      {"1 ? true : false", "0: '?' expects a bool condition, got a number"},
      {"true ? 1 : \"a\"",
       "11: the branches of '?' must have the same type, got a number and a string"},
      {"true ? [1] : [true]",
       "13: the branches of '?' must have the same type, got a list of number and a list of bool"},
      {"count([true, 1])",
       "13: list elements must all have the same type: expected a bool, got a number"},
      {"count([[true]])", "7: a list cannot contain a list"},
  });
}

TEST_CASE("type check: a rule yields a bool, a number or a result") {
  test::check_rows(errors, test::Texts{
      {"as_of", "0: a rule must yield a bool, a number or a result, got a date"},
      {"\"x\"", "0: a rule must yield a bool, a number or a result, got a string"},
      {"[true]", "0: a rule must yield a bool, a number or a result, got a list of bool"},
      {"[]", "0: a rule must yield a bool, a number or a result, got an empty list"},
      {"30d", "0: a rule must yield a bool, a number or a result, got a duration"},
      {"  evidence(\"DOC-OLD\")",
       "2: a rule must yield a bool, a number or a result, got evidence"},
      {"profile", "0: a rule must yield a bool, a number or a result, got the profile"},
      {"metric(\"MET-AVAIL\")", "0: a rule must yield a bool, a number or a result, got a metric"},
      {"(as_of)", "0: a rule must yield a bool, a number or a result, got a date"},
  });
}

TEST_CASE("type check: every error is reported once, in text order, without follow-on errors") {
  test::check_rows(errors, test::Texts{
      {"foo && bar || 1",
       "0: unknown name 'foo'\n7: unknown name 'bar'\n14: '||' expects a bool, got a number"},
      {"vaild(x) && true",
       "0: unknown function 'vaild' (did you mean 'valid'?)\n6: unknown name 'x'"},
      // An unknown id makes the call an error; the comparison and the rule type say nothing more.
      {"evidence(\"NOPE\").age > 30d && true",
       "9: unknown evidence id 'NOPE' (not in checklist test:1)"},
      {"-x ? [y] : [1]", "1: unknown name 'x'\n6: unknown name 'y'"},
  });
}
