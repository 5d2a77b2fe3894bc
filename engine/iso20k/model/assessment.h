#pragma once
// The outcome of scoring a workspace against a checklist, as plain data: a result per requirement
// with its explanation, roll-ups, process capability, graded findings, the readiness verdict and
// the improvement plan. Produced by score/assess.h; written as results.json (docs/results-format.md).
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "iso20k/model/checklist.h"
#include "iso20k/model/date.h"
#include "iso20k/model/observation.h"
#include "iso20k/model/workspace.h"

namespace iso20k {

enum class ScoringModel { weighted, flat, absolute };
constexpr auto enum_table(ScoringModel) {
  return std::to_array<EnumName<ScoringModel>>({
      {ScoringModel::weighted, "weighted"}, {ScoringModel::flat, "flat"},
      {ScoringModel::absolute, "absolute"}});
}

// What decided a requirement's result.
enum class Basis { judgement, rule, evidence };
constexpr auto enum_table(Basis) {
  return std::to_array<EnumName<Basis>>({
      {Basis::judgement, "judgement"}, {Basis::rule, "rule"}, {Basis::evidence, "evidence"}});
}

struct RequirementResult {
  std::string requirement;  // id
  std::string clause;
  Result result = Result::not_assessed;
  double achievement = 0;  // 0–1; meaningful when assessed
  Basis basis = Basis::evidence;
  std::string explanation;  // one sentence: why this result
  std::vector<Observation> observations;
  // Evidence items the requirement cites that were missing, stale, expired, unapproved or whose
  // metric missed its target (ids), for findings and recommendations.
  std::vector<std::string> missing, stale, expired, unapproved, targets_missed;
  std::string judged_by;  // judgement basis only
  std::optional<Date> judged_on;
};

// A weighted roll-up over a set of requirements.
struct Rollup {
  double score = 0;            // achieved / assessed weight under the model; 0 when nothing assessed
  double coverage = 0;         // assessed weight / applicable weight
  double achieved_weight = 0;  // Σ w·a (weighted model)
  double assessed_weight = 0;
  double applicable_weight = 0;
  int requirements = 0;
  // Counts by Result (conformant, partial, nonconformant, not_assessed, not_applicable).
  std::array<int, 5> counts{};
};

struct ClauseScore {
  std::string clause;
  Rollup rollup;  // requirements of the clause and all its sub-clauses
};

struct ProcessScore {
  std::string process;
  Rollup rollup;
};

enum class Rating { N, P, L, F };
constexpr auto enum_table(Rating) {
  return std::to_array<EnumName<Rating>>({
      {Rating::N, "N"}, {Rating::P, "P"}, {Rating::L, "L"}, {Rating::F, "F"}});
}

struct AttributeRating {
  Attribute attribute = Attribute::pa1_1;
  bool rated = false;  // false when no assessed requirement of the process carries the attribute
  double achievement = 0;
  Rating rating = Rating::N;
  int requirements = 0;  // how many requirements carry it
};

struct ProcessCapability {
  std::string process;
  std::array<AttributeRating, kAttributeCount> attributes{};
  int level = 0;                    // 0–5 by the ISO/IEC 33020 rule
  std::optional<int> target_level;  // from the profile
  int gap = 0;                      // max(0, target − level)
  std::string explanation;          // why the level is what it is
};

enum class Grade { major, minor, ofi };
constexpr auto enum_table(Grade) {
  return std::to_array<EnumName<Grade>>({
      {Grade::major, "major"}, {Grade::minor, "minor"}, {Grade::ofi, "ofi"}});
}

struct Finding {
  std::string id;  // "F-001", in order of the requirements
  std::string requirement;
  std::string clause;
  std::vector<std::string> processes;
  Grade grade = Grade::minor;
  std::vector<std::string> grade_reasons;  // each grading rule that applied, in words
  std::string requirement_text;            // "ISO/IEC 20000-1:2018 clause 8.5.1.3 (R-…): …"
  std::string nonconformity;               // what is not met
  std::string objective_evidence;          // what was (not) seen
  std::string statement;                   // the full audit-convention statement
  std::string recommendation;              // for the improvement plan, separate from the statement
  double weight = 0;
  std::string action;  // id of the workspace action addressing it, else of the proposed one
};

enum class Verdict { not_ready, stage1, stage2 };
constexpr auto enum_table(Verdict) {
  return std::to_array<EnumName<Verdict>>({
      {Verdict::not_ready, "not-ready"}, {Verdict::stage1, "stage-1"}, {Verdict::stage2, "stage-2"}});
}

struct Blocker {
  int stage = 1;  // the stage it blocks
  std::string text;
  std::string reference;  // evidence id, finding id or "score"/"coverage"
};

struct PlannedAction {
  std::string id;
  std::string title;
  std::string owner;
  std::optional<Date> due;
  ActionStatus status = ActionStatus::open;
  int progress = 0;
  bool proposed = false;  // generated for a finding that had no action
  bool overdue = false;   // due before the assessment date and not done or cancelled
  int phase = 1;          // 1–4 (docs/scoring.md, "Improvement plan")
  std::optional<Grade> grade;  // the most serious finding it addresses
  std::vector<std::string> requirements;
  std::vector<std::string> findings;
};

struct Assessment {
  std::string checklist_id, standard, edition, checklist_version;
  std::string organisation;
  Date as_of;
  ScoringModel model = ScoringModel::weighted;
  std::vector<RequirementResult> results;  // checklist order
  std::vector<ClauseScore> clauses;        // checklist clause order
  std::vector<ProcessScore> processes;     // checklist process order
  Rollup overall, hls, sms;
  std::vector<ProcessCapability> capability;
  std::vector<Finding> findings;
  std::array<int, 3> finding_counts{};  // by Grade
  Verdict verdict = Verdict::not_ready;
  std::vector<Blocker> blockers;
  std::vector<PlannedAction> plan;
};

std::string describe(Verdict v);  // "ready for stage 1"

}  // namespace iso20k
