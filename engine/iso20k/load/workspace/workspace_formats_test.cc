// One model whatever the file format: the same workspace written in XML, JSON, INI and CSV (with
// an XML profile and judgements) loads to the same values, compared field by field.
#include <doctest/doctest.h>

#include "iso20k/load/workspace/workspace_loader.h"
#include "support/test_support.h"

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
  CHECK_SAME_FIELDS(a, b, organisation, checklist, tailoring, assessment_date, assessors, scope,
                    units, sites, persons);
  check_pairs("services", a.services, b.services, [](const Service& x, const Service& y) {
    CHECK_SAME_FIELDS(x, y, id, name);
  });
  check_pairs("parties", a.parties, b.parties, [](const OtherParty& x, const OtherParty& y) {
    CHECK_SAME_FIELDS(x, y, name, kind, services, processes, components, operates);
  });
  CHECK(a.target_levels == b.target_levels);
}

void same_workspace(const Workspace& a, const Workspace& b) {
  same_profile(a.profile, b.profile);
  check_pairs("evidence", a.evidence, b.evidence, [](const auto& x, const auto& y) {
    CHECK_SAME_FIELDS(x.second, y.second, id, status, reference, version, issued, reviewed, expires,
                      owner, approved_by, notes);
  });
  check_pairs("metrics", a.metrics, b.metrics, [](const auto& x, const auto& y) {
    CHECK_SAME_FIELDS(x.second, y.second, id, value, target, unit, period, source);
  });
  check_pairs("judgements", a.judgements, b.judgements, [](const Judgement& x, const Judgement& y) {
    CHECK_SAME_FIELDS(x, y, requirement, result, achievement, justification, assessor, date);
  });
  check_pairs("actions", a.actions, b.actions, [](const Action& x, const Action& y) {
    CHECK_SAME_FIELDS(x, y, id, requirements, title, owner, due, status, progress);
  });
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
  for (const std::string name : {"same-xml", "same-json", "same-ini", "same-csv"}) {
    INFO(name);
    const Workspace w = load_fixture(name);
    const std::string dir = fixture("workspaces/" + name);
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
