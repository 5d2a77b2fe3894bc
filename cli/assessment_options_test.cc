// The options assess and report share: --model and --as-of read or refused as usage errors of the
// command, paths that must exist, an unknown checklist, and a missing assessment date said in
// terms of the command line.
#include "assessment_options.h"

#include <doctest/doctest.h>

#include <sstream>

#include "support/small_checklist.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::cli;

namespace {

po::variables_map parsed(const std::vector<std::string>& args) {
  po::options_description opts("Options");
  add_assess_options(opts);
  return parse("assess", args, opts, {});
}

// The usage error `f` throws, as "command: message", or "(none)".
template <class F>
std::string usage_error(F f) {
  try {
    f();
  } catch (const UsageError& e) {
    return e.command + ": " + e.what();
  }
  return "(none)";
}

}  // namespace

TEST_CASE("assessment options: --model and --as-of, with their defaults") {
  const AssessOptions none = assess_options("assess", parsed({}));
  CHECK(none.model == ScoringModel::weighted);
  CHECK_FALSE(none.as_of);
  const AssessOptions both = assess_options("assess", parsed({"--model", "absolute", "--as-of", "2026-02-28"}));
  CHECK(both.model == ScoringModel::absolute);
  CHECK(both.as_of == parse_date("2026-02-28"));
}

TEST_CASE("assessment options: a bad --model or --as-of is a usage error of the command") {
  CHECK(usage_error([] { assess_options("report", parsed({"--model", "Flat"})); }) ==
        "report: unknown scoring model 'Flat' (weighted, flat or absolute)");
  CHECK(usage_error([] { assess_options("assess", parsed({"--as-of", "2026-02-30"})); }) ==
        "assess: --as-of needs a date YYYY-MM-DD");
  CHECK(usage_error([] { assess_options("assess", parsed({"--as-of", "30.06.2026"})); }) ==
        "assess: --as-of needs a date YYYY-MM-DD");
}

TEST_CASE("assessment options: the workspace and the tailoring must exist, the checklist may be an id") {
  const std::string ws = ISO20K_SOURCE_DIR;
  const InputSources s = input_sources("assess", ws, parsed({"--checklist", "iso20000-1:2018"}));
  CHECK(s.workspace == ws);
  CHECK(s.checklist == "iso20000-1:2018");
  CHECK(s.tailoring.empty());
  CHECK(usage_error([] { input_sources("assess", "/nonexistent/ws", parsed({})); }) ==
        "assess: no such file or folder: /nonexistent/ws");
  CHECK(usage_error([&] { input_sources("report", ws, parsed({"--tailoring", "/nonexistent/t.xml"})); }) ==
        "report: no such file or folder: /nonexistent/t.xml");
}

TEST_CASE("assessment options: a checklist neither in the library nor a file is a usage error") {
  std::ostringstream out, err;
  Context ctx{"iso20k", DataPaths{ISO20K_SOURCE_DIR}, out, err};
  const Library lib = open_library_or_throw(ctx, {});
  CHECK_NOTHROW(require_checklist("assess", lib, "iso20000-1:2018"));
  CHECK(usage_error([&] { require_checklist("assess", lib, "iso20000-1:2081"); })
            .starts_with("assess: unknown checklist 'iso20000-1:2081'"));
}

TEST_CASE("assessment options: no assessment date anywhere is a usage error naming --as-of") {
  AssessmentInputs in{test::small_checklist(), test::small_baseline()};
  in.workspace.profile.assessment_date.reset();
  CHECK(usage_error([&] { assess_or_throw("assess", in, {}); }) ==
        "assess: no assessment date: the profile gives none and none was passed: set it in the profile or give "
        "--as-of");
  AssessOptions o;
  o.as_of = parse_date("2026-06-30");
  CHECK(assess_or_throw("assess", in, o).overall.requirements == 4);
}
