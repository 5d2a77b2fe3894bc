#pragma once
// A checklist as plain data: a standard's clause tree, process set, evidence items, requirements
// and scoring settings. Loaded by load/checklist_loader.h; see docs/checklist-format.md.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "iso20k/model/date.h"
#include "iso20k/model/diagnostic.h"
#include "iso20k/util/enum_names.h"

namespace iso20k {

namespace rules { struct CompiledRule; }

enum class ClauseKind { hls, sms };
constexpr auto enum_table(ClauseKind) {
  return std::to_array<EnumName<ClauseKind>>({{ClauseKind::hls, "hls"}, {ClauseKind::sms, "sms"}});
}

struct Clause {
  std::string number;  // "8.5.1"
  std::string title;
  ClauseKind kind = ClauseKind::hls;
  std::string source;  // amendment id, if the clause comes from one
  int parent = -1;     // index into Checklist::clauses, -1 for a top-level clause
  std::vector<int> children;
  int depth = 0;       // 0 for top-level clauses
  SourceLocation where;
  bool is_leaf() const { return children.empty(); }
};

struct ProcessAlias {
  std::string edition;
  std::string name;
};

struct Process {
  std::string id;  // "change"
  std::string name;
  std::vector<std::string> clauses;
  std::vector<ProcessAlias> aliases;
  SourceLocation where;
};

enum class EvidenceKind { document, record, metric, interview, observation };
constexpr auto enum_table(EvidenceKind) {
  return std::to_array<EnumName<EvidenceKind>>({
      {EvidenceKind::document, "document"}, {EvidenceKind::record, "record"},
      {EvidenceKind::metric, "metric"}, {EvidenceKind::interview, "interview"},
      {EvidenceKind::observation, "observation"}});
}

enum class Better { higher, lower };
constexpr auto enum_table(Better) {
  return std::to_array<EnumName<Better>>({{Better::higher, "higher"}, {Better::lower, "lower"}});
}

struct EvidenceItem {
  std::string id;
  EvidenceKind kind = EvidenceKind::document;
  bool mandatory = false;
  std::optional<Duration> max_age;
  bool approval_required = false;
  std::string documented_information;  // "7.5.4 a", empty when not SMS documented information
  std::string title;
  std::string description;
  // Metric items only.
  std::string unit;
  double target = 0;
  Better better = Better::higher;
  std::string source;  // amendment id
  // Set by Checklist::reindex(): the clause whose requirements cite the item most often (ties: the
  // first in checklist order), where a defect of the item is reported (docs/scoring.md, "Findings").
  std::string home_clause;
  SourceLocation where;
};

enum class Severity { high, medium, low };
constexpr auto enum_table(Severity) {
  return std::to_array<EnumName<Severity>>({
      {Severity::high, "high"}, {Severity::medium, "medium"}, {Severity::low, "low"}});
}

// What a requirement states: an obligation of its clause ("shall"), or good practice beyond it
// (guidance, ITIL, another standard or edition, our own advice). Only an unmet obligation can be a
// nonconformity; unmet good practice is at most an opportunity for improvement.
enum class Provenance { obligation, good_practice };
constexpr auto enum_table(Provenance) {
  return std::to_array<EnumName<Provenance>>(
      {{Provenance::obligation, "obligation"}, {Provenance::good_practice, "good-practice"}});
}

// ISO/IEC 33020 process attributes.
enum class Attribute { pa1_1, pa2_1, pa2_2, pa3_1, pa3_2, pa4_1, pa4_2, pa5_1, pa5_2 };
inline constexpr int kAttributeCount = 9;
constexpr auto enum_table(Attribute) {
  return std::to_array<EnumName<Attribute>>({
      {Attribute::pa1_1, "PA1.1"}, {Attribute::pa2_1, "PA2.1"}, {Attribute::pa2_2, "PA2.2"},
      {Attribute::pa3_1, "PA3.1"}, {Attribute::pa3_2, "PA3.2"}, {Attribute::pa4_1, "PA4.1"},
      {Attribute::pa4_2, "PA4.2"}, {Attribute::pa5_1, "PA5.1"}, {Attribute::pa5_2, "PA5.2"}});
}
static_assert(enum_table(Attribute{}).size() == kAttributeCount);

struct Mapping {
  std::string standard;  // "ISO/IEC 27001"
  std::string edition;   // "2022"
  std::string clause;    // "A.8.32"
  SourceLocation where;
};

struct Requirement {
  std::string id;
  std::string clause;
  std::vector<std::string> processes;
  double weight = 1;
  Severity severity = Severity::medium;
  std::optional<Attribute> capability;
  std::string source;  // amendment id
  Provenance provenance = Provenance::obligation;
  std::string practice_source;  // good practice: where it comes from ("iso20000-2", "itil", …)
  std::string text;
  std::string guidance;
  std::vector<std::string> questions;
  std::vector<std::string> evidence;  // evidence item ids
  std::vector<int> evidence_items;    // their positions in Checklist::evidence (-1: unknown id);
                                      // set by Checklist::reindex()
  std::string rule_text;              // empty: the default rule (docs/rules.md)
  SourceLocation rule_where;          // where rule_text starts
  std::shared_ptr<const rules::CompiledRule> rule;  // set by the loader when rule_text compiles
  std::vector<Mapping> mappings;
  SourceLocation where;
};

struct RatingBands {  // upper bounds (fractions) of N, P, L; F runs to 1
  double n_max = 0.15, p_max = 0.50, l_max = 0.85;
};

struct ScoringSettings {
  double stage2_min_score = 0.80;
  double stage2_min_coverage = 0.95;
  int max_open_majors = 0;
  std::vector<std::string> stage1_evidence;
  RatingBands bands;
  int systemic_minor_count = 3;
  double ofi_min_achievement = 0.85;
};

struct Amendment {
  std::string id;
  std::string title;
};

// What a tailoring changed (load/tailoring_apply.h, docs/tailoring.md), so reports can state it in
// their "scope and method" section. `id` is empty when the checklist is used as published.
struct AppliedTailoring {
  std::string id;  // the tailoring's id, "acme-2025"
  std::string version;
  std::string title;
  std::string file;                     // the tailoring file
  std::vector<std::string> notes;       // one sentence per change, in the tailoring's order
  std::vector<std::string> deselected;  // ids of the requirements it removed, in checklist order
};

struct Checklist {
  std::string id;  // "iso20000-1:2018"
  std::string standard;
  std::string edition;
  std::string version;
  std::string language;
  bool allow_not_applicable = false;
  std::string title;
  std::string licence;
  std::vector<Amendment> amendments;
  ScoringSettings scoring;
  std::vector<Clause> clauses;  // the tree in document order (pre-order)
  std::vector<Process> processes;
  std::vector<EvidenceItem> evidence;
  std::vector<Requirement> requirements;
  std::string path;  // the file it was loaded from
  AppliedTailoring tailoring;

  const Clause* find_clause(const std::string& number) const;
  const Process* find_process(const std::string& id) const;
  const EvidenceItem* find_evidence(const std::string& id) const;
  const Requirement* find_requirement(const std::string& id) const;
  // The item requirement `r` cites at r.evidence[k], null when the id is unknown. Resolved by
  // reindex(), so as cheap as an array access.
  const EvidenceItem* cited_item(const Requirement& r, std::size_t k) const;
  // Rebuilds the lookup indexes; call after changing ids or adding elements.
  void reindex();

 private:
  // Hashed: scoring looks ids up thousands of times per assessment, and ids share long prefixes
  // ("DOC-SMS-…") that make ordered-map comparisons slow.
  struct IdHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, int, IdHash, std::equal_to<>>;
  Index clause_index_, process_index_, evidence_index_, requirement_index_;
};

int capability_level(Attribute a);  // PA2.1 → 2

// The spellings a good-practice requirement's source (`from`) may take, in the documented order:
// note, iso20000-2, itil, iso20000-1:2011, …, iso33020, advice (docs/checklist-format.md).
const std::vector<std::string_view>& practice_sources();

}  // namespace iso20k
