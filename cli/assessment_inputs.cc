#include "assessment_inputs.h"

#include <filesystem>

#include "load/tailoring_loader.h"
#include "load/workspace/workspace_loader.h"

namespace iso20k::cli {

Checklist load_tailored_checklist(Context& ctx, Library& lib, const std::string& id_or_path,
                                  const std::string& tailoring) {
  ChecklistLoad cl = load_from_catalog(lib.catalog, id_or_path, lib.registries);
  if (!cl.checklist) {
    print(ctx.err, cl.diagnostics);
    throw InvalidInput("checklist '" + id_or_path + "' cannot be used (see above)");
  }
  if (!tailoring.empty()) {
    const Diagnostics problems = load_and_apply_tailoring(*cl.checklist, tailoring, &lib.registries);
    if (!problems.empty()) {
      print(ctx.err, problems);
      throw InvalidInput("the tailoring file " + tailoring + " cannot be applied to checklist " +
                         cl.checklist->id + " (see above)");
    }
  }
  return std::move(*cl.checklist);
}

AssessmentInputs load_assessment_inputs(Context& ctx, const std::string& command, const std::string& dir,
                                        const InputChoices& choices) {
  require_exists(command, dir);
  WorkspaceLoad ws = load_workspace(dir);
  if (!ws.workspace) {
    print(ctx.err, ws.diagnostics);
    throw InvalidInput("the workspace " + dir + " has problems (see above)");
  }
  Library lib = open_library(ctx, {});
  const std::string id = choices.checklist.empty() ? checklist_reference(*ws.workspace) : choices.checklist;
  const std::string& named = ws.workspace->profile.tailoring;
  const std::string tailoring = !choices.tailoring.empty() ? choices.tailoring
                                : named.empty()          ? std::string()
                                                         : (std::filesystem::path(dir) / named).string();
  Checklist checklist = load_tailored_checklist(ctx, lib, id, tailoring);
  const Diagnostics problems = check_workspace(*ws.workspace, checklist);
  if (!problems.empty()) {
    print(ctx.err, problems);
    throw InvalidInput("the workspace " + dir + " does not fit checklist " + checklist.id +
                       (checklist.tailoring.id.empty() ? "" : " tailored by " + checklist.tailoring.id) +
                       " (see above)");
  }
  return {std::move(checklist), std::move(*ws.workspace)};
}

void add_assess_options(po::options_description& opts) {
  opts.add_options()("checklist", po::value<std::string>(),
                     "checklist id or path (default: the one the profile names)")(
      "tailoring", po::value<std::string>(),
      "tailoring file applied to the checklist (docs/tailoring.md; default: the one the profile "
      "names)")("model", po::value<std::string>()->default_value("weighted"),
                "scoring model: weighted, flat or absolute (docs/scoring.md)")(
      "as-of", po::value<std::string>(),
      "assessment date YYYY-MM-DD (default: the profile's assessment date)");
}

InputChoices input_choices(const std::string& command, const po::variables_map& vm) {
  InputChoices c;
  if (vm.count("checklist")) c.checklist = vm["checklist"].as<std::string>();
  if (vm.count("tailoring")) {
    c.tailoring = vm["tailoring"].as<std::string>();
    require_exists(command, c.tailoring);
  }
  return c;
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
