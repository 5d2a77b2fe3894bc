#pragma once
// The subcommands of `iso20k`. Each takes its arguments (after the command name) and returns an
// exit code; usage mistakes are thrown as UsageError.
#include <string>
#include <vector>

#include "cli_support.h"

namespace iso20k::cli {

using Args = std::vector<std::string>;

int run_checklists(const Args& args, Context& ctx);
int run_validate(const Args& args, Context& ctx);
int run_assess(const Args& args, Context& ctx);
int run_init(const Args& args, Context& ctx);
int run_report(const Args& args, Context& ctx);

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const Args&, Context&);
};

inline constexpr Command kCommands[] = {
    {"checklists", "list, show and map the checklists", run_checklists},
    {"validate", "check checklists, tailoring files and workspaces", run_validate},
    {"init", "create a workspace: profile skeleton and evidence request list", run_init},
    {"assess", "score a workspace: results, capability, findings, verdict", run_assess},
    {"report", "render the PDF gap or readiness report", run_report},
};

}  // namespace iso20k::cli
