// iso20k validate FILE...: checklists, tailoring files, registries and workspaces, reported like a
// compiler (file:line:column: error: message), exit code 3 when anything is wrong.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "load/registry_loader.h"
#include "load/source_text.h"

namespace iso20k::cli {
namespace {

// The name of the first element of an XML file, read from its first kilobytes ("" if none).
std::string sniff_root(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(8192, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  std::size_t i = 0;
  while ((i = head.find('<', i)) != std::string::npos) {
    if (i + 1 < head.size() && (head[i + 1] == '?' || head[i + 1] == '!')) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) ||
                                 head[end] == '-' || head[end] == '_' || head[end] == ':')) {
      ++end;
    }
    return head.substr(i + 1, end - i - 1);
  }
  return {};
}

}  // namespace

int run_validate(const Args& args, Context& ctx) {
  po::options_description opts("Options");
  opts.add_options()("help,h", "show this help")(
      "files", po::value<std::vector<std::string>>()->required(),
      "checklist, tailoring or registry files, or workspace folders")(
      "quiet,q", "print only problems");
  po::positional_options_description pos;
  pos.add("files", -1);
  const auto vm = parse("validate", args, opts, pos);
  if (vm.count("help")) {
    print_help(ctx.out, "validate FILE...",
               "Checks checklists, tailoring files, clause registries and workspaces, and prints "
               "every problem as file:line:column: error: message. Exit code 3 when there are any.",
               opts);
    return kOk;
  }
  const auto files = vm["files"].as<std::vector<std::string>>();
  for (const std::string& f : files) require_exists("validate", f);
  const bool quiet = vm.count("quiet") > 0;
  Library lib = open_library(ctx, {});
  bool failed = false;
  for (const std::string& path : files) {
    Diagnostics problems;
    std::string summary;
    const std::string root = sniff_root(path);
    if (root == "registry" || root == "correspondence") {
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
    if (!problems.empty()) {
      failed = true;
      ctx.err << path << ": " << problems.size() << (problems.size() == 1 ? " problem" : " problems")
              << '\n';
    } else if (!quiet) {
      ctx.out << path << ": " << summary << '\n';
    }
  }
  return failed ? kInvalidInput : kOk;
}

}  // namespace iso20k::cli
