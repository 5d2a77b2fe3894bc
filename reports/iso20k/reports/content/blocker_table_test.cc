// The blockers of the readiness verdict as a reader sees them: each missing stage 1 document by its
// title and what the review found, the score and coverage against the criteria, the open majors summed
// up in one row and the heaviest of them after it, stage by stage.
#include "iso20k/reports/content/blocker_table.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

ItemReview review(const std::string& item, Review r) {
  ItemReview x;
  x.item = item;
  x.review = r;
  return x;
}

Finding major(const std::string& id, const std::string& clause, double weight) {
  Finding f;
  f.id = id;
  f.clause = clause;
  f.grade = Grade::major;
  f.weight = weight;
  f.nonconformity = "Nothing about " + clause + " was shown.";
  return f;
}

// Northgate's checklist and profile with blockers written by hand: three stage 1 documents (absent,
// in part, not yet provided), the score and the coverage, a blocker the table does not know, three
// open majors (weights 1, 3, 2) and a minor that blocks the decision.
ReportInput blocked() {
  ReportInput in = test::example_input("northgate-msp");
  Assessment& a = in.assessment;
  a.overall.score = 0.512;
  a.overall.coverage = 0.9;
  a.evidence = {review("DOC-SMS-SCOPE", Review::absent),
                review("DOC-SM-POLICY", Review::partial),
                review("DOC-SM-PLAN", Review::outstanding),
                review("REC-MGMT-REVIEW", Review::provided)};
  Finding minor = major("F-9.1", "9.1", 5);
  minor.grade = Grade::minor;
  a.findings = {major("F-4.1", "4.1", 1), major("F-6.2", "6.2", 3), major("F-8.1", "8.1", 2), minor};
  a.blockers = {Blocker{3, "engine: F-4.1", "F-4.1"},
                Blocker{2, "engine: score", "score"},
                Blocker{1, "engine: scope", "DOC-SMS-SCOPE"},
                Blocker{3, "engine: F-6.2", "F-6.2"},
                Blocker{1, "engine: policy", "DOC-SM-POLICY"},
                Blocker{2, "engine: coverage", "coverage"},
                Blocker{1, "engine: plan", "DOC-SM-PLAN"},
                Blocker{1, "The management review was not signed.", "REC-MGMT-REVIEW"},
                Blocker{2, "An unknown kind of blocker.", "XYZ"},
                Blocker{3, "engine: F-8.1", "F-8.1"},
                Blocker{3, "The minor finding blocks too.", "F-9.1"}};
  return in;
}

std::vector<std::vector<std::string>> cells(const TableBlock& block) {
  std::vector<std::vector<std::string>> out;
  for (const layout::TableRow& row : block.table.rows) {
    std::vector<std::string> r;
    for (const layout::TableCell& c : row) r.push_back(c.text);
    out.push_back(r);
  }
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("blocker table: every stage in order, documents by title, majors summed up and the heaviest listed") {
  const ReportInput in = blocked();
  const Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, in);
  const std::optional<TableBlock> table = blocker_table(in, t, 0, 2);
  REQUIRE(table);
  REQUIRE(table->table.columns.size() == 3);
  CHECK(table->table.columns[0].header == "Stage");
  CHECK(table->table.columns[0].align == layout::Align::center);
  CHECK(table->table.columns[1].header == "Subject");
  CHECK(table->table.columns[2].header == "Blocker");
  CHECK(table->keep_whole == 0.4);
  const std::string majors =
      "Open major nonconformities: 3. They do not stop the audits, but each must be corrected, and the correction "
      "verified, before a certificate can be issued.";
  CHECK(cells(*table) ==
        Rows{{"1", "Scope of the service management system",
              "Scope of the service management system was confirmed absent; a stage 1 audit reviews it."},
             {"1", "Service management policy",
              "Service management policy was provided only in part; a stage 1 audit reviews it."},
             {"1", "Service management plan",
              "Service management plan has not been provided yet; a stage 1 audit reviews it."},
             {"1", "Management review minutes", "The management review was not signed."},  // provided: the engine's words
             {"2", "Overall score", "The overall score of 51.2% is below the 80.0% these criteria set for stage 2."},
             {"2", "Coverage", "Only 90.0% of the requirement weight was assessed; these criteria set 95.0% for stage 2."},
             {"2", "XYZ", "An unknown kind of blocker."},
             {"Certificate", "F-9.1", "The minor finding blocks too."},
             {"Certificate", "F-4.1 … F-8.1", majors + " The most significant follow."},
             {"Certificate", "F-6.2", "Major nonconformity, clause 6.2: Nothing about 6.2 was shown."},
             {"Certificate", "F-8.1", "Major nonconformity, clause 8.1: Nothing about 8.1 was shown."}});
  // The summing-up row is bold throughout; the rows under it are not.
  for (const layout::TableCell& c : table->table.rows[8]) CHECK(c.bold);
  for (const layout::TableCell& c : table->table.rows[9]) CHECK_FALSE(c.bold);
}

