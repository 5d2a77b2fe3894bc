// The engine's phrases in a report's words: the template's wording where it has one and the engine's
// English where not, titles from the report's (translated) checklist, dates and decimal separators
// the template's way; a finding's texts from its phrases, or its English texts for earlier results.
#include "iso20k/reports/content/report_words.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "iso20k/format/date.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

const ReportInput& northgate() {
  static const ReportInput in = test::example_input("northgate-msp");
  return in;
}

}  // namespace

TEST_CASE("report words: the template's wording, else the engine's English") {
  const Template de = test::bundled_template("default-de");
  const Template en = test::bundled_template("default");
  const ReportText tde(de, northgate());
  const ReportText ten(en, northgate());
  const ReportWords wde(tde, northgate().checklist);
  const ReportWords wen(ten, northgate().checklist);
  CHECK(wde.wording("defect.absent") == "„{item}“ wurde nicht vorgelegt.");
  CHECK(wen.wording("defect.absent") == english_wording("defect.absent"));
  Template partial = de;
  partial.strings.erase("phrase.defect.absent");
  CHECK(ReportWords(ReportText(partial, northgate()), northgate().checklist).wording("defect.absent") ==
        english_wording("defect.absent"));
  // Dates and numbers the template's way.
  CHECK(wde.date(*parse_date("2025-09-18")) == "18. Sept. 2025");
  CHECK(wen.date(*parse_date("2025-09-18")) == "18 Sep 2025");
  CHECK(wde.number(92.5) == "92,5");
  CHECK(wen.number(92.5) == "92.5");
  CHECK(wde.list({"a", "b", "c"}) == "a, b und c");
  CHECK(wen.list({"a", "b"}) == "a and b");
  CHECK(phrase_text(Phrase{"defect.metric-target", {item_arg("item", "X"), number_arg("value", 92.5, "%"),
                                                    number_arg("target", 95, "%")}},
                    wde) == "„X“ lag bei 92,5 %; der Zielwert der Organisation ist 95 %.");
}

TEST_CASE("report words: titles come from the report's checklist") {
  const Template en = test::bundled_template("default");
  ReportInput in = northgate();
  REQUIRE(!in.checklist.evidence.empty());
  const std::string id = in.checklist.evidence.front().id;
  in.checklist.evidence.front().title = "Übersetzter Titel";
  const ReportText t(en, in);
  const ReportWords w(t, in.checklist);
  CHECK(w.item(id) == "Übersetzter Titel");
  CHECK(w.item("NO-SUCH-ITEM") == "NO-SUCH-ITEM");
  CHECK(w.clause("8.7.2").starts_with("8.7.2 "));
  CHECK(w.process("incident") != "incident");
}

TEST_CASE("report words: a finding's texts from its phrases, its English for results without them") {
  const Template de = test::bundled_template("default-de");
  const ReportText t(de, northgate());
  const auto& all = northgate().assessment.findings;
  const auto f = std::find_if(all.begin(), all.end(), [](const Finding& x) { return x.id == "F-6.3"; });
  REQUIRE(f != all.end());
  const FindingWords german = finding_words(northgate(), t, *f);
  CHECK(german.nonconformity == "„Service management plan“ wurde nicht vorgelegt.");  // English checklist titles here
  CHECK(german.grade_reasons.front() == "verpflichtende dokumentierte Information fehlt: Service management plan");
  Finding old = *f;
  old.phrases = {};
  const FindingWords kept = finding_words(northgate(), t, old);
  CHECK(kept.nonconformity == f->nonconformity);
  CHECK(kept.objective_evidence == f->objective_evidence);
  CHECK(kept.recommendation == f->recommendation);
}

TEST_CASE("report words: a proposed action's title is its finding's recommendation in the report's words") {
  const Template de = test::bundled_template("default-de");
  const ReportText t(de, northgate());
  const Assessment& a = northgate().assessment;
  const auto p = std::find_if(a.plan.begin(), a.plan.end(), [](const PlannedAction& x) { return x.proposed; });
  REQUIRE(p != a.plan.end());
  const auto f = std::find_if(a.findings.begin(), a.findings.end(), [&](const Finding& x) { return x.id == p->findings.front(); });
  REQUIRE(f != a.findings.end());
  CHECK(p->title == f->recommendation);  // English in results.json
  CHECK(action_title(northgate(), t, *p) == finding_words(northgate(), t, *f).recommendation);
  CHECK(action_title(northgate(), t, *p) != p->title);
  const auto own = std::find_if(a.plan.begin(), a.plan.end(), [](const PlannedAction& x) { return !x.proposed; });
  REQUIRE(own != a.plan.end());
  CHECK(action_title(northgate(), t, *own) == own->title);  // the organisation's own words
}

}  // namespace iso20k::reports
