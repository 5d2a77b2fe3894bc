// compile(): a rule's text to a checked rule, or every error found — a syntax error alone (the
// type check does not run on a tree that did not parse), or all the type errors.
#include "iso20k/rules/rule.h"

#include <doctest/doctest.h>

#include "support/rules_fixture.h"

using namespace iso20k;
using namespace iso20k::rules;
using test::fx;

TEST_CASE("compile: a rule that parses and checks gives a rule and no errors") {
  const CompileResult r = compile("valid(evidence(\"DOC-SMS-SCOPE\")) && profile.persons > 100", fx().checklist);
  CHECK(r.errors.empty());
  REQUIRE(r.rule);
  const Outcome o = evaluate(*r.rule, fx().context());
  CHECK(o.result == Result::conformant);
  CHECK(o.achievement == 1);
}

TEST_CASE("compile: a syntax error is the only error, at its offset, and there is no rule") {
  const CompileResult r = compile("treu &&", fx().checklist);
  CHECK_FALSE(r.rule);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].offset == 7);
  CHECK(r.errors[0].message == "unexpected end of rule");  // not also "unknown name 'treu'"
}

TEST_CASE("compile: every type error is reported, and there is no rule") {
  CHECK_FALSE(compile("treu && foo", fx().checklist).rule);
  CHECK(fx().errors("treu && foo") ==
        "0: unknown name 'treu' (did you mean 'true'?)\n"
        "8: unknown name 'foo'");
}
