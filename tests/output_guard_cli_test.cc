// The output guard: an output (--out of assess and report, init's folder) that resolves to an input
// file — through a relative path, "..", a symbolic link — or lies inside a folder read (the
// workspace, a template folder, the bundled data) is refused with exit code 4, and the input is
// left exactly as it was.
#include <doctest/doctest.h>

#include <filesystem>

#include "support/test_support.h"

using namespace iso20k::test;
namespace fs = std::filesystem;

namespace {

struct Demo {
  TempDir tmp;
  fs::path ws = tmp / "ws";
  Demo() {
    fs::create_directory(ws);
    for (const auto& e : fs::directory_iterator(source_dir() + "/examples/northgate-msp")) {
      fs::copy_file(e.path(), ws / e.path().filename());
    }
  }
};

// Runs iso20k and expects exit code 4 with `message`; `kept` must be unchanged afterwards.
void expect_refused(const std::string& args, const std::string& message, const fs::path& kept) {
  const bool existed = fs::exists(kept);
  const std::string before = existed ? read_file(kept) : std::string();
  const RunResult r = run_iso20k(args);
  INFO("iso20k " << args << "\n" << r.err);
  CHECK(r.exit_code == 4);
  CHECK(r.err.find(message) != std::string::npos);
  CHECK(fs::exists(kept) == existed);
  if (existed) CHECK(read_file(kept) == before);
}

}  // namespace

TEST_CASE("output guard: assess --out onto a workspace file or into the workspace is refused") {
  Demo d;
  const std::string ws = d.ws.string();
  expect_refused("assess " + quote(ws) + " --quiet --out " + quote((d.ws / "evidence.xml").string()),
                 "cannot write " + (d.ws / "evidence.xml").string() + ": it lies inside the workspace folder " + ws +
                     ", which is read as input: write it elsewhere",
                 d.ws / "evidence.xml");
  expect_refused("assess " + quote(ws) + " --quiet --out " + quote((d.ws / "results.json").string()),
                 "lies inside the workspace folder", d.ws / "results.json");
  // Spelled through "..", or through a symbolic link placed outside the workspace.
  fs::create_directory(d.tmp / "elsewhere");
  expect_refused("assess " + quote(ws) + " --quiet --out " + quote((d.tmp / "elsewhere" / ".." / "ws" / "profile.xml").string()),
                 "lies inside the workspace folder", d.ws / "profile.xml");
  fs::create_symlink(d.ws / "metrics.xml", d.tmp / "link.json");
  expect_refused("assess " + quote(ws) + " --quiet --out " + quote((d.tmp / "link.json").string()),
                 "lies inside the workspace folder", d.ws / "metrics.xml");
  // A checklist named by path is an input file too.
  const fs::path checklist = d.tmp / "my-checklist.xml";
  fs::copy_file(source_dir() + "/checklists/iso20000-1-2018.xml", checklist);
  expect_refused("assess " + quote(ws) + " --quiet --checklist " + quote(checklist.string()) + " --out " +
                     quote(checklist.string()),
                 ": it is the checklist " + checklist.string() + ", which is read as input and never overwritten",
                 checklist);
  // Beside the workspace is fine.
  const RunResult ok = run_iso20k("assess " + quote(ws) + " --quiet --out " + quote((d.tmp / "results.json").string()));
  CHECK(ok.exit_code == 0);
}

TEST_CASE("output guard: report --out onto the workspace, results.json or a template asset is refused") {
  Demo d;
  const std::string ws = d.ws.string();
  expect_refused("report " + quote(ws) + " --kind gap --out " + quote((d.ws / "profile.xml").string()),
                 "lies inside the workspace folder", d.ws / "profile.xml");
  const RunResult a = run_iso20k("assess " + quote(ws) + " --quiet --out " + quote((d.tmp / "results.json").string()));
  REQUIRE(a.exit_code == 0);
  expect_refused("report " + quote((d.tmp / "results.json").string()) + " --kind readiness --out " +
                     quote((d.tmp / "results.json").string()),
                 "is the results file", d.tmp / "results.json");
  // A template of one's own: its folder (logo included) is read.
  const fs::path custom = d.tmp / "brand";
  fs::create_directory(custom);
  fs::copy_file(source_dir() + "/templates/default/template.xml", custom / "template.xml");
  fs::copy_file(source_dir() + "/tests/fixtures/branding/logo.png", custom / "logo.png");
  expect_refused("report " + quote(ws) + " --kind gap --template " + quote(custom.string()) + " --out " +
                     quote((custom / "logo.png").string()),
                 "lies inside the template folder", custom / "logo.png");
  // A bundled template's folder is read too.
  expect_refused("report " + quote(ws) + " --kind gap --out " + quote(source_dir() + "/templates/default/x.pdf"),
                 "lies inside the folder of the bundled templates", source_dir() + "/templates/default/x.pdf");
}

TEST_CASE("output guard: init never writes over its tailoring file or into the bundled checklists") {
  Demo d;
  const fs::path folder = d.tmp / "with-tailoring";
  fs::create_directory(folder);
  fs::copy_file(source_dir() + "/examples/tailoring/acme-hosting-2018.xml", folder / "tailoring.xml");
  expect_refused("init " + quote(folder.string()) + " --force --checklist iso20000-1:2018 --tailoring " +
                     quote((folder / "tailoring.xml").string()),
                 "is the tailoring file", folder / "tailoring.xml");
  expect_refused("init " + quote(source_dir() + "/checklists") + " --checklist iso20000-1:2018",
                 "lies inside the folder of the bundled checklists", source_dir() + "/checklists/profile.xml");
}
