#include "iso20k/pipeline/assessment_inputs.h"

#include <filesystem>

#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/load/checklist/registry_loader.h"
#include "iso20k/load/tailoring/tailoring_loader.h"
#include "iso20k/load/workspace/workspace_check.h"
#include "iso20k/load/workspace/workspace_loader.h"

namespace iso20k {

namespace fs = std::filesystem;

LibraryOpen open_library(const DataPaths& data, const std::vector<std::string>& checklist_dirs) {
  LibraryOpen open;
  open.library.catalog.add_dir(data.checklists(), true, open.diagnostics);
  for (const std::string& d : checklist_dirs) open.library.catalog.add_dir(d, false, open.diagnostics);
  open.library.registries = load_registries(data.registry(), open.diagnostics);
  return open;
}

ChecklistOpen open_tailored_checklist(const Library& lib, const std::string& id_or_path,
                                      const std::string& tailoring) {
  ChecklistOpen open;
  ChecklistLoad cl = load_from_catalog(lib.catalog, id_or_path, lib.registries);
  open.diagnostics = std::move(cl.diagnostics);
  if (!cl.checklist) {
    open.failure = "checklist '" + id_or_path + "' cannot be used";
    return open;
  }
  if (!tailoring.empty()) {
    Diagnostics problems = load_and_apply_tailoring(*cl.checklist, tailoring, &lib.registries);
    if (!problems.empty()) {
      open.diagnostics.insert(open.diagnostics.end(), problems.begin(), problems.end());
      open.failure = "the tailoring file " + tailoring + " cannot be applied to checklist " + cl.checklist->id;
      return open;
    }
  }
  open.checklist = std::move(cl.checklist);
  return open;
}

InputsOpen open_assessment_inputs(const Library& lib, const InputSources& sources) {
  InputsOpen open;
  const std::string& dir = sources.workspace;
  WorkspaceLoadOptions options;
  options.keep_partial = sources.all_problems;
  WorkspaceLoad load = load_workspace(dir, options);
  open.diagnostics = std::move(load.diagnostics);
  const auto fail = [&](std::string why) {
    sort_by_position(open.diagnostics);
    open.failure = std::move(why);
    return std::move(open);
  };
  const bool workspace_broken = !load.workspace || !open.diagnostics.empty();
  if (!load.workspace || (workspace_broken && !sources.all_problems)) {
    return fail("the workspace " + dir + " has problems");
  }
  Workspace& w = *load.workspace;
  if (sources.checklist.empty()) {
    if (w.profile.checklist.empty()) return fail("the workspace " + dir + " has problems");
    std::error_code missing;
    if (names_checklist_file(w.profile) && !fs::is_regular_file(checklist_reference(w), missing)) {
      return fail("the workspace " + dir + " has problems");  // the loader reported the file
    }
  }
  const std::string id = sources.checklist.empty() ? checklist_reference(w) : sources.checklist;
  std::string tailoring = sources.tailoring;
  if (tailoring.empty() && !w.profile.tailoring.empty()) {
    tailoring = (fs::path(dir) / w.profile.tailoring).string();
    std::error_code ec;
    if (!fs::is_regular_file(tailoring, ec)) {
      return fail("the workspace " + dir + " has problems");  // the loader reported the file
    }
  }
  ChecklistOpen cl = open_tailored_checklist(lib, id, tailoring);
  for (Diagnostic& d : cl.diagnostics) {
    // "unknown checklist" has no place of its own: it is where the profile names the checklist.
    if (d.where.file.empty() && sources.checklist.empty()) {
      d.where = w.profile.locations.of("checklist", w.profile.where);
    }
    open.diagnostics.push_back(std::move(d));
  }
  if (!cl.checklist) return fail(cl.failure);
  Diagnostics fit = check_workspace(w, *cl.checklist);
  const bool misfit = !fit.empty();
  open.diagnostics.insert(open.diagnostics.end(), fit.begin(), fit.end());
  if (workspace_broken) return fail("the workspace " + dir + " has problems");
  if (misfit) {
    return fail("the workspace " + dir + " does not fit checklist " + cl.checklist->id +
                (cl.checklist->tailoring.id.empty() ? "" : " tailored by " + cl.checklist->tailoring.id));
  }
  sort_by_position(open.diagnostics);
  open.inputs = AssessmentInputs{std::move(*cl.checklist), std::move(w)};
  return open;
}

}  // namespace iso20k
