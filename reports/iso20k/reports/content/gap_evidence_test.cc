// The evidence register appendix: every evidence item of the checklist by kind, as the register
// recorded it — status, reference and version, the dates, owner and approver — and what it amounted
// to on the assessment date (valid, expired, out of date, not approved, not seen); metrics with their
// value against the organisation's target.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/gap_sections.h"
#include "support/content_probe.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

EvidenceRecord record(const std::string& id, EvidenceStatus status) {
  EvidenceRecord r;
  r.id = id;
  r.status = status;
  return r;
}

// Northgate (assessed as of 17 February 2026) with the register entries of six documents written by
// hand, and one metric.
ReportInput registered() {
  ReportInput in = test::example_input("northgate-msp");
  auto& ev = in.workspace.evidence;
  EvidenceRecord scope = record("DOC-SMS-SCOPE", EvidenceStatus::seen);
  scope.reference = "SMS-01";
  scope.version = "3";
  scope.issued = date_from_ymd(2025, 6, 1);
  scope.reviewed = date_from_ymd(2026, 1, 10);
  scope.expires = date_from_ymd(2027, 1, 1);
  scope.owner = "Head of Service";
  scope.approved_by = "CEO";
  ev["DOC-SMS-SCOPE"] = scope;
  EvidenceRecord policy = record("DOC-SM-POLICY", EvidenceStatus::seen);
  policy.reference = "POL-2";
  policy.issued = date_from_ymd(2025, 10, 1);
  policy.expires = date_from_ymd(2026, 1, 31);  // before the assessment date
  policy.approved_by = "CEO";
  ev["DOC-SM-POLICY"] = policy;
  EvidenceRecord objectives = record("DOC-SM-OBJECTIVES", EvidenceStatus::seen);
  objectives.reviewed = date_from_ymd(2024, 6, 1);  // more than the 12 months allowed
  objectives.approved_by = "CEO";
  ev["DOC-SM-OBJECTIVES"] = objectives;
  EvidenceRecord plan = record("DOC-SM-PLAN", EvidenceStatus::seen);
  plan.reviewed = date_from_ymd(2026, 1, 1);  // approval required, none recorded
  ev["DOC-SM-PLAN"] = plan;
  ev["DOC-CTX-ISSUES"] = record("DOC-CTX-ISSUES", EvidenceStatus::missing);
  ev.erase("DOC-CHANGE-POLICY");
  MetricRecord ack;
  ack.id = "MET-POLICY-ACK";
  ack.value = 92.5;
  ack.target = 95;
  ack.period = "2025-Q4";
  ack.source = "HR system";
  in.workspace.metrics["MET-POLICY-ACK"] = ack;
  MetricRecord risk;
  risk.id = "MET-RISK-ACTIONS-ON-TIME";
  risk.value = 85;
  in.workspace.metrics["MET-RISK-ACTIONS-ON-TIME"] = risk;  // no target of its own: met
  in.workspace.metrics.erase("MET-OBJ-PLANNED");
  return in;
}

// The row whose first cell starts with `id` and a line break.
const layout::TableRow& row_of(const std::vector<Block>& blocks, const std::string& id) {
  for (const Block& b : blocks) {
    const auto* t = std::get_if<TableBlock>(&b);
    if (t == nullptr) continue;
    for (const layout::TableRow& r : t->table.rows) {
      if (r[0].text.starts_with(id + "\n")) return r;
    }
  }
  FAIL("no row for " << id);
  throw;
}

std::vector<std::string> texts(const layout::TableRow& row) {
  std::vector<std::string> out;
  for (const layout::TableCell& c : row) out.push_back(c.text);
  return out;
}

}  // namespace

