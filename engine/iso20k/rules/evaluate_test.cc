#include "iso20k/rules/evaluate.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <limits>

#include "iso20k/rules/compiled_rule.h"
#include "support/rules_fixture.h"

using namespace iso20k;
using namespace iso20k::rules;
using test::fx;

namespace {

bool holds(std::string_view text) { return fx().holds(text); }
Outcome run(std::string_view text, bool explain = true) { return fx().run(text, explain); }
double achievement(std::string_view text) { return run(text).achievement; }
std::string trail(std::string_view text) { return test::trail(run(text)); }

// The subjects observed, comma separated.
std::string subjects(std::string_view text) {
  std::string out;
  for (const Observation& o : run(text).observations) out += (out.empty() ? "" : ",") + o.subject;
  return out;
}

}  // namespace

TEST_CASE("evaluate: what a rule yields becomes a result and an achievement") {
  struct Case {
    std::string_view rule;
    Result result;
    double achievement;
  };
  const Case cases[] = {
      {"true", Result::conformant, 1},
      {"false", Result::nonconformant, 0},
      {"0.25", Result::partial, 0.25},
      {"1", Result::conformant, 1},
      {"0", Result::nonconformant, 0},
      {"1.5", Result::conformant, 1},       // clamped
      {"-2", Result::nonconformant, 0},     // clamped
      {"0.999", Result::partial, 0.999},
      {"1e308 * 10", Result::conformant, 1},                    // +inf, clamped
      {"-(1e308 * 10)", Result::nonconformant, 0},              // -inf
      {"1e308 * 10 - 1e308 * 10", Result::nonconformant, 0},   // NaN → 0
      {"conformant", Result::conformant, 1},
      {"partial", Result::partial, 0.5},
      {"nonconformant", Result::nonconformant, 0},
      {"profile.persons > 100 ? partial : conformant", Result::partial, 0.5},
  };
  for (const Case& c : cases) {
    CAPTURE(c.rule);
    test::check_outcome(run(c.rule), c.result, c.achievement);
  }
}

TEST_CASE("evaluate: evidence members") {
  // DOC-SMS-SCOPE: seen, approved, reviewed 120 days ago, max age 12m.
  test::check_rows(holds, test::Truths{
      {"evidence(\"DOC-SMS-SCOPE\").present && evidence(\"DOC-SMS-SCOPE\").approved && "
       "evidence(\"DOC-SMS-SCOPE\").valid && !evidence(\"DOC-SMS-SCOPE\").stale && "
       "!evidence(\"DOC-SMS-SCOPE\").expired", true},
      {"evidence(\"DOC-SMS-SCOPE\").status == \"seen\"", true},
      {"evidence(\"DOC-SMS-SCOPE\").issued == date(\"2024-03-01\")", true},
      {"evidence(\"DOC-SMS-SCOPE\").reviewed == date(\"2025-01-10\")", true},
      {"evidence(\"DOC-SMS-SCOPE\").age == 120d", true},
      {"evidence(\"DOC-EXPIRING\").expires == date(\"2025-05-01\")", true},
      {"evidence(\"DOC-EXPIRING\").expired && !evidence(\"DOC-EXPIRING\").valid", true},
      {"evidence(\"DOC-OLD\").stale && evidence(\"DOC-OLD\").age == 251d", true},
      {"!evidence(\"DOC-SM-POLICY\").approved && !evidence(\"DOC-SM-POLICY\").valid && "
       "evidence(\"DOC-SM-POLICY\").present", true},
      {"evidence(\"REC-CHG-LOG\").status == \"partial\" && !evidence(\"REC-CHG-LOG\").present",
       true},
      {"evidence(\"INT-LEAD\").valid && evidence(\"INT-LEAD\").age == 0d", true},
  });
}