TEST_CASE("blocker table: one stage has no stage column, and no majors listed gives only their count") {
  const ReportInput in = blocked();
  const Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, in);

  const std::optional<TableBlock> stage1 = blocker_table(in, t, 1, 5);
  REQUIRE(stage1);
  REQUIRE(stage1->table.columns.size() == 2);
  CHECK(stage1->table.columns[0].header == "Subject");
  REQUIRE(stage1->table.rows.size() == 4);
  CHECK(cells(*stage1)[0] == std::vector<std::string>{"Scope of the service management system",
                                                      "Scope of the service management system was confirmed absent; a "
                                                      "stage 1 audit reviews it."});
  CHECK(cells(*stage1)[3][0] == "Management review minutes");

  const std::optional<TableBlock> stage2 = blocker_table(in, t, 2, 5);
  REQUIRE(stage2);
  CHECK(cells(*stage2) == Rows{{"Overall score", "The overall score of 51.2% is below the 80.0% these criteria set for stage 2."},
                               {"Coverage", "Only 90.0% of the requirement weight was assessed; these criteria set 95.0% for stage 2."},
                               {"XYZ", "An unknown kind of blocker."}});

  const std::optional<TableBlock> decision = blocker_table(in, t, 3, 0);
  REQUIRE(decision);
  const Rows rows = cells(*decision);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == std::vector<std::string>{"F-9.1", "The minor finding blocks too."});
  CHECK(rows[1][0] == "F-4.1 … F-8.1");
  CHECK(rows[1][1].ends_with("before a certificate can be issued."));  // no "The most significant follow."

  // More listed than there are: each major once, heaviest first.
  const Rows all = cells(*blocker_table(in, t, 3, 10));
  REQUIRE(all.size() == 5);
  CHECK(all[2][0] == "F-6.2");
  CHECK(all[3][0] == "F-8.1");
  CHECK(all[4][0] == "F-4.1");
}

TEST_CASE("blocker table: a single major is named alone, and no blockers give no table") {
  ReportInput in = blocked();
  const Template tmpl = test::bundled_template("default");
  in.assessment.blockers = {Blocker{3, "engine: F-6.2", "F-6.2"}};
  const ReportText t(tmpl, in);
  const std::optional<TableBlock> one = blocker_table(in, t, 0, 1);
  REQUIRE(one);
  const Rows rows = cells(*one);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0][1] == "F-6.2");
  CHECK(rows[0][2].starts_with("Open major nonconformities: 1."));
  CHECK(rows[1] == std::vector<std::string>{"Certificate", "F-6.2", "Major nonconformity, clause 6.2: Nothing about 6.2 was shown."});

  CHECK_FALSE(blocker_table(in, t, 1, 3));  // nothing blocks stage 1
  in.assessment.blockers.clear();
  CHECK_FALSE(blocker_table(in, t, 0, 3));
}

}  // namespace iso20k::reports
