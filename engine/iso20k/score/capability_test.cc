// Process capability over the small fixture, by hand: each attribute's weighted achievement and
// rating, what counts as assessed, thinly evidenced attributes, the gap to the profile's target and
// the explanation in words. (The level rule for every combination of ratings: assess_test.cc.)
#include "iso20k/score/capability.h"

#include <doctest/doctest.h>

#include "iso20k/model/phrase_text.h"

#include "support/small_checklist.h"

using namespace iso20k;
using iso20k::test::small_checklist;

namespace {

// Results in the fixture's order: R-4.1-01, R-8.1-01, R-8.1-02, R-8.2-01.
std::vector<RequirementResult> results(std::initializer_list<std::pair<Result, double>> rs) {
  std::vector<RequirementResult> out;
  for (const auto& [result, achievement] : rs) {
    RequirementResult r;
    r.result = result;
    r.achievement = achievement;
    out.push_back(r);
  }
  return out;
}

const AttributeRating& pa(const ProcessCapability& p, Attribute a) { return p.attributes[static_cast<std::size_t>(a)]; }

}  // namespace

TEST_CASE("capability: ratings from achievement, level, target gap and the explanation in words") {
  Workspace w;
  w.profile.target_levels["incident"] = 3;
  const std::vector<ProcessCapability> cap = rate_capability(
      small_checklist(), w,
      results({{Result::nonconformant, 0}, {Result::conformant, 1}, {Result::partial, 0.6}, {Result::partial, 0.5}}));
  REQUIRE(cap.size() == 2);
  const ProcessCapability& inc = cap[0];
  CHECK(inc.process == "incident");
  CHECK(pa(inc, Attribute::pa1_1).rating == Rating::F);
  CHECK(pa(inc, Attribute::pa2_1).achievement == 0.6);
  CHECK(pa(inc, Attribute::pa2_1).rating == Rating::L);
  CHECK_FALSE(pa(inc, Attribute::pa2_2).rated);
  CHECK(pa(inc, Attribute::pa2_2).requirements == 0);
  CHECK(inc.level == 1);
  CHECK(inc.target_level == 3);
  CHECK(inc.gap == 2);
  CHECK(inc.explanation ==
        "Level 1 (performed). Process performance is fully achieved (100%). Level 2 (managed) is not reached: work "
        "product management is not rated (nothing assessed). Process performance and performance management each "
        "rest on a single assessed requirement (thinly evidenced).");
  // The same as phrases, for a report in another language: the level, what holds it, what the next
  // level lacks, what is thinly evidenced.
  const std::vector<Phrase> why = capability_phrases(inc);
  REQUIRE(why.size() == 4);
  CHECK(why[0].key == "capability.level");
  CHECK(why[1].key == "capability.achieved");
  CHECK(why[2].key == "capability.not-reached");
  CHECK(why[3].key == "capability.thin-many");
  CHECK(phrases_text(why, EnglishWords(small_checklist()), " ") == inc.explanation);
  const ProcessCapability& chg = cap[1];
  CHECK(chg.process == "change");
  CHECK(pa(chg, Attribute::pa1_1).rating == Rating::P);  // 50 % is the top of P
  CHECK(chg.level == 0);
  CHECK_FALSE(chg.target_level);
  CHECK(chg.gap == 0);
  CHECK(chg.explanation ==
        "Level 0 (incomplete). Level 1 (performed) is not reached: process performance is partially achieved (50%). "
        "Process performance rests on a single assessed requirement (thinly evidenced).");
}

TEST_CASE("capability: an attribute's achievement is weighted over its assessed requirements only") {
  Checklist c = small_checklist();
  c.requirements[0].processes = {"change"};  // R-4.1-01, weight 2, now also change's PA1.1
  c.requirements[0].capability = Attribute::pa1_1;
  Workspace w;
  w.profile.target_levels["change"] = 0;
  // (2·1 + 1.5·0.3) / 3.5 = 0.7
  std::vector<ProcessCapability> cap = rate_capability(
      c, w, results({{Result::conformant, 1}, {Result::not_assessed, 0}, {Result::not_assessed, 0}, {Result::partial, 0.3}}));
  const ProcessCapability& chg = cap[1];
  CHECK(pa(chg, Attribute::pa1_1).achievement == doctest::Approx(0.7));
  CHECK(pa(chg, Attribute::pa1_1).rating == Rating::L);
  CHECK(pa(chg, Attribute::pa1_1).requirements == 2);
  CHECK(pa(chg, Attribute::pa1_1).assessed == 2);
  CHECK(chg.level == 1);
  CHECK(chg.gap == 0);  // above its target: no negative gap
  CHECK(chg.explanation ==
        "Level 1 (performed). Level 2 (managed) is not reached: process performance is largely achieved (70%), "
        "performance management is not rated (nothing assessed) and work product management is not rated (nothing "
        "assessed).");
  // Nothing of incident assessed: every attribute unrated, level 0.
  const ProcessCapability& inc = cap[0];
  CHECK_FALSE(pa(inc, Attribute::pa1_1).rated);
  CHECK(pa(inc, Attribute::pa1_1).requirements == 1);
  CHECK(pa(inc, Attribute::pa1_1).assessed == 0);
  CHECK(inc.explanation ==
        "Level 0 (incomplete). Level 1 (performed) is not reached: process performance is not rated (nothing assessed).");
  // Not applicable counts as not assessed: change's PA1.1 rests on R-4.1-01 alone.
  cap = rate_capability(
      c, w, results({{Result::conformant, 1}, {Result::not_assessed, 0}, {Result::not_assessed, 0}, {Result::not_applicable, 0}}));
  CHECK(pa(cap[1], Attribute::pa1_1).assessed == 1);
  CHECK(pa(cap[1], Attribute::pa1_1).achievement == 1);
}

TEST_CASE("capability: the checklist's own bands, a boundary in the lower band") {
  const RatingBands b{0.2, 0.4, 0.6};
  CHECK(rate(0.0, b) == Rating::N);
  CHECK(rate(0.2, b) == Rating::N);
  CHECK(rate(0.2001, b) == Rating::P);
  CHECK(rate(0.4, b) == Rating::P);
  CHECK(rate(0.6, b) == Rating::L);
  CHECK(rate(0.3 + 0.3, b) == Rating::L);  // 0.6 reached through a sum
  CHECK(rate(0.6001, b) == Rating::F);
  CHECK(rate(1.0, b) == Rating::F);
}
