// libFuzzer harness for the tailoring loader: arbitrary bytes as a tailoring file, read on its own
// and against a small checklist (fuzz_support.h) as apply_tailoring would apply it. Invariants
// (abort on failure): every diagnostic names the file and lies inside the text; loading twice gives
// the same; a tailoring is returned exactly when there are no problems; one accepted against the
// checklist applies to it without problems, and the tailored checklist can be assessed. See
// README.md.
#include "fuzz/fuzz_support.h"
#include "iso20k/load/tailoring/tailoring_apply.h"
#include "iso20k/load/tailoring/tailoring_loader.h"
#include "iso20k/score/assess.h"

using namespace iso20k;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const TailoringLoad alone = load_tailoring_bytes("fuzz.xml", text);
  fuzz::check_positions(alone.diagnostics, "fuzz.xml", text);
  fuzz::check_same(alone.diagnostics, load_tailoring_bytes("fuzz.xml", text).diagnostics);
  if (alone.tailoring.has_value() != alone.diagnostics.empty()) fuzz::fail("a tailoring with problems, or none without");
  TailoringLoadOptions options;
  options.checklist = &fuzz::fuzz_checklist();
  const TailoringLoad against = load_tailoring_bytes("fuzz.xml", text, options);
  fuzz::check_positions(against.diagnostics, "fuzz.xml", text);
  if (!against.tailoring) return 0;
  Checklist tailored = fuzz::fuzz_checklist();
  if (!apply_tailoring(tailored, *against.tailoring).empty()) fuzz::fail("an accepted tailoring does not apply");
  Workspace w;
  w.profile.checklist = tailored.id;
  w.profile.assessment_date = parse_date("2026-01-31");
  const Assessment a = assess(tailored, w);
  if (a.results.size() != tailored.requirements.size()) fuzz::fail("no result per requirement");
  return 0;
}
