#include "cli_support.h"

#include <filesystem>
#include <iostream>
#include <map>


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
  // At most kMaxPrintedPerFile problems of one file: past that a file is not what it should be,
  // and a million lines would only hide the first ones.
  std::map<std::string, std::size_t> shown, hidden;
  std::vector<std::string> order;
  for (const Diagnostic& d : diagnostics) {
    if (shown[d.where.file]++ < kMaxPrintedPerFile) {
      err << format(d) << '\n';
    } else if (hidden[d.where.file]++ == 0) {
      order.push_back(d.where.file);
    }
  }
  for (const std::string& file : order) {
    err << format(Diagnostic{{file, 0, 0}, "… and " + std::to_string(hidden[file]) + " more problems in this file (the first " +
                                               std::to_string(kMaxPrintedPerFile) + " are shown)"})
        << '\n';
  }
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
