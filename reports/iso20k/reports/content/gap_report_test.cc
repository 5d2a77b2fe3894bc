// The gap report rendered from real assessments and read back with poppler-utils and qpdf.
#include "iso20k/reports/content/gap_report.h"
#include "iso20k/reports/render.h"

#include <algorithm>
#include <doctest/doctest.h>

#include "support/report_fixture.h"
#include "iso20k/reports/template/report_sections.h"
#include "support/pdf_probe.h"

namespace iso20k::reports {
namespace {

namespace t = iso20k::testing;
namespace fs = std::filesystem;

const ReportInput& northgate() {
  static const ReportInput in = test::example_input("northgate-msp");
  return in;
}

fs::path render(const t::TempDir& dir, const std::string& name, const ReportInput& in, const Template& tmpl,
                bool detail = false) {
  const fs::path pdf = dir / name;
  t::write_bytes(pdf, render_report(in, tmpl, ReportKind::gap, ReportOptions{detail, {}}));
  return pdf;
}

// The first line of a finding's statement ("Requirement: ISO/IEC 20000-1:2018 clause 4.1 …").
// The start of the statement's second line ("Nonconformity: …" or "Observation: …"): a consolidated
// finding's lines can run across a page break, their start cannot.
std::string nonconformity_start(const std::string& statement) {
  const std::size_t from = statement.find('\n') + 1;
  return statement.substr(from, std::min<std::size_t>(60, statement.find('\n', from) - from));
}

}  // namespace

TEST_CASE("gap report, client edition: 15 to 30 pages, every finding in full, every clause scored, no annex") {
  t::TempDir dir("gap-report");
  const Template tmpl = test::bundled_template("default");
  const fs::path pdf = render(dir, "gap.pdf", northgate(), tmpl);
  const t::CommandResult check = t::run("qpdf --check " + t::quote(pdf));
  INFO(check.output);
  CHECK(check.status == 0);

  const int pages = t::pdf_page_count(pdf);
  CHECK(pages >= 15);
  CHECK(pages <= 30);
  const std::string text = test::squeeze(t::pdf_text(pdf));
  const Assessment& a = northgate().assessment;
  CHECK(text.find("Northgate Managed Services Ltd") != std::string::npos);
  CHECK(text.find("Page 1 of " + std::to_string(pages)) != std::string::npos);
  CHECK(text.find("Page " + std::to_string(pages) + " of " + std::to_string(pages)) != std::string::npos);
  CHECK(text.find("Not ready for certification") != std::string::npos);
  // The assessing organisation from the profile, the assessor's own summary, the written summary.
  CHECK(text.find("Okafor Service Consulting") != std::string::npos);
  CHECK(text.find(test::squeeze("Northgate runs its service desk well")) != std::string::npos);
  CHECK(text.find(test::squeeze("The path to certification")) != std::string::npos);
  CHECK(text.find(test::squeeze("Main themes")) != std::string::npos);
  for (const Clause& c : northgate().checklist.clauses) {
    if (c.depth > 1) continue;
    CAPTURE(c.number);
    CHECK(text.find(test::squeeze(c.number + " " + c.title)) != std::string::npos);
  }
  REQUIRE_FALSE(a.findings.empty());
  for (const Finding& f : a.findings) {
    CAPTURE(f.id);
    CHECK(text.find(test::squeeze(f.id + " · ")) != std::string::npos);
    CHECK(text.find(test::squeeze(nonconformity_start(f.statement))) != std::string::npos);
  }
  for (const PlannedAction& p : a.plan) CHECK_MESSAGE(text.find(p.id) != std::string::npos, p.id);
  // No annex, no rule source, no firm that is not in the inputs.
  CHECK(text.find("Appendix") == std::string::npos);
  CHECK(text.find("evidence(\"") == std::string::npos);
  CHECK(text.find("Northbridge") == std::string::npos);
}

TEST_CASE("gap report, technical annex: every clause, requirement and evidence item, never rule source") {
  t::TempDir dir("gap-report-detail");
  const Template tmpl = test::bundled_template("default");
  const fs::path pdf = render(dir, "gap.pdf", northgate(), tmpl, true);
  const std::string text = test::squeeze(t::pdf_text(pdf));
  const Assessment& a = northgate().assessment;
  for (const Clause& c : northgate().checklist.clauses) {
    CAPTURE(c.number);
    const std::string heading = c.depth == 0 ? "Clause " + c.number + ": " + c.title : c.number + " " + c.title;
    CHECK(text.find(test::squeeze(heading)) != std::string::npos);
  }
  for (const EvidenceItem& e : northgate().checklist.evidence) CHECK_MESSAGE(text.find(e.id) != std::string::npos, e.id);
  for (const RequirementResult& r : a.results) CHECK_MESSAGE(text.find(r.requirement) != std::string::npos, r.requirement);
  CHECK(text.find("Appendix A Requirement results") != std::string::npos);
  CHECK(text.find("Appendix B Evidence register") != std::string::npos);
  CHECK(text.find("Appendix C How the scores were computed") != std::string::npos);
  CHECK(text.find(test::squeeze("The assessment is based on samples")) != std::string::npos);
  CHECK(text.find(test::squeeze("The checklist’s rule for this requirement gave")) != std::string::npos);
  CHECK(text.find("evidence(\"") == std::string::npos);
  CHECK(text.find("valid(") == std::string::npos);
}

TEST_CASE("gap report: metadata, bookmarks, contents links and the page size") {
  t::TempDir dir("gap-report-meta");
  const Template tmpl = test::bundled_template("default");
  const fs::path pdf = render(dir, "gap.pdf", northgate(), tmpl);
  const std::string info = t::pdf_info(pdf);
  INFO(info);
  CHECK(info.find("Title:           ISO/IEC 20000-1 Gap Assessment") != std::string::npos);
  CHECK(info.find("Author:          Okafor Service Consulting") != std::string::npos);  // the profile's
  CHECK(info.find("Subject:         ISO/IEC 20000-1:2018 assessment of Northgate Managed Services Ltd") != std::string::npos);
  CHECK(info.find("Keywords:        ISO/IEC 20000-1, 2018, service management") != std::string::npos);
  CHECK(info.find("CreationDate:    2026-02-17T00:00:00") != std::string::npos);
  CHECK(info.find("(A4)") != std::string::npos);

  const t::PdfStructure structure = t::pdf_structure(pdf);
  std::vector<std::string> top;
  for (const t::PdfOutline& o : structure.outlines) top.push_back(o.title);
  CHECK(top == std::vector<std::string>{"Contents", "1 Executive summary", "2 Scope and method", "3 Results by clause",
                                        "4 Process capability", "5 Findings register", "6 Improvement plan",
                                        "7 Evidence still outstanding"});
  // The findings register has a bookmark per grade, each finding under it.
  const t::PdfOutline& findings = structure.outlines[5];
  REQUIRE(findings.kids.size() == 3);
  CHECK(findings.kids[0].title == "Major nonconformities");
  CHECK(findings.kids[0].kids.size() == static_cast<std::size_t>(northgate().assessment.finding_counts[0]));
  // The contents (page 2) link to later pages, in order.
  REQUIRE(structure.links.size() > 2);
  REQUIRE(structure.links[1].size() > 10);
  int previous = 0;
  for (const t::PdfLink& link : structure.links[1]) {
    CHECK(link.target >= previous);
    previous = link.target;
  }
  CHECK(structure.links[1].front().target == 3);
}

TEST_CASE("gap report: German and Letter templates") {
  t::TempDir dir("gap-report-de");
  const fs::path de = render(dir, "de.pdf", northgate(), test::bundled_template("default-de"));
  const int pages = t::pdf_page_count(de);
  const std::string text = test::squeeze(t::pdf_text(de));
  for (const char* heading : {"Inhalt", "1 Zusammenfassung für die Leitung", "2 Geltungsbereich und Vorgehen",
                              "3 Ergebnisse nach Abschnitt", "4 Prozessfähigkeit", "5 Feststellungen", "6 Maßnahmenplan",
                              "7 Noch ausstehende Nachweise", "4 Kontext der Organisation", "Hauptabweichungen",
                              "Der Weg zur Zertifizierung", "Nicht zertifizierungsreif",
                              "Nachweislich nicht vorhanden (Servicemanagementplan)", "17. Februar 2026",
                              "Vertraulich"}) {
    CHECK_MESSAGE(text.find(heading) != std::string::npos, heading);
  }
  CHECK(text.find("Seite 1 von " + std::to_string(pages)) != std::string::npos);
  CHECK(text.find("Executive summary") == std::string::npos);

  const fs::path letter = render(dir, "letter.pdf", northgate(), test::bundled_template("default-letter"));
  CHECK(t::pdf_info(letter).find("612 x 792 pts (letter)") != std::string::npos);
}

TEST_CASE("gap report: the template chooses the sections and their order") {
  t::TempDir dir("gap-report-sections");
  Template tmpl = test::bundled_template("default");
  tmpl.sections[ReportKind::gap] = {"findings-register", "executive-summary", "score-computation"};
  const fs::path pdf = render(dir, "short.pdf", northgate(), tmpl);
  const std::string text = test::squeeze(t::pdf_text(pdf));
  const std::size_t findings = text.find("1 Findings register");
  const std::size_t summary = text.find("2 Executive summary");
  const std::size_t appendix = text.find("Appendix A How the scores were computed");
  CHECK(findings != std::string::npos);
  CHECK(summary != std::string::npos);
  CHECK(appendix != std::string::npos);
  CHECK(findings < summary);
  CHECK(text.find("Scope and method") == std::string::npos);
  CHECK(text.find("Contents") == std::string::npos);
  CHECK(t::pdf_page_text(pdf, 1).find("Findings register") != std::string::npos);  // no cover
}

TEST_CASE("gap report: the same input gives the same bytes") {
  const Template tmpl = test::bundled_template("default");
  const ReportInput in = test::example_input("fenwick-cloud");
  CHECK(render_report(in, tmpl, ReportKind::gap) == render_report(in, tmpl, ReportKind::gap));
}

TEST_CASE("gap report: an assessment with no findings and no plan") {
  t::TempDir dir("gap-report-clean");
  ReportInput in = test::example_input("fenwick-cloud");
  in.assessment.findings.clear();
  in.assessment.finding_counts = {};
  in.assessment.plan.clear();
  in.assessment.blockers.clear();
  in.assessment.verdict = Verdict::stage2;
  const fs::path pdf = render(dir, "clean.pdf", in, test::bundled_template("default"));
  const std::string text = test::squeeze(t::pdf_text(pdf));
  CHECK(text.find("There are no findings: every assessed requirement is conformant.") != std::string::npos);
  CHECK(text.find("No improvement actions are needed or recorded.") != std::string::npos);
  CHECK(text.find(test::squeeze("Both certification audits can proceed")) != std::string::npos);
  CHECK(text.find("Ready for stage 2") != std::string::npos);
}

}  // namespace iso20k::reports
