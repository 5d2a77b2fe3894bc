// Results clause by clause: the overview charts and one table of every clause to the second level
// with its score (shaded by the stage 2 threshold), coverage, requirements assessed and findings by
// grade; and, in the annex, every clause with the result, evidence and finding of each requirement.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/gap_sections.h"
#include "support/content_probe.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

using Row = std::vector<std::string>;

Rollup rollup(std::array<int, 5> counts, int requirements, double score, double coverage) {
  Rollup r;
  r.counts = counts;
  r.requirements = requirements;
  r.score = score;
  r.coverage = coverage;
  r.assessed_weight = counts[0] + counts[1] + counts[2];
  return r;
}

Finding finding(const std::string& id, const std::string& clause, Grade grade, std::vector<std::string> requirements = {}) {
  Finding f;
  f.id = id;
  f.clause = clause;
  f.grade = grade;
  f.requirements = std::move(requirements);
  return f;
}

RequirementResult result(const std::string& id, const std::string& clause, Result r, double achievement) {
  RequirementResult x;
  x.requirement = id;
  x.clause = clause;
  x.result = r;
  x.achievement = achievement;
  return x;
}

// Clause 4 at 85 % (4 of 6 assessed) and 4.1 at 60 % (2 of 3); a major and an OFI in 4.1, a minor in
// 4.3; the rest of the checklist without scores.
ReportInput scored() {
  ReportInput in = test::example_input("northgate-msp");
  Assessment& a = in.assessment;
  a.clauses = {ClauseScore{"4", rollup({2, 1, 1, 2, 0}, 6, 0.85, 0.7)},
               ClauseScore{"4.1", rollup({1, 1, 0, 1, 0}, 3, 0.6, 0.5)},
               ClauseScore{"4.3", rollup({0, 0, 0, 2, 0}, 2, 0, 0)}};
  a.findings = {finding("F-4.1", "4.1", Grade::major, {"R-4.1-01"}), finding("F-4.1-GP", "4.1", Grade::ofi),
                finding("F-4.3", "4.3", Grade::minor)};
  RequirementResult partial = result("R-4.1-01", "4.1", Result::partial, 0.5);
  partial.absent = {"DOC-CTX-ISSUES"};
  a.results = {partial, result("R-4.1-02", "4.1", Result::conformant, 1)};
  return in;
}

const layout::TableRow& row_of(const layout::Table& table, const std::string& label) {
  for (const layout::TableRow& r : table.rows) {
    if (r[0].text == label) return r;
  }
  FAIL("no row " << label);
  throw;
}

Row texts(const layout::TableRow& row) {
  Row out;
  for (const layout::TableCell& c : row) out.push_back(c.text);
  return out;
}

}  // namespace

TEST_CASE("gap results: every clause to the second level with score, coverage and findings by grade") {
  const ReportInput in = scored();
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_clause_results, in, tmpl);
  std::size_t depth01 = 0;
  for (const Clause& c : in.checklist.clauses) depth01 += c.depth <= 1;
  CHECK(test::outline(blocks) == std::vector<std::string>{"p " + test::nth<Paragraph>(blocks).text, "chart 1", "chart 2",
                                                          "H2 Score, coverage and findings by clause",
                                                          "table  (" + std::to_string(depth01) + " rows)"});
  CHECK(test::nth<Paragraph>(blocks).text.starts_with("How each clause of ISO/IEC 20000-1:2018 scores"));
  const layout::Table& table = test::nth<TableBlock>(blocks).table;
  CHECK(table.rows[0][0].text == "4 Context of the organization");  // checklist order
  const layout::TableRow& c4 = row_of(table, "4 Context of the organization");
  CHECK(texts(c4) == Row{"4 Context of the organization", "85%", "70%", "4/6", "1", "1", "1"});
  CHECK(c4[0].bold);
  CHECK(c4[1].fill == tint(charts::conformant_color, 0.25));  // at or above the stage 2 score of 80 %
  CHECK(c4[4].fill == tint(grade_color(Grade::major), 0.3));
  CHECK_FALSE(c4[6].fill);  // OFIs are not shaded
  const layout::TableRow& c41 = row_of(table, "4.1 Understanding the organization and its context");
  CHECK(texts(c41) == Row{"4.1 Understanding the organization and its context", "60%", "50%", "2/3", "1", "–", "1"});
  CHECK_FALSE(c41[0].bold);
  CHECK(c41[0].indent == 10);
  CHECK(c41[1].fill == tint(charts::okabe_ito::orange, 0.25));  // below it
  CHECK(texts(row_of(table, "4.3 Determining the scope of the service management system")) ==
        Row{"4.3 Determining the scope of the service management system", "–", "–", "0/2", "–", "1", "–"});
  CHECK(texts(row_of(table, "5 Leadership")) == Row{"5 Leadership", "–", "–", "0/0", "–", "–", "–"});
}

TEST_CASE("gap results: the trend comes first with earlier assessments, and no heat map without findings") {
  ReportInput in = scored();
  const Template tmpl = test::bundled_template("default");
  ReportOptions options;
  Assessment earlier = in.assessment;
  earlier.as_of = date_from_ymd(2025, 8, 1);
  options.earlier = {earlier};
  in.assessment.findings.clear();
  const std::vector<std::string> lines = test::outline(test::gap_section(add_clause_results, in, tmpl, options));
  REQUIRE(lines.size() == 5);
  CHECK(lines[1] == "chart 6");
  CHECK(lines[2] == "chart 1");
  CHECK(lines[3] == "H2 Score, coverage and findings by clause");
}

TEST_CASE("gap results: in the annex, each clause with its score line and its requirements' results") {
  const ReportInput in = scored();
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_requirement_results, in, tmpl);
  const std::vector<std::string> lines = test::outline(blocks);
  REQUIRE(lines.size() >= 8);
  std::string start;
  for (std::size_t i = 0; i < 8; ++i) start += lines[i] + "\n";
  INFO(start);
  CHECK(std::vector<std::string>(lines.begin(), lines.begin() + 7) ==
        std::vector<std::string>{"p " + tmpl.text("results.detail-intro"), "keep", "H2 Clause 4: Context of the organization",
                                 "s Score 85.0% · coverage 70.0% · requirements assessed: 4 of 6",
                                 "H3 4.1 Understanding the organization and its context",
                                 "table Score 60.0% · coverage 50.0% · requirements assessed: 2 of 3 (2 rows)",
                                 "H3 4.2 Understanding the needs and expectations of interested parties"});
  CHECK(lines[7] == "s No requirements are attached to this clause.");
  const TableBlock& t41 = test::nth<TableBlock>(blocks);
  CHECK(t41.caption_role == TextRole::small);
  CHECK(t41.keep_whole == 0.25);
  const Requirement* r1 = in.checklist.find_requirement("R-4.1-01");
  REQUIRE(r1 != nullptr);
  const layout::TableRow& first = t41.table.rows[0];
  CHECK(first[0].text == "R-4.1-01\n" + r1->text);
  CHECK(first[1].text == "Partially conformant (50%)");
  CHECK(first[1].fill == tint(result_color(Result::partial), 0.35));
  CHECK(first[2].text.find("Register of external and internal issues") != std::string::npos);
  CHECK(first[3].text == "F-4.1\nMajor");
  CHECK(first[3].bold);
  const layout::TableRow& second = t41.table.rows[1];
  CHECK(second[1].text == "Conformant");
  CHECK(second[3].text == "");  // no finding cites it
  CHECK(std::find(lines.begin(), lines.end(), "s Not assessed · requirements: 2, none assessed") != lines.end());  // 4.3
}

}  // namespace iso20k::reports
