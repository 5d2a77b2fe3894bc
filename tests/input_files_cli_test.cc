// Inputs that are not regular files, are too large, or are misplaced: every reader goes through
// one open-input function (format/input_file.h), so a FIFO given as a checklist, tailoring,
// results.json, template or register fails at once (exit code 3) instead of blocking, /dev/zero is
// not read until memory runs out, a register that is a folder, FIFO, device or dangling symbolic
// link is an error instead of being skipped, and a register under a wrong name or in a subfolder
// is named with what to rename it to. Every run here is under a timeout: a hang fails the test.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <functional>

#include "support/test_support.h"

using namespace iso20k::test;
namespace fs = std::filesystem;

namespace {

// A copy of the CSV fixture workspace at <tmp>/workspaces/ws with the checklist it names.
struct Workspace {
  TempDir tmp;
  fs::path ws;
  Workspace() : ws(tmp.path() / "workspaces" / "ws") {
    fs::create_directories(ws);
    fs::create_directories(tmp.path() / "checklists");
    fs::copy_file(fixture("checklists/small.xml"), tmp.path() / "checklists" / "small.xml");
    for (const auto& e : fs::directory_iterator(fixture("workspaces/same-csv"))) {
      fs::copy_file(e.path(), ws / e.path().filename());
    }
  }
  std::string checklist() const { return (tmp.path() / "checklists" / "small.xml").string(); }
  fs::path fifo(const std::string& name) const {
    const fs::path p = tmp.path() / name;
    REQUIRE(::mkfifo(p.c_str(), 0600) == 0);
    return p;
  }
};

// Runs iso20k under a timeout and expects exit code `code` with `message` on stderr.
void expect(const std::string& args, int code, const std::string& message) {
  const RunResult r = run_iso20k_with_timeout(args, 30);
  INFO("iso20k " << args << "\n" << r.err);
  REQUIRE(r.exit_code != kTimedOut);
  CHECK(r.exit_code == code);
  CHECK(r.err.find(message) != std::string::npos);
}

constexpr const char* kFifo = "a named pipe (FIFO), not a regular file: only regular files are read";

}  // namespace

TEST_CASE("input files: a FIFO as checklist, tailoring, results.json or template fails at once") {
  Workspace w;
  const std::string fifo = w.fifo("input.xml").string();
  expect("validate " + quote(fifo), 3, fifo + ": error: " + kFifo);
  expect("assess " + quote(w.ws.string()) + " --checklist " + quote(fifo), 3, fifo + ": error: " + kFifo);
  expect("assess " + quote(w.ws.string()) + " --tailoring " + quote(fifo), 3, fifo + ": error: " + kFifo);
  expect("init " + quote((w.tmp / "new").string()) + " --checklist " + quote(w.checklist()) + " --tailoring " +
             quote(fifo),
         3, fifo + ": error: " + kFifo);
  expect("report " + quote(fifo) + " --kind gap --out " + quote((w.tmp / "r.pdf").string()), 3,
         fifo + ": error: " + kFifo);
  fs::create_directories(w.tmp / "template");
  REQUIRE(::mkfifo((w.tmp / "template" / "template.xml").c_str(), 0600) == 0);
  expect("report " + quote(w.ws.string()) + " --kind gap --template " + quote((w.tmp / "template").string()) +
             " --out " + quote((w.tmp / "r.pdf").string()),
         3, "template.xml: error: " + std::string(kFifo));
  CHECK_FALSE(fs::exists(w.tmp / "r.pdf"));
}

TEST_CASE("input files: /dev/zero as a checklist is refused, not read until memory runs out") {
  Workspace w;
  expect("validate /dev/zero", 3, "/dev/zero: error: a device, not a regular file");
  expect("assess " + quote(w.ws.string()) + " --checklist /dev/zero", 3,
         "/dev/zero: error: a device, not a regular file");
}

TEST_CASE("input files: a checklist over 64 MB is refused before it is read") {
  Workspace w;
  const fs::path big = w.tmp / "big.xml";
  write_file(big, "<checklist/>");
  fs::resize_file(big, 64u * 1024 * 1024 + 1);
  expect("validate " + quote(big.string()), 3,
         big.string() + ": error: the file is larger than the 64 MB allowed for checklist and registry files");
}

