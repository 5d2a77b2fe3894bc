// iso20k init DIR --checklist ID [--tailoring FILE] [--format xml|ini] [--force]: creates a
// workspace (docs/workspace-format.md) — a profile skeleton with comments and the evidence request
// lists to send to the client, which once filled in are the workspace's evidence.csv and
// metrics.csv as they stand. The skeleton and its writing are the engine's
// (export/workspace_skeleton.h); here the options, the checks against the inputs and an existing
// workspace, and what is said.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "assessment_options.h"
#include "commands.h"
#include "iso20k/export/workspace_skeleton.h"
#include "iso20k/format/atomic_write.h"
#include "iso20k/format/input_file.h"
#include "iso20k/format/text.h"
#include "iso20k/load/tailoring/tailoring_loader.h"
#include "iso20k/util/printable.h"

namespace iso20k::cli {

namespace fs = std::filesystem;

int run_init(const Args& args, Context& ctx) {
  po::options_description opts("Options");
  opts.add_options()("help,h", "show this help")("dir", po::value<std::string>()->required(),
                                                  "the workspace folder to create")(
      "checklist", po::value<std::string>()->required(), "checklist id or path")(
      "tailoring", po::value<std::string>(),
      "a tailoring file (docs/tailoring.md): copied into the workspace and applied to the "
      "request lists")("format", po::value<std::string>()->default_value("xml"),
                       "format of the profile: xml or ini")(
      "force", "replace the files init writes in an existing workspace")(
      "checklist-dir", po::value<std::vector<std::string>>()->composing(),
      "also look for checklists in this folder");
  po::positional_options_description pos;
  pos.add("dir", 1);
  const auto vm = parse("init", args, opts, pos);
  if (vm.count("help")) {
    print_help(ctx.out, "init DIR --checklist ID [--tailoring FILE] [--format xml|ini] [--force]",
               "Creates a workspace: profile.xml (or .ini) to fill in, requests.csv (one row per "
               "evidence item to request from the organisation; filled in, it is the evidence "
               "register evidence.csv) and metric-requests.csv (likewise metrics.csv). Never "
               "overwrites an existing workspace unless --force is given.",
               opts);
    return kOk;
  }
  const std::string dir = vm["dir"].as<std::string>();
  const std::string format = vm["format"].as<std::string>();
  const std::optional<ProfileFormat> profile_format = enum_from_name<ProfileFormat>(format);
  if (!profile_format) throw UsageError("--format is xml or ini, not '" + format + "'", "init");
  std::string tailoring;
  if (vm.count("tailoring")) {
    tailoring = vm["tailoring"].as<std::string>();
    require_exists("init", tailoring);
  }
  std::vector<std::string> dirs;
  if (vm.count("checklist-dir")) dirs = vm["checklist-dir"].as<std::vector<std::string>>();
  for (const std::string& d : dirs) require_exists("init", d);

  const Library lib = open_library_or_throw(ctx, dirs);
  const std::string id = vm["checklist"].as<std::string>();
  require_checklist("init", lib, id);
  ChecklistLoad cl = load_from_catalog(lib.catalog, id, lib.registries);
  if (!cl.checklist) {
    print(ctx.err, cl.diagnostics);
    throw InvalidInput("checklist '" + id + "' cannot be used (see above)");
  }
  Checklist checklist = std::move(*cl.checklist);
  WorkspaceSkeletonOptions options;
  options.profile_format = *profile_format;
  if (!tailoring.empty()) {
    const Diagnostics problems = load_and_apply_tailoring(checklist, tailoring, &lib.registries);
    if (!problems.empty()) {
      print(ctx.err, problems);
      throw InvalidInput("the tailoring file " + tailoring + " cannot be used (see above)");
    }
    InputRead in = read_input_file(tailoring, kTailoringInput);
    if (!in.ok()) throw InvalidInput(tailoring + ": " + in.error);
    options.tailoring = std::move(in.bytes);
  }

  // Never write over an input: the checklist, the tailoring file, the bundled data.
  InputSet read = bundled_inputs(ctx);
  for (const std::string& d : dirs) read.add_folder(d, "the checklist folder");
  read.add_file(checklist.path, "the checklist");
  read.add_file(tailoring, "the tailoring file");
  guard_output(read, dir);
  for (const std::string_view name : kSkeletonFileNames) {
    guard_output(read, (fs::path(dir) / name).string());
  }

  // Refuse to overwrite an existing workspace.
  const SkeletonTarget target = inspect_skeleton_target(dir, *profile_format);
  if (target.not_a_folder) throw CannotWrite(dir + " exists and is not a folder");
  const std::string profile_name = "profile." + format;
  if (!target.workspace_files.empty() && !vm.count("force")) {
    throw CannotWrite(dir + " already holds a workspace (" + join(target.workspace_files, ", ") +
                      "); init never overwrites one: use --force to replace " + profile_name +
                      ", requests.csv and metric-requests.csv");
  }
  if (!target.other_profile.empty()) {
    throw CannotWrite(dir + " holds " + target.other_profile + "; a workspace has one profile: remove it "
                      "before writing " + profile_name);
  }

  // The profile names the checklist as the user did: an id, or a file relative to the workspace.
  const bool in_catalog = std::any_of(lib.catalog.entries().begin(), lib.catalog.entries().end(),
                                      [&](const CatalogEntry& e) { return e.id == id; });
  options.checklist_ref = in_catalog ? checklist.id : relative_reference(id, dir);
  const WorkspaceSkeleton skeleton = workspace_skeleton(checklist, options);
  try {
    write_workspace_skeleton(dir, skeleton);
  } catch (const WriteError& e) {
    throw CannotWrite(e.what());
  }

  ctx.out << "Created the workspace " << printable(dir) << " for " << checklist.id << ":\n"
          << "  " << profile_name << "          the organisation profile: fill it in\n"
          << "  requests.csv         " << skeleton.evidence_requests
          << " evidence requests: send it to the organisation; filled in, save it as "
             "evidence.csv\n";
  if (skeleton.metric_requests > 0) {
    ctx.out << "  metric-requests.csv  " << skeleton.metric_requests
            << " metrics: filled in, save it as metrics.csv\n";
  }
  if (!tailoring.empty()) ctx.out << "  tailoring.xml        the tailoring applied\n";
  ctx.out << "Then run: iso20k validate " << printable(dir) << '\n';
  return kOk;
}

}  // namespace iso20k::cli
