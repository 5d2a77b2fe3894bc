// The findings register: the counts by grade, then every finding in full under the heading of its
// grade, majors first whatever order the assessment holds them in; the recommendation only where the
// template's audience allows it; one sentence when there are none.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "iso20k/reports/content/gap_sections.h"
#include "support/content_probe.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

// Northgate's first finding of each grade, held OFI first, then the minor, then the major.
ReportInput three_findings() {
  ReportInput in = test::example_input("northgate-msp");
  std::vector<Finding> picked;
  for (Grade g : {Grade::ofi, Grade::minor, Grade::major}) {
    const auto f = std::find_if(in.assessment.findings.begin(), in.assessment.findings.end(),
                                [&](const Finding& x) { return x.grade == g; });
    REQUIRE(f != in.assessment.findings.end());
    picked.push_back(*f);
  }
  in.assessment.findings = picked;
  in.assessment.finding_counts = {1, 1, 1};
  return in;
}

std::vector<std::string> headings(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const Block& b : blocks) {
    if (const auto* h = std::get_if<Heading>(&b)) out.push_back("H" + std::to_string(h->level) + " " + h->text.substr(0, h->text.find(' ')));
  }
  return out;
}

}  // namespace

TEST_CASE("gap findings: counts, then the findings grouped by grade, majors first") {
  const ReportInput in = three_findings();
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_findings_register, in, tmpl);
  const std::vector<std::string> lines = test::outline(blocks);
  REQUIRE(lines.size() >= 2);
  CHECK(lines[0] == "p " + tmpl.text("findings.intro"));
  CHECK(lines[1] == "p 3 findings — major nonconformities: 1; minor nonconformities: 1; opportunities for improvement: 1.");
  const std::vector<Finding>& f = in.assessment.findings;
  CHECK(headings(blocks) == std::vector<std::string>{"H2 Major", "H3 " + f[2].id, "H2 Minor", "H3 " + f[1].id,
                                                     "H2 Opportunities", "H3 " + f[0].id});
  CHECK(std::count_if(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("p Recommendation: "); }) == 3);
}

TEST_CASE("gap findings: a certification body's register recommends nothing, and none found says so") {
  ReportInput in = three_findings();
  Template tmpl = test::bundled_template("default");
  tmpl.audience = Audience::certification_body;
  const std::vector<std::string> lines = test::outline(test::gap_section(add_findings_register, in, tmpl));
  CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("p Recommendation: "); }));
  CHECK(std::count_if(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("p Grade: "); }) == 3);

  in.assessment.findings.clear();
  in.assessment.finding_counts = {0, 0, 0};
  CHECK(test::outline(test::gap_section(add_findings_register, in, tmpl)) ==
        std::vector<std::string>{"p " + tmpl.text("findings.intro"),
                                 "p There are no findings: every assessed requirement is conformant."});
}

}  // namespace iso20k::reports
