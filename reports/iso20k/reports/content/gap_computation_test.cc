// The appendix that shows how every score was computed, so that a reader can check any figure by
// hand: the overall sums, each clause's applicable, assessed and achieved weight, and per requirement
// its basis, the explanation, weight × achievement and the clause total; what holds each process at
// its level after it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "iso20k/reports/content/gap_sections.h"
#include "support/content_probe.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

using Rows = std::vector<std::vector<std::string>>;

RequirementResult result(const std::string& id, const std::string& clause, Result r, double achievement, Basis basis,
                         const std::string& explanation = {}) {
  RequirementResult x;
  x.requirement = id;
  x.clause = clause;
  x.result = r;
  x.achievement = achievement;
  x.basis = basis;
  x.explanation = explanation;
  return x;
}

Rollup rollup(double applicable, double assessed, double score, double coverage) {
  Rollup r;
  r.applicable_weight = applicable;
  r.assessed_weight = assessed;
  r.score = score;
  r.coverage = coverage;
  return r;
}

// Four requirements of clause 4 (weights 5, 3, 3 and 4 in the bundled checklist): R-4.1-01 judged
// conformant, R-4.1-02 partially conformant at 60 % by its rule with one item outstanding, R-4.1-03
// not assessed, R-4.2-01 nonconformant. Σ w·a = 5 + 1.8 = 6.8 over 12 assessed of 15 applicable.
ReportInput computed(ScoringModel model) {
  ReportInput in = test::example_input("northgate-msp");
  Assessment& a = in.assessment;
  a.model = model;
  RequirementResult judged = result("R-4.1-01", "4.1", Result::conformant, 1, Basis::judgement, "Seen and approved.");
  judged.judged_by = "C. Okafor";
  judged.judged_on = date_from_ymd(2026, 2, 10);
  RequirementResult ruled = result("R-4.1-02", "4.1", Result::partial, 0.6, Basis::rule);
  ruled.outstanding = {"DOC-CTX-ISSUES"};
  // What was seen of the item comes from the register in the report's words, not from the engine's
  // English detail; how the default rule counted it from its standing.
  ruled.observations = {Observation{"DOC-CTX-ISSUES", "not provided", Standing::partly_in_order, false}};
  a.results = {judged, ruled, result("R-4.1-03", "4.1", Result::not_assessed, 0, Basis::evidence),
               result("R-4.2-01", "4.2", Result::nonconformant, 0, Basis::evidence)};
  a.overall = rollup(15, 12, 6.8 / 12, 0.8);
  a.overall.achieved_weight = 6.8;
  a.clauses = {ClauseScore{"4", rollup(15, 12, 6.8 / 12, 0.8)}, ClauseScore{"4.1", rollup(11, 8, 0.85, 8.0 / 11)},
               ClauseScore{"4.2", rollup(4, 4, 0, 1)}, ClauseScore{"5", rollup(0, 0, 0, 0)}};
  a.capability.clear();
  return in;
}

}  // namespace