TEST_CASE("gap evidence: one table per kind of evidence, every item of the checklist in it") {
  const ReportInput in = registered();
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_evidence_register, in, tmpl);
  std::vector<std::string> headings;
  for (const std::string& line : test::outline(blocks)) {
    if (line.starts_with("H")) headings.push_back(line);
  }
  CHECK(headings == std::vector<std::string>{"H2 Documents", "H2 Records", "H2 Interviews", "H2 Observations", "H2 Metrics"});
  CHECK(test::outline(blocks)[0] == "p " + tmpl.text("evidence.intro"));
  const auto items = [&](EvidenceKind kind) {
    return static_cast<std::size_t>(std::count_if(in.checklist.evidence.begin(), in.checklist.evidence.end(),
                                                  [&](const EvidenceItem& e) { return e.kind == kind; }));
  };
  CHECK(test::table_after(blocks, "Documents").table.rows.size() == items(EvidenceKind::document));
  CHECK(test::table_after(blocks, "Records").table.rows.size() == items(EvidenceKind::record));
  CHECK(test::table_after(blocks, "Metrics").table.rows.size() == items(EvidenceKind::metric));
}

TEST_CASE("gap evidence: a document's entry and what it amounted to on the assessment date") {
  const ReportInput in = registered();
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_evidence_register, in, tmpl);
  CHECK(texts(row_of(blocks, "DOC-SMS-SCOPE")) ==
        std::vector<std::string>{"DOC-SMS-SCOPE\nScope of the service management system (mandatory)", "Seen",
                                 "SMS-01, version 3", "Issued 1 Jun 2025\nReviewed 10 Jan 2026\nExpires 1 Jan 2027",
                                 "Head of Service\nApproved by CEO", "Valid"});
  CHECK(row_of(blocks, "DOC-SMS-SCOPE")[5].fill == tint(charts::conformant_color, 0.3));
  CHECK(texts(row_of(blocks, "DOC-SM-POLICY")) ==
        std::vector<std::string>{"DOC-SM-POLICY\nService management policy (mandatory)", "Seen", "POL-2",
                                 "Issued 1 Oct 2025\nExpires 31 Jan 2026", "Approved by CEO", "Expired"});
  CHECK(row_of(blocks, "DOC-SM-OBJECTIVES")[5].text == "Out of date");
  CHECK(row_of(blocks, "DOC-SM-OBJECTIVES")[5].fill == tint(charts::partial_color, 0.45));
  CHECK(row_of(blocks, "DOC-SM-PLAN")[5].text == "Not approved");
  CHECK(texts(row_of(blocks, "DOC-CTX-ISSUES")) ==
        std::vector<std::string>{"DOC-CTX-ISSUES\nRegister of external and internal issues", "Confirmed absent", "", "",
                                 "", "Not seen"});
  CHECK(row_of(blocks, "DOC-CTX-ISSUES")[5].fill == tint(charts::nonconformant_color, 0.3));
  CHECK(texts(row_of(blocks, "DOC-CHANGE-POLICY")).at(1) == "Not registered");
  CHECK(row_of(blocks, "DOC-CHANGE-POLICY")[5].text == "Not seen");
  CHECK(row_of(blocks, "DOC-CHANGE-POLICY")[5].fill == tint(charts::not_assessed_color, 0.6));
}

TEST_CASE("gap evidence: metrics with their value against the organisation's target") {
  const ReportInput in = registered();
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_evidence_register, in, tmpl);
  CHECK(texts(row_of(blocks, "MET-POLICY-ACK")) ==
        std::vector<std::string>{"MET-POLICY-ACK\nStaff acknowledgement of the current policy", "92.5%", "at least 95%",
                                 "2025-Q4", "HR system", "Not met"});
  CHECK(texts(row_of(blocks, "MET-RISK-ACTIONS-ON-TIME")) ==
        std::vector<std::string>{"MET-RISK-ACTIONS-ON-TIME\nRisk actions completed on time", "85%", "at least 85%", "", "",
                                 "Met"});
  const layout::TableRow& none = row_of(blocks, "MET-OBJ-PLANNED");
  CHECK(none[1].text == "–");
  CHECK(none[5].text == "No value");
}

}  // namespace iso20k::reports
