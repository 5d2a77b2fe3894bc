#pragma once
// Loading what an assessment needs — the workspace and its checklist, tailored as the profile or
// --tailoring says — with every problem printed as file:line:column and the command failing with
// exit code 3. Shared by assess and report.
#include <optional>
#include <string>

#include "cli_support.h"
#include "model/assessment.h"
#include "score/assess.h"

namespace iso20k::cli {

struct AssessmentInputs {
  Checklist checklist;
  Workspace workspace;
};

// What the command line says about the inputs.
struct InputChoices {
  std::string checklist;  // --checklist: replaces the checklist the profile names (id or path)
  std::string tailoring;  // --tailoring: replaces the tailoring file the profile names
};

// Loads the workspace and its checklist, applies the tailoring (--tailoring, else the profile's)
// and checks the workspace against the result. `command` names the command in usage errors.
AssessmentInputs load_assessment_inputs(Context& ctx, const std::string& command,
                                        const std::string& workspace_dir, const InputChoices& choices);

// Loads checklist `id_or_path` from the library's catalogue and applies the tailoring file
// `tailoring` (empty: none) to it. Problems are printed; throws InvalidInput.
Checklist load_tailored_checklist(Context& ctx, Library& lib, const std::string& id_or_path,
                                  const std::string& tailoring);

// Reads --checklist and --tailoring (which must exist: UsageError otherwise).
InputChoices input_choices(const std::string& command, const po::variables_map& vm);
// Reads --model and --as-of into AssessOptions; throws UsageError for bad values.
AssessOptions assess_options(const std::string& command, const po::variables_map& vm);
// Adds --checklist, --tailoring, --model and --as-of to a command's options.
void add_assess_options(po::options_description& opts);

}  // namespace iso20k::cli
