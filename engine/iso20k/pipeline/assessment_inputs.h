#pragma once
// Opening everything one assessment reads: the checklist library (bundled and extra folders, with
// the clause registries), the workspace, its checklist and tailoring, and the check of the
// workspace against the tailored checklist. The one place the pipeline's inputs are assembled:
// the command, the benchmarks and programs embedding the engine all call it.
#include <optional>
#include <string>
#include <vector>

#include "iso20k/load/checklist/catalog.h"
#include "iso20k/load/data_paths.h"
#include "iso20k/model/checklist.h"
#include "iso20k/model/diagnostic.h"
#include "iso20k/model/registry.h"
#include "iso20k/model/workspace.h"

namespace iso20k {

// The checklist catalogue (bundled plus extra folders) and the clause registries.
struct Library {
  Catalog catalog;
  Registries registries;
};

struct LibraryOpen {
  Library library;
  Diagnostics diagnostics;  // problems of the bundled or extra checklists and registries
};
LibraryOpen open_library(const DataPaths& data, const std::vector<std::string>& checklist_dirs = {});

// The tailored checklist `id_or_path` (a catalogue id or a file), or why it cannot be used.
struct ChecklistOpen {
  std::optional<Checklist> checklist;
  Diagnostics diagnostics;
  std::string failure;  // one line when `checklist` is empty: what could not be used
};
// `tailoring` is a tailoring file, or empty for none.
ChecklistOpen open_tailored_checklist(const Library& library, const std::string& id_or_path,
                                      const std::string& tailoring);

// Where the inputs of one assessment come from.
struct InputSources {
  std::string workspace;  // the workspace folder
  std::string checklist;  // a checklist id or file replacing the one the profile names; empty: the profile's
  std::string tailoring;  // a tailoring file replacing the one the profile names; empty: the profile's
  // Keep reading after the first broken file so that every problem is found in one run
  // (validation); otherwise stop at the first input that cannot be used.
  bool all_problems = false;
};

struct AssessmentInputs {
  Checklist checklist;  // tailored
  Workspace workspace;  // checked against `checklist`
};

struct InputsOpen {
  std::optional<AssessmentInputs> inputs;  // set when there are no errors
  Diagnostics diagnostics;                 // every problem found, in file and position order
  std::string failure;                     // one line when `inputs` is empty: which input failed
};
InputsOpen open_assessment_inputs(const Library& library, const InputSources& sources);

}  // namespace iso20k
