// What every subcommand shares: option parsing without prefix guessing, usage errors that name the
// command, help text, diagnostics one per line, paths that must exist, and the library opened or
// the command failed with its problems printed.
#include "cli_support.h"

#include <doctest/doctest.h>

#include <sstream>

#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::cli;

namespace {

po::options_description options() {
  po::options_description o("Options");
  o.add_options()("help", "show this help")("out", po::value<std::string>(), "output file")(
      "outline", "print an outline")("model", po::value<std::string>()->required(), "scoring model")(
      "workspace", po::value<std::string>(), "the workspace folder");
  return o;
}

po::positional_options_description positional() {
  po::positional_options_description p;
  p.add("workspace", 1);
  return p;
}

// The usage error `args` give, as "command: message", or "(parsed)".
std::string usage_error(const std::vector<std::string>& args) {
  try {
    parse("assess", args, options(), positional());
  } catch (const UsageError& e) {
    return e.command + ": " + e.what();
  }
  return "(parsed)";
}

}  // namespace

TEST_CASE("cli support: options and the positional argument are parsed") {
  const po::variables_map vm = parse("assess", {"ws", "--model", "flat", "--out=r.json"}, options(), positional());
  CHECK(vm["workspace"].as<std::string>() == "ws");
  CHECK(vm["model"].as<std::string>() == "flat");
  CHECK(vm["out"].as<std::string>() == "r.json");
  CHECK_FALSE(vm.count("outline"));
  // With --help, a missing required option is not an error: the caller prints the help.
  CHECK(parse("assess", {"--help"}, options(), positional()).count("help") == 1);
}

TEST_CASE("cli support: mistakes are usage errors of the command, an option is never guessed from a prefix") {
  CHECK(usage_error({"--mod", "flat"}) == "assess: unrecognised option '--mod'");
  CHECK(usage_error({"--model", "flat", "--outl"}) == "assess: unrecognised option '--outl'");
  CHECK(usage_error({"ws"}) == "assess: the option '--model' is required but missing");
  CHECK(usage_error({"--model"}) == "assess: the required argument for option '--model' is missing");
  CHECK(usage_error({"a", "b", "--model", "flat"}) == "assess: too many positional options have been specified on the command line");
}

TEST_CASE("cli support: help starts with the usage line and the summary") {
  std::ostringstream out;
  print_help(out, "assess WORKSPACE [options]", "Scores a workspace.", options());
  const std::string s = out.str();
  CHECK(s.starts_with("Usage: iso20k assess WORKSPACE [options]\n\nScores a workspace.\n\nOptions:\n"));
  CHECK(s.find("--model arg") != std::string::npos);
  CHECK(s.find("output file") != std::string::npos);
}

TEST_CASE("cli support: diagnostics one per line, a path that does not exist is a usage error") {
  std::ostringstream err;
  print(err, {{{"w/evidence.csv", 2, 5}, "unknown status"}, {{"", 0, 0}, "no checklist"}});
  CHECK(err.str() == "w/evidence.csv:2:5: error: unknown status\niso20k: error: no checklist\n");
  CHECK_NOTHROW(require_exists("report", ISO20K_SOURCE_DIR));
  try {
    require_exists("report", "/nonexistent/results.json");
    FAIL("no usage error");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()) == "no such file or folder: /nonexistent/results.json");
    CHECK(e.command == "report");
  }
}

TEST_CASE("cli support: the library opens from the data folder, or its problems are printed and the command fails") {
  std::ostringstream out, err;
  Context good{"iso20k", DataPaths{ISO20K_SOURCE_DIR}, out, err};
  CHECK(open_library_or_throw(good, {}).catalog.entries().size() == 2);
  CHECK(err.str().empty());
  iso20k::test::TempDir empty;
  Context bad{"iso20k", DataPaths{empty.path().string()}, out, err};
  try {
    open_library_or_throw(bad, {});
    FAIL("no error");
  } catch (const InvalidInput& e) {
    CHECK(std::string(e.what()) == "the bundled checklist library has problems (see above)");
  }
  CHECK(err.str() == empty.path().string() + "/checklists: error: not a folder of checklists\n" + empty.path().string() +
                         "/checklists/registry: error: cannot read the registry folder: No such file or directory\n");
}
