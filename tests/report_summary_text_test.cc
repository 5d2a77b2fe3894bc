// The executive summary states what stage 2 needs in plain words, in each language: never "no more
// than 0 open major nonconformities".
#include <doctest/doctest.h>

#include <regex>

#include "test_support.h"

using namespace iso20k::test;

namespace {

// The text of the first pages of a report, whitespace squeezed to single spaces.
std::string summary_text(const std::string& template_name) {
  const TempDir dir;
  const std::string pdf = (dir / "gap.pdf").string();
  const RunResult r = run_iso20k("report " + quote(source_dir() + "/examples/harrow-vale-it") +
                                 " --kind gap --template " + template_name + " --out " + quote(pdf));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const RunResult text = run("pdftotext -l 6 -enc UTF-8 " + quote(pdf) + " - 2>/dev/null");
  REQUIRE(text.exit_code == 0);
  std::string out;
  for (char c : text.out) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space || (!out.empty() && out.back() != ' ')) out += space ? ' ' : c;
  }
  return out;
}

}  // namespace

TEST_CASE("report: the summary says stage 2 needs no open major nonconformity, in English and German") {
  const std::string en = summary_text("default");
  CHECK(en.find("a coverage of at least 95% and no open major nonconformity.") != std::string::npos);
  CHECK(en.find("no more than 0") == std::string::npos);
  const std::string de = summary_text("default-de");
  CHECK(de.find("eine Abdeckung von mindestens 95 % und keine offene Hauptabweichung voraus.") != std::string::npos);
  CHECK(de.find("höchstens 0") == std::string::npos);
}

TEST_CASE("report: the readiness criteria ask for no open major as 'none', not 'at most 0'") {
  const TempDir dir;
  const std::string pdf = (dir / "readiness.pdf").string();
  const RunResult r = run_iso20k("report " + quote(source_dir() + "/examples/northgate-msp") +
                                 " --kind readiness --out " + quote(pdf));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const RunResult text = run("pdftotext -f 2 -l 2 -layout -enc UTF-8 " + quote(pdf) + " - 2>/dev/null");
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("at most 0") == std::string::npos);
  CHECK(std::regex_search(text.out, std::regex("Open major nonconformities +none +80 +No")));
}
