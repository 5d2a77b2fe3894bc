// A consolidated finding as a reader sees it: named by clause, its requirements by id (those of other
// clauses the same evidence bears on said apart), the statement's parts, and the recommendation only
// where the template's audience allows it.
#include "iso20k/reports/content/finding_text.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

const ReportInput& northgate() {
  static const ReportInput in = test::example_input("northgate-msp");
  return in;
}

const Finding& finding(const std::string& id) {
  const auto& all = northgate().assessment.findings;
  const auto f = std::find_if(all.begin(), all.end(), [&](const Finding& x) { return x.id == id; });
  REQUIRE(f != all.end());
  return *f;
}

std::vector<std::string> texts(const Blocks& out) {
  std::vector<std::string> t;
  for (const Block& b : out.items()) {
    if (const auto* h = std::get_if<Heading>(&b)) t.push_back("H" + std::to_string(h->level) + " " + h->text);
    if (const auto* p = std::get_if<Paragraph>(&b)) t.push_back(std::string(p->role == TextRole::small ? "s " : "p ") + p->text);
  }
  return t;
}

}  // namespace

TEST_CASE("finding text: heading and requirement name the clause and the checklist requirements by id") {
  const Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, northgate());
  const Finding& f = finding("F-4.1");
  CHECK(finding_heading(northgate(), t, f) == "F-4.1 · Minor nonconformity · 4.1 Understanding the organization and its context");
  CHECK(finding_requirement(northgate(), t, f) ==
        "ISO/IEC 20000-1:2018, clause 4.1 Understanding the organization and its context; checklist requirements "
        "R-4.1-01, R-4.1-02, R-4.1-05. The same evidence also bears on R-5.2.1-02.");
}

TEST_CASE("finding text: the blocks of a finding, with the recommendation only for a client") {
  const Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, northgate());
  const Finding& f = finding("F-4.1");
  Blocks client;
  add_finding(client, northgate(), t, f, true);
  const std::vector<std::string> c = texts(client);
  REQUIRE(c.size() == 6);
  CHECK(c[0].starts_with("H3 F-4.1 · "));
  CHECK(c[1].starts_with("p Requirement: ISO/IEC 20000-1:2018, clause 4.1"));
  CHECK(c[2] == "p Nonconformity: " + f.nonconformity);
  // Small print, dates in the template's words ("issued 2025-09-18" in results.json).
  CHECK(f.objective_evidence.find("issued 2025-09-18") != std::string::npos);
  CHECK(c[3].starts_with("s Objective evidence: Register of external and internal issues: provided in part, NMS-CTX-08"));
  CHECK(c[3].find("issued 18 Sep 2025") != std::string::npos);
  CHECK(c[3].find("2025-09-18") == std::string::npos);
  CHECK(c[4].starts_with("p Grade: Minor nonconformity ("));
  CHECK(c[5].starts_with("p Recommendation: " + f.recommendation + " Action PA-4.1"));

  Blocks body;
  add_finding(body, northgate(), t, f, false);
  CHECK(texts(body).size() == 5);  // a certification body recommends nothing
}

TEST_CASE("finding text: majors first, then minors, then OFIs, each in the checklist's order") {
  const std::vector<const Finding*> ordered = by_grade(northgate().assessment);
  REQUIRE(ordered.size() == northgate().assessment.findings.size());
  CHECK(std::is_sorted(ordered.begin(), ordered.end(), [](const Finding* x, const Finding* y) { return x->grade < y->grade; }));
  CHECK(ordered.front()->id == "F-6.1");
  CHECK(ordered.front()->grade == Grade::major);
}

TEST_CASE("finding text: an action addressing the finding that is past its due date is called overdue") {
  static const ReportInput harrow = test::example_input("harrow-vale-it");
  const Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, harrow);
  const auto& all = harrow.assessment.findings;
  const auto f = std::find_if(all.begin(), all.end(), [](const Finding& x) { return x.action == "HV-004"; });
  REQUIRE(f != all.end());
  Blocks out;
  add_finding(out, harrow, t, *f, true);
  const std::vector<std::string> c = texts(out);
  REQUIRE(!c.empty());
  // HV-004 was due on 28 February 2026, before the assessment of 24 March, and is in progress.
  CHECK(c.back().find("Action HV-004: Lucy Chen, was due 28 Feb 2026 and is overdue.") != std::string::npos);
  // An action not yet due keeps its plain form.
  const Assessment& a = harrow.assessment;
  const auto on_time = std::find_if(all.begin(), all.end(), [&](const Finding& x) {
    return std::any_of(a.plan.begin(), a.plan.end(), [&](const PlannedAction& p) { return p.id == x.action && !p.overdue && p.due; });
  });
  REQUIRE(on_time != all.end());
  Blocks own;
  add_finding(own, harrow, t, *on_time, true);
  CHECK(texts(own).back().find("overdue") == std::string::npos);
  CHECK(texts(own).back().find("Action " + on_time->action) != std::string::npos);
}

}  // namespace iso20k::reports
