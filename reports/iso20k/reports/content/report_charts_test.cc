// Chart adapters: from a real assessment to chart data, and the charts drawn without clashing labels.
#include "iso20k/reports/content/report_charts.h"

#include <doctest/doctest.h>

#include <cmath>
#include <numeric>

#include "support/chart_support.h"
#include "iso20k/reports/charts/palette.h"
#include "support/report_fixture.h"
#include "support/render_fixture.h"

namespace iso20k::reports {
namespace {

namespace t = iso20k::testing;

const ReportInput& input() {
  static const ReportInput in = test::example_input("harrow-vale-it");
  return in;
}

const Template& english() {
  static const Template tmpl = test::bundled_template("default");
  return tmpl;
}

const Rollup& rollup(const std::string& clause) {
  for (const ClauseScore& c : input().assessment.clauses) {
    if (c.clause == clause) return c.rollup;
  }
  FAIL("no clause " << clause);
  throw;
}

const std::vector<std::string> kTopLevel{"4", "5", "6", "7", "8", "9", "10"};

}  // namespace

TEST_CASE("report charts: score per top-level clause against the stage 2 threshold") {
  const ReportText text(english(), input());
  const charts::BarChart chart = clause_score_chart(input(), text);
  REQUIRE(chart.labels.size() == kTopLevel.size());
  CHECK(chart.labels.front() == "4 Context of the organization");
  CHECK(chart.labels.back() == "10 Improvement");
  REQUIRE(chart.threshold);
  CHECK(*chart.threshold == doctest::Approx(input().checklist.scoring.stage2_min_score * 100));
  CHECK(chart.threshold_label == "Stage 2 threshold");
  CHECK(chart.axis_label == "Score (%)");
  for (std::size_t i = 0; i < kTopLevel.size(); ++i) {
    CAPTURE(kTopLevel[i]);
    const Rollup& r = rollup(kTopLevel[i]);
    CHECK(chart.values[i] == doctest::Approx(std::round(r.score * 100)));
    CHECK(chart.colors[i] == (chart.values[i] >= *chart.threshold ? charts::okabe_ito::blue : charts::okabe_ito::orange));
  }
  REQUIRE_FALSE(chart.legend.empty());
  CHECK(chart.legend.back().label == "Stage 2 threshold");
  CHECK(chart.legend.back().swatch == charts::Swatch::dashed_line);
}

TEST_CASE("report charts: capability radar of achieved against target levels") {
  const ReportText text(english(), input());
  const std::optional<charts::RadarChart> radar = capability_radar(input(), text);
  REQUIRE(radar);
  const Assessment& a = input().assessment;
  REQUIRE(radar->axes.size() == a.capability.size());
  CHECK(radar->axes.front() == input().checklist.processes.front().name);
  REQUIRE(radar->series.size() == 2);
  CHECK(radar->series[0].name == "Achieved level");
  CHECK(radar->series[0].filled);
  CHECK(radar->series[1].name == "Target level");
  CHECK(radar->series[1].line == layout::LineStyle::dashed);
  for (std::size_t i = 0; i < a.capability.size(); ++i) {
    CHECK(radar->series[0].values[i] == a.capability[i].level);
    CHECK(radar->series[1].values[i] == a.capability[i].target_level.value_or(a.capability[i].level));
  }
  ReportInput two = input();
  two.assessment.capability.resize(2);
  CHECK_FALSE(capability_radar(two, text));
}

TEST_CASE("report charts: results per top-level clause, stacked") {
  const ReportText text(english(), input());
  const charts::StackedBarChart chart = results_by_clause_chart(input(), text);
  REQUIRE(chart.segments.size() == 4);  // no not-applicable results in 20000-1:2018
  CHECK(chart.segments[0].name == "Conformant");
  CHECK(chart.segments[3].name == "Not assessed");
  CHECK(chart.axis_label == "Requirements");
  REQUIRE(chart.values.size() == kTopLevel.size());
  for (std::size_t i = 0; i < kTopLevel.size(); ++i) {
    const double total = std::accumulate(chart.values[i].begin(), chart.values[i].end(), 0.0);
    CHECK(total == rollup(kTopLevel[i]).requirements);
  }
}

TEST_CASE("report charts: findings by clause and grade, at the top level and one below") {
  const ReportText text(english(), input());
  const Assessment& a = input().assessment;
  const auto total = [](const charts::HeatMap& m) {
    double sum = 0;
    for (const std::vector<double>& row : m.values) sum += std::accumulate(row.begin(), row.end(), 0.0);
    return sum;
  };
  const charts::HeatMap top = findings_heat_map(input(), text, 0);
  CHECK(top.columns == std::vector<std::string>{"Major", "Minor", "OFI"});
  CHECK(top.rows.size() == kTopLevel.size());
  CHECK(total(top) == static_cast<double>(a.findings.size()));
  double majors = 0;
  for (const std::vector<double>& row : top.values) majors += row[0];
  CHECK(majors == a.finding_counts[0]);

  const charts::HeatMap second = findings_heat_map(input(), text, 1);
  CHECK(total(second) == static_cast<double>(a.findings.size()));  // every finding sits at depth 1 or deeper
  for (const std::string& row : second.rows) CHECK(row.find('.') != std::string::npos);
  CHECK(second.rows.size() < 30);  // only clauses with findings
}

TEST_CASE("report charts: the adapted charts draw inside their boxes without clashing labels") {
  const ReportText text(english(), input());
  t::TempDir dir("report-charts-draw");
  layout::Document measure;
  const layout::Box box{56, 300, 483, 0};
  {
    const charts::BarChart chart = clause_score_chart(input(), text);
    const layout::Box b{box.x, 300, box.w, charts::suggested_height(measure, chart, box.w)};
    t::render_page(dir / "bar.pdf", [&](layout::Canvas& c) { charts::draw_bar_chart(c, chart, b); });
    charts::test::check_words_inside_and_apart(dir / "bar.pdf", b, 841.89);
  }
  {
    const charts::StackedBarChart chart = results_by_clause_chart(input(), text);
    const layout::Box b{box.x, 300, box.w, charts::suggested_height(measure, chart, box.w)};
    t::render_page(dir / "stacked.pdf", [&](layout::Canvas& c) { charts::draw_stacked_bar_chart(c, chart, b); });
    charts::test::check_words_inside_and_apart(dir / "stacked.pdf", b, 841.89);
  }
  {
    const charts::HeatMap chart = findings_heat_map(input(), text, 0);
    const layout::Box b{box.x, 300, box.w, charts::suggested_height(measure, chart, box.w)};
    t::render_page(dir / "heat.pdf", [&](layout::Canvas& c) { charts::draw_heat_map(c, chart, b); });
    charts::test::check_words_inside_and_apart(dir / "heat.pdf", b, 841.89);
  }
  {
    const charts::RadarChart chart = *capability_radar(input(), text);
    const layout::Box b{box.x, 250, box.w, 377};
    t::render_page(dir / "radar.pdf", [&](layout::Canvas& c) { charts::draw_radar_chart(c, chart, b); });
    charts::test::check_words_inside_and_apart(dir / "radar.pdf", b, 841.89);
  }
}

}  // namespace iso20k::reports
