// The gap report's content without laying it out: the sections the template lists (and the annex on
// request), the written summary's strengths, themes and path, and no machine tokens where a reader
// expects words.
#include <doctest/doctest.h>

#include <algorithm>

#include "iso20k/reports/content/gap_report.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

std::vector<std::string> ids(const ReportContent& c) {
  std::vector<std::string> out;
  for (const Section& s : c.sections) out.push_back(s.id);
  return out;
}

// The items of the bullet list that follows the heading `heading` in `section`.
std::vector<std::string> bullets_after(const Section& section, const std::string& heading) {
  bool found = false;
  for (const Block& b : section.blocks) {
    if (const auto* h = std::get_if<Heading>(&b)) found = h->text == heading;
    if (const auto* l = std::get_if<Bullets>(&b); l != nullptr && found) return l->items;
  }
  return {};
}

}  // namespace

TEST_CASE("gap report content: the client sections, and the annex with the detail option") {
  const ReportInput in = test::example_input("northgate-msp");
  const Template tmpl = test::bundled_template("default");
  const ReportContent client = gap_report_content(in, tmpl, {});
  CHECK(ids(client) == std::vector<std::string>{"cover", "contents", "executive-summary", "scope-and-method",
                                                "clause-results", "process-capability", "findings-register",
                                                "improvement-plan", "outstanding-evidence"});
  CHECK(client.sections[2].heading == "1 Executive summary");
  CHECK(client.cover.prepared_by == "Okafor Service Consulting");
  CHECK(client.metadata.author == "Okafor Service Consulting");
  CHECK(client.decoration.header_left == "Okafor Service Consulting");
  CHECK(client.cover.logo.empty());  // the default template has none

  ReportOptions detail;
  detail.detail = true;
  const ReportContent annex = gap_report_content(in, tmpl, detail);
  REQUIRE(annex.sections.size() == 12);
  CHECK(annex.sections[9].heading == "Appendix A Requirement results");
  CHECK(annex.sections[11].heading == "Appendix C How the scores were computed");
}

TEST_CASE("gap report content: themes by where the nonconformities gather, the path by the verdict") {
  const ReportInput in = test::example_input("northgate-msp");
  const ReportContent c = gap_report_content(in, test::bundled_template("default"), {});
  const Section& summary = c.sections[2];
  const std::vector<std::string> themes = bullets_after(summary, "Main themes");
  REQUIRE(themes.size() == 4);
  CHECK(themes[0].starts_with("8 Operation of the service management system: 6 major and 12 minor, in 8.1"));
  const std::vector<std::string> phases = bullets_after(summary, "The path to certification");
  REQUIRE(phases.size() == 4);
  CHECK(phases[0].starts_with("Phase 1, Foundations"));
  const bool says_not_ready = std::any_of(summary.blocks.begin(), summary.blocks.end(), [](const Block& b) {
    const auto* p = std::get_if<Paragraph>(&b);
    return p != nullptr && p->text.starts_with("Neither certification audit can proceed yet. Open before the stage 1 audit: 4 items;");
  });
  CHECK(says_not_ready);
  // Strengths: processes at their target level (no clause of Northgate is at the threshold yet).
  const std::vector<std::string> strengths = bullets_after(summary, "Strengths");
  CHECK(std::find(strengths.begin(), strengths.end(), "Incident management reaches its target capability level 2") !=
        strengths.end());
}

TEST_CASE("gap report content: a certification body's template gives findings without recommendations") {
  const ReportInput in = test::example_input("harrow-vale-it");
  Template tmpl = test::bundled_template("default");
  const auto recommendations = [&] {
    int n = 0;
    const ReportContent content = gap_report_content(in, tmpl, {});
    for (const Section& s : content.sections) {
      if (s.id != "findings-register") continue;
      for (const Block& b : s.blocks) {
        const auto* p = std::get_if<Paragraph>(&b);
        n += p != nullptr && p->text.starts_with("Recommendation: ");
      }
    }
    return n;
  };
  CHECK(recommendations() == static_cast<int>(in.assessment.findings.size()));
  tmpl.audience = Audience::certification_body;
  CHECK(recommendations() == 0);
}

}  // namespace iso20k::reports
