#include "cli_support.h"

#include <filesystem>
#include <iostream>


namespace iso20k::cli {

po::variables_map parse(const std::string& command, const std::vector<std::string>& args,
                        const po::options_description& options,
                        const po::positional_options_description& positional) {
  po::variables_map vm;
  try {
    const int style = po::command_line_style::default_style &
                      ~po::command_line_style::allow_guessing;
    po::store(po::command_line_parser(args).options(options).positional(positional).style(style).run(),
              vm);
    if (!vm.count("help")) po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(e.what(), command);
  }
  return vm;
}

void print_help(std::ostream& out, const std::string& usage, const std::string& summary,
                const po::options_description& options) {
  out << "Usage: iso20k " << usage << "\n\n" << summary << "\n\n" << options;
}

void print(std::ostream& err, const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) err << format(d) << '\n';
}

void require_exists(const std::string& command, const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw UsageError("no such file or folder: " + path, command);
  }
}

InputSet bundled_inputs(const Context& ctx) {
  InputSet in;
  in.add_folder(ctx.data.checklists(), "the folder of the bundled checklists");
  in.add_folder(ctx.data.templates(), "the folder of the bundled templates");
  return in;
}

void guard_output(const InputSet& inputs, const std::string& output) {
  const std::string why = inputs.conflict(output);
  if (!why.empty()) throw CannotWrite("cannot write " + output + ": " + why);
}

Library open_library_or_throw(Context& ctx, const std::vector<std::string>& checklist_dirs) {
  LibraryOpen open = open_library(ctx.data, checklist_dirs);
  if (!open.diagnostics.empty()) {
    print(ctx.err, open.diagnostics);
    throw InvalidInput("the bundled checklist library has problems (see above)");
  }
  return std::move(open.library);
}

}  // namespace iso20k::cli
