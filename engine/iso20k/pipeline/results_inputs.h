#pragma once
// Opening a results.json as a report shows it: the file read, the checklist it names (or another)
// found and tailored as the assessment was, fitted to it, and its figures computed again — or every
// problem, and which input failed. Also an earlier results.json for a trend. The counterpart of
// assessment_inputs.h for inputs that are assessed already.
#include <optional>
#include <string>

#include "iso20k/load/results/results_reader.h"
#include "iso20k/model/assessment.h"
#include "iso20k/model/diagnostic.h"
#include "iso20k/pipeline/assessment_inputs.h"

namespace iso20k {

struct ResultsSources {
  std::string results;    // the results.json file
  std::string checklist;  // a checklist id or file replacing the one results.json names; empty: as recorded
  std::string tailoring;  // a tailoring file replacing the one results.json records; empty: as recorded
};

// What the user can give to get past a failure; the command names the matching option.
enum class ResultsNeed { nothing, checklist_file, tailoring_file, tailoring_if_any };

struct ResultsOpen {
  std::optional<Results> results;  // set when there are no errors; fitted to `checklist`
  Checklist checklist;             // tailored as the assessment was
  Diagnostics diagnostics;         // every problem found
  std::vector<std::string> warnings;
  std::string failure;             // one line when `results` is empty: which input failed
  ResultsNeed need = ResultsNeed::nothing;
};
ResultsOpen open_results_inputs(const Library& library, const ResultsSources& sources);

// The tailoring file a results.json at `results_path` records, as written (relative to the current
// folder), else relative to the folder of results.json; empty with `why` set when neither exists.
std::string recorded_tailoring_file(const std::string& results_path, const AppliedTailoring& tailoring,
                                    std::string& why);

// An earlier assessment for a trend: `path` read, made for the same organisation against the same
// checklist as `current`, dated before it. None with `diagnostics`/`failure` otherwise.
struct EarlierOpen {
  std::optional<Assessment> assessment;
  Diagnostics diagnostics;
  std::string failure;
};
EarlierOpen open_earlier_results(const std::string& path, const Assessment& current);

}  // namespace iso20k
