// Blocks both reports build the same way: the first sentence of an engine text, label/value tables
// and the finding counts with their total.
#include "iso20k/reports/content/content_blocks.h"

#include <doctest/doctest.h>

#include "support/report_fixture.h"

namespace iso20k::reports {

TEST_CASE("content blocks: the first sentence ends at a full stop and a space, not after a digit") {
  CHECK(first_sentence("The policy was not provided. The plan was.") == "The policy was not provided.");
  CHECK(first_sentence("Version 2. 3 was seen") == "Version 2. 3 was seen");
  CHECK(first_sentence("One sentence only.") == "One sentence only.");
  CHECK(first_sentence("") == "");
}

TEST_CASE("content blocks: finding counts by grade with their total, label/value rows without a header") {
  const ReportInput in = test::example_input("northgate-msp");
  const Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, in);
  const TableBlock counts = finding_counts(t, in.assessment, "intro");
  CHECK(counts.caption == "intro");
  REQUIRE(counts.table.rows.size() == 4);
  CHECK(counts.table.rows[0][0].text == "Major nonconformity");
  CHECK(counts.table.rows[0][1].text == "11");
  CHECK(counts.table.rows[1][1].text == "23");
  CHECK(counts.table.rows[2][1].text == "4");
  CHECK(counts.table.rows[3][1].text == "38");

  const TableBlock rows = label_values(t, {{"Sites", "A\nB", true}});
  CHECK_FALSE(rows.table.header);
  CHECK_FALSE(rows.keep_start);
  REQUIRE(rows.table.rows.size() == 1);
  CHECK(rows.table.rows[0][0].bold);
  CHECK(rows.table.rows[0][1].hanging > 0);

  const std::vector<LabelValue> scope = scope_rows(in, t);
  REQUIRE(scope.size() == 6);
  CHECK(scope[4].label == "Persons in scope");
  CHECK(scope[4].value == "26");
  CHECK(scope[5].value.find("Keyvault Offsite Ltd (external supplier), operates: Backup and recovery") != std::string::npos);
}

}  // namespace iso20k::reports
