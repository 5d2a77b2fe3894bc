// `iso20k report` when the output passes the checks made before rendering (its folder exists) but
// writing it still fails: reports::write_report lets the WriteError through and the command gives
// exit code 4 (an output cannot be written), not 3 (invalid input).
#include <doctest/doctest.h>

#include <filesystem>

#include "support/test_support.h"

using namespace iso20k::test;
namespace fs = std::filesystem;

TEST_CASE("report: a write that fails after rendering gives exit code 4, not 3") {
  // /proc is a folder, but no file can be created in it, not even by root.
  const std::string out = "/proc/iso20k-report-write-test.pdf";
  REQUIRE(fs::is_directory("/proc"));
  const RunResult r = run_iso20k("report " + quote(source_dir() + "/examples/fenwick-cloud") +
                                 " --kind readiness --out " + quote(out));
  CHECK_MESSAGE(r.exit_code == 4, r.err);
  CHECK_MESSAGE(r.err.find("cannot write " + out) != std::string::npos, r.err);
  CHECK_FALSE(fs::exists(out));
}