TEST_CASE("gap computation: the overall sums, the clause sums and every requirement's product") {
  const ReportInput in = computed(ScoringModel::weighted);
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_score_computation, in, tmpl);
  CHECK(test::outline(blocks) ==
        std::vector<std::string>{"p " + tmpl.text("computation.intro"),
                                 "p " + tmpl.text("model.weighted.text") +
                                     " The coverage of a clause is its assessed weight divided by its applicable weight.",
                                 "p Overall: Σ w·a = 6.80 over an assessed weight of 12.00 gives a score of 56.7%; an "
                                 "assessed weight of 12.00 out of an applicable weight of 15.00 gives a coverage of 80.0%.",
                                 "H2 Clause sums", "table  (4 rows)", "H2 Requirement results",
                                 "H3 4 Context of the organization", "table  (5 rows)"});

  const layout::Table& sums = test::nth<TableBlock>(blocks, 0).table;
  CHECK(test::cells(sums) ==
        Rows{{"4 Context of the organization", "15.00", "12.00", "6.80", "56.7%", "80.0%"},
             {"4.1 Understanding the organization and its context", "11.00", "8.00", "6.80", "85.0%", "72.7%"},
             {"4.2 Understanding the needs and expectations of interested parties", "4.00", "4.00", "0.00", "0.0%", "100.0%"},
             {"5 Leadership", "0.00", "0.00", "0.00", "–", "0.0%"}});  // nothing assessed: no score
  CHECK(sums.rows[0][0].bold);
  CHECK(sums.rows[0][0].indent == 0);
  CHECK_FALSE(sums.rows[1][0].bold);
  CHECK(sums.rows[1][0].indent == 8);  // a sub-clause under its clause

  const layout::Table& clause4 = test::nth<TableBlock>(blocks, 1).table;
  CHECK(test::cells(clause4) ==
        Rows{{"R-4.1-01\n4.1", "Assessor judgement\nConformant",
              "The assessor judged: Seen and approved.\nJudged by C. Okafor on 10 February 2026.",
              "5", "1.00", "5.00"},
             {"R-4.1-02\n4.1", "Rule\nPartially conformant",
              "The checklist’s rule for this requirement gave Partially conformant (60%). Evidence items still "
              "outstanding: 1.\n• Register of external and internal issues: provided in part, NMS-CTX-08, SharePoint "
              "Northgate SMS › Management system, version 2.1, issued 18 Sep 2025, owner Sian Matthews; partly in order",
              "3", "0.60", "1.80"},
             {"R-4.1-03\n4.1", "Default rule\nNot assessed", "The cited evidence gave Not assessed (0%).", "3", "–", "–"},
             {"R-4.2-01\n4.2", "Default rule\nNonconformant", "The cited evidence gave Nonconformant (0%).", "4", "0.00", "0.00"},
             {"", "", "Clause 4 total: score = 6.80 ÷ 12 = 56.7%", "12", "", "6.80"}});
  CHECK(clause4.total_row);
  for (const layout::TableCell& c : clause4.rows.back()) CHECK(c.bold);
  CHECK(clause4.rows[0][1].fill == tint(result_color(Result::conformant), 0.3));
}

TEST_CASE("gap computation: the flat model counts conformant requirements only, the absolute one states the score") {
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> flat = test::gap_section(add_score_computation, computed(ScoringModel::flat), tmpl);
  CHECK(test::cells(test::nth<TableBlock>(flat, 0).table)[0][3] == "5.00");  // the partial counts 0
  const Rows flat4 = test::cells(test::nth<TableBlock>(flat, 1).table);
  CHECK(flat4[1][4] == "0.00");
  CHECK(flat4[1][5] == "0.00");
  CHECK(flat4[4][2] == "Clause 4 total: score = 5.00 ÷ 12 = 56.7%");

  const std::vector<Block> absolute = test::gap_section(add_score_computation, computed(ScoringModel::absolute), tmpl);
  CHECK(test::cells(test::nth<TableBlock>(absolute, 1).table)[4][2] == "Clause 4 total: score 56.7%");
}

TEST_CASE("gap computation: what holds each process at its level, only when processes are rated") {
  ReportInput in = computed(ScoringModel::weighted);
  const Template tmpl = test::bundled_template("default");
  CHECK(test::gap_section(add_capability_detail, in, tmpl).empty());
  ProcessCapability p;
  p.process = "incident";
  p.level = 1;
  for (int i = 0; i < kAttributeCount; ++i) p.attributes[static_cast<std::size_t>(i)].attribute = static_cast<Attribute>(i);
  p.attributes[0].rated = true;  // PA1.1 F
  p.attributes[0].rating = Rating::F;
  p.attributes[0].achievement = 1;
  p.attributes[1].rated = true;  // PA2.1 P
  p.attributes[1].rating = Rating::P;
  p.attributes[1].achievement = 0.4;
  in.assessment.capability = {p};
  const std::vector<Block> blocks = test::gap_section(add_capability_detail, in, tmpl);
  CHECK(test::outline(blocks) == std::vector<std::string>{"H2 What holds each process at its level", "table  (1 rows)"});
  CHECK(test::cells(test::nth<TableBlock>(blocks).table) == Rows{{"Incident management", "1",
              "Level 1 (performed). Process performance is fully achieved (100%). Level 2 (managed) is not reached: "
              "performance management is partially achieved (40%) and work product management is not rated (nothing "
              "assessed)."}});
}

}  // namespace iso20k::reports