TEST_CASE("evaluate: a missing item is missing, unapproved, invalid, undated, age 0d, not stale") {
  for (const std::string id : {"REC-AUDIT", "OBS-DESK"}) {
    CAPTURE(id);
    const std::string e = std::string("evidence(\"") + id + "\")";
    CHECK(holds(e + ".status == \"missing\""));
    CHECK_FALSE(holds(e + ".present"));
    CHECK_FALSE(holds(e + ".approved"));
    CHECK_FALSE(holds(e + ".valid"));
    CHECK_FALSE(holds(e + ".stale"));
    CHECK_FALSE(holds(e + ".expired"));
    CHECK(holds(e + ".age == 0d"));
    CHECK(holds("age_days(" + e + ") == 0"));
    CHECK_FALSE(holds("within(" + e + ", 1y)"));
  }
}

TEST_CASE("evaluate: an unset date compares false in every comparison") {
  const std::string unset = "evidence(\"REC-AUDIT\").issued";
  for (const std::string op : {"==", "!=", "<", "<=", ">", ">="}) {
    CAPTURE(op);
    CHECK_FALSE(holds(unset + " " + op + " as_of"));
    CHECK_FALSE(holds("as_of " + op + " " + unset));
    CHECK_FALSE(holds(unset + " " + op + " " + unset));
    // Arithmetic keeps it unset: a date ± duration, and date − date is an unset duration.
    CHECK_FALSE(holds(unset + " + 1d " + op + " as_of"));
    CHECK_FALSE(holds("as_of - " + unset + " " + op + " 1d"));
    CHECK_FALSE(holds("days(as_of - " + unset + ") " + op + " 1"));
  }
  CHECK_FALSE(holds(unset + " in [" + unset + ", as_of]"));
  CHECK(holds("!(" + unset + " == as_of) && !(" + unset + " != as_of)"));
  // As an achievement, the NaN days of an unset duration count 0.
  CHECK(achievement("days(as_of - " + unset + ")") == 0);
  // An unset date chosen by a conditional is still unset.
  CHECK_FALSE(holds("(true ? " + unset + " : as_of) <= as_of"));
}

TEST_CASE("evaluate: the evidence functions") {
  test::check_rows(holds, test::Truths{
      {"present(evidence(\"DOC-SM-POLICY\"))", true},
      {"present(evidence(\"REC-CHG-LOG\"))", false},
      {"approved(evidence(\"DOC-OLD\"))", true},
      {"approved(evidence(\"DOC-SM-POLICY\"))", false},
      {"valid(evidence(\"DOC-SMS-SCOPE\"))", true},
      {"valid(evidence(\"DOC-OLD\"))", false},
      {"age_days(evidence(\"DOC-SM-POLICY\")) == 343", true},
      {"within(evidence(\"DOC-SMS-SCOPE\"), 120d)", true},
      {"within(evidence(\"DOC-SMS-SCOPE\"), 119d)", false},
      {"within(evidence(\"DOC-SMS-SCOPE\"), 4m)", true},
      {"within(evidence(\"REC-CHG-LOG\"), 1y)", false},  // age 39d but only partially seen
      {"within(evidence(\"INT-LEAD\"), 0d)", true},  // undated: age 0d
      {"within(evidence(\"DOC-OLD\"), as_of - as_of - 1d)", false},
  });
}

TEST_CASE("evaluate: metric members and functions") {
  test::check_rows(holds, test::Truths{
      {"value(metric(\"MET-CHG-SUCCESS\")) == 92.5", true},
      {"metric(\"MET-CHG-SUCCESS\").value == 92.5", true},
      {"metric(\"MET-CHG-SUCCESS\").target == 95", true},
      {"metric(\"MET-CHG-SUCCESS\").unit == \"%\"", true},
      {"metric(\"MET-CHG-SUCCESS\").present", true},
      {"meets_target(metric(\"MET-CHG-SUCCESS\"))", false},
      {"metric(\"MET-CHG-SUCCESS\").met", false},
      {"metric(\"MET-INC-MTTR\").target == 3", true},  // the workspace's override
      {"metric(\"MET-INC-MTTR\").unit == \"h\"", true},
      {"meets_target(metric(\"MET-INC-MTTR\"))", false},
      {"meets_target(metric(\"MET-AVAIL\"))", true},
      // A missing metric: not present, value 0, not met; its target is the checklist's.
      {"metric(\"MET-NONE\").present", false},
      {"value(metric(\"MET-NONE\")) == 0", true},
      {"meets_target(metric(\"MET-NONE\"))", false},
      {"metric(\"MET-NONE\").target == 90", true},
  });
  // A graded result from a metric.
  CHECK(achievement("value(metric(\"MET-CHG-SUCCESS\")) / metric(\"MET-CHG-SUCCESS\").target") ==
        92.5 / 95);
}

