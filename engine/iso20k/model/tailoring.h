#pragma once
// A tailoring as plain data: changes an organisation applies on top of a checklist without editing
// it (docs/tailoring.md) — requirements or clauses deselected, weights, severities and metric
// targets changed, organisation-specific requirements and evidence items added. Read by
// load/tailoring_loader.h, applied by load/tailoring_apply.h, written by load/tailoring_writer.h.
// Every statement keeps where it was read, so problems found when applying point into the file.
#include <optional>
#include <string>
#include <vector>

#include "iso20k/model/checklist.h"
#include "iso20k/model/diagnostic.h"

namespace iso20k {

// <select …/> or <deselect …/>: names either a requirement or a clause (and all its sub-clauses).
struct TailoringSelection {
  bool select = false;      // false: <deselect>
  std::string requirement;  // exactly one of requirement and clause is set
  std::string clause;
  std::string reason;
  SourceLocation where;         // the element
  SourceLocation target_where;  // the value of its requirement or clause attribute
};

// <set requirement="…" weight="…" severity="…"/>: at least one of weight and severity.
struct TailoringSet {
  std::string requirement;
  std::optional<double> weight;
  std::optional<Severity> severity;
  std::string reason;
  SourceLocation where, target_where;
};

// <set-target evidence="MET-…" target="…"/>: a metric item's default target.
struct TailoringTarget {
  std::string evidence;
  double target = 0;
  std::string reason;
  SourceLocation where, target_where;
};

// An evidence item the tailoring adds, in the checklist format.
struct TailoringEvidence {
  EvidenceItem item;
  SourceLocation id_where, source_where;
};

// A requirement the tailoring adds, in the checklist format.
struct TailoringRequirement {
  Requirement requirement;  // `rule` stays null here; apply_tailoring compiles rule_text
  SourceLocation id_where, clause_where, processes_where, source_where;
  std::vector<SourceLocation> evidence_where;  // one per requirement.evidence entry
};

struct Tailoring {
  std::string id;         // "acme-2025"
  std::string checklist;  // the checklist id it applies to, "iso20000-1:2018"
  std::string version;
  std::string title;
  std::string description;                     // optional
  std::vector<TailoringSelection> selections;  // in file order
  std::vector<TailoringSet> sets;
  std::vector<TailoringTarget> targets;
  std::vector<TailoringEvidence> evidence;
  std::vector<TailoringRequirement> requirements;
  std::string path;                // the file it was loaded from
  SourceLocation where;            // the root element
  SourceLocation checklist_where;  // its checklist attribute
};

}  // namespace iso20k
