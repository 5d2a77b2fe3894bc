#pragma once
// A small checklist and workspace built in code for the rule language's tests (the *_test.cc files
// beside this one). As of 2025-05-10:
//   DOC-SMS-SCOPE   document, mandatory, max-age 12m, approval required; seen, approved by J. Doe,
//                   issued 2024-03-01, reviewed 2025-01-10 (age 120d) → valid
//   DOC-SM-POLICY   document, approval required; seen, not approved, issued 2024-06-01 (age 343d)
//   DOC-OLD         document, max-age 6m; seen, approved by K. Lee, reviewed 2024-09-01 (age 251d)
//                   → stale
//   DOC-EXPIRING    document; seen, approved by A. Auditor, issued 2024-01-01 (age 495d),
//                   expires 2025-05-01 → expired
//   REC-CHG-LOG     record, max-age 3m; partial, issued 2025-04-01 (age 39d)
//   REC-AUDIT       record, mandatory, max-age 12m; no entry in the register
//   INT-LEAD        interview; seen, no dates
//   OBS-DESK        observation; register entry with status missing
//   MET-CHG-SUCCESS metric % target 95 higher; value 92.5, workspace target 95 → not met
//   MET-INC-MTTR    metric h target 4 lower; value 3.5, workspace target 3 → not met
//   MET-AVAIL       metric % target 99.9 higher; value 99.95 → met
//   MET-NONE        metric % target 90 higher; no value
//   profile: 120 persons, 4 services, 2 sites, 3 other parties
#include <initializer_list>
#include <source_location>
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "iso20k/model/checklist.h"
#include "iso20k/model/workspace.h"
#include "iso20k/rules/rule.h"

namespace iso20k::rules::test {

inline Date day(std::string_view ymd) { return *parse_date(ymd); }

inline EvidenceItem document(std::string id, bool mandatory, std::optional<Duration> max_age,
                             bool approval, EvidenceKind kind = EvidenceKind::document) {
  EvidenceItem e;
  e.id = std::move(id);
  e.kind = kind;
  e.mandatory = mandatory;
  e.max_age = max_age;
  e.approval_required = approval;
  e.title = e.id;
  return e;
}

inline EvidenceItem metric_item(std::string id, std::string unit, double target, Better better) {
  EvidenceItem e;
  e.id = std::move(id);
  e.kind = EvidenceKind::metric;
  e.unit = std::move(unit);
  e.target = target;
  e.better = better;
  e.title = e.id;
  return e;
}

inline Checklist make_checklist() {
  Checklist c;
  c.id = "test:1";
  c.standard = "ISO/IEC 20000-1";
  c.edition = "2018";
  c.evidence = {
      document("DOC-SMS-SCOPE", true, Duration{360}, true),
      document("DOC-SM-POLICY", false, std::nullopt, true),
      document("DOC-OLD", false, Duration{180}, false),
      document("DOC-EXPIRING", false, std::nullopt, false),
      document("REC-CHG-LOG", false, Duration{90}, false, EvidenceKind::record),
      document("REC-AUDIT", true, Duration{360}, false, EvidenceKind::record),
      document("INT-LEAD", false, std::nullopt, false, EvidenceKind::interview),
      document("OBS-DESK", false, std::nullopt, false, EvidenceKind::observation),
      metric_item("MET-CHG-SUCCESS", "%", 95, Better::higher),
      metric_item("MET-INC-MTTR", "h", 4, Better::lower),
      metric_item("MET-AVAIL", "%", 99.9, Better::higher),
      metric_item("MET-NONE", "%", 90, Better::higher),
  };
  c.reindex();
  return c;
}

inline EvidenceRecord record(std::string id, EvidenceStatus status, std::string approved_by,
                             std::optional<Date> issued, std::optional<Date> reviewed = std::nullopt,
                             std::optional<Date> expires = std::nullopt) {
  EvidenceRecord r;
  r.id = std::move(id);
  r.status = status;
  r.approved_by = std::move(approved_by);
  r.issued = issued;
  r.reviewed = reviewed;
  r.expires = expires;
  return r;
}

inline Workspace make_workspace() {
  Workspace w;
  w.profile.organisation = "Example Services Ltd";
  w.profile.checklist = "test:1";
  w.profile.persons = 120;
  for (const char* id : {"S1", "S2", "S3", "S4"}) {
    Service s;
    s.id = id;
    s.name = std::string("Service ") + id;
    w.profile.services.push_back(s);
  }
  w.profile.sites = {"Leeds", "York"};
  for (const char* name : {"DataCo", "NetCo", "Group IT"}) {
    OtherParty p;
    p.name = name;
    w.profile.parties.push_back(p);
  }
  using S = EvidenceStatus;
  for (EvidenceRecord r : {
           record("DOC-SMS-SCOPE", S::seen, "J. Doe", day("2024-03-01"), day("2025-01-10")),
           record("DOC-SM-POLICY", S::seen, "", day("2024-06-01")),
           record("DOC-OLD", S::seen, "K. Lee", day("2023-01-01"), day("2024-09-01")),
           record("DOC-EXPIRING", S::seen, "A. Auditor", day("2024-01-01"), std::nullopt,
                  day("2025-05-01")),
           record("REC-CHG-LOG", S::partial, "", day("2025-04-01")),
           record("INT-LEAD", S::seen, "", std::nullopt),
           record("OBS-DESK", S::missing, "B. Smith", day("2025-01-01")),
       }) {
    w.evidence.emplace(r.id, r);
  }
  auto metric = [&](std::string id, double value, std::optional<double> target) {
    MetricRecord m;
    m.id = id;
    m.value = value;
    m.target = target;
    w.metrics.emplace(id, m);
  };
  metric("MET-CHG-SUCCESS", 92.5, 95.0);
  metric("MET-INC-MTTR", 3.5, 3.0);
  metric("MET-AVAIL", 99.95, std::nullopt);
  return w;
}

inline const Date kAsOf = day("2025-05-10");

// A checklist, a workspace and helpers to compile and run rules against them.
struct Fixture {
  Checklist checklist = make_checklist();
  Workspace workspace = make_workspace();
  Date as_of = kAsOf;

