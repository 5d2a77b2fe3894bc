#include "iso20k/load/data_paths.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "support/test_support.h"

using namespace iso20k;
namespace fs = std::filesystem;

namespace {

// P/bin/iso20k and P/share/iso20k/checklists: an installed tree.
void make_install(const fs::path& prefix) {
  fs::create_directories(prefix / "bin");
  fs::create_directories(prefix / "share" / "iso20k" / "checklists");
  test::write_file(prefix / "bin" / "iso20k", "");
}

}  // namespace

TEST_CASE("data paths: an installed tree is found from its executable when moved or reached by a link") {
  test::TempDir tmp;
  make_install(tmp / "usr");
  const fs::path real = fs::canonical(tmp.path());
  CHECK(locate_data((tmp / "usr" / "bin" / "iso20k").string(), nullptr).root ==
        (real / "usr" / "share" / "iso20k").string());
  CHECK(locate_data((tmp / "usr" / "bin" / "iso20k").string(), "").root ==
        (real / "usr" / "share" / "iso20k").string());

  fs::rename(tmp / "usr", tmp / "opt");
  CHECK(locate_data((tmp / "opt" / "bin" / "iso20k").string(), nullptr).root ==
        (real / "opt" / "share" / "iso20k").string());

  // A link elsewhere (as /usr/local/bin/iso20k into /opt/iso20k/bin) leads to the real tree.
  fs::create_directories(tmp / "links");
  fs::create_symlink(tmp / "opt" / "bin" / "iso20k", tmp / "links" / "iso20k");
  CHECK(locate_data((tmp / "links" / "iso20k").string(), nullptr).root ==
        (real / "opt" / "share" / "iso20k").string());
}

TEST_CASE("data paths: ISO20K_DATA_DIR overrides the installed tree and a build tree uses its source tree") {
  test::TempDir tmp;
  make_install(tmp / "usr");
  CHECK(locate_data((tmp / "usr" / "bin" / "iso20k").string(), "/srv/data").root == "/srv/data");
  CHECK(locate_data((tmp / "build" / "iso20k").string(), nullptr).root ==
        test::source_dir());
}