TEST_CASE("evaluate: profile members") {
  test::check_rows(holds, test::Truths{
      {"profile.persons == 120", true},
      {"profile.services == 4", true},
      {"profile.sites == 2", true},
      {"profile.suppliers == 3", true},
  });
  CHECK(trail("profile.persons > 100 && profile.sites == 2") ==
        "profile: persons 120, services 4, sites 2, suppliers 3");
}

TEST_CASE("evaluate: list functions") {
  test::check_rows(holds, test::Truths{
      {"count([true, false, true]) == 2", true},
      {"count([]) == 0", true},
      {"all([true, true])", true},
      {"all([true, false])", false},
      {"all([])", true},
      {"any([false, true])", true},
      {"any([false, false])", false},
      {"any([])", false},
  });
  CHECK(achievement("ratio([true, false, false, true])") == 0.5);
  CHECK(achievement("ratio([true, false, false])") == 1.0 / 3);
  CHECK(holds("ratio([]) == 0"));
  CHECK(achievement("ratio([valid(evidence(\"DOC-SMS-SCOPE\")), valid(evidence(\"DOC-OLD\")), "
                    "meets_target(metric(\"MET-AVAIL\")), present(evidence(\"REC-AUDIT\"))])") ==
        0.5);
  CHECK(holds("count(true ? [true, true] : []) == 2"));
  CHECK(holds("count(false ? [true, true] : []) == 0"));
}

TEST_CASE("evaluate: min, max and days") {
  test::check_rows(holds, test::Truths{
      {"min(1, 2) == 1", true},
      {"min(2, 1) == 1", true},
      {"max(1, 2) == 2", true},
      {"max(-0.5, -3) == -0.5", true},
  });
  CHECK(achievement("min(0.4, 1e308 * 10 - 1e308 * 10)") == 0);  // NaN propagates
  test::check_rows(holds, test::Truths{
      {"days(2w) == 14", true},
      {"days(12m) == 360", true},
      {"days(1y) == 365", true},
      {"days(-3d) == -3", true},
  });
  CHECK(achievement("max(0.2, min(0.6, 0.9))") == 0.6);
}

TEST_CASE("evaluate: arithmetic, division and modulo by zero") {
  test::check_rows(holds, test::Truths{
      {"2 + 3 * 4 == 14", true},
      {"(2 + 3) * 4 == 20", true},
      {"10 - 4 - 3 == 3", true},
      {"2 * 3 / 4 == 1.5", true},
      {"-2 * -3 == 6", true},
      {"1e3 == 1000", true},
      {"7 % 3 == 1", true},
      {"-7 % 3 == -1", true},  // the sign of the dividend
      {"7.5 % 2 == 1.5", true},
      {"1 / 0 == 0", true},
      {"0 / 0 == 0", true},
      {"1 / -0 == 0", true},
      {"5 % 0 == 0", true},
      {"1e308 * 10 > 1e308", true},
      // NaN compares false, != included.
      {"(1e308 * 10 - 1e308 * 10) == (1e308 * 10 - 1e308 * 10)", false},
      {"(1e308 * 10 - 1e308 * 10) != 0", false},
      {"(1e308 * 10 - 1e308 * 10) in [0]", false},
  });
}

