// The figures of a results.json computed again from its requirement results: a file as iso20k
// wrote it passes, and the first figure changed afterwards is named at its place in the file.
#include "iso20k/pipeline/results_check.h"

#include <doctest/doctest.h>

#include "iso20k/export/results_json.h"
#include "iso20k/format/json_writer.h"
#include "iso20k/score/assess.h"
#include "support/small_checklist.h"
#include "support/test_support.h"

namespace iso20k {
namespace {

using test::line_column;
using test::small_baseline;
using test::small_checklist;

const char* const kChanged =
    ": the file was changed after iso20k wrote it, and is not shown as an assessment; assess the workspace again";

// The small fixture's baseline assessed, written as results.json and read back as `report` reads it.
struct Written {
  std::string text;
  Results results;
};

Written written() {
  const Assessment a = assess(small_checklist(), small_baseline());
  Written w;
  w.text = results_to_json(a, small_checklist(), small_baseline());
  ResultsLoad load = read_results_bytes("r.json", w.text);
  for (const Diagnostic& d : load.diagnostics) INFO(format(d));
  REQUIRE(load.results);
  w.results = std::move(*load.results);
  REQUIRE(fit_checklist(w.results, small_checklist()).problems.empty());
  return w;
}

// "L:C" of a diagnostic, to compare with test::line_column.
std::string at(const Diagnostic& d) { return std::to_string(d.where.line) + ":" + std::to_string(d.where.column); }

TEST_CASE("check_results_figures: a results.json as iso20k wrote it passes") {
  const Written w = written();
  CHECK_FALSE(check_results_figures(w.results, small_checklist()));
}

TEST_CASE("check_results_figures: a changed score is named at its place in the file") {
  Written w = written();
  const double score = w.results.assessment.overall.score;
  w.results.assessment.overall.score = 0.99;
  const std::optional<Diagnostic> d = check_results_figures(w.results, small_checklist());
  REQUIRE(d);
  CHECK(d->message == "overall.score is 0.99, but the requirement results in this file give " + json_number(score) + kChanged);
  CHECK(d->where.file == "r.json");
  const std::size_t overall = w.text.find("\"overall\": {");
  REQUIRE(overall != std::string::npos);
  CHECK(at(*d) == line_column(w.text, w.text.find(json_number(score), w.text.find("\"score\": ", overall))));
}

TEST_CASE("check_results_figures: the six decimals results.json keeps are allowed for, no more") {
  Written w = written();
  w.results.assessment.overall.score += 1e-6;
  CHECK_FALSE(check_results_figures(w.results, small_checklist()));
  w.results.assessment.overall.score += 1e-5;
  CHECK(check_results_figures(w.results, small_checklist()));
}

TEST_CASE("check_results_figures: counts of a clause and of findings") {
  {
    Written w = written();
    int& n = w.results.assessment.clauses[1].rollup.counts[static_cast<std::size_t>(Result::conformant)];
    const int computed = n;
    n += 1;
    const std::optional<Diagnostic> d = check_results_figures(w.results, small_checklist());
    REQUIRE(d);
    CHECK(d->message == "clauses[1].results.conformant is " + std::to_string(computed + 1) +
                            ", but the requirement results in this file give " + std::to_string(computed) + kChanged);
  }
  {
    Written w = written();
    int& majors = w.results.assessment.finding_counts[static_cast<std::size_t>(Grade::major)];
    const int computed = majors;
    majors += 2;
    const std::optional<Diagnostic> d = check_results_figures(w.results, small_checklist());
    REQUIRE(d);
    CHECK(d->message == "finding_counts.major is " + std::to_string(computed + 2) +
                            ", but the requirement results in this file give " + std::to_string(computed) + kChanged);
    CHECK(d->where.line > 0);
  }
}

TEST_CASE("check_results_figures: the verdict and its concerns") {
  {
    Written w = written();
    const Verdict computed = w.results.assessment.verdict;
    w.results.assessment.verdict = computed == Verdict::stage2 ? Verdict::not_ready : Verdict::stage2;
    const std::optional<Diagnostic> d = check_results_figures(w.results, small_checklist());
    REQUIRE(d);
    CHECK(d->message == std::string("verdict.code is ") + to_string(w.results.assessment.verdict) +
                            ", but the requirement results in this file give " + to_string(computed) + kChanged);
  }
  {
    Written w = written();
    std::vector<std::string>& concerns = w.results.assessment.concerns;
    std::string computed;
    for (const std::string& id : concerns) computed += (computed.empty() ? "" : ", ") + id;
    concerns.push_back("F-INVENTED");
    const std::optional<Diagnostic> d = check_results_figures(w.results, small_checklist());
    REQUIRE(d);
    CHECK(d->message == "verdict.concerns is [" + (computed.empty() ? std::string() : computed + ", ") +
                            "F-INVENTED], but the requirement results in this file give [" + computed + "]" + kChanged);
  }
}

TEST_CASE("check_results_figures: only the first figure that differs is named") {
  Written w = written();
  w.results.assessment.verdict = w.results.assessment.verdict == Verdict::stage2 ? Verdict::not_ready : Verdict::stage2;
  w.results.assessment.sms.score += 0.25;
  const std::optional<Diagnostic> d = check_results_figures(w.results, small_checklist());
  REQUIRE(d);
  CHECK(d->message.starts_with("sms.score is "));
}

TEST_CASE("check_results_figures: results of another checklist are refused, not compared") {
  const Written w = written();
  Checklist other = small_checklist();
  other.requirements.pop_back();
  const std::optional<Diagnostic> d = check_results_figures(w.results, other);
  REQUIRE(d);
  CHECK(d->message == "the results do not fit the checklist (fit_checklist first)");
  CHECK(d->where.file == "r.json");
}

}  // namespace
}  // namespace iso20k
