// One model whatever the file format: the same workspace written in XML, JSON, INI and CSV (with
// an XML profile and judgements) loads to the same values, compared field by field.
#include <doctest/doctest.h>

#include "load/workspace/workspace_loader.h"
#include "test_support.h"

using namespace iso20k;
using namespace iso20k::test;

namespace {

Workspace load_fixture(const std::string& name) {
  WorkspaceLoad load = load_workspace(fixture("workspaces/" + name));
  for (const Diagnostic& d : load.diagnostics) INFO(format(d));
  CHECK(load.diagnostics.empty());
  REQUIRE(load.workspace);
  return std::move(*load.workspace);
}

void same_profile(const Profile& a, const Profile& b) {
  CHECK(a.organisation == b.organisation);
  CHECK(a.checklist == b.checklist);
  CHECK(a.tailoring == b.tailoring);
  CHECK(a.assessment_date == b.assessment_date);
  CHECK(a.assessors == b.assessors);
  CHECK(a.scope == b.scope);
  CHECK(a.units == b.units);
  CHECK(a.sites == b.sites);
  CHECK(a.persons == b.persons);
  REQUIRE(a.services.size() == b.services.size());
  for (std::size_t i = 0; i < a.services.size(); ++i) {
    CHECK(a.services[i].id == b.services[i].id);
    CHECK(a.services[i].name == b.services[i].name);
  }
  REQUIRE(a.parties.size() == b.parties.size());
  for (std::size_t i = 0; i < a.parties.size(); ++i) {
    CHECK(a.parties[i].name == b.parties[i].name);
    CHECK(a.parties[i].kind == b.parties[i].kind);
    CHECK(a.parties[i].services == b.parties[i].services);
    CHECK(a.parties[i].processes == b.parties[i].processes);
    CHECK(a.parties[i].components == b.parties[i].components);
    CHECK(a.parties[i].operates == b.parties[i].operates);
  }
  CHECK(a.target_levels == b.target_levels);
}

void same_evidence(const EvidenceRecord& a, const EvidenceRecord& b) {
  CHECK(a.id == b.id);
  CHECK(a.status == b.status);
  CHECK(a.reference == b.reference);
  CHECK(a.version == b.version);
  CHECK(a.issued == b.issued);
  CHECK(a.reviewed == b.reviewed);
  CHECK(a.expires == b.expires);
  CHECK(a.owner == b.owner);
  CHECK(a.approved_by == b.approved_by);
  CHECK(a.notes == b.notes);
}

void same_metric(const MetricRecord& a, const MetricRecord& b) {
  CHECK(a.id == b.id);
  CHECK(a.value == b.value);
  CHECK(a.target == b.target);
  CHECK(a.unit == b.unit);
  CHECK(a.period == b.period);
  CHECK(a.source == b.source);
}

void same_judgement(const Judgement& a, const Judgement& b) {
  CHECK(a.requirement == b.requirement);
  CHECK(a.result == b.result);
  CHECK(a.achievement == b.achievement);
  CHECK(a.justification == b.justification);
  CHECK(a.assessor == b.assessor);
  CHECK(a.date == b.date);
}

void same_action(const Action& a, const Action& b) {
  CHECK(a.id == b.id);
  CHECK(a.requirements == b.requirements);
  CHECK(a.title == b.title);
  CHECK(a.owner == b.owner);
  CHECK(a.due == b.due);
  CHECK(a.status == b.status);
  CHECK(a.progress == b.progress);
}

void same_workspace(const Workspace& a, const Workspace& b) {
  same_profile(a.profile, b.profile);
  REQUIRE(a.evidence.size() == b.evidence.size());
  for (auto ia = a.evidence.begin(), ib = b.evidence.begin(); ia != a.evidence.end(); ++ia, ++ib) {
    same_evidence(ia->second, ib->second);
  }
  REQUIRE(a.metrics.size() == b.metrics.size());
  for (auto ia = a.metrics.begin(), ib = b.metrics.begin(); ia != a.metrics.end(); ++ia, ++ib) {
    same_metric(ia->second, ib->second);
  }
  REQUIRE(a.judgements.size() == b.judgements.size());
  for (std::size_t i = 0; i < a.judgements.size(); ++i) same_judgement(a.judgements[i], b.judgements[i]);
  REQUIRE(a.actions.size() == b.actions.size());
  for (std::size_t i = 0; i < a.actions.size(); ++i) same_action(a.actions[i], b.actions[i]);
}

}  // namespace

