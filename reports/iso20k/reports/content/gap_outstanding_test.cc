// Evidence still outstanding: the items asked for but not yet provided or reviewed, mandatory
// documented information and stage 1 documents first, then by how many requirements wait on them,
// each with its kind, owner and that count; at most 18 listed with a note of the rest.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/gap_sections.h"
#include "support/content_probe.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

ItemReview review(const std::string& item, Review r) {
  ItemReview x;
  x.item = item;
  x.review = r;
  return x;
}

using Rows = std::vector<std::vector<std::string>>;

RequirementResult waiting_on(std::vector<std::string> items) {
  RequirementResult r;
  r.requirement = "R-x";
  r.outstanding = std::move(items);
  return r;
}

// Four items outstanding: a register of issues three requirements wait on, an interview one waits
// on, the mandatory change policy (two) and the service management plan (mandatory and needed for
// stage 1, one); one item provided, and one the checklist does not know.
ReportInput four_outstanding() {
  ReportInput in = test::example_input("northgate-msp");
  Assessment& a = in.assessment;
  a.evidence = {review("DOC-CTX-ISSUES", Review::outstanding), review("INT-CTX-TOPMGMT", Review::outstanding),
                review("REC-CTX-ANALYSIS", Review::provided),    review("DOC-CHANGE-POLICY", Review::outstanding),
                review("NOT-IN-CHECKLIST", Review::outstanding), review("DOC-SM-PLAN", Review::outstanding)};
  a.results = {waiting_on({"DOC-CTX-ISSUES", "DOC-CHANGE-POLICY"}), waiting_on({"DOC-CTX-ISSUES", "DOC-SM-PLAN"}),
               waiting_on({"DOC-CTX-ISSUES", "INT-CTX-TOPMGMT", "DOC-CHANGE-POLICY"})};
  for (const char* id : {"DOC-CTX-ISSUES", "INT-CTX-TOPMGMT", "DOC-CHANGE-POLICY"}) in.workspace.evidence.erase(id);
  EvidenceRecord plan;
  plan.id = "DOC-SM-PLAN";
  plan.status = EvidenceStatus::requested;
  plan.owner = "Quality Manager";
  in.workspace.evidence["DOC-SM-PLAN"] = plan;
  return in;
}

}  // namespace

TEST_CASE("gap outstanding: mandatory and stage 1 items first, then by the requirements waiting on them") {
  const ReportInput in = four_outstanding();
  const Template tmpl = test::bundled_template("default");
  const std::vector<Block> blocks = test::gap_section(add_outstanding_evidence, in, tmpl);
  CHECK(test::outline(blocks) ==
        std::vector<std::string>{"chart 1",
                                 "p 4 evidence items were asked for but not yet provided or reviewed. Until they are, the "
                                 "requirements that rely on them are scored on the evidence seen so far, or not assessed; "
                                 "none of them is a finding. Mandatory documented information and the documents the stage 1 "
                                 "audit needs come first, then the items most requirements wait on.",
                                 "table  (4 rows)"});
  const layout::Table& table = test::nth<TableBlock>(blocks).table;
  CHECK(test::cells(table) ==
        Rows{{"Service management plan · mandatory · needed for stage 1", "Document", "Quality Manager", "1"},
             {"Change management policy · mandatory", "Document", "–", "2"},
             {"Register of external and internal issues", "Document", "–", "3"},
             {"Interview with top management on purpose and context", "Interview", "–", "1"}});
  CHECK(table.rows[0][0].fill == tint(charts::okabe_ito::orange, 0.2));
  CHECK(table.rows[1][0].fill == tint(charts::okabe_ito::orange, 0.2));
  CHECK_FALSE(table.rows[2][0].fill);
  CHECK(table.columns[3].align == layout::Align::right);
}

TEST_CASE("gap outstanding: at most 18 listed with a note of the rest, and a sentence when nothing is outstanding") {
  ReportInput in = four_outstanding();
  const Template tmpl = test::bundled_template("default");
  in.assessment.evidence.clear();
  for (std::size_t i = 0; i < 20; ++i) {
    in.assessment.evidence.push_back(review(in.checklist.evidence[i].id, Review::outstanding));
  }
  const std::vector<Block> many = test::gap_section(add_outstanding_evidence, in, tmpl);
  CHECK(test::nth<TableBlock>(many).table.rows.size() == 18);
  CHECK(test::outline(many).back() == "s … and 2 more: the request list (iso20k init) has every item.");

  for (ItemReview& r : in.assessment.evidence) r.review = Review::provided;
  CHECK(test::outline(test::gap_section(add_outstanding_evidence, in, tmpl)) ==
        std::vector<std::string>{"chart 1", "p " + tmpl.text("outstanding.none")});
}

}  // namespace iso20k::reports