TEST_CASE("evaluate: dates and durations") {
  test::check_rows(holds, test::Truths{
      {"as_of == date(\"2025-05-10\")", true},
      {"as_of - date(\"2025-01-01\") == 129d", true},
      {"date(\"2025-01-01\") - as_of == -129d", true},
      {"date(\"2025-01-31\") + 1m == date(\"2025-03-02\")", true},  // a month is 30 days
      {"date(\"2024-02-28\") + 1d == date(\"2024-02-29\")", true},
      {"as_of - 1y == date(\"2024-05-10\")", true},
      {"as_of - 2w + 14d == as_of", true},
      {"date(\"2025-01-01\") < as_of && as_of <= as_of && as_of >= date(\"2025-05-10\")", true},
      {"1w + 2d == 9d", true},
      {"3d - 5d == -2d", true},
      {"-3d < 0d", true},
      {"2 * 1w == 14d && 1w * 2 == 2w", true},
      {"days(1w * 0.5) == 3.5", true},
      // whole days, rounded down
      {"date(\"2025-01-01\") + 1w * 0.5 == date(\"2025-01-04\")", true},
      {"date(\"2025-01-01\") - 1w * 0.5 == date(\"2024-12-28\")", true},
      {"12m < 1y && 52w < 1y && 365d == 1y", true},
      {"1d in [2d, 1d]", true},
      {"as_of in [date(\"2025-05-10\")]", true},
      // Evidence age against max age, as rules write it.
      {"as_of - evidence(\"DOC-SMS-SCOPE\").reviewed <= 6m", true},
      {"evidence(\"DOC-SMS-SCOPE\").reviewed + 1y > as_of", true},
      // Dates stay within 0000-01-01 … 9999-12-31; beyond is an unset date.
      {"date(\"9999-12-31\") + 0d == date(\"9999-12-31\")", true},
      {"date(\"9999-12-31\") + 1d == date(\"9999-12-31\") + 1d", false},
      {"date(\"9999-12-31\") + 1d != as_of", false},
      {"date(\"0000-01-01\") - 0d == date(\"0000-01-01\")", true},
      {"date(\"0000-01-01\") - 1d < as_of", false},
      {"as_of + 999999y * 1e300 > as_of", false},
  });
}

TEST_CASE("evaluate: strings, bools and results compare") {
  test::check_rows(holds, test::Truths{
      {"\"abc\" < \"abd\"", true},
      {"\"B\" < \"a\"", true},  // bytewise
      {"\"ab\" < \"abc\" && \"abc\" >= \"abc\" && \"b\" > \"abc\"", true},
      {"\"a\\\"b\" == \"a\\\"b\" && \"x\" != \"y\"", true},
      {"true == true && false != true && !(true != true)", true},
      {"partial == partial && conformant != nonconformant", true},
      {"partial == conformant", false},
  });
}

TEST_CASE("evaluate: `in`") {
  test::check_rows(holds, test::Truths{
      {"\"seen\" in [\"partial\", \"seen\"]", true},
      {"\"missing\" in [\"partial\", \"seen\"]", false},
      {"3 in [1, 2, 3]", true},
      {"4 in [1, 2, 3]", false},
      {"partial in [conformant, partial]", true},
      {"true in [false]", false},
      {"false in [true, false]", true},
      {"1 in []", false},
      {"evidence(\"REC-CHG-LOG\").status in [\"seen\", \"partial\"]", true},
      {"profile.persons in [profile.sites * 60]", true},
      {"as_of in (false ? [] : [as_of])", true},
  });
}

TEST_CASE("evaluate: the conditional") {
  test::check_rows(achievement, test::Numbers{
      {"true ? 0.25 : 0.75", 0.25},
      {"false ? 0.25 : 0.75", 0.75},
      {"false ? 1 : true ? 0.5 : 0", 0.5},
      {"true ? false ? 1 : 0.2 : 0.3", 0.2},
  });
  test::check_rows(holds, test::Truths{
      {"(profile.persons > 100 ? 30d : 60d) == 30d", true},
      {"(false ? \"a\" : \"b\") == \"b\"", true},
      {"(true ? as_of : date(\"2020-01-01\")) == as_of", true},
      {"value(true ? metric(\"MET-AVAIL\") : metric(\"MET-NONE\")) == 99.95", true},
  });
  // It picks an item, and only the picked one is consulted.
  const Outcome o = run("(profile.persons > 100 ? evidence(\"DOC-OLD\") : evidence(\"DOC-SMS-SCOPE\")).stale");
  CHECK(o.result == Result::conformant);
  CHECK(test::trail(o) ==
        "profile: persons 120, services 4, sites 2, suppliers 3\n"
        "DOC-OLD: status seen, approved by K. Lee, reviewed 2024-09-01 (age 251d), max age 6m: stale");
}

