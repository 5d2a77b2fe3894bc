#include "rules/evaluate.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <limits>

#include "rules/compiled_rule.h"
#include "rules/test_fixture.h"

using namespace iso20k;
using namespace iso20k::rules;

namespace {

const test::Fixture& fx() {
  static const test::Fixture f;
  return f;
}
bool holds(std::string_view text) { return fx().holds(text); }
Outcome run(std::string_view text, bool explain = true) { return fx().run(text, explain); }
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
    const char* rule;
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
    const Outcome o = run(c.rule);
    CHECK(o.result == c.result);
    CHECK(o.achievement == c.achievement);
  }
}

TEST_CASE("evaluate: evidence members") {
  // DOC-SMS-SCOPE: seen, approved, reviewed 120 days ago, max age 12m.
  CHECK(holds("evidence(\"DOC-SMS-SCOPE\").present && evidence(\"DOC-SMS-SCOPE\").approved && "
              "evidence(\"DOC-SMS-SCOPE\").valid && !evidence(\"DOC-SMS-SCOPE\").stale && "
              "!evidence(\"DOC-SMS-SCOPE\").expired"));
  CHECK(holds("evidence(\"DOC-SMS-SCOPE\").status == \"seen\""));
  CHECK(holds("evidence(\"DOC-SMS-SCOPE\").issued == date(\"2024-03-01\")"));
  CHECK(holds("evidence(\"DOC-SMS-SCOPE\").reviewed == date(\"2025-01-10\")"));
  CHECK(holds("evidence(\"DOC-SMS-SCOPE\").age == 120d"));
  CHECK(holds("evidence(\"DOC-EXPIRING\").expires == date(\"2025-05-01\")"));
  CHECK(holds("evidence(\"DOC-EXPIRING\").expired && !evidence(\"DOC-EXPIRING\").valid"));
  CHECK(holds("evidence(\"DOC-OLD\").stale && evidence(\"DOC-OLD\").age == 251d"));
  CHECK(holds("!evidence(\"DOC-SM-POLICY\").approved && !evidence(\"DOC-SM-POLICY\").valid && "
              "evidence(\"DOC-SM-POLICY\").present"));
  CHECK(holds("evidence(\"REC-CHG-LOG\").status == \"partial\" && !evidence(\"REC-CHG-LOG\").present"));
  CHECK(holds("evidence(\"INT-LEAD\").valid && evidence(\"INT-LEAD\").age == 0d"));
}

