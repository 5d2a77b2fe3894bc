// The typography of whole reports, end to end (`iso20k report`): pdftotext reads every demonstration
// report without a word on stderr (a valid ToUnicode map in every font) and gets the German text back,
// and no heading is left at the foot of a page in the gap reports of the bundled templates.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/heading_probe.h"
#include "support/pdf_probe.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using iso20k::test::run;
using iso20k::test::run_iso20k;

const std::string kDemos[] = {"northgate-msp", "harrow-vale-it", "fenwick-cloud"};

fs::path report(const iso20k::test::TempDir& dir, const std::string& demo, const std::string& kind,
                const std::string& tmpl) {
  const fs::path out = dir / (demo + "-" + kind + "-" + tmpl + ".pdf");
  const iso20k::test::RunResult r =
      run_iso20k("report " + iso20k::test::quote(iso20k::test::source_dir() + "/examples/" + demo) + " --kind " +
                 kind + " --template " + tmpl + " --out " + iso20k::test::quote(out.string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return out;
}

void check_no_orphaned_heading(const std::string& tmpl) {
  iso20k::test::TempDir dir;
  for (const std::string& demo : kDemos) {
    CAPTURE(demo);
    const fs::path pdf = report(dir, demo, "gap", tmpl);
    const std::vector<std::string> orphans = iso20k::testing::orphaned_headings_in_pdf(pdf);
    CHECK_MESSAGE(orphans.empty(), (orphans.empty() ? "" : orphans.front()));
  }
}

}  // namespace

TEST_CASE("report typography: pdftotext and pdffonts read every demonstration report without a warning") {
  iso20k::test::TempDir dir;
  for (const std::string& demo : kDemos) {
    for (const std::string kind : {"gap", "readiness"}) {
      for (const std::string tmpl : {"default", "default-de"}) {
        CAPTURE(demo + " " + kind + " " + tmpl);
        const fs::path pdf = report(dir, demo, kind, tmpl);
        const iso20k::test::RunResult text = run("pdftotext -enc UTF-8 " + iso20k::test::quote(pdf.string()) + " -");
        CHECK(text.exit_code == 0);
        CHECK(text.err.empty());
        if (tmpl == "default-de") {
          if (kind == "gap") CHECK(text.out.find("Zusammenfassung") != std::string::npos);
          CHECK(text.out.find("\u00fc") != std::string::npos);  // ü, read back as such
        }
        const iso20k::test::RunResult fonts = run("pdffonts " + iso20k::test::quote(pdf.string()));
        CHECK(fonts.err.empty());
        CHECK(fonts.out.find(" no ") == std::string::npos);  // every font embedded, subset, with a ToUnicode map
      }
    }
  }
}

TEST_CASE("report typography: no orphaned heading in the gap reports (template default)") {
  check_no_orphaned_heading("default");
}

TEST_CASE("report typography: no orphaned heading in the gap reports (template default-de)") {
  check_no_orphaned_heading("default-de");
}

TEST_CASE("report typography: no orphaned heading in the gap reports (template default-letter)") {
  check_no_orphaned_heading("default-letter");
}
