// The one open-input function: only regular files are read, nothing blocks on a FIFO, nothing is
// read without end from a device, and every kind of input has a size limit.
#include "iso20k/format/input_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "iso20k/format/source_text.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;
namespace fs = std::filesystem;

TEST_CASE("input files: a regular file is read whole, through a symbolic link too") {
  TempDir tmp;
  write_file(tmp / "a.xml", "<a/>\n");
  fs::create_symlink(tmp / "a.xml", tmp / "link.xml");
  CHECK(read_input_file((tmp / "a.xml").string(), kChecklistInput).bytes == "<a/>\n");
  const InputRead via_link = read_input_file((tmp / "link.xml").string(), kChecklistInput);
  CHECK(via_link.ok());
  CHECK(via_link.bytes == "<a/>\n");
  CHECK(read_input_head((tmp / "a.xml").string(), 2).bytes == "<a");
  CHECK(input_file_problem((tmp / "a.xml").string()).empty());
}

TEST_CASE("input files: a FIFO is refused at once, not read (which would block)") {
  TempDir tmp;
  const std::string fifo = (tmp / "checklist.xml").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const InputRead r = read_input_file(fifo, kChecklistInput);
  CHECK(r.error == "a named pipe (FIFO), not a regular file: only regular files are read");
  CHECK(r.bytes.empty());
  CHECK(read_input_head(fifo, 100).error == r.error);
  CHECK(input_file_problem(fifo) == r.error);
  Diagnostics out;
  CHECK_FALSE(SourceText::read(fifo, kChecklistInput, out));
  REQUIRE(out.size() == 1);
  CHECK(format(out[0]) == fifo + ": error: " + r.error);
}

TEST_CASE("input files: a folder, a device and a dangling symbolic link are refused") {
  TempDir tmp;
  CHECK(read_input_file(tmp.path().string(), kWorkspaceInput).error == "a folder, not a file");
  CHECK(read_input_file("/dev/zero", kChecklistInput).error ==
        "a device, not a regular file: only regular files are read");
  CHECK(read_input_file("/dev/null", kChecklistInput).error ==
        "a device, not a regular file: only regular files are read");
  fs::create_symlink(tmp / "gone.csv", tmp / "evidence.csv");
  CHECK(read_input_file((tmp / "evidence.csv").string(), kWorkspaceInput).error ==
        "a symbolic link to '" + (tmp / "gone.csv").string() + "', which does not exist");
  CHECK(read_input_file((tmp / "none.xml").string(), kWorkspaceInput).error == "no such file");
}

TEST_CASE("input files: a file over its kind's limit is refused without being read") {
  TempDir tmp;
  const fs::path big = tmp / "big.json";
  write_file(big, "{}");
  fs::resize_file(big, kResultsInput.bytes + 1);  // sparse
  CHECK(read_input_file(big.string(), kResultsInput).error ==
        "the file is larger than the 64 MB allowed for results files");
  fs::resize_file(big, kTemplateInput.bytes);  // exactly at the limit: read
  const InputRead at_limit = read_input_file(big.string(), kTemplateInput);
  CHECK(at_limit.ok());
  CHECK(at_limit.bytes.size() == kTemplateInput.bytes);
  CHECK(describe_size(kChecklistInput.bytes) == "64 MB");
  CHECK(describe_size(512 * 1024) == "512 KB");
}
