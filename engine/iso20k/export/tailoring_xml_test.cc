// Tailorings round-trip: load → write → load gives the same model, and writing is deterministic.
#include "iso20k/export/tailoring_xml.h"

#include <doctest/doctest.h>

#include "iso20k/load/tailoring/tailoring_loader.h"
#include "support/test_support.h"

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
  CHECK_SAME_FIELDS(a, b, id, kind, mandatory, max_age, approval_required, documented_information,
                    title, description, unit, target, better, source);
}

void check_same_requirement(const Requirement& a, const Requirement& b) {
  CHECK_SAME_FIELDS(a, b, id, clause, processes, weight, severity, capability, source, text,
                    guidance, questions, evidence, rule_text);
  check_pairs("mappings", a.mappings, b.mappings, [](const Mapping& x, const Mapping& y) {
    CHECK_SAME_FIELDS(x, y, standard, edition, clause);
  });
}

// Everything but source locations and the path.
void check_same(const Tailoring& a, const Tailoring& b) {
  CHECK_SAME_FIELDS(a, b, id, checklist, version, title, description);
  check_pairs("selections", a.selections, b.selections,
              [](const TailoringSelection& x, const TailoringSelection& y) {
                CHECK_SAME_FIELDS(x, y, select, requirement, clause, reason);
              });
  check_pairs("sets", a.sets, b.sets, [](const TailoringSet& x, const TailoringSet& y) {
    CHECK_SAME_FIELDS(x, y, requirement, weight, severity, reason);
  });
  check_pairs("targets", a.targets, b.targets,
              [](const TailoringTarget& x, const TailoringTarget& y) {
                CHECK_SAME_FIELDS(x, y, evidence, target, reason);
              });
  check_pairs("evidence", a.evidence, b.evidence,
              [](const TailoringEvidence& x, const TailoringEvidence& y) {
                check_same_evidence(x.item, y.item);
              });
  check_pairs("requirements", a.requirements, b.requirements,
              [](const TailoringRequirement& x, const TailoringRequirement& y) {
                check_same_requirement(x.requirement, y.requirement);
              });
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
