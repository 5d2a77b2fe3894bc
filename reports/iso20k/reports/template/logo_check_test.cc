// The logo check on its own: the exact messages, a folder whose name is a prefix of another's, a
// folder given as the logo, a template folder that is not there, and a JPEG logo accepted. (The
// same checks reached through template.xml, located at the logo attribute: template_loader_test.cc.)
#include "iso20k/reports/template/logo_check.h"

#include <doctest/doctest.h>

#include "support/pdf_probe.h"

using namespace iso20k::reports;
namespace fs = std::filesystem;
namespace t = iso20k::testing;

TEST_CASE("logo check: an 8-bit PNG inside the folder is accepted with its resolved path") {
  t::TempDir dir("logo-ok");
  fs::create_directories(dir / "tmpl" / "img");
  t::write_bytes(dir / "tmpl" / "img" / "logo.png", t::make_logo_png(8));
  const LogoCheck c = check_logo(dir / "tmpl", "img/../img/logo.png");
  CHECK(c.error.empty());
  CHECK(c.path == fs::canonical(dir / "tmpl" / "img" / "logo.png").string());
  // A JPEG is checked as a JPEG.
  const std::vector<std::uint8_t> jpeg = {0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x10, 0x00, 0x20, 0x01,
                                          0x01, 0x11, 0x00, 0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F,
                                          0x00, 0x12, 0x34, 0xFF, 0xD9};
  t::write_bytes(dir / "tmpl" / "logo.jpg", jpeg);
  CHECK(check_logo(dir / "tmpl", "logo.jpg").error.empty());
}

TEST_CASE("logo check: a sibling folder whose name begins with the template folder's is outside it") {
  t::TempDir dir("logo-prefix");
  fs::create_directories(dir / "tmpl");
  fs::create_directories(dir / "tmpl-evil");
  t::write_bytes(dir / "tmpl-evil" / "logo.png", t::make_logo_png(8));
  const fs::path base = fs::canonical(dir / "tmpl");
  const LogoCheck c = check_logo(dir / "tmpl", "../tmpl-evil/logo.png");
  CHECK(c.path.empty());
  CHECK(c.error == "the logo '../tmpl-evil/logo.png' resolves to " + fs::canonical(dir / "tmpl-evil" / "logo.png").string() +
                       ", outside the template folder " + base.string() +
                       "; a template may only use images inside its own folder");
}

TEST_CASE("logo check: each refusal says why") {
  t::TempDir dir("logo-refused");
  fs::create_directories(dir / "tmpl" / "folder.png");
  const std::string base = fs::canonical(dir / "tmpl").string();
  CHECK(check_logo(dir / "tmpl", "").error == "the logo file name is empty");
  CHECK(check_logo(dir / "tmpl", "/etc/logo.png").error ==
        "the logo '/etc/logo.png' is an absolute path; give a path relative to the template folder");
  CHECK(check_logo(dir / "tmpl", "folder.png").error == "the logo " + base + "/folder.png cannot be used: a folder, not a file");
  CHECK(check_logo(dir / "tmpl", "none.png").error == "logo file not found: " + base + "/none.png");
  CHECK(check_logo(dir / "missing", "logo.png").error ==
        "cannot resolve the template folder " + (dir / "missing").string() + ": No such file or directory");
  t::write_bytes(dir / "tmpl" / "deep.png", t::make_logo_png(16));
  CHECK(check_logo(dir / "tmpl", "deep.png").error ==
        "the logo " + base + "/deep.png is a 16-bit PNG, which would be embedded corrupted; save it with 8 bits per channel");
  t::write_bytes(dir / "tmpl" / "cut.jpg", {0xFF, 0xD8, 0xFF, 0xD9});
  CHECK(check_logo(dir / "tmpl", "cut.jpg").error == "the logo " + base + "/cut.jpg: corrupt JPEG image (no image data)");
}
