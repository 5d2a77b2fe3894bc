// results.json as docs/results-format.md describes it, read back as plain JSON: the keys in their
// order, the values of the small fixture's worked example, optional keys present only when they
// apply, and the evidence register as the assessment saw it. (Reading it back into an Assessment:
// load/results/results_reader_test.cc.)
#include "iso20k/export/results_json.h"

#include <doctest/doctest.h>

#include <sstream>

#ifndef BOOST_BIND_GLOBAL_PLACEHOLDERS
#define BOOST_BIND_GLOBAL_PLACEHOLDERS
#endif
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include "iso20k/score/assess.h"
#include "support/small_checklist.h"

using namespace iso20k;
using boost::property_tree::ptree;
using iso20k::test::small_baseline;
using iso20k::test::small_checklist;

namespace {

ptree parsed(const std::string& json) {
  std::istringstream in(json);
  ptree t;
  boost::property_tree::read_json(in, t);
  return t;
}

ptree results(const Workspace& w, const Checklist& c = small_checklist()) {
  return parsed(results_to_json(assess(c, w), c, w));
}

// Element `index` of the array at `path`.
const ptree& item(const ptree& t, const std::string& path, std::size_t index) {
  const ptree& array = t.get_child(path);
  REQUIRE(index < array.size());
  auto it = array.begin();
  std::advance(it, static_cast<std::ptrdiff_t>(index));
  return it->second;
}

std::vector<std::string> keys(const ptree& t) {
  std::vector<std::string> out;
  for (const auto& [k, v] : t) out.push_back(k);
  return out;
}

std::vector<std::string> strings(const ptree& t, const std::string& path) {
  std::vector<std::string> out;
  for (const auto& [k, v] : t.get_child(path)) out.push_back(v.data());
  return out;
}

}  // namespace

TEST_CASE("results.json: the top-level keys in the documented order") {
  const ptree t = results(small_baseline());
  CHECK(keys(t) == std::vector<std::string>{"schema", "checklist", "organisation", "assessment", "verdict", "overall",
                                            "hls", "sms", "clauses", "processes", "requirements", "finding_counts",
                                            "findings", "plan", "evidence"});
  CHECK(t.get<std::string>("schema") == "iso20k-results/2");
  CHECK(keys(t.get_child("checklist")) == std::vector<std::string>{"id", "standard", "edition", "version", "title"});
  CHECK(t.get<std::string>("checklist.id") == "test-small:2024");
  CHECK(t.get<std::string>("organisation.name") == "Fixture Ltd");
  CHECK(t.get<std::string>("assessment.as_of") == "2026-06-30");
  CHECK(t.get<std::string>("assessment.model") == "weighted");
}

TEST_CASE("results.json: verdict, roll-ups and clauses of the worked example") {
  const ptree t = results(small_baseline());
  CHECK(t.get<std::string>("verdict.code") == "stage-1");
  CHECK(t.get<std::string>("verdict.text") == "ready for stage 1");
  CHECK(item(t, "verdict.blockers", 0).get<int>("stage") == 2);
  CHECK(item(t, "verdict.blockers", 0).get<std::string>("reference") == "score");
  CHECK(item(t, "verdict.blockers", 1).get<std::string>("reference") == "F-8.1");
  CHECK(t.get_child("verdict.concerns").empty());
  CHECK(t.get<std::string>("overall.score") == "0.366667");  // 2.75 / 7.5
  CHECK(t.get<std::string>("overall.achieved_weight") == "2.75");
  CHECK(t.get<std::string>("overall.applicable_weight") == "7.5");
  CHECK(keys(t.get_child("overall.results")) ==
        std::vector<std::string>{"conformant", "partial", "nonconformant", "not-assessed", "not-applicable"});
  CHECK(t.get<int>("overall.results.nonconformant") == 2);
  CHECK(t.get<std::string>("hls.score") == "1");
  const ptree& c8 = item(t, "clauses", 2);
  CHECK(c8.get<std::string>("number") == "8");
  CHECK(c8.get<std::string>("kind") == "sms");
  CHECK(c8.get<int>("depth") == 0);
  CHECK(c8.get<std::string>("score") == "0.136364");  // 0.75 / 5.5
  CHECK(item(t, "clauses", 3).get<int>("depth") == 1);
}

