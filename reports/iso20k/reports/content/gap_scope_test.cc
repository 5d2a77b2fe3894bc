// Scope and method: the criteria (standard with its amendments, checklist, tailoring, scoring model,
// date, assessors), the scope of the service management system with the parties and what they
// operate by name, and the method, pointing at the appendix that shows the computation when the
// report has one.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "iso20k/reports/content/gap_sections.h"
#include "support/content_probe.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("gap scope: the criteria of the assessment, the scope, and the method") {
  const ReportInput in = test::example_input("northgate-msp");
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_scope_and_method, in, tmpl);
  CHECK(test::outline(blocks) ==
        std::vector<std::string>{"H2 Assessment criteria", "table  (6 rows)", "H2 Scope of the service management system",
                                 "table  (6 rows)", "H2 Method", "p " + tmpl.text("method.sampling"),
                                 "p " + tmpl.text("method.results"), "p " + tmpl.text("method.grading"),
                                 "p " + tmpl.text("method.capability")});  // no appendix: no trail
  CHECK(test::cells(test::table_after(blocks, "Assessment criteria").table) ==
        Rows{{"Standard", "ISO/IEC 20000-1:2018\nAmd1:2024 — Climate action changes"},
             {"Checklist",
              "ISO/IEC 20000-1:2018 (with Amd 1:2024): service management system requirements (iso20000-1:2018, version 1.1.0)"},
             {"Tailoring", "None: the checklist is used as published."},
             {"Scoring model",
              "Weighted: the score of a clause is the sum of weight × achievement over its assessed requirements, divided "
              "by their total weight."},  // the first sentence only
             {"Assessment date", "17 February 2026"},
             {"Assessors", "Claire Okafor (Okafor Service Consulting)"}});
  CHECK_FALSE(test::table_after(blocks, "Assessment criteria").table.header);
}

TEST_CASE("gap scope: a tailored checklist names its tailoring, changes and removed requirements") {
  ReportInput in = test::example_input("northgate-msp");
  AppliedTailoring& tailoring = in.checklist.tailoring;
  tailoring.id = "acme-2026";
  tailoring.title = "Acme tailoring";
  tailoring.version = "2";
  tailoring.notes = {"Clause 8.4 is merged into 8.3.", "Weights of clause 9 doubled."};
  tailoring.deselected = {"R-8.4.1-01", "R-8.4.1-02"};
  in.assessment.capability.clear();
  const Template tmpl = test::bundled_template("default");
  ReportOptions detail;
  detail.detail = true;
  const std::vector<Block> blocks = test::gap_section(add_scope_and_method, in, tmpl, detail);
  CHECK(test::cells(test::table_after(blocks, "Assessment criteria").table)[2] ==
        std::vector<std::string>{"Tailoring", "Acme tailoring (acme-2026, version 2)"});
  CHECK(test::outline(blocks) ==
        std::vector<std::string>{"H2 Assessment criteria", "table  (6 rows)",
                                 "p The tailoring changes the checklist as follows:", "• Clause 8.4 is merged into 8.3.",
                                 "• Weights of clause 9 doubled.",
                                 "p Requirements removed by the tailoring: R-8.4.1-01, R-8.4.1-02.",
                                 "H2 Scope of the service management system", "table  (6 rows)", "H2 Method",
                                 "p " + tmpl.text("method.sampling"), "p " + tmpl.text("method.results"),
                                 "p " + tmpl.text("method.grading"),  // no processes rated: no capability sentence
                                 "p Appendix C shows how every score was computed, so that any figure in this report can "
                                 "be checked by hand."});
}

TEST_CASE("gap scope: the scope's rows name services, parties and what they operate, or say none") {
  ReportInput in = test::example_input("northgate-msp");
  Profile& p = in.workspace.profile;
  p.scope = "";
  p.services = {Service{"svc-desk", "Service desk", {}, {}}, Service{"svc-hosting", "", {}, {}}};
  p.sites = {"Leeds", "York"};
  p.units.clear();
  p.persons = 0;
  OtherParty backup;
  backup.name = "Keyvault";
  backup.operates = {"svc-desk", "continuity", "tape robot"};
  OtherParty customer;
  customer.name = "Big Bank";
  customer.kind = PartyKind::customer_as_supplier;
  p.parties = {backup, customer};
  const Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, in);
  const std::vector<LabelValue> rows = scope_rows(in, t);
  REQUIRE(rows.size() == 6);
  CHECK(rows[0].value == "None recorded");
  CHECK(rows[1].value == "Service desk\nsvc-hosting");  // a service without a name by its id
  CHECK(rows[2].value == "Leeds\nYork");
  CHECK(rows[3].value == "None recorded");
  CHECK(rows[4].value == "None recorded");
  CHECK(rows[5].value ==
        "Keyvault (external supplier), operates: Service desk, Service continuity management, tape robot\n"
        "Big Bank (customer acting as a supplier)");
}

}  // namespace iso20k::reports
