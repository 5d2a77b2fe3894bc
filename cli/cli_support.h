#pragma once
// What every subcommand shares: exit codes, usage errors, option parsing with Boost.Program_options
// (prefix guessing off), the bundled data, and printing diagnostics.
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "iso20k/format/output_guard.h"
#include "iso20k/load/data_paths.h"
#include "iso20k/model/diagnostic.h"
#include "iso20k/pipeline/assessment_inputs.h"

namespace iso20k::cli {

// Documented in README.md.
enum ExitCode : int {
  kOk = 0,
  kFailure = 1,       // an unexpected internal error
  kUsage = 2,         // bad command line, missing file
  kInvalidInput = 3,  // the inputs have problems (all of them are printed)
  kCannotWrite = 4,   // an output could not be written
};

// A command-line mistake: printed as one line plus a hint, exit code 2.
struct UsageError : std::runtime_error {
  UsageError(const std::string& message, std::string for_command)
      : std::runtime_error(message), command(std::move(for_command)) {}
  std::string command;  // for the "run 'iso20k <command> --help'" hint
};

// The inputs have problems that were already printed: exit code 3.
struct InvalidInput : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// An output could not be written: exit code 4.
struct CannotWrite : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Context {
  std::string exe;
  DataPaths data;
  std::ostream& out;
  std::ostream& err;
};

namespace po = boost::program_options;

// Parses `args` against `options` and `positional`; --help is handled by the caller. Throws
// UsageError for unknown options, missing arguments and the like.
po::variables_map parse(const std::string& command, const std::vector<std::string>& args,
                        const po::options_description& options,
                        const po::positional_options_description& positional);

// "Usage: iso20k <usage>\n\n<summary>\n\n<options>"
void print_help(std::ostream& out, const std::string& usage, const std::string& summary,
                const po::options_description& options);

// Prints each diagnostic on its own line, at most kMaxPrintedPerFile of one file, then one line
// saying how many more there are.
inline constexpr std::size_t kMaxPrintedPerFile = 200;
void print(std::ostream& err, const Diagnostics& diagnostics);

// Throws UsageError when a path given on the command line does not exist.
void require_exists(const std::string& command, const std::string& path);

// The inputs every command may read: the bundled checklists, registries and templates.
InputSet bundled_inputs(const Context& ctx);
// Throws CannotWrite (exit code 4) when writing `output` would change one of `inputs`.
void guard_output(const InputSet& inputs, const std::string& output);

// The checklist library (bundled + --checklist-dir folders, and the clause registries); problems are
// printed and make it fail with kInvalidInput.
Library open_library_or_throw(Context& ctx, const std::vector<std::string>& checklist_dirs);

}  // namespace iso20k::cli
