// libFuzzer harness for the checklist loader: arbitrary bytes as a checklist file (strict XML, then
// the checklist format and its rules). Invariants (abort on failure): every diagnostic names the
// file and lies inside the text; loading twice gives the same diagnostics; a checklist is returned
// exactly when there are none, and then it can be assessed (an empty workspace, as of a date): a
// result per requirement, scores and coverage between 0 and 1. See README.md.
#include <cmath>

#include "fuzz/fuzz_support.h"
#include "iso20k/score/assess.h"

using namespace iso20k;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const ChecklistLoad load = load_checklist_bytes("fuzz.xml", text);
  fuzz::check_positions(load.diagnostics, "fuzz.xml", text);
  fuzz::check_same(load.diagnostics, load_checklist_bytes("fuzz.xml", text).diagnostics);
  if (load.checklist.has_value() != load.diagnostics.empty()) fuzz::fail("a checklist with problems, or none without");
  if (!load.checklist) return 0;
  const Checklist& c = *load.checklist;
  Workspace w;
  w.profile.checklist = c.id;
  w.profile.assessment_date = parse_date("2026-01-31");
  const Assessment a = assess(c, w);
  if (a.results.size() != c.requirements.size() || a.clauses.size() != c.clauses.size()) {
    fuzz::fail("an assessment without a result per requirement and clause");
  }
  for (const Rollup* r : {&a.overall, &a.hls, &a.sms}) {
    if (!(r->score >= 0 && r->score <= 1) || !(r->coverage >= 0 && r->coverage <= 1)) {
      fuzz::fail("a score or coverage outside 0..1");
    }
  }
  return 0;
}
