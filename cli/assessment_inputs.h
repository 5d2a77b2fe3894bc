#pragma once
// Loading what an assessment needs — the workspace and its checklist — with every problem printed
// as file:line:column and the command failing with exit code 3. Shared by assess and report.
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

// `checklist_override` replaces the checklist the profile names (id or path).
AssessmentInputs load_assessment_inputs(Context& ctx, const std::string& workspace_dir,
                                        const std::string& checklist_override);

// Reads --model and --as-of into AssessOptions; throws UsageError for bad values.
AssessOptions assess_options(const std::string& command, const po::variables_map& vm);
// Adds --checklist, --model and --as-of to a command's options.
void add_assess_options(po::options_description& opts);

}  // namespace iso20k::cli
