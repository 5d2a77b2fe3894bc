// The command line: every subcommand has its own --help, --version works, and usage mistakes give
// one line naming the problem plus a hint, with exit code 2.
#include <doctest/doctest.h>

#include "support/test_support.h"

using namespace iso20k::test;

namespace {
void expect_usage_error(const std::string& args, const std::string& message) {
  const RunResult r = run_iso20k(args);
  CHECK_MESSAGE(r.exit_code == 2, args << "\n" << r.err);
  CHECK_MESSAGE(r.err.find(message) != std::string::npos, args << "\n" << r.err);
  CHECK_MESSAGE(r.err.find("--help") != std::string::npos, r.err);  // the hint
  CHECK(r.out.empty());
}
}  // namespace

TEST_CASE("cli: --version and the command list") {
  const RunResult v = run_iso20k("--version");
  CHECK(v.exit_code == 0);
  CHECK(v.out.rfind("iso20k ", 0) == 0);
  const RunResult h = run_iso20k("--help");
  CHECK(h.exit_code == 0);
  for (const char* c : {"checklists", "validate", "init", "assess", "report"}) {
    CHECK_MESSAGE(h.out.find(std::string("  ") + c) != std::string::npos, c);
  }
}

TEST_CASE("cli: every subcommand has its own --help") {
  for (const char* c : {"checklists list", "checklists show", "checklists map", "validate", "init",
                        "assess", "report"}) {
    const RunResult r = run_iso20k(std::string(c) + " --help");
    CHECK_MESSAGE(r.exit_code == 0, c << "\n" << r.err);
    CHECK_MESSAGE(r.out.find("Usage: iso20k ") == 0, c << "\n" << r.out);
  }
}

TEST_CASE("cli: no command, an unknown command, an unknown option") {
  CHECK(run_iso20k("").exit_code == 2);
  expect_usage_error("frobnicate", "unknown command 'frobnicate'");
  expect_usage_error("validate --frob x.xml", "unrecognised option '--frob'");
}

TEST_CASE("cli: option prefixes are not guessed") {
  // --checklist-dir exists; a prefix of it must not be taken for it.
  expect_usage_error("checklists list --checklist", "unrecognised option '--checklist'");
}

TEST_CASE("cli: a missing argument and a missing file") {
  expect_usage_error("checklists show", "the option '--id' is required");
  expect_usage_error("checklists map --from iso20000-1:2011", "the option '--clause' is required");
  expect_usage_error("validate /nonexistent/checklist.xml", "no such file or folder: /nonexistent/checklist.xml");
  expect_usage_error("assess /nonexistent/workspace", "/nonexistent/workspace");
}

TEST_CASE("cli: a bad value is a usage error") {
  expect_usage_error("checklists map --from nonsense --clause 6.3", "--from needs STANDARD:EDITION");
  expect_usage_error("checklists show iso20000-1:2018 --clause 99.9", "clause 99.9 is not in iso20000-1:2018");
}
