// Outputs are written through a temporary file renamed into place: the target is complete or
// untouched, and no temporary file is left behind, whatever fails.
#include "iso20k/format/atomic_write.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <functional>

#include "support/test_support.h"

using namespace iso20k;
namespace fs = std::filesystem;
using iso20k::test::read_file;
using iso20k::test::TempDir;
using iso20k::test::write_file;

namespace {

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const WriteError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("atomic write: the bytes replace the target, and only the target is left") {
  TempDir dir;
  const std::string target = (dir / "results.json").string();
  write_file(target, "old content that is longer than the new one");
  write_file_atomically(target, std::string_view("new\0bytes", 9));
  CHECK(read_file(target) == std::string("new\0bytes", 9));
  CHECK(names_in(dir.path()) == std::vector<std::string>{"results.json"});
}

TEST_CASE("atomic write: the temporary file is named after the target and this process") {
  CHECK(temporary_path_for("out/report.pdf") == "out/.report.pdf.tmp-" + std::to_string(::getpid()));
}

TEST_CASE("atomic write: a folder that does not exist is a WriteError naming the target and the reason") {
  TempDir dir;
  const std::string target = (dir / "no-such-folder" / "x.json").string();
  CHECK(error_of([&] { write_file_atomically(target, "x"); }) ==
        "cannot write " + target + ": No such file or directory");
  CHECK(names_in(dir.path()).empty());
}

TEST_CASE("atomic write: a target that cannot be replaced is left untouched, the temporary removed") {
  TempDir dir;
  const fs::path target = dir / "taken";
  fs::create_directories(target / "inside");  // a non-empty folder cannot be replaced by a file
  CHECK(error_of([&] { write_file_atomically(target.string(), "x"); }) ==
        "cannot write " + target.string() + ": Is a directory");
  CHECK(fs::is_directory(target / "inside"));
  CHECK(names_in(dir.path()) == std::vector<std::string>{"taken"});
}

TEST_CASE("atomic write: committing a temporary renames it, or removes it when it cannot") {
  TempDir dir;
  const std::string target = (dir / "a.pdf").string();
  const std::string tmp = temporary_path_for(target);
  write_file(tmp, "%PDF");
  commit_temporary(tmp, target);
  CHECK(read_file(target) == "%PDF");
  CHECK(names_in(dir.path()) == std::vector<std::string>{"a.pdf"});

  write_file(tmp, "%PDF again");
  const std::string elsewhere = (dir / "missing" / "a.pdf").string();
  CHECK(error_of([&] { commit_temporary(tmp, elsewhere); }) ==
        "cannot write " + elsewhere + ": No such file or directory");
  CHECK(names_in(dir.path()) == std::vector<std::string>{"a.pdf"});
  CHECK(read_file(target) == "%PDF");
}
