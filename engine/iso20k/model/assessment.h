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
#include "iso20k/model/phrase.h"
#include "iso20k/model/workspace.h"

namespace iso20k {

// The version of the results document written and read for an Assessment (docs/results-format.md):
// the writer (export/) and the reader (load/results/) both take it from here.
inline constexpr const char* kResultsSchema = "iso20k-results/2";

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
  // The evidence items the requirement cites, sorted by what the review found (ids), for findings,
  // recommendations and open requests. outstanding: not yet provided or reviewed (never a finding);
  // absent: confirmed absent; partly: provided in part; targets_missed: a metric below the
  // organisation's own target; benchmarks_missed: a metric without an organisation target that
  // misses this checklist's benchmark (at most an opportunity for improvement).
  std::vector<std::string> outstanding, absent, partly, stale, expired, unapproved, targets_missed,
      benchmarks_missed;
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
  int assessed = 0;      // how many of them were assessed (1: thinly evidenced)
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

// What the review of one evidence item of the checklist found, as of the assessment date: the
// evidence state the assessment was computed from (docs/scoring.md, "Evidence review").
enum class Review { outstanding, provided, partial, absent };
constexpr auto enum_table(Review) {
  return std::to_array<EnumName<Review>>({{Review::outstanding, "outstanding"},
                                          {Review::provided, "provided"},
                                          {Review::partial, "partial"},
                                          {Review::absent, "absent"}});
}

struct ItemReview {
  std::string item;                       // evidence item id, checklist order
  Review review = Review::outstanding;    // metric items: provided when a value is recorded
  bool stale = false, expired = false, unapproved = false;
  bool issued_after = false;              // the register's entry is dated after the assessment date
  // Metric items.
  double value = 0;
  std::optional<double> target;           // the organisation's own target
  double benchmark = 0;                   // this checklist's default target
  bool met = true;                        // meets the organisation's target (true when it set none)
  bool benchmark_met = true;              // meets the benchmark
};

// A consolidated finding (docs/scoring.md, "Findings"): one per clause for its unmet obligations,
// one per clause for its unmet good practice; an evidence defect appears in one finding only,
// citing every requirement it affects.
// A finding's texts as phrases (model/phrase.h), so that a report can write them in its language;
// the English texts of Finding are composed from them (score/findings.h, finding_words).
struct FindingPhrases {
  std::vector<Phrase> nonconformity;       // sentences
  std::vector<Phrase> objective_evidence;  // one line per item or judgement, joined with "; "
  std::vector<Phrase> grade_reasons;
  std::vector<Phrase> recommendation;      // steps

  friend bool operator==(const FindingPhrases&, const FindingPhrases&) = default;
};

struct Finding {
  std::string id;  // stable, from what it is about: "F-8.7.2", good practice "F-8.7.2-GP"
  std::string clause;
  Provenance basis = Provenance::obligation;
  std::vector<std::string> requirements;  // every requirement it cites, checklist order
  std::vector<std::string> processes;
  Grade grade = Grade::minor;
  std::vector<std::string> grade_reasons;  // each grading rule that applied, in words
  std::string requirement_text;            // the clause of the standard and the requirements not met
  std::string nonconformity;               // what is not met, in sentences
  std::string objective_evidence;          // what was reviewed: documents, versions, dates, notes
  std::string statement;                   // the full audit-convention statement
  std::string recommendation;              // for the improvement plan, separate from the statement
  double weight = 0;                       // the heaviest requirement's weight
  std::string action;  // id of the workspace action addressing it, else of the proposed one
  FindingPhrases phrases;
};

enum class Verdict { not_ready, stage1, stage2 };
constexpr auto enum_table(Verdict) {
  return std::to_array<EnumName<Verdict>>({
      {Verdict::not_ready, "not-ready"}, {Verdict::stage1, "stage-1"}, {Verdict::stage2, "stage-2"}});
}

struct Blocker {
  int stage = 1;  // what it blocks: 1 the stage 1 audit, 2 the stage 2 audit, 3 the certification decision
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
  std::vector<ItemReview> evidence;        // checklist evidence order: what the review found
  std::vector<Finding> findings;
  std::array<int, 3> finding_counts{};  // by Grade
  Verdict verdict = Verdict::not_ready;
  std::vector<Blocker> blockers;
  std::vector<std::string> concerns;  // areas of concern for stage 1: ids of major findings in clauses 4–6, 9, 10
  std::string readiness_note;         // how to read the verdict (e.g. for a withdrawn edition)
  std::vector<PlannedAction> plan;
};

std::string describe(Verdict v);  // "ready for stage 1"

}  // namespace iso20k
