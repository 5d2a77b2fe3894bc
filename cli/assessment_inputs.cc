#include "assessment_inputs.h"

#include "load/workspace/workspace_loader.h"

namespace iso20k::cli {

AssessmentInputs load_assessment_inputs(Context& ctx, const std::string& dir,
                                        const std::string& checklist_override) {
  require_exists("assess", dir);
  WorkspaceLoad ws = load_workspace(dir);
  if (!ws.workspace) {
    print(ctx.err, ws.diagnostics);
    throw InvalidInput("the workspace " + dir + " has problems (see above)");
  }
  Library lib = open_library(ctx, {});
  const std::string id = checklist_override.empty() ? ws.workspace->profile.checklist : checklist_override;
  ChecklistLoad cl = load_from_catalog(lib.catalog, id, lib.registries);
  if (!cl.checklist) {
    print(ctx.err, cl.diagnostics);
    throw InvalidInput("checklist '" + id + "' cannot be used (see above)");
  }
  const Diagnostics problems = check_workspace(*ws.workspace, *cl.checklist);
  if (!problems.empty()) {
    print(ctx.err, problems);
    throw InvalidInput("the workspace " + dir + " does not fit checklist " + cl.checklist->id +
                       " (see above)");
  }
  return {std::move(*cl.checklist), std::move(*ws.workspace)};
}

void add_assess_options(po::options_description& opts) {
  opts.add_options()("checklist", po::value<std::string>(),
                     "checklist id or path (default: the one the profile names)")(
      "model", po::value<std::string>()->default_value("weighted"),
      "scoring model: weighted, flat or absolute (docs/scoring.md)")(
      "as-of", po::value<std::string>(),
      "assessment date YYYY-MM-DD (default: the profile's assessment date)");
}

AssessOptions assess_options(const std::string& command, const po::variables_map& vm) {
  AssessOptions o;
  const std::string model = vm["model"].as<std::string>();
  const auto m = parse_scoring_model(model);
  if (!m) throw UsageError("unknown scoring model '" + model + "' (weighted, flat or absolute)", command);
  o.model = *m;
  if (vm.count("as-of")) {
    o.as_of = parse_date(vm["as-of"].as<std::string>());
    if (!o.as_of) throw UsageError("--as-of needs a date YYYY-MM-DD", command);
  }
  return o;
}

}  // namespace iso20k::cli
