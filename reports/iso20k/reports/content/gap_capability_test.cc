// The gap report's process capability section: the levels against their targets as a chart sized to
// the number of processes (at least 30 % of the text width, at most 420 points), then the attribute
// ratings table; a sentence instead when the checklist rates no process.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "iso20k/reports/content/gap_sections.h"
#include "support/content_probe.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

ProcessCapability process(const std::string& id, int level, std::optional<int> target) {
  ProcessCapability p;
  p.process = id;
  p.level = level;
  p.target_level = target;
  p.gap = target ? std::max(0, *target - level) : 0;
  return p;
}

}  // namespace

TEST_CASE("gap capability: a chart of level against target above the ratings table") {
  ReportInput in = test::example_input("northgate-msp");
  in.assessment.capability = {process("incident", 2, 3), process("change", 1, std::nullopt)};
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_gap_capability, in, tmpl);
  CHECK(test::outline(blocks) == std::vector<std::string>{
                                     "p " + tmpl.text("capability.intro"), "chart 4", "H2 Process attribute ratings",
                                     "table  (2 rows)", "s " + test::nth<Paragraph>(blocks, 1).text});
  const ChartBlock& chart = test::nth<ChartBlock>(blocks);
  const auto* levels = std::get_if<charts::CapabilityChart>(&chart.chart);
  REQUIRE(levels != nullptr);
  REQUIRE(levels->rows.size() == 2);
  CHECK(levels->rows[0].label == "Incident management");
  CHECK(levels->rows[0].achieved == 2);
  CHECK(levels->rows[0].target == 3);
  CHECK(levels->rows[1].label == "Change management");
  CHECK_FALSE(levels->rows[1].target);
  CHECK(chart.height_share == 0.3);  // two rows: the least height
  CHECK(chart.max_height == 420);
  CHECK(test::nth<Paragraph>(blocks, 1).text.starts_with("Columns 1.1 to 5.2 are the process attributes"));
}

TEST_CASE("gap capability: the chart grows with the processes, and no processes give one sentence") {
  ReportInput in = test::example_input("northgate-msp");
  in.assessment.capability.assign(20, process("incident", 1, 2));
  const Template tmpl = test::bundled_template("default");
  const ChartBlock chart = test::nth<ChartBlock>(test::gap_section(add_gap_capability, in, tmpl));
  CHECK(chart.height_share == doctest::Approx(0.06 + 0.028 * 20));  // 0.62 of the text width

  in.assessment.capability.clear();
  CHECK(test::outline(test::gap_section(add_gap_capability, in, tmpl)) ==
        std::vector<std::string>{"p The checklist defines no processes, so no capability levels were rated."});
}

}  // namespace iso20k::reports
