// Process capability in tables: each process by name with its nine attribute ratings shaded from N to
// F ("–" where not rated), its level, target and gap (the gap shaded when there is one), the rating
// bands in the legend, and what holds each process at its level.
#include "iso20k/reports/content/capability_view.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/report_style.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

ProcessCapability process(const std::string& id, int level, std::optional<int> target, const std::string& why) {
  ProcessCapability p;
  p.process = id;
  p.level = level;
  p.target_level = target;
  p.gap = target ? std::max(0, *target - level) : 0;
  p.explanation = why;
  for (int i = 0; i < kAttributeCount; ++i) p.attributes[static_cast<std::size_t>(i)].attribute = static_cast<Attribute>(i);
  return p;
}

void rate(ProcessCapability& p, Attribute a, Rating r) {
  AttributeRating& x = p.attributes[static_cast<std::size_t>(a)];
  x.rated = true;
  x.rating = r;
  x.achievement = r == Rating::F ? 1.0 : r == Rating::L ? 0.7 : r == Rating::P ? 0.4 : 0.1;
}

// Three processes written by hand: incident at level 2 of target 3 (PA1.1 F, PA2.1 L, PA2.2 P, PA3.1 N),
// change at level 1 of target 1, and one the checklist does not know, without a target.
ReportInput rated() {
  ReportInput in = test::example_input("northgate-msp");
  ProcessCapability incident = process("incident", 2, 3, "PA3.1 is not achieved.");
  rate(incident, Attribute::pa1_1, Rating::F);
  rate(incident, Attribute::pa2_1, Rating::L);
  rate(incident, Attribute::pa2_2, Rating::P);
  rate(incident, Attribute::pa3_1, Rating::N);
  ProcessCapability change = process("change", 1, 1, "PA2.1 is only partly achieved.");
  rate(change, Attribute::pa1_1, Rating::F);
  ProcessCapability other = process("x-custom", 0, std::nullopt, "Nothing is rated.");
  in.assessment.capability = {incident, change, other};
  return in;
}

std::vector<std::string> texts(const layout::TableRow& row) {
  std::vector<std::string> out;
  for (const layout::TableCell& c : row) out.push_back(c.text);
  return out;
}

}  // namespace

TEST_CASE("capability view: a row per process with its ratings, level, target and gap") {
  const ReportInput in = rated();
  const Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, in);
  Blocks out;
  add_capability_table(out, in, t);
  REQUIRE(out.items().size() == 2);
  const auto* block = std::get_if<TableBlock>(&out.items()[0]);
  REQUIRE(block != nullptr);
  const layout::Table& table = block->table;
  CHECK_FALSE(block->keep_start);  // a long table may start anywhere
  CHECK(table.font_size == 8);
  std::vector<std::string> headers;
  for (const layout::TableColumn& c : table.columns) headers.push_back(c.header);
  CHECK(headers == std::vector<std::string>{"Process", "1.1", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2",
                                            "Level", "Target", "Gap"});
  REQUIRE(table.rows.size() == 3);
  CHECK(texts(table.rows[0]) ==
        std::vector<std::string>{"Incident management", "F", "L", "P", "N", "–", "–", "–", "–", "–", "2", "3", "1"});
  CHECK(texts(table.rows[1]) ==
        std::vector<std::string>{"Change management", "F", "–", "–", "–", "–", "–", "–", "–", "–", "1", "1", "0"});
  CHECK(texts(table.rows[2]) ==
        std::vector<std::string>{"x-custom", "–", "–", "–", "–", "–", "–", "–", "–", "–", "0", "–", "–"});

  // Ratings shaded from a faint to the full blue; the level in bold; a gap on vermillion.
  const layout::TableRow& incident = table.rows[0];
  CHECK(incident[1].fill == charts::okabe_ito::blue);
  CHECK(incident[2].fill == tint(charts::okabe_ito::blue, 0.6));
  CHECK(incident[3].fill == tint(charts::okabe_ito::blue, 0.3));
  CHECK(incident[4].fill == tint(charts::okabe_ito::blue, 0.08));
  CHECK_FALSE(incident[5].fill);
  CHECK(incident[10].bold);
  CHECK(incident[12].fill == tint(charts::okabe_ito::vermillion, 0.3));
  CHECK(incident[12].bold);
  CHECK_FALSE(table.rows[1][12].fill);  // no gap, no shade

  const auto* legend = std::get_if<Paragraph>(&out.items()[1]);
  REQUIRE(legend != nullptr);
  CHECK(legend->role == TextRole::small);
  CHECK(legend->text ==
        "Columns 1.1 to 5.2 are the process attributes PA1.1 to PA5.2, rated N not achieved (up to 15%), P partially "
        "achieved (up to 50%), L largely achieved (up to 85%) or F fully achieved (above 85%); – not rated, because no "
        "assessed requirement evidences the attribute.");
}

TEST_CASE("capability view: what holds each process at its level, and process names by id") {
  const ReportInput in = rated();
  const Template tmpl = test::bundled_template("default");
  const ReportText t(tmpl, in);
  Blocks out;
  add_capability_explanations(out, in, t);
  REQUIRE(out.items().size() == 1);
  const auto* block = std::get_if<TableBlock>(&out.items()[0]);
  REQUIRE(block != nullptr);
  REQUIRE(block->table.columns.size() == 3);
  CHECK(block->table.columns[2].header == "Explanation");
  REQUIRE(block->table.rows.size() == 3);
  // Written from the ratings in the template's words (not the engine's English explanation).
  CHECK(texts(block->table.rows[0]) ==
        std::vector<std::string>{"Incident management", "2",
                                 "Level 2 (managed). Process performance is fully achieved (100%). Level 3 (established) is "
                                 "not reached: performance management is largely achieved (70%), work product management "
                                 "is partially achieved (40%), process definition is not achieved (10%) and process "
                                 "deployment is not rated (nothing assessed)."});
  CHECK(texts(block->table.rows[1]) ==
        std::vector<std::string>{"Change management", "1",
                                 "Level 1 (performed). Process performance is fully achieved (100%). Level 2 (managed) is "
                                 "not reached: performance management is not rated (nothing assessed) and work product "
                                 "management is not rated (nothing assessed)."});
  CHECK(texts(block->table.rows[2]) ==
        std::vector<std::string>{"x-custom", "0",
                                 "Level 0 (incomplete). Level 1 (performed) is not reached: process performance is not "
                                 "rated (nothing assessed)."});
  // In German from the same ratings.
  const Template de = test::bundled_template("default-de");
  Blocks german;
  add_capability_explanations(german, in, ReportText(de, in));
  const auto* de_block = std::get_if<TableBlock>(&german.items()[0]);
  REQUIRE(de_block != nullptr);
  CHECK(texts(de_block->table.rows[2])[2] ==
        "Stufe 0 (unvollständig). Stufe 1 (durchgeführt) ist nicht erreicht: Prozessdurchführung ist nicht bewertet "
        "(nichts bewertet).");

  CHECK(process_name(in.checklist, "service-reporting") == "Service reporting");
  CHECK(process_name(in.checklist, "no-such-process") == "no-such-process");
}

}  // namespace iso20k::reports
