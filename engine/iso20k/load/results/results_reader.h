#pragma once
// Reading results.json (docs/results-format.md) back into an Assessment and the parts of the
// Workspace it records (profile, evidence register, metric values), so reports can be rendered
// without the workspace. Only schema "iso20k-results/2" is read. Every value is checked for its
// type and range; a problem names where it is (file:line:column) and its JSON path
// ("requirements[3].achievement: expected a number, not a string").
//
// results.json records the results, not the checklist's texts: a report needs the checklist the
// results name, loaded again (from the catalogue) and checked with fit_checklist() — the same
// clauses, processes, evidence items and requirements in the same order with the same weights.
#include <optional>
#include <string>
#include <vector>

#include "iso20k/model/assessment.h"

namespace iso20k {

// What results.json says about the checklist it was made with.
struct RecordedChecklist {
  std::string id, standard, edition, version, title;
  struct Clause {
    std::string number, title;
    ClauseKind kind = ClauseKind::hls;
    int depth = 0;
    SourceLocation where;
    FieldLocations locations;  // of the values compared by fit_checklist, by key
  };
  struct Process {
    std::string id, name;
    SourceLocation where;
  };
  struct Requirement {
    std::string id, clause;
    double weight = 1;
    Severity severity = Severity::medium;
    std::vector<std::string> processes;
    std::optional<Attribute> capability;
    SourceLocation where;
    FieldLocations locations;
  };
  struct Evidence {
    std::string id, title;
    EvidenceKind kind = EvidenceKind::document;
    bool mandatory = false;
    std::string unit;                // metric items only
    Better better = Better::higher;  // metric items only
    double target = 0;               // metric items only: the target the assessment used
    SourceLocation where;
    FieldLocations locations;
  };
  // The tailoring the assessment applied to the checklist ("checklist.tailoring"), as
  // Checklist::tailoring held it: id, version, title, the file as it was named, the notes and the
  // deselected requirements.
  struct Tailoring {
    AppliedTailoring applied;
    SourceLocation where;      // the "tailoring" object
    FieldLocations locations;  // of "id", "version" and "file"
  };
  std::vector<Clause> clauses;
  std::vector<Process> processes;
  std::vector<Requirement> requirements;
  std::vector<Evidence> evidence;
  // Absent when the checklist was used as published — and in files written before iso20k
  // recorded tailorings, where only fit_checklist's comparison can tell.
  std::optional<Tailoring> tailoring;
  SourceLocation where;  // the "checklist" object
  FieldLocations locations;  // of "id"
};

struct Results {
  RecordedChecklist checklist;
  Assessment assessment;
  // The profile (with the assessment date and the target capability levels), the evidence
  // register and the metric values as recorded. Judgements and actions are not in results.json:
  // their effect is in the assessment (results, plan).
  Workspace workspace;
  // Where the figures that follow from the requirement results are written, by JSON path:
  // "overall.score", "clauses[3].results.partial", "finding_counts.major", "verdict.code",
  // "verdict.blockers", "verdict.concerns" (pipeline/results_check.h compares them).
  FieldLocations figures;
  SourceLocation where;  // the document
};

struct ResultsLoad {
  std::optional<Results> results;  // set only when diagnostics is empty
  Diagnostics diagnostics;
};

// Reads and checks a results.json file; `path` names it in the diagnostics.
ResultsLoad read_results(const std::string& path);
// The same, from bytes already in memory; `file` names them in the diagnostics.
ResultsLoad read_results_bytes(std::string file, std::string bytes);

struct ChecklistFit {
  // The results cannot be shown with this checklist: another id, or other clauses, processes,
  // evidence items or requirements (ids, order, clause, weight, severity, processes, capability
  // attribute) — another version that changed them, or a tailoring applied to one but not the
  // other. Each at the place in results.json that differs.
  Diagnostics problems;
  // They can, but something may read differently: another version of the checklist with the same
  // structure, or titles that differ.
  std::vector<std::string> warnings;
};

// Compares what results.json recorded with `checklist` (loaded from the catalogue and tailored
// as the assessment was). When results.json records a tailoring, `checklist` must carry one with
// the same id and version (one problem naming both otherwise, and nothing else is compared); when
// it records none, the structural comparison alone decides. When there are no problems, `results` is completed from it so that
// results_to_json(results.assessment, checklist, results.workspace) gives the bytes read: a
// metric's target is recorded in the workspace only where it differs from the checklist's.
ChecklistFit fit_checklist(Results& results, const Checklist& checklist);

}  // namespace iso20k
