// The executive summary states what stage 2 and a certificate need in plain words, in each language: never "no more
// than 0 open major nonconformities".
#include <doctest/doctest.h>

#include <regex>

#include "support/test_support.h"

using namespace iso20k::test;

namespace {

// The text of the first pages of a report, whitespace squeezed to single spaces.
std::string summary_text(const std::string& template_name) {
  const TempDir dir;
  const auto pdf = dir / "gap.pdf";
  const RunResult r = run_iso20k("report " + quote(source_dir() + "/examples/harrow-vale-it") +
                                 " --kind gap --template " + template_name + " --out " + quote(pdf.string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return squeeze(pdf_text(pdf, 1, 6));
}

}  // namespace

TEST_CASE("report: the summary says a certificate needs no open major nonconformity, in English and German") {
  const std::string en = summary_text("default");
  CHECK(en.find("a coverage of at least 95%; a certificate needs no open major nonconformity.") != std::string::npos);
  CHECK(en.find("no more than 0") == std::string::npos);
  const std::string de = summary_text("default-de");
  CHECK(de.find("eine Abdeckung von mindestens 95 % voraus; ein Zertifikat setzt keine offene Hauptabweichung voraus.") !=
        std::string::npos);
  CHECK(de.find("höchstens 0") == std::string::npos);
}

TEST_CASE("report: the readiness criteria ask for no open major as 'none', not 'at most 0'") {
  const TempDir dir;
  const auto pdf = dir / "readiness.pdf";
  const RunResult r = run_iso20k("report " + quote(source_dir() + "/examples/northgate-msp") +
                                 " --kind readiness --out " + quote(pdf.string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string text = pdf_text(pdf, 2, 2, true);
  CHECK(text.find("at most 0") == std::string::npos);
  CHECK(std::regex_search(text, std::regex("Open major nonconformities +none +11 +No")));
}
