// iso20k validate FILE...: checklists, tailoring files, registries, checklist translation overlays
// and workspaces, reported like a
// compiler (file:line:column: error: message), exit code 3 when anything is wrong.
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "iso20k/load/checklist/registry_loader.h"
#include "iso20k/format/input_file.h"
#include "iso20k/format/xml_root.h"
#include "iso20k/format/source_text.h"
#include "iso20k/load/tailoring/tailoring_loader.h"
#include "iso20k/load/workspace/workspace_loader.h"
#include "iso20k/pipeline/checklist_translation.h"
#include "iso20k/util/printable.h"

namespace iso20k::cli {
namespace {

std::string count(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// A workspace folder: every problem of its files and of its fit to its (tailored) checklist, found
// in one run. `summary` describes a valid workspace.
Diagnostics validate_workspace(const std::string& dir, const Library& lib, std::string& summary) {
  InputSources sources;
  sources.workspace = dir;
  sources.all_problems = true;
  InputsOpen open = open_assessment_inputs(lib, sources);
  if (!open.inputs) return std::move(open.diagnostics);
  const Workspace& w = open.inputs->workspace;
  summary = "valid workspace of " + w.profile.organisation + " against " + open.inputs->checklist.id +
            (w.profile.tailoring.empty() ? "" : " tailored by " + w.profile.tailoring) + " (" +
            count(w.evidence.size(), "evidence record", "evidence records") + ", " +
            count(w.metrics.size(), "metric", "metrics") + ", " +
            count(w.judgements.size(), "judgement", "judgements") + ", " +
            count(w.actions.size(), "action", "actions") + ")";
  return std::move(open.diagnostics);
}

// A tailoring file is checked on its own and against the checklist it names.
Diagnostics validate_tailoring(const std::string& path, const Library& lib, std::string& summary) {
  const std::string id = tailoring_checklist_id(path);
  ChecklistLoad cl = load_from_catalog(lib.catalog, id, lib.registries);
  if (!cl.checklist) {
    TailoringLoad alone = load_tailoring(path);  // the file's own problems
    Diagnostics problems = alone.diagnostics;
    for (Diagnostic d : cl.diagnostics) {
      if (d.where.file.empty() && alone.tailoring) d.where = alone.tailoring->checklist_where;
      problems.push_back(d);
    }
    return problems;
  }
  TailoringLoadOptions o;
  o.checklist = &*cl.checklist;
  o.registries = &lib.registries;
  TailoringLoad t = load_tailoring(path, o);
  if (t.tailoring) summary = "valid tailoring " + t.tailoring->id + " of checklist " + id;
  return t.diagnostics;
}

// A translation overlay: checked against its checklist; a valid one is summed up by its coverage.
Diagnostics validate_translation(const std::string& path, const Library& lib, std::string& summary,
                                 Diagnostics& warnings) {
  TranslationCheck check = check_checklist_translation(lib, path);
  warnings = std::move(check.warnings);
  if (!check.translation) return std::move(check.diagnostics);
  summary = "valid translation (" + check.translation->language + ") of checklist " +
            check.checklist->id + "; translated:";
  bool first = true;
  for (const TextCoverage& c : translation_coverage(*check.checklist, check.untranslated)) {
    if (c.total == 0) continue;
    summary += std::string(first ? " " : ", ") + to_string(c.field) + " " +
               std::to_string(c.translated) + "/" + std::to_string(c.total);
    first = false;
  }
  return std::move(check.diagnostics);
}

}  // namespace

int run_validate(const Args& args, Context& ctx) {
  po::options_description opts("Options");
  opts.add_options()("help,h", "show this help")(
      "files", po::value<std::vector<std::string>>()->required(),
      "checklist, tailoring, registry or translation files, or workspace folders")(
      "quiet,q", "print only problems")(
      "checklist-dir", po::value<std::vector<std::string>>()->composing(),
      "also look for workspaces' checklists in this folder (repeatable)");
  po::positional_options_description pos;
  pos.add("files", -1);
  const auto vm = parse("validate", args, opts, pos);
  if (vm.count("help")) {
    print_help(ctx.out, "validate FILE...",
               "Checks checklists, tailoring files, clause registries, checklist translation "
               "overlays and workspaces, and prints every problem as file:line:column: error: "
               "message. Exit code 3 when there are any.\n"
               "A translation overlay (docs/translations.md) is checked against its checklist, and "
               "a valid one is summed up by what it translates.\n"
               "A folder is a workspace (docs/workspace-format.md): its files are checked, then "
               "checked against the checklist its profile names.",
               opts);
    return kOk;
  }
  const auto files = vm["files"].as<std::vector<std::string>>();
  for (const std::string& f : files) require_exists("validate", f);
  const bool quiet = vm.count("quiet") > 0;
  std::vector<std::string> dirs;
  if (vm.count("checklist-dir")) dirs = vm["checklist-dir"].as<std::vector<std::string>>();
  for (const std::string& d : dirs) require_exists("validate", d);
  const Library lib = open_library_or_throw(ctx, dirs);
  bool failed = false;
  for (const std::string& path : files) {
    Diagnostics problems;
    Diagnostics warnings;
    std::string summary;
    std::error_code ec;
    const bool folder = std::filesystem::is_directory(path, ec);
    const std::string root = folder ? std::string() : xml_root_name(read_input_head(path, 8192).bytes);
    if (folder) {
      problems = validate_workspace(path, lib, summary);
    } else if (root == "tailoring") {
      problems = validate_tailoring(path, lib, summary);
    } else if (root == "checklist-translation") {
      problems = validate_translation(path, lib, summary, warnings);
    } else if (root == "registry" || root == "correspondence") {
      const std::string dir = std::filesystem::path(path).parent_path().string();
      Registries regs = load_registries(dir.empty() ? "." : dir, problems);
      summary = "valid " + root;
    } else {
      ChecklistLoadOptions o;
      o.registries = &lib.registries;
      const ChecklistLoad load = load_checklist(path, o);
      problems = load.diagnostics;
      if (load.checklist) {
        const Checklist& c = *load.checklist;
        summary = "valid checklist " + c.id + " (" + std::to_string(c.clauses.size()) +
                  " clauses, " + std::to_string(c.requirements.size()) + " requirements, " +
                  std::to_string(c.evidence.size()) + " evidence items)";
      }
    }
    print(ctx.err, problems);
    for (const Diagnostic& w : warnings) ctx.err << format_warning(w) << '\n';
    if (!problems.empty()) {
      failed = true;
      ctx.err << printable(path) << ": " << problems.size() << (problems.size() == 1 ? " problem" : " problems")
              << '\n';
    } else if (!quiet) {
      ctx.out << printable(path) << ": " << printable(summary) << '\n';
    }
  }
  return failed ? kInvalidInput : kOk;
}

}  // namespace iso20k::cli
