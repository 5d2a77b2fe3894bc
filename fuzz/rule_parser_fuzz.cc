// libFuzzer harness for the rule language: compiles arbitrary text against a small checklist and,
// when it compiles, evaluates it against a small workspace (with and without explanation), prints
// it, and checks that the printed text compiles to the same tree and evaluates the same.
// Any crash, sanitizer report or broken invariant (abort) is a finding. See README.md.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "iso20k/model/checklist.h"
#include "iso20k/model/workspace.h"
#include "iso20k/rules/ast.h"
#include "iso20k/rules/compiled_rule.h"
#include "iso20k/rules/evaluate.h"
#include "iso20k/rules/printer.h"
#include "iso20k/rules/rule.h"

using namespace iso20k;
using namespace iso20k::rules;

namespace {

struct World {
  Checklist checklist;
  Workspace workspace;
  Date as_of = *parse_date("2025-05-10");
};

EvidenceItem item(const char* id, EvidenceKind kind, bool mandatory, int max_age, bool approval) {
  EvidenceItem e;
  e.id = id;
  e.kind = kind;
  e.mandatory = mandatory;
  if (max_age > 0) e.max_age = Duration{max_age};
  e.approval_required = approval;
  return e;
}

EvidenceItem metric(const char* id, const char* unit, double target, Better better) {
  EvidenceItem e = item(id, EvidenceKind::metric, false, 0, false);
  e.unit = unit;
  e.target = target;
  e.better = better;
  return e;
}

World make_world() {
  World w;
  w.checklist.id = "fuzz:1";
  w.checklist.evidence = {
      item("DOC-A", EvidenceKind::document, true, 360, true),
      item("DOC-B", EvidenceKind::document, false, 0, true),
      item("REC-C", EvidenceKind::record, false, 90, false),
      item("REC-D", EvidenceKind::record, true, 30, false),
      item("INT-E", EvidenceKind::interview, false, 0, false),
      metric("MET-F", "%", 95, Better::higher),
      metric("MET-G", "h", 4, Better::lower),
      metric("MET-H", "", 1, Better::higher),
  };
  w.checklist.reindex();
  auto record = [&](const char* id, EvidenceStatus s, const char* approver, const char* issued,
                    const char* reviewed, const char* expires) {
    EvidenceRecord r;
    r.id = id;
    r.status = s;
    r.approved_by = approver;
    if (*issued) r.issued = parse_date(issued);
    if (*reviewed) r.reviewed = parse_date(reviewed);
    if (*expires) r.expires = parse_date(expires);
    w.workspace.evidence.emplace(id, r);
  };
  record("DOC-A", EvidenceStatus::seen, "J. Doe", "2024-03-01", "2025-01-10", "");
  record("DOC-B", EvidenceStatus::seen, "", "2024-06-01", "", "2025-05-01");
  record("REC-C", EvidenceStatus::partial, "", "2025-04-01", "", "");
  record("INT-E", EvidenceStatus::missing, "X", "2025-01-01", "", "");
  MetricRecord f;
  f.id = "MET-F";
  f.value = 92.5;
  w.workspace.metrics.emplace(f.id, f);
  MetricRecord g;
  g.id = "MET-G";
  g.value = 3.5;
  g.target = 3;
  w.workspace.metrics.emplace(g.id, g);
  w.workspace.profile.persons = 120;
  w.workspace.profile.sites = {"Leeds", "York"};
  return w;
}

[[noreturn]] void fail(const char* what, std::string_view text) {
  std::fprintf(stderr, "rule_parser_fuzz: %s\nrule: %.*s\n", what, static_cast<int>(text.size()),
               text.data());
  std::abort();
}

bool same(const Outcome& a, const Outcome& b, bool observations) {
  if (a.result != b.result || a.achievement != b.achievement) return false;
  if (!observations) return true;
  if (a.observations.size() != b.observations.size()) return false;
  for (std::size_t i = 0; i < a.observations.size(); ++i) {
    if (a.observations[i].subject != b.observations[i].subject ||
        a.observations[i].detail != b.observations[i].detail) {
      return false;
    }
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const World w = make_world();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const CompileResult r = compile(text, w.checklist);
  if (!r.rule) {
    if (r.errors.empty()) fail("no rule and no error", text);
    for (const CompileError& e : r.errors) {
      if (e.offset > size) fail("error offset beyond the text", text);
      if (e.message.empty()) fail("empty error message", text);
    }
    return 0;
  }
  if (!r.errors.empty()) fail("a rule and errors", text);

  const EvalContext ctx{w.checklist, w.workspace, w.as_of};
  const Outcome explained = evaluate(*r.rule, ctx, true);
  const Outcome fast = evaluate(*r.rule, ctx, false);
  if (!same(explained, fast, false)) fail("explain changes the outcome", text);
  if (!fast.observations.empty()) fail("observations without explain", text);
  if (!(explained.achievement >= 0 && explained.achievement <= 1)) fail("achievement out of 0-1", text);
  if (explained.result != result_for(explained.achievement)) fail("result does not match achievement", text);

  const std::string printed = print(*r.rule);
  const CompileResult again = compile(printed, w.checklist);
  if (!again.rule) fail("printed rule does not compile", printed);
  if (!same_syntax(r.rule->ast, again.rule->ast)) fail("printed rule parses differently", printed);
  if (print(*again.rule) != printed) fail("printing is not idempotent", printed);
  if (!same(explained, evaluate(*again.rule, ctx, true), true)) {
    fail("printed rule evaluates differently", printed);
  }
  return 0;
}
