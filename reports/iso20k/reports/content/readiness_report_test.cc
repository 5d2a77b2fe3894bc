// The readiness report: at most six pages whatever the assessment, with the verdict, the blockers of
// both stages, the finding counts and the capability radar.
#include "iso20k/reports/content/readiness_report.h"
#include "iso20k/reports/render.h"

#include <doctest/doctest.h>

#include "support/report_fixture.h"
#include "support/pdf_probe.h"

namespace iso20k::reports {
namespace {

namespace t = iso20k::testing;
namespace fs = std::filesystem;

fs::path render(const t::TempDir& dir, const std::string& name, const ReportInput& in, const Template& tmpl) {
  const fs::path pdf = dir / name;
  t::write_bytes(pdf, render_report(in, tmpl, ReportKind::readiness));
  return pdf;
}

}  // namespace

TEST_CASE("readiness report: a large assessment still fits in six pages") {
  t::TempDir dir("readiness-large");
  const ReportInput in = test::large_input();
  // Every requirement judged nonconformant: one consolidated finding per clause with requirements,
  // each major, each blocking the certification decision.
  REQUIRE(in.assessment.findings.size() >= 57);
  REQUIRE(in.assessment.blockers.size() > 57);
  for (const char* name : {"default", "default-de", "default-letter"}) {
    CAPTURE(name);
    const fs::path pdf = render(dir, std::string(name) + ".pdf", in, test::bundled_template(name));
    const int pages = t::pdf_page_count(pdf);
    CHECK(pages >= 3);
    CHECK(pages <= kReadinessMaxPages);
    CHECK(t::run("qpdf --check " + t::quote(pdf)).status == 0);
  }
  const fs::path pdf = dir / "default.pdf";
  const std::string text = test::squeeze(t::pdf_text(pdf));
  const Assessment& a = in.assessment;
  CHECK(text.find(test::squeeze("more findings, each in full in the gap report")) != std::string::npos);
  CHECK(text.find("Open major nonconformities: " + std::to_string(a.finding_counts[0]) + ".") != std::string::npos);
  CHECK(text.find("Open major nonconformities") != std::string::npos);
}

TEST_CASE("readiness report: verdict, criteria, chart, blockers, counts and radar of an example") {
  t::TempDir dir("readiness-example");
  const ReportInput in = test::example_input("harrow-vale-it");
  const fs::path pdf = render(dir, "readiness.pdf", in, test::bundled_template("default"));
  const int pages = t::pdf_page_count(pdf);
  CHECK(pages <= kReadinessMaxPages);
  const std::string text = test::squeeze(t::pdf_text(pdf));
  CHECK(text.find("Harrow & Vale Building Society, IT Services") != std::string::npos);
  CHECK(text.find("ISO/IEC 20000-1 Certification Readiness") != std::string::npos);
  CHECK(text.find(test::squeeze("Ready for stage 2")) != std::string::npos);
  for (const char* heading : {"1 Verdict", "Readiness criteria", "2 Scope", "3 Documents for the stage 1 audit",
                              "4 Findings", "5 Blockers", "6 Document control", "Persons in scope", "Other parties",
                              "Meridale Assurance", "Helen Carter, Chief Information Officer", "Sign-off",
                              "Approved for issue", "Report version", "Areas of concern for the stage 1 audit"}) {
    CHECK_MESSAGE(text.find(heading) != std::string::npos, heading);
  }
  for (const Blocker& b : in.assessment.blockers) {
    if (b.stage == 1) CHECK_MESSAGE(text.find(test::squeeze(b.text)) != std::string::npos, b.text);
  }
  // Every finding is there: the majors in full or in the table, every other in the table.
  for (const Finding& f : in.assessment.findings) CHECK_MESSAGE(text.find(f.id) != std::string::npos, f.id);
  for (const std::string& site : in.workspace.profile.sites) {
    CHECK_MESSAGE(text.find(test::squeeze(site)) != std::string::npos, site);
  }
  CHECK(text.find("Page 1 of " + std::to_string(pages)) != std::string::npos);
  const std::string info = t::pdf_info(pdf);
  CHECK(info.find("Title:           ISO/IEC 20000-1 Certification Readiness") != std::string::npos);
  CHECK(info.find("CreationDate:    2026-03-24T00:00:00") != std::string::npos);
}

TEST_CASE("readiness report: German headings") {
  t::TempDir dir("readiness-de");
  const fs::path pdf = render(dir, "de.pdf", test::example_input("fenwick-cloud"), test::bundled_template("default-de"));
  const std::string text = test::squeeze(t::pdf_text(pdf));
  for (const char* heading : {"1 Ergebnis", "Kriterien der Zertifizierungsreife", "2 Geltungsbereich",
                              "3 Dokumente für das Stufe-1-Audit", "4 Feststellungen", "5 Hindernisse",
                              "6 Dokumentenlenkung", "Bereit für Stufe 2", "Seite 1 von"}) {
    CHECK_MESSAGE(text.find(heading) != std::string::npos, heading);
  }
}

}  // namespace iso20k::reports