TEST_CASE("workspace formats: the XML fixture holds what the test expects") {
  const Workspace w = load_fixture("same-xml");
  const Profile& p = w.profile;
  CHECK(p.organisation == "Müller & Söhne IT GmbH");
  CHECK(p.checklist == "../../checklists/small.xml");
  CHECK(p.assessment_date == date_from_ymd(2026, 3, 10));
  CHECK(p.assessors == std::vector<std::string>{"Jane Doe", "Ravi Patel"});
  CHECK(p.scope == "Service desk and managed hosting for customers in Leeds, \"as agreed\"");
  CHECK(p.units == std::vector<std::string>{"Service desk", "Infrastructure"});
  CHECK(p.sites == std::vector<std::string>{"Leeds"});
  CHECK(p.persons == 45);
  REQUIRE(p.services.size() == 2);
  CHECK(p.services[1].id == "hosting");
  CHECK(p.services[1].name == "Managed hosting");
  REQUIRE(p.parties.size() == 2);
  CHECK(p.parties[0].kind == PartyKind::external_supplier);
  CHECK(p.parties[0].operates ==
        std::vector<std::string>{"hosting", "change", "Data centre space", "Power and cooling"});
  CHECK(p.parties[1].kind == PartyKind::internal_supplier);
  CHECK(p.parties[1].operates.empty());
  CHECK(p.target_levels == std::map<std::string, int>{{"change", 2}, {"incident", 3}});
  REQUIRE(w.evidence.size() == 3);
  const EvidenceRecord& e = w.evidence.at("DOC-POLICY");
  CHECK(e.status == EvidenceStatus::seen);
  CHECK(e.reference == "POL-001, SharePoint /SMS");
  CHECK(e.reviewed == date_from_ymd(2026, 1, 15));
  CHECK(e.approved_by == "CEO");
  CHECK(w.evidence.at("REC-CHANGES").status == EvidenceStatus::missing);
  CHECK(w.metrics.at("MET-INC-RESOLVED").value == 92.5);
  CHECK(w.metrics.at("MET-INC-RESOLVED").target == 95);
  REQUIRE(w.judgements.size() == 2);
  CHECK(w.judgements[0].achievement == 0.6);
  CHECK(w.judgements[1].result == Result::not_applicable);
  REQUIRE(w.actions.size() == 2);
  CHECK(w.actions[0].requirements == std::vector<std::string>{"R-8.1-01", "R-8.1-02"});
  CHECK(w.actions[1].status == ActionStatus::done);
  CHECK(w.actions[1].progress == 100);  // done without a progress: 100
}

TEST_CASE("workspace formats: JSON loads to the same model as XML") {
  same_workspace(load_fixture("same-json"), load_fixture("same-xml"));
}
TEST_CASE("workspace formats: INI loads to the same model as XML") {
  same_workspace(load_fixture("same-ini"), load_fixture("same-xml"));
}
TEST_CASE("workspace formats: CSV registers load to the same model as XML") {
  same_workspace(load_fixture("same-csv"), load_fixture("same-xml"));
}

TEST_CASE("workspace formats: locations point at the values, in every format") {
  for (const char* name : {"same-xml", "same-json", "same-ini", "same-csv"}) {
    INFO(name);
    const Workspace w = load_fixture(name);
    const std::string dir = fixture(std::string("workspaces/") + name);
    // The location of each recorded value must show that value in the file.
    auto shows = [&](const SourceLocation& l, const std::string& value) {
      const std::string text = read_file(l.file);
      std::size_t line_start = 0;
      for (int i = 1; i < l.line; ++i) line_start = text.find('\n', line_start) + 1;
      std::size_t at = line_start;
      for (int c = 1; c < l.column; ++c) {
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
      }
      return text.compare(at, value.size(), value) == 0;
    };
    const EvidenceRecord& e = w.evidence.at("DOC-POLICY");
    CHECK(shows(e.locations.of("id", {}), "DOC-POLICY"));
    CHECK(shows(e.locations.of("reviewed", {}), "2026-01-15"));
    CHECK(shows(e.locations.of("approved-by", {}), "CEO"));
    const Action& a = w.actions[0];
    CHECK(shows(a.locations.of("requirements[1]", {}), "R-8.1-02"));
    CHECK(shows(w.metrics.at("MET-INC-RESOLVED").locations.of("value", {}), "92.5"));
    CHECK(shows(w.judgements[1].locations.of("result", {}), "not-applicable"));
    CHECK(shows(w.profile.locations.of("targets[change]", {}), "change"));
    CHECK(shows(w.profile.parties[0].locations.of("processes[0]", {}), "change"));
  }
}
