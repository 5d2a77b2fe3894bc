#pragma once
// Helpers shared by the test suites: running a command and capturing its output, temporary
// folders, reading and writing files, and locating the source tree and the iso20k binary.
#include <filesystem>
#include <string>

namespace iso20k::test {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `command` with /bin/sh; stdout and stderr captured separately.
RunResult run(const std::string& command);
// Runs the iso20k binary under test with the given arguments (already shell-quoted).
RunResult run_iso20k(const std::string& args);
std::string quote(const std::string& s);  // single-quoted for /bin/sh

std::string source_dir();                                 // the repository root
std::string fixture(const std::string& relative);         // tests/fixtures/<relative>
std::string read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, const std::string& bytes);

// A fresh temporary folder removed when the object goes out of scope.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// 1-based line and column (in code points) of byte `offset` in `text`, as "L:C".
std::string line_column(const std::string& text, std::size_t offset);

}  // namespace iso20k::test