TEST_CASE("evaluate: && and || short-circuit so the skipped side is never consulted") {
  test::check_rows(subjects, test::Texts{
      {"false && valid(evidence(\"DOC-OLD\"))", ""},
      {"true || valid(evidence(\"DOC-OLD\"))", ""},
      {"true && valid(evidence(\"DOC-OLD\"))", "DOC-OLD"},
      {"false || valid(evidence(\"DOC-OLD\"))", "DOC-OLD"},
      {"valid(evidence(\"DOC-OLD\")) && meets_target(metric(\"MET-AVAIL\"))", "DOC-OLD"},
      {"valid(evidence(\"DOC-SMS-SCOPE\")) || meets_target(metric(\"MET-AVAIL\"))",
       "DOC-SMS-SCOPE"},
      {"true ? valid(evidence(\"DOC-SMS-SCOPE\")) : valid(evidence(\"DOC-OLD\"))", "DOC-SMS-SCOPE"},
      {"false ? valid(evidence(\"DOC-SMS-SCOPE\")) : valid(evidence(\"DOC-OLD\"))", "DOC-OLD"},
      // Functions and `in` evaluate every element: the explanation shows all the items they name.
      {"all([false, valid(evidence(\"DOC-OLD\"))])", "DOC-OLD"},
      {"any([true, valid(evidence(\"DOC-OLD\"))])", "DOC-OLD"},
      {"\"seen\" in [\"seen\", evidence(\"DOC-OLD\").status]", "DOC-OLD"},
      {"evidence(\"INT-LEAD\").status in []", "INT-LEAD"},
      {"metric(\"MET-NONE\").present && value(metric(\"MET-AVAIL\")) / value(metric(\"MET-NONE\")) > 1",
       "MET-NONE"},
  });
}

TEST_CASE("evaluate: observations come once per item, in the order the rule reads them") {
  CHECK(trail("evidence(\"DOC-OLD\").stale && meets_target(metric(\"MET-CHG-SUCCESS\")) || "
              "profile.persons > 1 && evidence(\"DOC-OLD\").approved && "
              "value(metric(\"MET-CHG-SUCCESS\")) > 0") ==
        "DOC-OLD: status seen, approved by K. Lee, reviewed 2024-09-01 (age 251d), max age 6m: stale\n"
        "MET-CHG-SUCCESS: value 92.5 % against the organisation's target of 95 % (higher is better): not met\n"
        "profile: persons 120, services 4, sites 2, suppliers 3");
  // Operands are read left to right.
  test::check_rows(subjects, test::Texts{
      {"evidence(\"DOC-OLD\").age > evidence(\"DOC-SMS-SCOPE\").age", "DOC-OLD,DOC-SMS-SCOPE"},
      {"evidence(\"DOC-SMS-SCOPE\").age > evidence(\"DOC-OLD\").age", "DOC-SMS-SCOPE,DOC-OLD"},
      {"value(metric(\"MET-AVAIL\")) + value(metric(\"MET-CHG-SUCCESS\")) > 0",
       "MET-AVAIL,MET-CHG-SUCCESS"},
      {"value(metric(\"MET-CHG-SUCCESS\")) - value(metric(\"MET-AVAIL\")) > 0",
       "MET-CHG-SUCCESS,MET-AVAIL"},
      {"evidence(\"DOC-OLD\").status < evidence(\"INT-LEAD\").status", "DOC-OLD,INT-LEAD"},
      {"min(age_days(evidence(\"INT-LEAD\")), age_days(evidence(\"DOC-OLD\"))) > 0",
       "INT-LEAD,DOC-OLD"},
      {"evidence(\"REC-AUDIT\").issued + evidence(\"DOC-OLD\").age < as_of", "REC-AUDIT,DOC-OLD"},
      {"as_of - evidence(\"DOC-OLD\").issued > evidence(\"INT-LEAD\").age * profile.persons",
       "DOC-OLD,INT-LEAD,profile"},
  });
  CHECK(trail("present(evidence(\"REC-AUDIT\")) || meets_target(metric(\"MET-NONE\"))") ==
        "REC-AUDIT: not yet provided or reviewed\n"
        "MET-NONE: no value provided yet");
  // Constants consult nothing.
  CHECK(run("1 + 1 > 1").observations.empty());
}

