// The furniture every report shares: the PDF's metadata (author, subject, the assessment date as the
// creation date), the cover's fields, the running header and footer, and the numbering of sections
// (1, 2, 3 … and appendices A, B … in the order written), with the appendices a detailed report adds.
#include "iso20k/reports/content/report_frame.h"

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "iso20k/reports/charts/palette.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

const ReportInput& northgate() {
  static const ReportInput in = test::example_input("northgate-msp");
  return in;
}

std::vector<std::string> headings(const std::vector<Section>& sections) {
  std::vector<std::string> out;
  for (const Section& s : sections) out.push_back(s.id + "|" + s.heading);
  return out;
}

}  // namespace

TEST_CASE("report frame: metadata name the firm, the organisation and the assessment date") {
  const Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, northgate());
  const layout::Metadata m = report_metadata(northgate(), t, "The title");
  CHECK(m.title == "The title");
  CHECK(m.author == "Okafor Service Consulting");
  CHECK(m.subject == "ISO/IEC 20000-1:2018 assessment of Northgate Managed Services Ltd");
  CHECK(m.keywords ==
        "ISO/IEC 20000-1, 2018, service management, gap assessment, certification readiness, Northgate Managed Services Ltd");
  CHECK(m.creator == "iso20k");
  REQUIRE(m.creation_date);
  using namespace std::chrono;
  CHECK(*m.creation_date == sys_days{year{2026} / February / 17});  // the assessment date, not the clock
}

TEST_CASE("report frame: the cover carries the organisation, date, checklist, assessors and verdict") {
  Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, northgate());
  const layout::Cover c = report_cover(northgate(), t, "Title", "Subtitle");
  CHECK(c.title == "Title");
  CHECK(c.subtitle == "Subtitle");
  CHECK(c.organisation == "Northgate Managed Services Ltd");
  CHECK(c.date == "17 February 2026");
  CHECK(c.prepared_by == "Okafor Service Consulting");
  CHECK(c.prepared_by_label == "PREPARED BY");
  CHECK(c.classification == "Confidential");
  REQUIRE(c.details.size() == 2);
  CHECK(c.details[0].label == "Checklist");
  CHECK(c.details[0].value == "ISO/IEC 20000-1:2018, checklist version 1.1.0");
  CHECK(c.details[1].label == "Assessors");
  CHECK(c.details[1].value == "Claire Okafor (Okafor Service Consulting)");
  CHECK(c.badge == "Not ready for certification");
  CHECK(c.badge_color == charts::okabe_ito::vermillion);
  CHECK(c.logo.empty());

  // The template's logo only beside its own firm's name.
  tmpl.branding.logo = "/templates/acme/logo.png";
  tmpl.branding.firm = "Okafor Service Consulting";
  CHECK(report_cover(northgate(), ReportText(tmpl, northgate()), "T", "S").logo == "/templates/acme/logo.png");
  tmpl.branding.firm = "Acme Audit";
  CHECK(report_cover(northgate(), ReportText(tmpl, northgate()), "T", "S").logo.empty());

  // No assessors: no line for them; the profile's organisation when the assessment names none.
  ReportInput in = northgate();
  in.workspace.profile.assessors.clear();
  in.assessment.organisation.clear();
  in.workspace.profile.organisation = "From the profile Ltd";
  in.assessment.verdict = Verdict::stage2;
  const layout::Cover bare = report_cover(in, ReportText(tmpl, in), "T", "S");
  REQUIRE(bare.details.size() == 1);
  CHECK(bare.organisation == "From the profile Ltd");
  CHECK(bare.badge == "Ready for stage 2");
  CHECK(bare.badge_color == charts::okabe_ito::green);
}

TEST_CASE("report frame: the firm and title in the header, confidentiality, organisation and page in the footer") {
  const Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, northgate());
  const layout::PageDecoration d = report_decoration(t, "Gap report");
  CHECK(d.header_left == "Okafor Service Consulting");
  CHECK(d.header_right == "Gap report");
  CHECK(d.footer_left == "Confidential");
  CHECK(d.footer_center == "Northgate Managed Services Ltd");
  CHECK(d.page_number_format == "Page {page} of {pages}");
  CHECK(d.number_plain_pages);
  const Template de = test::bundled_template("default-de");
  CHECK(report_decoration(ReportText(de, northgate()), "x").page_number_format == "Seite {page} von {pages}");
}

TEST_CASE("report frame: sections numbered in the order written, appendices lettered apart") {
  const Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, northgate());
  const std::vector<std::string> order{"cover", "contents", "executive-summary", "evidence-register", "no-such-section",
                                       "findings-register", "score-computation"};
  std::vector<std::string> written;
  SectionNumbers numbers(t);
  const std::vector<Section> sections =
      build_sections(ReportKind::gap, order, numbers, [&](const std::string& id, Blocks& out) {
        written.push_back(id);
        out.paragraph("Body of " + id);
      });
  CHECK(headings(sections) == std::vector<std::string>{"cover|", "contents|", "executive-summary|1 Executive summary",
                                                       "evidence-register|Appendix A Evidence register",
                                                       "findings-register|2 Findings register",
                                                       "score-computation|Appendix B How the scores were computed"});
  // The cover and the contents have no body; an unknown id is skipped.
  CHECK(written == std::vector<std::string>{"executive-summary", "evidence-register", "findings-register", "score-computation"});
  CHECK(sections[0].role == SectionRole::cover);
  CHECK(sections[0].blocks.empty());
  CHECK(sections[3].role == SectionRole::appendix);
  REQUIRE(sections[4].blocks.size() == 1);
  CHECK(std::get<Paragraph>(sections[4].blocks[0]).text == "Body of findings-register");

  CHECK(SectionNumbers::appendix_letter(order, ReportKind::gap, "evidence-register") == "A");
  CHECK(SectionNumbers::appendix_letter(order, ReportKind::gap, "score-computation") == "B");
  CHECK(SectionNumbers::appendix_letter(order, ReportKind::gap, "requirement-results") == "");
  CHECK(SectionNumbers::appendix_letter(order, ReportKind::gap, "findings-register") == "");  // not an appendix
}

TEST_CASE("report frame: the template's order, and the annex appended with the detail option") {
  Template tmpl = test::bundled_template("default");
  const std::vector<std::string> client{"cover", "contents", "executive-summary", "scope-and-method", "clause-results",
                                        "process-capability", "findings-register", "improvement-plan",
                                        "outstanding-evidence"};
  CHECK(section_order(tmpl, ReportKind::gap) == client);
  std::vector<std::string> detail = client;
  detail.insert(detail.end(), {"requirement-results", "evidence-register", "score-computation"});
  CHECK(section_order(tmpl, ReportKind::gap, true) == detail);

  // An appendix the template lists stays where it stands and is not added twice.
  tmpl.sections[ReportKind::gap] = {"evidence-register", "executive-summary"};
  CHECK(section_order(tmpl, ReportKind::gap, true) ==
        std::vector<std::string>{"evidence-register", "executive-summary", "requirement-results", "score-computation"});
  tmpl.sections.erase(ReportKind::gap);
  CHECK(section_order(tmpl, ReportKind::gap).empty());
}

}  // namespace iso20k::reports
