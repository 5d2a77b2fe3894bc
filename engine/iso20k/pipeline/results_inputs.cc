#include "iso20k/pipeline/results_inputs.h"

#include <filesystem>

#include "iso20k/pipeline/results_check.h"

namespace iso20k {
namespace {

namespace fs = std::filesystem;

}  // namespace

std::string recorded_tailoring_file(const std::string& results_path, const AppliedTailoring& t, std::string& why) {
  const std::string named = "tailoring " + t.id + " version " + t.version;
  if (t.file.empty()) {
    why = results_path + " was made with " + named + " but records no file for it";
    return {};
  }
  std::error_code ec;
  if (fs::is_regular_file(t.file, ec)) return t.file;
  const fs::path beside = fs::path(results_path).parent_path() / t.file;
  if (fs::path(t.file).is_relative() && fs::is_regular_file(beside, ec)) return beside.string();
  why = results_path + " was made with " + named + " from the file " + t.file +
        ", which is found neither from the current folder nor beside " + results_path;
  return {};
}

ResultsOpen open_results_inputs(const Library& lib, const ResultsSources& sources) {
  ResultsOpen open;
  const std::string& path = sources.results;
  ResultsLoad load = read_results(path);
  if (!load.results) {
    open.diagnostics = std::move(load.diagnostics);
    open.failure = path + " cannot be read";
    return open;
  }
  Results& results = *load.results;
  const std::string id = sources.checklist.empty() ? results.checklist.id : sources.checklist;
  Diagnostics unknown;
  if (sources.checklist.empty() && !lib.catalog.find(id, unknown)) {
    // Named in results.json: said where.
    for (Diagnostic& d : unknown) d.where = results.checklist.locations.of("id", results.checklist.where);
    open.diagnostics = std::move(unknown);
    open.failure = path + " was made with checklist " + id + ", which is not bundled";
    open.need = ResultsNeed::checklist_file;
    return open;
  }
  std::string tailoring = sources.tailoring;
  if (tailoring.empty() && results.checklist.tailoring) {
    tailoring = recorded_tailoring_file(path, results.checklist.tailoring->applied, open.failure);
    if (tailoring.empty()) {
      open.need = ResultsNeed::tailoring_file;
      return open;
    }
  }
  ChecklistOpen cl = open_tailored_checklist(lib, id, tailoring);
  open.diagnostics = std::move(cl.diagnostics);
  if (!cl.checklist) {
    open.failure = cl.failure;
    return open;
  }
  const ChecklistFit fit = fit_checklist(results, *cl.checklist);
  if (!fit.problems.empty()) {
    open.diagnostics.insert(open.diagnostics.end(), fit.problems.begin(), fit.problems.end());
    open.failure = path + " does not fit checklist " + cl.checklist->id;
    open.need = ResultsNeed::tailoring_if_any;
    return open;
  }
  if (const std::optional<Diagnostic> edited = check_results_figures(results, *cl.checklist)) {
    open.diagnostics.push_back(*edited);
    open.failure = path + " has figures that do not follow from its requirement results";
    return open;
  }
  open.warnings = fit.warnings;
  open.checklist = std::move(*cl.checklist);
  open.results = std::move(results);
  return open;
}

EarlierOpen open_earlier_results(const std::string& path, const Assessment& current) {
  EarlierOpen open;
  ResultsLoad load = read_results(path);
  if (!load.results) {
    open.diagnostics = std::move(load.diagnostics);
    open.failure = path + " cannot be read";
    return open;
  }
  const Results& results = *load.results;
  if (results.checklist.id != current.checklist_id) {
    open.diagnostics.push_back({results.checklist.locations.of("id", results.checklist.where),
                                "this assessment was made against checklist " + results.checklist.id +
                                    ", the report's against " + current.checklist_id +
                                    ": a trend compares assessments against the same checklist"});
    open.failure = path + " cannot be compared";
    return open;
  }
  if (results.assessment.organisation != current.organisation) {
    open.failure = path + " is an assessment of " + results.assessment.organisation + ", not of " +
                   current.organisation + ": a trend compares assessments of one organisation";
    return open;
  }
  if (results.assessment.as_of.days >= current.as_of.days) {
    open.failure = path + " is dated " + to_string(results.assessment.as_of) + ", not before the assessment of " +
                   to_string(current.as_of) + " the report is about: give earlier results";
    return open;
  }
  open.assessment = results.assessment;
  return open;
}

}  // namespace iso20k
