// The sections each report kind offers, by the ids templates choose them with, and their roles.
#include "iso20k/reports/template/report_sections.h"

#include <doctest/doctest.h>

#include "iso20k/util/enum_names.h"

#include <string>
#include <vector>

using namespace iso20k::reports;

namespace {

std::vector<std::string> ids(ReportKind kind) {
  std::vector<std::string> out;
  for (const SectionSpec& s : report_sections(kind)) out.emplace_back(s.id);
  return out;
}

}  // namespace

TEST_CASE("report sections: the gap report's and the readiness report's, in the default order") {
  CHECK(ids(ReportKind::gap) == std::vector<std::string>{"cover", "contents", "executive-summary", "scope-and-method",
                                                         "clause-results", "process-capability", "findings-register",
                                                         "improvement-plan", "outstanding-evidence",
                                                         "requirement-results", "evidence-register", "score-computation"});
  CHECK(ids(ReportKind::readiness) ==
        std::vector<std::string>{"cover", "verdict", "scope", "stage1-documents", "findings", "blockers",
                                 "readiness-by-clause", "finding-counts", "process-capability", "document-control"});
}

TEST_CASE("report sections: found by kind and id, with their role") {
  REQUIRE(find_section(ReportKind::gap, "evidence-register"));
  CHECK(find_section(ReportKind::gap, "evidence-register")->role == SectionRole::appendix);
  CHECK(find_section(ReportKind::gap, "score-computation")->role == SectionRole::appendix);
  CHECK(find_section(ReportKind::gap, "contents")->role == SectionRole::contents);
  CHECK(find_section(ReportKind::gap, "cover")->role == SectionRole::cover);
  CHECK(find_section(ReportKind::readiness, "blockers")->role == SectionRole::numbered);
  CHECK(find_section(ReportKind::readiness, "contents") == nullptr);  // the short report has no contents
  CHECK(find_section(ReportKind::gap, "verdict") == nullptr);
  CHECK(find_section(ReportKind::gap, "Cover") == nullptr);
}

TEST_CASE("report sections: report kinds by name") {
  CHECK(std::string(iso20k::to_string(ReportKind::gap)) == "gap");
  CHECK(std::string(iso20k::to_string(ReportKind::readiness)) == "readiness");
  CHECK(iso20k::enum_from_name<ReportKind>("gap") == ReportKind::gap);
  CHECK(iso20k::enum_from_name<ReportKind>("readiness") == ReportKind::readiness);
  CHECK_FALSE(iso20k::enum_from_name<ReportKind>("Gap"));
  CHECK_FALSE(iso20k::enum_from_name<ReportKind>("audit-plan"));
}
