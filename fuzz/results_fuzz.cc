// libFuzzer harness for the results.json reader: arbitrary bytes as results.json, read back,
// fitted to the small checklist the seeds were assessed against (fuzz_support.h), and, when they
// fit, their figures computed again (pipeline/results_check.h). Invariants (abort on failure):
// every diagnostic names the file and lies inside the text (or names the file as a whole); reading
// twice gives the same; results are returned exactly when there are no problems. See README.md.
#include "fuzz/fuzz_support.h"
#include "iso20k/load/results/results_reader.h"
#include "iso20k/pipeline/results_check.h"

using namespace iso20k;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  ResultsLoad load = read_results_bytes("fuzz.json", text);
  fuzz::check_positions(load.diagnostics, "fuzz.json", text);
  fuzz::check_same(load.diagnostics, read_results_bytes("fuzz.json", text).diagnostics);
  if (load.results.has_value() != load.diagnostics.empty()) fuzz::fail("results with problems, or none without");
  if (!load.results) return 0;
  const ChecklistFit fit = fit_checklist(*load.results, fuzz::fuzz_checklist());
  fuzz::check_positions(fit.problems, "fuzz.json", text);
  if (!fit.problems.empty()) return 0;
  if (const std::optional<Diagnostic> edited = check_results_figures(*load.results, fuzz::fuzz_checklist())) {
    fuzz::check_positions({*edited}, "fuzz.json", text);
  }
  return 0;
}