TEST_CASE("evaluate: a missing item is missing, unapproved, invalid, undated, age 0d, not stale") {
  for (const char* id : {"REC-AUDIT", "OBS-DESK"}) {
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
  for (const char* op : {"==", "!=", "<", "<=", ">", ">="}) {
    CAPTURE(op);
    CHECK_FALSE(holds(unset + " " + op + " as_of"));
    CHECK_FALSE(holds("as_of " + std::string(op) + " " + unset));
    CHECK_FALSE(holds(unset + " " + op + " " + unset));
    // Arithmetic keeps it unset: a date ± duration, and date − date is an unset duration.
    CHECK_FALSE(holds(unset + " + 1d " + op + " as_of"));
    CHECK_FALSE(holds("as_of - " + unset + " " + op + " 1d"));
    CHECK_FALSE(holds("days(as_of - " + unset + ") " + op + " 1"));
  }
  CHECK_FALSE(holds(unset + " in [" + unset + ", as_of]"));
  CHECK(holds("!(" + unset + " == as_of) && !(" + unset + " != as_of)"));
  // As an achievement, the NaN days of an unset duration count 0.
  CHECK(run("days(as_of - " + unset + ")").achievement == 0);
  // An unset date chosen by a conditional is still unset.
  CHECK_FALSE(holds("(true ? " + unset + " : as_of) <= as_of"));
}

TEST_CASE("evaluate: the evidence functions") {
  CHECK(holds("present(evidence(\"DOC-SM-POLICY\"))"));
  CHECK_FALSE(holds("present(evidence(\"REC-CHG-LOG\"))"));
  CHECK(holds("approved(evidence(\"DOC-OLD\"))"));
  CHECK_FALSE(holds("approved(evidence(\"DOC-SM-POLICY\"))"));
  CHECK(holds("valid(evidence(\"DOC-SMS-SCOPE\"))"));
  CHECK_FALSE(holds("valid(evidence(\"DOC-OLD\"))"));
  CHECK(holds("age_days(evidence(\"DOC-SM-POLICY\")) == 343"));
  CHECK(holds("within(evidence(\"DOC-SMS-SCOPE\"), 120d)"));
  CHECK_FALSE(holds("within(evidence(\"DOC-SMS-SCOPE\"), 119d)"));
  CHECK(holds("within(evidence(\"DOC-SMS-SCOPE\"), 4m)"));
  CHECK_FALSE(holds("within(evidence(\"REC-CHG-LOG\"), 1y)"));  // age 39d but only partially seen
  CHECK(holds("within(evidence(\"INT-LEAD\"), 0d)"));           // undated: age 0d
  CHECK_FALSE(holds("within(evidence(\"DOC-OLD\"), as_of - as_of - 1d)"));
}

TEST_CASE("evaluate: metric members and functions") {
  CHECK(holds("value(metric(\"MET-CHG-SUCCESS\")) == 92.5"));
  CHECK(holds("metric(\"MET-CHG-SUCCESS\").value == 92.5"));
  CHECK(holds("metric(\"MET-CHG-SUCCESS\").target == 95"));
  CHECK(holds("metric(\"MET-CHG-SUCCESS\").unit == \"%\""));
  CHECK(holds("metric(\"MET-CHG-SUCCESS\").present"));
  CHECK_FALSE(holds("meets_target(metric(\"MET-CHG-SUCCESS\"))"));
  CHECK_FALSE(holds("metric(\"MET-CHG-SUCCESS\").met"));
  CHECK(holds("metric(\"MET-INC-MTTR\").target == 3"));  // the workspace's override
  CHECK(holds("metric(\"MET-INC-MTTR\").unit == \"h\""));
  CHECK_FALSE(holds("meets_target(metric(\"MET-INC-MTTR\"))"));
  CHECK(holds("meets_target(metric(\"MET-AVAIL\"))"));
  // A missing metric: not present, value 0, not met; its target is the checklist's.
  CHECK_FALSE(holds("metric(\"MET-NONE\").present"));
  CHECK(holds("value(metric(\"MET-NONE\")) == 0"));
  CHECK_FALSE(holds("meets_target(metric(\"MET-NONE\"))"));
  CHECK(holds("metric(\"MET-NONE\").target == 90"));
  // A graded result from a metric.
  CHECK(run("value(metric(\"MET-CHG-SUCCESS\")) / metric(\"MET-CHG-SUCCESS\").target").achievement ==
        92.5 / 95);
}

TEST_CASE("evaluate: profile members") {
  CHECK(holds("profile.persons == 120"));
  CHECK(holds("profile.services == 4"));
  CHECK(holds("profile.sites == 2"));
  CHECK(holds("profile.suppliers == 3"));
  CHECK(trail("profile.persons > 100 && profile.sites == 2") ==
        "profile: persons 120, services 4, sites 2, suppliers 3");
}

TEST_CASE("evaluate: list functions") {
  CHECK(holds("count([true, false, true]) == 2"));
  CHECK(holds("count([]) == 0"));
  CHECK(holds("all([true, true])"));
  CHECK_FALSE(holds("all([true, false])"));
  CHECK(holds("all([])"));
  CHECK(holds("any([false, true])"));
  CHECK_FALSE(holds("any([false, false])"));
  CHECK_FALSE(holds("any([])"));
  CHECK(run("ratio([true, false, false, true])").achievement == 0.5);
  CHECK(run("ratio([true, false, false])").achievement == 1.0 / 3);
  CHECK(holds("ratio([]) == 0"));
  CHECK(run("ratio([valid(evidence(\"DOC-SMS-SCOPE\")), valid(evidence(\"DOC-OLD\")), "
            "meets_target(metric(\"MET-AVAIL\")), present(evidence(\"REC-AUDIT\"))])")
            .achievement == 0.5);
  CHECK(holds("count(true ? [true, true] : []) == 2"));
  CHECK(holds("count(false ? [true, true] : []) == 0"));
}

TEST_CASE("evaluate: min, max and days") {
  CHECK(holds("min(1, 2) == 1"));
  CHECK(holds("min(2, 1) == 1"));
  CHECK(holds("max(1, 2) == 2"));
  CHECK(holds("max(-0.5, -3) == -0.5"));
  CHECK(run("min(0.4, 1e308 * 10 - 1e308 * 10)").achievement == 0);  // NaN propagates
  CHECK(holds("days(2w) == 14"));
  CHECK(holds("days(12m) == 360"));
  CHECK(holds("days(1y) == 365"));
  CHECK(holds("days(-3d) == -3"));
  CHECK(run("max(0.2, min(0.6, 0.9))").achievement == 0.6);
}

TEST_CASE("evaluate: arithmetic, division and modulo by zero") {
  CHECK(holds("2 + 3 * 4 == 14"));
  CHECK(holds("(2 + 3) * 4 == 20"));
  CHECK(holds("10 - 4 - 3 == 3"));
  CHECK(holds("2 * 3 / 4 == 1.5"));
  CHECK(holds("-2 * -3 == 6"));
  CHECK(holds("1e3 == 1000"));
  CHECK(holds("7 % 3 == 1"));
  CHECK(holds("-7 % 3 == -1"));  // the sign of the dividend
  CHECK(holds("7.5 % 2 == 1.5"));
  CHECK(holds("1 / 0 == 0"));
  CHECK(holds("0 / 0 == 0"));
  CHECK(holds("1 / -0 == 0"));
  CHECK(holds("5 % 0 == 0"));
  CHECK(holds("1e308 * 10 > 1e308"));
  // NaN compares false, != included.
  CHECK_FALSE(holds("(1e308 * 10 - 1e308 * 10) == (1e308 * 10 - 1e308 * 10)"));
  CHECK_FALSE(holds("(1e308 * 10 - 1e308 * 10) != 0"));
  CHECK_FALSE(holds("(1e308 * 10 - 1e308 * 10) in [0]"));
}

TEST_CASE("evaluate: dates and durations") {
  CHECK(holds("as_of == date(\"2025-05-10\")"));
  CHECK(holds("as_of - date(\"2025-01-01\") == 129d"));
  CHECK(holds("date(\"2025-01-01\") - as_of == -129d"));
  CHECK(holds("date(\"2025-01-31\") + 1m == date(\"2025-03-02\")"));  // a month is 30 days
  CHECK(holds("date(\"2024-02-28\") + 1d == date(\"2024-02-29\")"));
  CHECK(holds("as_of - 1y == date(\"2024-05-10\")"));
  CHECK(holds("as_of - 2w + 14d == as_of"));
  CHECK(holds("date(\"2025-01-01\") < as_of && as_of <= as_of && as_of >= date(\"2025-05-10\")"));
  CHECK(holds("1w + 2d == 9d"));
  CHECK(holds("3d - 5d == -2d"));
  CHECK(holds("-3d < 0d"));
  CHECK(holds("2 * 1w == 14d && 1w * 2 == 2w"));
  CHECK(holds("days(1w * 0.5) == 3.5"));
  CHECK(holds("date(\"2025-01-01\") + 1w * 0.5 == date(\"2025-01-04\")"));  // whole days, rounded down
  CHECK(holds("date(\"2025-01-01\") - 1w * 0.5 == date(\"2024-12-28\")"));
  CHECK(holds("12m < 1y && 52w < 1y && 365d == 1y"));
  CHECK(holds("1d in [2d, 1d]"));
  CHECK(holds("as_of in [date(\"2025-05-10\")]"));
  // Evidence age against max age, as rules write it.
  CHECK(holds("as_of - evidence(\"DOC-SMS-SCOPE\").reviewed <= 6m"));
  CHECK(holds("evidence(\"DOC-SMS-SCOPE\").reviewed + 1y > as_of"));
  // Dates stay within 0000-01-01 … 9999-12-31; beyond is an unset date.
  CHECK(holds("date(\"9999-12-31\") + 0d == date(\"9999-12-31\")"));
  CHECK_FALSE(holds("date(\"9999-12-31\") + 1d == date(\"9999-12-31\") + 1d"));
  CHECK_FALSE(holds("date(\"9999-12-31\") + 1d != as_of"));
  CHECK(holds("date(\"0000-01-01\") - 0d == date(\"0000-01-01\")"));
  CHECK_FALSE(holds("date(\"0000-01-01\") - 1d < as_of"));
  CHECK_FALSE(holds("as_of + 999999y * 1e300 > as_of"));
}

TEST_CASE("evaluate: strings, bools and results compare") {
  CHECK(holds("\"abc\" < \"abd\""));
  CHECK(holds("\"B\" < \"a\""));  // bytewise
  CHECK(holds("\"ab\" < \"abc\" && \"abc\" >= \"abc\" && \"b\" > \"abc\""));
  CHECK(holds("\"a\\\"b\" == \"a\\\"b\" && \"x\" != \"y\""));
  CHECK(holds("true == true && false != true && !(true != true)"));
  CHECK(holds("partial == partial && conformant != nonconformant"));
  CHECK_FALSE(holds("partial == conformant"));
}

TEST_CASE("evaluate: `in`") {
  CHECK(holds("\"seen\" in [\"partial\", \"seen\"]"));
  CHECK_FALSE(holds("\"missing\" in [\"partial\", \"seen\"]"));
  CHECK(holds("3 in [1, 2, 3]"));
  CHECK_FALSE(holds("4 in [1, 2, 3]"));
  CHECK(holds("partial in [conformant, partial]"));
  CHECK_FALSE(holds("true in [false]"));
  CHECK(holds("false in [true, false]"));
  CHECK_FALSE(holds("1 in []"));
  CHECK(holds("evidence(\"REC-CHG-LOG\").status in [\"seen\", \"partial\"]"));
  CHECK(holds("profile.persons in [profile.sites * 60]"));
  CHECK(holds("as_of in (false ? [] : [as_of])"));
}

TEST_CASE("evaluate: the conditional") {
  CHECK(run("true ? 0.25 : 0.75").achievement == 0.25);
  CHECK(run("false ? 0.25 : 0.75").achievement == 0.75);
  CHECK(run("false ? 1 : true ? 0.5 : 0").achievement == 0.5);
  CHECK(run("true ? false ? 1 : 0.2 : 0.3").achievement == 0.2);
  CHECK(holds("(profile.persons > 100 ? 30d : 60d) == 30d"));
  CHECK(holds("(false ? \"a\" : \"b\") == \"b\""));
  CHECK(holds("(true ? as_of : date(\"2020-01-01\")) == as_of"));
  CHECK(holds("value(true ? metric(\"MET-AVAIL\") : metric(\"MET-NONE\")) == 99.95"));
  // It picks an item, and only the picked one is consulted.
  const Outcome o = run("(profile.persons > 100 ? evidence(\"DOC-OLD\") : evidence(\"DOC-SMS-SCOPE\")).stale");
  CHECK(o.result == Result::conformant);
  CHECK(test::trail(o) ==
        "profile: persons 120, services 4, sites 2, suppliers 3\n"
        "DOC-OLD: status seen, approved by K. Lee, reviewed 2024-09-01 (age 251d), max age 6m: stale");
}

TEST_CASE("evaluate: && and || short-circuit so the skipped side is never consulted") {
  CHECK(subjects("false && valid(evidence(\"DOC-OLD\"))") == "");
  CHECK(subjects("true || valid(evidence(\"DOC-OLD\"))") == "");
  CHECK(subjects("true && valid(evidence(\"DOC-OLD\"))") == "DOC-OLD");
  CHECK(subjects("false || valid(evidence(\"DOC-OLD\"))") == "DOC-OLD");
  CHECK(subjects("valid(evidence(\"DOC-OLD\")) && meets_target(metric(\"MET-AVAIL\"))") == "DOC-OLD");
  CHECK(subjects("valid(evidence(\"DOC-SMS-SCOPE\")) || meets_target(metric(\"MET-AVAIL\"))") ==
        "DOC-SMS-SCOPE");
  CHECK(subjects("true ? valid(evidence(\"DOC-SMS-SCOPE\")) : valid(evidence(\"DOC-OLD\"))") ==
        "DOC-SMS-SCOPE");
  CHECK(subjects("false ? valid(evidence(\"DOC-SMS-SCOPE\")) : valid(evidence(\"DOC-OLD\"))") ==
        "DOC-OLD");
  // Functions and `in` evaluate every element: the explanation shows all the items they name.
  CHECK(subjects("all([false, valid(evidence(\"DOC-OLD\"))])") == "DOC-OLD");
  CHECK(subjects("any([true, valid(evidence(\"DOC-OLD\"))])") == "DOC-OLD");
  CHECK(subjects("\"seen\" in [\"seen\", evidence(\"DOC-OLD\").status]") == "DOC-OLD");
  CHECK(subjects("evidence(\"INT-LEAD\").status in []") == "INT-LEAD");
  CHECK(subjects("metric(\"MET-NONE\").present && value(metric(\"MET-AVAIL\")) / value(metric(\"MET-NONE\")) > 1") ==
        "MET-NONE");
}

TEST_CASE("evaluate: observations come once per item, in the order the rule reads them") {
  CHECK(trail("evidence(\"DOC-OLD\").stale && meets_target(metric(\"MET-CHG-SUCCESS\")) || "
              "profile.persons > 1 && evidence(\"DOC-OLD\").approved && "
              "value(metric(\"MET-CHG-SUCCESS\")) > 0") ==
        "DOC-OLD: status seen, approved by K. Lee, reviewed 2024-09-01 (age 251d), max age 6m: stale\n"
        "MET-CHG-SUCCESS: value 92.5 % vs target 95 % (higher is better): not met\n"
        "profile: persons 120, services 4, sites 2, suppliers 3");
  // Operands are read left to right.
  CHECK(subjects("evidence(\"DOC-OLD\").age > evidence(\"DOC-SMS-SCOPE\").age") == "DOC-OLD,DOC-SMS-SCOPE");
  CHECK(subjects("evidence(\"DOC-SMS-SCOPE\").age > evidence(\"DOC-OLD\").age") == "DOC-SMS-SCOPE,DOC-OLD");
  CHECK(subjects("value(metric(\"MET-AVAIL\")) + value(metric(\"MET-CHG-SUCCESS\")) > 0") ==
        "MET-AVAIL,MET-CHG-SUCCESS");
  CHECK(subjects("value(metric(\"MET-CHG-SUCCESS\")) - value(metric(\"MET-AVAIL\")) > 0") ==
        "MET-CHG-SUCCESS,MET-AVAIL");
  CHECK(subjects("evidence(\"DOC-OLD\").status < evidence(\"INT-LEAD\").status") == "DOC-OLD,INT-LEAD");
  CHECK(subjects("min(age_days(evidence(\"INT-LEAD\")), age_days(evidence(\"DOC-OLD\"))) > 0") ==
        "INT-LEAD,DOC-OLD");
  CHECK(subjects("evidence(\"REC-AUDIT\").issued + evidence(\"DOC-OLD\").age < as_of") ==
        "REC-AUDIT,DOC-OLD");
  CHECK(subjects("as_of - evidence(\"DOC-OLD\").issued > evidence(\"INT-LEAD\").age * profile.persons") ==
        "DOC-OLD,INT-LEAD,profile");
  CHECK(trail("present(evidence(\"REC-AUDIT\")) || meets_target(metric(\"MET-NONE\"))") ==
        "REC-AUDIT: status missing (no entry in the evidence register)\n"
        "MET-NONE: no value recorded, target 90 % (higher is better): not met");
  // Constants consult nothing.
  CHECK(run("1 + 1 > 1").observations.empty());
}

TEST_CASE("evaluate: without explanation, the same outcome and no observations") {
  const char* rules[] = {
      "valid(evidence(\"DOC-SMS-SCOPE\")) && meets_target(metric(\"MET-AVAIL\"))",
      "ratio([valid(evidence(\"DOC-OLD\")), present(evidence(\"INT-LEAD\")), profile.persons > 10])",
      "evidence(\"REC-CHG-LOG\").status == \"partial\" ? partial : nonconformant",
  };
  for (const char* r : rules) {
    CAPTURE(r);
    const Outcome with = run(r, true);
    const Outcome without = run(r, false);
    CHECK(without.result == with.result);
    CHECK(without.achievement == with.achievement);
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