  EvalContext context() const { return EvalContext{checklist, workspace, as_of}; }

  // Compiles `text`, which must compile; an empty pointer (and a failed check) otherwise.
  std::shared_ptr<const CompiledRule> compiled(std::string_view text) const {
    CompileResult r = compile(text, checklist);
    if (!r.errors.empty()) {
      std::string all;
      for (const CompileError& e : r.errors) all += std::to_string(e.offset) + ": " + e.message + "\n";
      FAIL_CHECK("rule does not compile: " << text << "\n" << all);
    }
    return r.rule;
  }

  Outcome run(std::string_view text, bool explain = true) const {
    auto rule = compiled(text);
    return rule ? evaluate(*rule, context(), explain) : Outcome{};
  }

  // Whether a bool rule holds (the outcome is conformant with achievement 1).
  bool holds(std::string_view text) const {
    const Outcome o = run(text);
    return o.result == Result::conformant && o.achievement == 1;
  }

  // All compile errors as "offset: message" lines; "" when it compiles.
  std::string errors(std::string_view text) const {
    CompileResult r = compile(text, checklist);
    std::string all;
    for (const CompileError& e : r.errors) {
      if (!all.empty()) all += "\n";
      all += std::to_string(e.offset) + ": " + e.message;
    }
    return all;
  }
};

// One fixture, built once, for the tests that only read it.
inline const Fixture& fx() {
  static const Fixture f;
  return f;
}

// Observations as "subject: detail" lines.
inline std::string trail(const Outcome& o) {
  std::string out;
  for (const Observation& ob : o.observations) {
    if (!out.empty()) out += "\n";
    out += ob.subject + ": " + ob.detail;
  }
  return out;
}

// Checks an outcome's result and achievement; a failure names the line that asked.
inline void check_outcome(const Outcome& o, Result result, double achievement,
                          std::source_location at = std::source_location::current()) {
  INFO("the outcome checked at " << std::string(at.file_name()) << ":" << at.line());
  CHECK(o.result == result);
  CHECK(o.achievement == achievement);
}

// A row of a table of checks: an input (a rule's text, mostly) and what it must give.
template <class Out>
struct Row {
  std::string_view in;
  Out out;
};
template <class Out>
using Rows = std::initializer_list<Row<Out>>;
using Texts = Rows<std::string_view>;  // {input, the text it gives}
using Truths = Rows<bool>;             // {rule, whether it holds}
using Numbers = Rows<double>;          // {input, the number it gives}

// CHECK(f(row.in) == row.out) for each row, a failure naming the row by its input:
//   check_rows(errors, Texts{{"!1", "1: '!' expects a bool, got a number"}, ...});
template <class Out, class F>
void check_rows(const F& f, Rows<Out> rows) {
  for (const Row<Out>& row : rows) {
    CAPTURE(row.in);
    CHECK(f(row.in) == row.out);
  }
}

}  // namespace iso20k::rules::test
