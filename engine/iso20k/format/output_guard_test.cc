// The output guard: an output resolving to an input file or into a folder read is refused.
#include "iso20k/format/output_guard.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;
namespace fs = std::filesystem;

TEST_CASE("output guard: an input file by any spelling, symbolic or hard link, and a folder's contents") {
  TempDir tmp;
  fs::create_directories(tmp / "ws" / "sub");
  write_file(tmp / "in.json", "{}");
  InputSet in;
  in.add_file((tmp / "in.json").string(), "the results file");
  in.add_folder((tmp / "ws").string(), "the workspace folder");
  CHECK(in.conflict((tmp / "in.json").string()) ==
        "it is the results file " + (tmp / "in.json").string() + ", which is read as input and never overwritten");
  CHECK_FALSE(in.conflict((tmp / "ws" / ".." / "in.json").string()).empty());
  fs::create_symlink(tmp / "in.json", tmp / "soft.json");
  CHECK_FALSE(in.conflict((tmp / "soft.json").string()).empty());
  fs::create_hard_link(tmp / "in.json", tmp / "hard.json");
  CHECK_FALSE(in.conflict((tmp / "hard.json").string()).empty());
  CHECK(in.conflict((tmp / "ws" / "sub" / "new.pdf").string()).find("lies inside the workspace folder") !=
        std::string::npos);
  CHECK_FALSE(in.conflict((tmp / "ws").string()).empty());
  CHECK(in.conflict((tmp / "wsx.pdf").string()).empty());  // a sibling whose name starts alike
  CHECK(in.conflict((tmp / "out.json").string()).empty());
}