TEST_CASE("input files: a register that is a folder, FIFO, device or dangling link is an error, not skipped") {
  const auto check = [](const std::function<void(const fs::path&)>& make, const std::string& what) {
    Workspace w;
    fs::remove(w.ws / "evidence.csv");
    make(w.ws / "evidence.csv");
    const std::string file = (w.ws / "evidence.csv").string();
    expect("assess " + quote(w.ws.string()) + " --quiet", 3,
           file + ": error: the evidence register cannot be read: " + what);
    expect("validate " + quote(w.ws.string()), 3, file + ": error: the evidence register cannot be read: " + what);
  };
  check([](const fs::path& p) { fs::create_directory(p); }, "a folder, not a file");
  check([](const fs::path& p) { REQUIRE(::mkfifo(p.c_str(), 0600) == 0); }, kFifo);
  check([](const fs::path& p) { fs::create_symlink("/dev/null", p); }, "a device, not a regular file");
  check([](const fs::path& p) { fs::create_symlink(p.parent_path() / "gone.csv", p); },
        "a symbolic link to '");
}

TEST_CASE("input files: a register under a wrong name or in a subfolder says what to rename it to") {
  {
    Workspace w;
    fs::rename(w.ws / "evidence.csv", w.ws / "evidence.csv.csv");
    expect("assess " + quote(w.ws.string()) + " --quiet", 3,
           (w.ws / "evidence.csv.csv").string() + ": error: the name has an extension too many: rename it to "
                                                  "evidence.csv");
  }
  {
    Workspace w;
    fs::rename(w.ws / "evidence.csv", w.ws / "Evidence.CSV");
    expect("assess " + quote(w.ws.string()) + " --quiet", 3,
           (w.ws / "Evidence.CSV").string() + ": error: workspace file names are lower case: rename it to "
                                              "evidence.csv");
  }
  {
    Workspace w;
    fs::rename(w.ws / "metrics.csv", w.ws / "metrics.CSV");
    expect("validate " + quote(w.ws.string()), 3,
           (w.ws / "metrics.CSV").string() + ": error: workspace file names are lower case: rename it to metrics.csv");
  }
  {
    Workspace w;
    fs::create_directory(w.ws / "registers");
    fs::rename(w.ws / "evidence.csv", w.ws / "registers" / "evidence.csv");
    expect("assess " + quote(w.ws.string()) + " --quiet", 3,
           (w.ws / "registers" / "evidence.csv").string() +
               ": error: the evidence register is read only from the workspace folder itself, not from the "
               "subfolder registers: move it to " + (w.ws / "evidence.csv").string());
  }
  {
    // A copy in a subfolder beside the register itself (an archive, say) is nobody's mistake.
    Workspace w;
    fs::create_directory(w.ws / "archive");
    fs::copy_file(w.ws / "evidence.csv", w.ws / "archive" / "evidence.csv");
    const RunResult r = run_iso20k_with_timeout("assess " + quote(w.ws.string()) + " --quiet", 30);
    INFO(r.err);
    CHECK(r.exit_code == 0);
  }
}

TEST_CASE("input files: an answered requests.csv that was never renamed is an error") {
  TempDir tmp;
  const fs::path ws = tmp / "ws";
  fs::create_directory(ws);
  for (const auto& e : fs::directory_iterator(source_dir() + "/examples/harrow-vale-it")) {
    fs::copy_file(e.path(), ws / e.path().filename());
  }
  fs::rename(ws / "evidence.csv", ws / "requests.csv");
  fs::rename(ws / "metrics.csv", ws / "metric-requests.csv");
  const RunResult r = run_iso20k_with_timeout("assess " + quote(ws.string()) + " --quiet", 30);
  INFO(r.err);
  CHECK(r.exit_code == 3);
  CHECK(r.err.find((ws / "requests.csv").string() + ": error: requests.csv holds ") != std::string::npos);
  CHECK(r.err.find(" answered requests but the workspace has no evidence register: save it as evidence.csv") !=
        std::string::npos);
  CHECK(r.err.find((ws / "metric-requests.csv").string() + ": error: metric-requests.csv holds ") !=
        std::string::npos);
  // An unanswered request list beside no register is what init leaves: fine.
  const RunResult fresh = run_iso20k_with_timeout(
      "init " + quote((tmp / "new").string()) + " --checklist iso20000-1:2018", 30);
  REQUIRE(fresh.exit_code == 0);
  const RunResult v = run_iso20k_with_timeout("validate " + quote((tmp / "new").string()), 30);
  CHECK(v.err.find("requests.csv holds") == std::string::npos);
}