TEST_CASE("evaluate: without explanation, the same outcome and no observations") {
  const char* rules[] = {
      "valid(evidence(\"DOC-SMS-SCOPE\")) && meets_target(metric(\"MET-AVAIL\"))",
      "ratio([valid(evidence(\"DOC-OLD\")), present(evidence(\"INT-LEAD\")), profile.persons > 10])",
      "evidence(\"REC-CHG-LOG\").status == \"partial\" ? partial : nonconformant",
  };
  for (const std::string_view r : rules) {
    CAPTURE(r);
    const Outcome with = run(r, true);
    const Outcome without = run(r, false);
    test::check_outcome(without, with.result, with.achievement);
    CHECK_FALSE(with.observations.empty());
    CHECK(without.observations.empty());
  }
  CHECK(run(rules[1], false).achievement == 2.0 / 3);
}

TEST_CASE("evaluate: a rule reading many items (beyond the inline cache) and another checklist object") {
  test::Fixture f;
  std::string items;
  for (int i = 0; i < 20; ++i) {
    f.checklist.evidence.push_back(test::document("DOC-N" + std::to_string(i), false, std::nullopt, false));
    f.checklist.evidence.push_back(test::metric_item("MET-N" + std::to_string(i), "%", 50, Better::higher));
    if (i % 2 == 0) {
      f.workspace.evidence.emplace("DOC-N" + std::to_string(i),
                                   test::record("DOC-N" + std::to_string(i), EvidenceStatus::seen, "", {}));
    }
    MetricRecord m;
    m.id = "MET-N" + std::to_string(i);
    m.value = i * 10;
    m.target = 50;
    f.workspace.metrics.emplace(m.id, m);
    items += (i ? ", " : "") + std::string("present(evidence(\"DOC-N") + std::to_string(i) +
            "\")) || meets_target(metric(\"MET-N" + std::to_string(i) + "\"))";
  }
  f.checklist.reindex();
  // DOC-N odd are missing; MET-N i meets 50 from i = 5: only elements 1 and 3 are false.
  auto compiled = f.compiled("count([" + items + "]) == 18");
  REQUIRE(compiled);
  CHECK(compiled->evidence.size() == 20);
  CHECK(compiled->metrics.size() == 20);
  CHECK(evaluate(*compiled, f.context()).result == Result::conformant);
  // 20 documents; the metrics only where the document is missing (odd i): short-circuit.
  CHECK(evaluate(*compiled, f.context()).observations.size() == 30);

  // Evaluated against a copy of the checklist with the items in another order: resolved by id.
  Checklist reordered = f.checklist;
  std::reverse(reordered.evidence.begin(), reordered.evidence.end());
  reordered.reindex();
  const EvalContext ctx{reordered, f.workspace, f.as_of};
  CHECK(evaluate(*compiled, ctx).result == Result::conformant);
  auto old = f.compiled("evidence(\"DOC-OLD\").stale && !evidence(\"DOC-SMS-SCOPE\").stale");
  REQUIRE(old);
  CHECK(evaluate(*old, ctx).result == Result::conformant);
}

TEST_CASE("evaluate: outcome helpers") {
  CHECK(clamp_achievement(0.3) == 0.3);
  CHECK(clamp_achievement(-0.0) == 0);
  CHECK(clamp_achievement(2) == 1);
  CHECK(clamp_achievement(std::numeric_limits<double>::quiet_NaN()) == 0);
  CHECK(result_for(1) == Result::conformant);
  CHECK(result_for(0) == Result::nonconformant);
  CHECK(result_for(0.5) == Result::partial);
  CHECK(achievement_of(Result::partial) == 0.5);
  CHECK(achievement_of(Result::conformant) == 1);
  CHECK(achievement_of(Result::nonconformant) == 0);
}