TEST_CASE("results.json: processes with capability, requirements with their gaps, findings and the plan") {
  const ptree t = results(small_baseline());
  const ptree& inc = item(t, "processes", 0);
  CHECK(inc.get<std::string>("id") == "incident");
  CHECK(inc.get<std::string>("name") == "Incident management");
  CHECK(inc.get<int>("capability.level") == 0);
  CHECK(inc.get<int>("capability.target") == 2);
  CHECK(inc.get<int>("capability.gap") == 2);
  CHECK(item(inc, "capability.attributes", 0).get<std::string>("attribute") == "PA1.1");
  CHECK(item(inc, "capability.attributes", 0).get<std::string>("rating") == "N");
  CHECK(item(inc, "capability.attributes", 2).get<std::string>("rating").empty());  // PA2.2 not rated
  CHECK_FALSE(item(inc, "capability.attributes", 2).get<bool>("rated"));
  CHECK(item(t, "processes", 1).get<std::string>("capability.target") == "null");
  const ptree& r = item(t, "requirements", 1);
  CHECK(r.get<std::string>("id") == "R-8.1-01");
  CHECK(r.get<std::string>("result") == "nonconformant");
  CHECK(r.get<std::string>("basis") == "rule");
  CHECK(r.get<std::string>("capability") == "PA1.1");
  CHECK(r.get<std::string>("provenance") == "obligation");
  CHECK(strings(r, "gaps.targets_missed") == std::vector<std::string>{"MET-INC-RESOLVED"});
  CHECK_FALSE(r.get_child_optional("judged_by").is_initialized());  // only for a judgement
  CHECK(item(t, "requirements", 3).get<std::string>("achievement") == "0.5");
  CHECK(t.get<int>("finding_counts.major") == 1);
  CHECK(t.get<int>("finding_counts.minor") == 1);
  CHECK(t.get<int>("finding_counts.ofi") == 0);
  const ptree& f = item(t, "findings", 0);
  CHECK(f.get<std::string>("id") == "F-8.1");
  CHECK(f.get<std::string>("grade") == "major");
  CHECK(f.get<std::string>("basis") == "obligation");
  CHECK(strings(f, "requirements") == std::vector<std::string>{"R-8.1-01", "R-8.1-02"});
  CHECK(f.get<std::string>("action") == "PA-8.1");
  const ptree& p = item(t, "plan", 1);
  CHECK(p.get<std::string>("id") == "PA-8.2");
  CHECK(p.get<std::string>("due") == "2026-09-28");
  CHECK(p.get<bool>("proposed"));
  CHECK(p.get<std::string>("grade") == "minor");
  CHECK(p.get<std::string>("owner").empty());
}

TEST_CASE("results.json: a judgement records who and when") {
  Workspace w = small_baseline();
  Judgement j;
  j.requirement = "R-8.2-01";
  j.result = Result::conformant;
  j.justification = "Seen.";
  j.assessor = "A. Assessor";
  w.judgements.push_back(j);  // undated
  const ptree r = item(results(w), "requirements", 3);
  CHECK(r.get<std::string>("basis") == "judgement");
  CHECK(r.get<std::string>("judged_by") == "A. Assessor");
  CHECK(r.get<std::string>("judged_on") == "null");
}

TEST_CASE("results.json: the evidence register as the assessment saw it") {
  Workspace w = small_baseline();
  w.evidence.erase("REC-CHANGES");
  w.evidence["DOC-POLICY"].reference = "POL-01";
  const ptree t = results(w);
  const ptree& policy = item(t, "evidence", 0);
  CHECK(policy.get<std::string>("id") == "DOC-POLICY");
  CHECK(policy.get<std::string>("kind") == "document");
  CHECK(policy.get<bool>("mandatory"));
  CHECK(policy.get<std::string>("review") == "provided");
  CHECK(policy.get<bool>("registered"));
  CHECK(policy.get<std::string>("status") == "seen");
  CHECK(policy.get<std::string>("reference") == "POL-01");
  CHECK(policy.get<std::string>("reviewed") == "2026-01-10");
  CHECK(policy.get<std::string>("issued") == "null");
  CHECK(policy.get<std::string>("approved_by") == "CEO");
  CHECK(policy.get<bool>("valid"));
  CHECK_FALSE(policy.get<bool>("stale"));
  const ptree& metric = item(t, "evidence", 2);
  CHECK(metric.get<std::string>("review") == "provided");
  CHECK(metric.get<bool>("present"));
  CHECK(metric.get<std::string>("value") == "85");
  CHECK(metric.get<std::string>("target") == "90");
  CHECK(metric.get<std::string>("benchmark") == "90");
  CHECK(metric.get<std::string>("unit") == "%");
  CHECK(metric.get<std::string>("better") == "higher");
  CHECK_FALSE(metric.get<bool>("met"));
  CHECK_FALSE(metric.get_child_optional("registered").is_initialized());  // metrics have no register entry fields
  const ptree& changes = item(t, "evidence", 3);
  CHECK(changes.get<std::string>("review") == "outstanding");
  CHECK_FALSE(changes.get<bool>("registered"));
  CHECK(changes.get<std::string>("status") == "missing");
  CHECK(changes.get<std::string>("reviewed") == "null");
  CHECK(changes.get<std::string>("reference").empty());
}

TEST_CASE("results.json: the tailoring is recorded when one was applied, and left out otherwise") {
  Checklist c = small_checklist();
  c.tailoring.id = "acme-2026";
  c.tailoring.version = "1.0.0";
  c.tailoring.title = "ACME";
  c.tailoring.file = "ws/tailoring.xml";
  c.tailoring.notes = {"Requirement R-8.2-01: weight changed."};
  const ptree t = results(small_baseline(), c);
  CHECK(keys(t.get_child("checklist.tailoring")) ==
        std::vector<std::string>{"id", "version", "title", "file", "notes", "deselected"});
  CHECK(t.get<std::string>("checklist.tailoring.id") == "acme-2026");
  CHECK(strings(t, "checklist.tailoring.notes") == std::vector<std::string>{"Requirement R-8.2-01: weight changed."});
  CHECK(t.get_child("checklist.tailoring.deselected").empty());
  CHECK_FALSE(results(small_baseline()).get_child_optional("checklist.tailoring").is_initialized());
}
