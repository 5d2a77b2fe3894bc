// A loaded workspace checked against the small fixture checklist: every kind of misfit with its
// message, at the value's place when it was recorded, sorted by file and position.
#include "iso20k/load/workspace/workspace_check.h"

#include <doctest/doctest.h>

#include "support/small_checklist.h"

using namespace iso20k;
using iso20k::test::small_checklist;

namespace {

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) out += format(x) + "\n";
  return out;
}

SourceLocation at(const char* file, int line, int column = 1) { return SourceLocation{file, line, column}; }

// Fits the fixture checklist: the checks find nothing.
Workspace fitting() {
  Workspace w = iso20k::test::small_baseline();
  w.profile.checklist = "test-small:2024";
  return w;
}

}  // namespace

TEST_CASE("workspace check: a workspace that fits has no problems") {
  CHECK(all(check_workspace(fitting(), small_checklist())).empty());
  Workspace by_path = fitting();
  by_path.profile.checklist = "../checklists/other-name.xml";  // a file: its id is not compared
  CHECK(all(check_workspace(by_path, small_checklist())).empty());
}

TEST_CASE("workspace check: every misfit, each at its value, in file and position order") {
  Workspace w = fitting();
  w.profile.checklist = "iso20000-1:2018";
  w.profile.where = at("ws/profile.xml", 1);
  w.profile.locations.by_field["checklist"] = at("ws/profile.xml", 2, 12);
  w.profile.target_levels["incidnet"] = 2;
  w.profile.locations.by_field["targets[incidnet]"] = at("ws/profile.xml", 9, 5);
  EvidenceRecord metric_as_evidence;
  metric_as_evidence.id = "MET-INC-RESOLVED";
  metric_as_evidence.where = at("ws/evidence.csv", 5);
  w.evidence[metric_as_evidence.id] = metric_as_evidence;
  EvidenceRecord unknown_item;
  unknown_item.id = "DOC-POLCY";
  unknown_item.where = at("ws/evidence.csv", 3);
  w.evidence[unknown_item.id] = unknown_item;
  MetricRecord record_as_metric;
  record_as_metric.id = "REC-CHANGES";
  record_as_metric.where = at("ws/metrics.csv", 2);
  w.metrics[record_as_metric.id] = record_as_metric;
  w.metrics["MET-INC-RESOLVED"].unit = "percent";
  w.metrics["MET-INC-RESOLVED"].where = at("ws/metrics.csv", 3);
  w.metrics["MET-INC-RESOLVED"].locations.by_field["unit"] = at("ws/metrics.csv", 3, 22);
  Judgement j;
  j.requirement = "R-8.1-1";
  j.result = Result::conformant;
  j.where = at("ws/judgements.json", 4);
  w.judgements.push_back(j);
  Action a;
  a.id = "A-1";
  a.requirements = {"R-8.1-01", "R-8.2-1"};
  a.where = at("ws/actions.csv", 2);
  a.locations.by_field["requirements[1]"] = at("ws/actions.csv", 2, 15);
  w.actions.push_back(a);
  CHECK(all(check_workspace(w, small_checklist())) ==
        "ws/actions.csv:2:15: error: unknown requirement 'R-8.2-1': checklist test-small:2024 has no such requirement "
        "(did you mean 'R-8.2-01'?)\n"
        "ws/evidence.csv:3:1: error: unknown evidence item 'DOC-POLCY': checklist test-small:2024 has no such evidence "
        "item (did you mean 'DOC-POLICY'?)\n"
        "ws/evidence.csv:5:1: error: MET-INC-RESOLVED is a metric: record its value in the metrics register, not here\n"
        "ws/judgements.json:4:1: error: unknown requirement 'R-8.1-1': checklist test-small:2024 has no such "
        "requirement (did you mean 'R-8.1-01'?)\n"
        "ws/metrics.csv:2:1: error: REC-CHANGES is a record, not a metric: record it in the evidence register\n"
        "ws/metrics.csv:3:22: error: metric MET-INC-RESOLVED is measured in '%' (checklist test-small:2024), not "
        "'percent'\n"
        "ws/profile.xml:2:12: error: the profile names checklist 'iso20000-1:2018' but is checked against "
        "test-small:2024\n"
        "ws/profile.xml:9:5: error: unknown process 'incidnet': checklist test-small:2024 has no such process (did you "
        "mean 'incident'?)\n");
}

TEST_CASE("workspace check: not applicable only where the checklist allows it") {
  Workspace w = fitting();
  Judgement j;
  j.requirement = "R-8.2-01";
  j.result = Result::not_applicable;
  w.judgements.push_back(j);
  CHECK(all(check_workspace(w, small_checklist())).empty());  // the fixture allows it
  Checklist strict = small_checklist();
  strict.allow_not_applicable = false;
  CHECK(all(check_workspace(w, strict)) ==
        "iso20k: error: checklist test-small:2024 allows no not-applicable result: none of its requirements can be "
        "excluded (narrow the scope's services, units or sites instead)\n");
}

TEST_CASE("workspace check: a requirement a tailoring deselected is named as such, not as unknown") {
  Checklist tailored = small_checklist();
  tailored.requirements.erase(tailored.requirements.begin() + 2);  // R-8.1-02
  tailored.reindex();
  tailored.tailoring.id = "acme";
  tailored.tailoring.deselected = {"R-8.1-02"};
  Workspace w = fitting();
  Judgement j;
  j.requirement = "R-8.1-02";
  j.result = Result::conformant;
  w.judgements.push_back(j);
  Action a;
  a.id = "A-1";
  a.requirements = {"R-8.1-02"};
  w.actions.push_back(a);
  CHECK(all(check_workspace(w, tailored)) ==
        "iso20k: error: judgement for requirement R-8.1-02, which tailoring acme deselected (out of scope): remove "
        "the judgement or the deselection\n"
        "iso20k: error: action A-1 names requirement R-8.1-02, which tailoring acme deselected (out of scope): remove "
        "it from the action or remove the deselection\n");
}
