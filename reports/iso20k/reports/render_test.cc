// The public entry: dispatch by kind, and writing through a temporary file so that a failure never
// leaves an output file behind.
#include "iso20k/reports/render.h"

#include <doctest/doctest.h>

#include "support/report_fixture.h"
#include "support/pdf_probe.h"

namespace iso20k::reports {
namespace {

namespace t = iso20k::testing;
namespace fs = std::filesystem;

bool only(const fs::path& dir, const std::vector<std::string>& names) {
  std::vector<std::string> found;
  for (const fs::directory_entry& e : fs::directory_iterator(dir)) found.push_back(e.path().filename().string());
  std::sort(found.begin(), found.end());
  return found == names;
}

}  // namespace

TEST_CASE("render: both kinds, to bytes and to a file") {
  t::TempDir dir("render");
  const ReportInput in = test::example_input("fenwick-cloud");
  const Template tmpl = test::bundled_template("default");
  for (ReportKind kind : {ReportKind::gap, ReportKind::readiness}) {
    const fs::path out = dir / (std::string(kind == ReportKind::gap ? "gap" : "readiness") + ".pdf");
    write_report(in, tmpl, kind, out);
    CHECK(t::read_bytes(out) == render_report(in, tmpl, kind));
  }
  CHECK(t::pdf_text(dir / "gap.pdf").find("Gap Assessment") != std::string::npos);
  CHECK(t::pdf_text(dir / "readiness.pdf").find("Certification Readiness") != std::string::npos);
  CHECK(only(dir.path(), {"gap.pdf", "readiness.pdf"}));
}

TEST_CASE("render: a logo spoilt after loading is a ReportError and leaves no file") {
  t::TempDir dir("render-error");
  const ReportInput in = test::example_input("fenwick-cloud");
  Template tmpl = test::bundled_template("default");
  t::write_bytes(dir / "logo.png", t::make_logo_png(16));
  tmpl.branding.logo = (dir / "logo.png").string();
  tmpl.branding.firm = in.workspace.profile.assessing_organisation;  // the logo shows beside its own firm only
  CHECK_THROWS_AS(write_report(in, tmpl, ReportKind::gap, dir / "gap.pdf"), ReportError);
  CHECK(only(dir.path(), {"logo.png"}));

  // An existing report is left as it was.
  t::write_bytes(dir / "gap.pdf", {'o', 'l', 'd'});
  CHECK_THROWS_AS(write_report(in, tmpl, ReportKind::readiness, dir / "gap.pdf"), ReportError);
  CHECK(t::read_bytes(dir / "gap.pdf") == std::vector<std::uint8_t>{'o', 'l', 'd'});
  CHECK(only(dir.path(), {"gap.pdf", "logo.png"}));
}

TEST_CASE("render: a template lacking a string is a ReportError naming it") {
  const ReportInput in = test::example_input("fenwick-cloud");
  Template tmpl = test::bundled_template("default");
  tmpl.strings.erase("section.findings-register");
  CHECK_THROWS_WITH_AS(render_report(in, tmpl, ReportKind::gap),
                       "report template 'default' has no string 'section.findings-register'", ReportError);
}

TEST_CASE("render: an unwritable destination is a WriteError, not a ReportError, and leaves no file") {
  t::TempDir dir("render-unwritable");
  const ReportInput in = test::example_input("fenwick-cloud");
  const Template tmpl = test::bundled_template("default");
  CHECK_THROWS_WITH_AS(write_report(in, tmpl, ReportKind::readiness, "/nonexistent-dir/r.pdf"),
                       doctest::Contains("cannot write /nonexistent-dir/r.pdf"), WriteError);
  fs::create_directory(dir / "folder");  // a folder where the file should go
  CHECK_THROWS_AS(write_report(in, tmpl, ReportKind::gap, dir / "folder"), WriteError);
  CHECK(only(dir.path(), {"folder"}));
  CHECK(fs::is_empty(dir / "folder"));
}

}  // namespace iso20k::reports
