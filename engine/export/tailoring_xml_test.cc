// Tailorings round-trip: load → write → load gives the same model, and writing is deterministic.
#include "export/tailoring_xml.h"

#include <doctest/doctest.h>

#include "load/tailoring_loader.h"
#include "test_support.h"

using namespace iso20k;
using namespace iso20k::test;

namespace {

Tailoring load_ok(const std::string& file, const std::string& bytes) {
  TailoringLoad load = load_tailoring_bytes(file, bytes);
  for (const Diagnostic& d : load.diagnostics) INFO(format(d));
  REQUIRE(load.tailoring);
  return std::move(*load.tailoring);
}

void check_same_evidence(const EvidenceItem& a, const EvidenceItem& b) {
  CHECK(a.id == b.id);
  CHECK(a.kind == b.kind);
  CHECK(a.mandatory == b.mandatory);
  CHECK(a.max_age == b.max_age);
  CHECK(a.approval_required == b.approval_required);
  CHECK(a.documented_information == b.documented_information);
  CHECK(a.title == b.title);
  CHECK(a.description == b.description);
  CHECK(a.unit == b.unit);
  CHECK(a.target == b.target);
  CHECK(a.better == b.better);
  CHECK(a.source == b.source);
}

void check_same_requirement(const Requirement& a, const Requirement& b) {
  CHECK(a.id == b.id);
  CHECK(a.clause == b.clause);
  CHECK(a.processes == b.processes);
  CHECK(a.weight == b.weight);
  CHECK(a.severity == b.severity);
  CHECK(a.capability == b.capability);
  CHECK(a.source == b.source);
  CHECK(a.text == b.text);
  CHECK(a.guidance == b.guidance);
  CHECK(a.questions == b.questions);
  CHECK(a.evidence == b.evidence);
  CHECK(a.rule_text == b.rule_text);
  REQUIRE(a.mappings.size() == b.mappings.size());
  for (std::size_t i = 0; i < a.mappings.size(); ++i) {
    CHECK(a.mappings[i].standard == b.mappings[i].standard);
    CHECK(a.mappings[i].edition == b.mappings[i].edition);
    CHECK(a.mappings[i].clause == b.mappings[i].clause);
  }
}

// Everything but source locations and the path.
void check_same(const Tailoring& a, const Tailoring& b) {
  CHECK(a.id == b.id);
  CHECK(a.checklist == b.checklist);
  CHECK(a.version == b.version);
  CHECK(a.title == b.title);
  CHECK(a.description == b.description);
  REQUIRE(a.selections.size() == b.selections.size());
  for (std::size_t i = 0; i < a.selections.size(); ++i) {
    CHECK(a.selections[i].select == b.selections[i].select);
    CHECK(a.selections[i].requirement == b.selections[i].requirement);
    CHECK(a.selections[i].clause == b.selections[i].clause);
    CHECK(a.selections[i].reason == b.selections[i].reason);
  }
  REQUIRE(a.sets.size() == b.sets.size());
  for (std::size_t i = 0; i < a.sets.size(); ++i) {
    CHECK(a.sets[i].requirement == b.sets[i].requirement);
    CHECK(a.sets[i].weight == b.sets[i].weight);
    CHECK(a.sets[i].severity == b.sets[i].severity);
    CHECK(a.sets[i].reason == b.sets[i].reason);
  }
  REQUIRE(a.targets.size() == b.targets.size());
  for (std::size_t i = 0; i < a.targets.size(); ++i) {
    CHECK(a.targets[i].evidence == b.targets[i].evidence);
    CHECK(a.targets[i].target == b.targets[i].target);
    CHECK(a.targets[i].reason == b.targets[i].reason);
  }
  REQUIRE(a.evidence.size() == b.evidence.size());
  for (std::size_t i = 0; i < a.evidence.size(); ++i)
    check_same_evidence(a.evidence[i].item, b.evidence[i].item);
  REQUIRE(a.requirements.size() == b.requirements.size());
  for (std::size_t i = 0; i < a.requirements.size(); ++i) {
    check_same_requirement(a.requirements[i].requirement, b.requirements[i].requirement);
  }
}

void check_round_trip(const std::string& path) {
  const Tailoring first = load_ok(path, read_file(path));
  const std::string written = tailoring_to_xml(first);
  const Tailoring second = load_ok("written.xml", written);
  check_same(first, second);
  CHECK(tailoring_to_xml(second) == written);  // a fixed point
}

}  // namespace

TEST_CASE("tailoring round trip: the test fixture") {
  check_round_trip(fixture("tailoring/small-deselect.xml"));
}

TEST_CASE("tailoring round trip: the 2018 example") {
  check_round_trip(source_dir() + "/examples/tailoring/acme-hosting-2018.xml");
}

TEST_CASE("tailoring round trip: awkward values survive") {
  Tailoring t;
  t.id = "odd";
  t.checklist = "test-small:2024";
  t.version = "1";
  t.title = "Quotes \" and <angle> & ampersands";
  t.selections.push_back({false, "", "8.1", "line one\nline two\t\"quoted\" & <b>", {}, {}});
  t.sets.push_back({"R-8.2-01", 0.1 + 0.2, Severity::low, "", {}, {}});
  t.targets.push_back({"MET-X", -1.25e-7, "", {}, {}});
  TailoringEvidence e;
  e.item.id = "MET-ODD";
  e.item.kind = EvidenceKind::metric;
  e.item.unit = "score (1-5)";
  e.item.target = 4.75;
  e.item.better = Better::lower;
  e.item.max_age = Duration{45};
  e.item.mandatory = true;
  e.item.approval_required = true;
  e.item.title = "Odd & metric";
  e.item.description = "Multi-line\ndescription with <tags> and \"quotes\".";
  t.evidence.push_back(e);
  TailoringRequirement r;
  r.requirement.id = "ODD-1";
  r.requirement.clause = "8.2";
  r.requirement.processes = {"change", "incident"};
  r.requirement.weight = 1.0 / 3.0;
  r.requirement.capability = Attribute::pa5_2;
  r.requirement.source = "Amd1:2024";
  r.requirement.text = "Text with a < b && c > d.";
  r.requirement.guidance = "Guidance.";
  r.requirement.questions = {"One?", "Two & three?"};
  r.requirement.evidence = {"MET-ODD"};
  r.requirement.rule_text = "value(metric(\"MET-ODD\")) < 5 && !present(evidence(\"MET-ODD\"))";
  r.requirement.mappings.push_back({"ISO 9001", "2015", "8.5.6", {}});
  t.requirements.push_back(r);
  const std::string written = tailoring_to_xml(t);
  const Tailoring back = load_ok("odd.xml", written);
  check_same(t, back);
}
