// iso20k assess WORKSPACE [--checklist ID] [--tailoring FILE] [--model NAME] [--as-of DATE]
//               [--out results.json] [--quiet] [--colour auto|always|never]
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "assessment_options.h"
#include "commands.h"
#include "iso20k/export/results_json.h"
#include "summary.h"
#include "iso20k/format/atomic_write.h"
#include "iso20k/util/printable.h"

namespace iso20k::cli {

int run_assess(const Args& args, Context& ctx) {
  po::options_description opts("Options");
  opts.add_options()("help,h", "show this help")("workspace", po::value<std::string>()->required(),
                                                  "the workspace folder");
  add_assess_options(opts);
  opts.add_options()("out,o", po::value<std::string>(), "write results.json here")(
      "quiet,q", "print no summary")(
      "colour", po::value<std::string>()->default_value("auto"),
      "auto, always or never: colour in the summary (auto: only on a terminal, and not when the "
      "NO_COLOR environment variable is set)");
  po::positional_options_description pos;
  pos.add("workspace", 1);
  const auto vm = parse("assess", args, opts, pos);
  if (vm.count("help")) {
    print_help(ctx.out,
               "assess WORKSPACE [--checklist ID] [--tailoring FILE] [--model NAME] [--as-of DATE] "
               "[--out results.json]",
               "Scores a workspace against its checklist: results per requirement with their "
               "explanation, roll-ups, process capability, graded findings, the readiness verdict and "
               "the improvement plan. Prints a summary; --out writes results.json "
               "(docs/results-format.md).",
               opts);
    return kOk;
  }
  const AssessOptions options = assess_options("assess", vm);
  const std::string colour = vm["colour"].as<std::string>();
  if (colour != "auto" && colour != "always" && colour != "never") {
    throw UsageError("--colour takes auto, always or never, not '" + colour + "'", "assess");
  }
  const AssessmentInputs in =
      open_inputs(ctx, input_sources("assess", vm["workspace"].as<std::string>(), vm), "assess");
  if (vm.count("out")) {
    InputSet read = bundled_inputs(ctx);
    read.add_folder(in.workspace.dir, "the workspace folder");
    read.add_file(in.checklist.path, "the checklist");
    read.add_file(in.checklist.tailoring.file, "the tailoring file");
    guard_output(read, vm["out"].as<std::string>());
  }
  const Assessment a = assess_or_throw("assess", in, options);
  if (vm.count("out")) {
    try {
      write_file_atomically(vm["out"].as<std::string>(), results_to_json(a, in.checklist, in.workspace));
    } catch (const WriteError& e) {
      throw CannotWrite(e.what());
    }
  }
  if (!vm.count("quiet")) {
    SummaryStyle style;
    // NO_COLOR counts when set and not empty (no-color.org); an explicit --colour wins over it.
    const char* no_colour = std::getenv("NO_COLOR");
    style.colour = colour == "always" ||
                   (colour == "auto" && &ctx.out == &std::cout && ::isatty(STDOUT_FILENO) &&
                    !(no_colour && *no_colour));
    print_summary(ctx.out, a, in.checklist, style);
    if (vm.count("out")) ctx.out << "\nresults written to " << printable(vm["out"].as<std::string>()) << "\n";
  }
  return kOk;
}

}  // namespace iso20k::cli
