#pragma once
// The options assess and report share (--checklist, --tailoring, --model, --as-of) and opening an
// assessment's inputs through the engine with every problem printed as file:line:column and the
// command failing with exit code 3.
#include <string>

#include "cli_support.h"
#include "iso20k/pipeline/assessment_inputs.h"
#include "iso20k/score/assess.h"

namespace iso20k::cli {

// Adds --checklist, --tailoring, --model and --as-of to a command's options.
void add_assess_options(po::options_description& opts);
// The workspace folder and what --checklist and --tailoring say (which must exist: UsageError).
InputSources input_sources(const std::string& command, const std::string& workspace,
                           const po::variables_map& vm);
// Reads --model and --as-of; throws UsageError for bad values.
AssessOptions assess_options(const std::string& command, const po::variables_map& vm);

// Opens the inputs; prints the problems and throws InvalidInput when they cannot be used. A
// --checklist that names neither a checklist of the library nor a file is a usage error of
// `command` (exit code 2, like a missing file).
AssessmentInputs open_inputs(Context& ctx, const InputSources& sources, const std::string& command);
// Throws UsageError when `id_or_path`, given on the command line, names neither a checklist of the
// library nor a file.
void require_checklist(const std::string& command, const Library& lib, const std::string& id_or_path);
// Opens a tailored checklist; prints the problems and throws InvalidInput when it cannot be used.
Checklist open_checklist(Context& ctx, const Library& lib, const std::string& id_or_path,
                         const std::string& tailoring);
// Assesses; a missing assessment date is a usage error of `command`.
Assessment assess_or_throw(const std::string& command, const AssessmentInputs& in,
                           const AssessOptions& options);

}  // namespace iso20k::cli
