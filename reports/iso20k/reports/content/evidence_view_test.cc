// How the evidence a requirement cites fared, in words, for the small fixture's worked example:
// what was seen, and each defect by its title; "no evidence cited" only when none is.
#include "iso20k/reports/content/evidence_view.h"

#include <doctest/doctest.h>

#include "iso20k/reports/content/report_text.h"
#include "iso20k/score/assess.h"
#include "support/report_fixture.h"
#include "support/small_checklist.h"

using namespace iso20k;
using namespace iso20k::reports;

namespace {

ReportInput assessed(const Workspace& w, const Checklist& c = iso20k::test::small_checklist()) {
  ReportInput in;
  in.checklist = c;
  in.workspace = w;
  in.assessment = assess(in.checklist, in.workspace);
  return in;
}

const Template& en() {
  static const Template t = iso20k::reports::test::bundled_template("default");
  return t;
}

std::vector<std::string> lines(const ReportInput& in, std::size_t requirement) {
  return evidence_lines(in, ReportText(en(), in), in.assessment.results[requirement]);
}

}  // namespace

TEST_CASE("evidence view: items seen, and each defect, named by their titles") {
  const ReportInput in = assessed(iso20k::test::small_baseline());
  CHECK(lines(in, 0) == std::vector<std::string>{"Seen: Policy"});
  CHECK(lines(in, 1) == std::vector<std::string>{"Seen: Incident records",
                                                 "Below the organisation’s target: Incidents resolved in target"});
  CHECK(lines(in, 3) == std::vector<std::string>{"Provided in part: Change records"});
}

TEST_CASE("evidence view: outstanding, absent, out of date and unapproved items, in that order") {
  Workspace w = iso20k::test::small_baseline();
  w.evidence["REC-INCIDENTS"].status = EvidenceStatus::requested;
  w.metrics["MET-INC-RESOLVED"].target.reset();  // 85 % against the benchmark of 90 %
  w.evidence["DOC-POLICY"].approved_by.clear();
  w.evidence["DOC-POLICY"].reviewed = parse_date("2025-01-01");
  w.evidence["REC-CHANGES"].status = EvidenceStatus::missing;
  const ReportInput in = assessed(w);
  CHECK(lines(in, 0) == std::vector<std::string>{"Out of date: Policy", "Not approved: Policy"});
  CHECK(lines(in, 1) == std::vector<std::string>{
                            "Not yet provided or reviewed: Incident records",
                            "Below this checklist’s benchmark (no target of the organisation): Incidents resolved in target"});
  CHECK(lines(in, 3) == std::vector<std::string>{"Confirmed absent: Change records"});
}

TEST_CASE("evidence view: several items on one line, no evidence cited only when the requirement cites none") {
  Checklist c = iso20k::test::small_checklist();
  c.requirements[0].evidence = {"DOC-POLICY", "REC-CHANGES", "REC-INCIDENTS"};
  c.requirements[2].evidence.clear();
  c.reindex();
  Workspace w = iso20k::test::small_baseline();
  w.evidence["REC-CHANGES"].status = EvidenceStatus::seen;
  const ReportInput in = assessed(w, c);
  CHECK(lines(in, 0) == std::vector<std::string>{"Seen: Policy; Change records; Incident records"});
  CHECK(lines(in, 2) == std::vector<std::string>{"No evidence cited"});
  CHECK(evidence_title(c, "REC-CHANGES") == "Change records");
  CHECK(evidence_title(c, "REC-GONE") == "REC-GONE");
}
