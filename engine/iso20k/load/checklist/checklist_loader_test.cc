// What a checklist file becomes: the clause tree with parents, children, depth and inherited kinds,
// scoring settings (defaults, or as written), process aliases, mappings checked against the
// registries when given. (Broken checklists, each problem at its place: tests/checklist_validation_test.cc.)
#include "iso20k/load/checklist/checklist_loader.h"

#include <doctest/doctest.h>

#include "support/test_support.h"

using namespace iso20k;

namespace {

// A minimal checklist: no <scoring>, no <processes>; a clause tree three deep.
const char* const kMinimal = R"(<checklist xmlns="urn:iso20k:checklist:1" id="mini:1" standard="Mini" edition="1" version="1.0" language="en">
  <title>Mini</title>
  <licence>CC0</licence>
  <clauses>
    <clause number="4" title="Context" kind="hls">
      <clause number="4.1" title="Organisation">
        <clause number="4.1.1" title="Issues"/>
        <clause number="4.1.2" title="Parties" kind="sms"/>
      </clause>
      <clause number="4.2" title="Needs"/>
    </clause>
    <clause number="8" title="Operation" kind="sms"><clause number="8.1" title="Planning"/></clause>
  </clauses>
  <evidence-items>
    <evidence id="DOC-A" kind="document"><title>A</title><description>A.</description></evidence>
  </evidence-items>
  <requirements>
    <requirement id="R-4.1.1-01" clause="4.1.1">
      <text>T</text><guidance>G</guidance><evidence ref="DOC-A"/>
      <maps-to standard="ISO 9001" edition="2015" clause="4.1"/>
    </requirement>
  </requirements>
</checklist>)";

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) out += format(x) + "\n";
  return out;
}

std::vector<std::string> numbers(const Checklist& c, const std::vector<int>& indexes) {
  std::vector<std::string> out;
  for (int i : indexes) out.push_back(c.clauses[static_cast<std::size_t>(i)].number);
  return out;
}

}  // namespace

TEST_CASE("checklist loader: the clause tree in document order with parents, children and depth") {
  const ChecklistLoad load = load_checklist_bytes("mini.xml", kMinimal);
  INFO(all(load.diagnostics));
  REQUIRE(load.checklist);
  const Checklist& c = *load.checklist;
  std::vector<std::string> order;
  for (const Clause& cl : c.clauses) order.push_back(cl.number);
  CHECK(order == std::vector<std::string>{"4", "4.1", "4.1.1", "4.1.2", "4.2", "8", "8.1"});
  CHECK(numbers(c, c.clauses[0].children) == std::vector<std::string>{"4.1", "4.2"});
  CHECK(numbers(c, c.clauses[1].children) == std::vector<std::string>{"4.1.1", "4.1.2"});
  CHECK(c.clauses[2].is_leaf());
  CHECK(c.clauses[2].parent == 1);
  CHECK(c.clauses[4].parent == 0);
  CHECK(c.clauses[5].parent == -1);
  CHECK(c.clauses[2].depth == 2);
  CHECK(c.clauses[5].depth == 0);
  // A sub-clause takes its parent's kind unless it states its own.
  CHECK(c.find_clause("4.1.1")->kind == ClauseKind::hls);
  CHECK(c.find_clause("4.1.2")->kind == ClauseKind::sms);
  CHECK(c.find_clause("4.2")->kind == ClauseKind::hls);
  CHECK(c.find_clause("8.1")->kind == ClauseKind::sms);
  CHECK(c.find_clause("8.1")->depth == 1);
  CHECK(c.find_clause("4.1")->where.line == 6);
  CHECK(c.path == "mini.xml");
  CHECK_FALSE(c.allow_not_applicable);
}

TEST_CASE("checklist loader: without <scoring>, the documented defaults") {
  const ChecklistLoad load = load_checklist_bytes("mini.xml", kMinimal);
  REQUIRE(load.checklist);
  const ScoringSettings& s = load.checklist->scoring;
  CHECK(s.stage2_min_score == 0.80);
  CHECK(s.stage2_min_coverage == 0.95);
  CHECK(s.max_open_majors == 0);
  CHECK(s.stage1_evidence.empty());
  CHECK(s.bands.n_max == 0.15);
  CHECK(s.bands.p_max == 0.50);
  CHECK(s.bands.l_max == 0.85);
  CHECK(s.systemic_minor_count == 3);
  CHECK(s.ofi_min_achievement == 0.85);
  CHECK(load.checklist->processes.empty());
}

TEST_CASE("checklist loader: scoring settings, bands and process aliases as written") {
  std::string text = kMinimal;
  iso20k::test::replace_first(text, "  <clauses>", R"(  <scoring>
    <readiness stage2-min-score="0.7" stage2-min-coverage="0.6" max-open-majors="2"/>
    <bands><band rating="N" max="0.1"/><band rating="P" max="0.4"/><band rating="L" max="0.9"/><band rating="F" max="1"/></bands>
    <grading systemic-minor-count="5" ofi-min-achievement="0.5"/>
  </scoring>
  <clauses>)");
  iso20k::test::replace_first(text, "  <evidence-items>", R"xml(  <processes>
    <process id="incident" name="Incident management" clauses="4.1.1  8">
      <alias edition="2011" name="Incident and service request management"/>
      <alias edition="2005" name="Incident management (2005)"/>
    </process>
  </processes>
  <evidence-items>)xml");
  const ChecklistLoad load = load_checklist_bytes("mini.xml", text);
  INFO(all(load.diagnostics));
  REQUIRE(load.checklist);
  const Checklist& c = *load.checklist;
  CHECK(c.scoring.stage2_min_score == 0.7);
  CHECK(c.scoring.stage2_min_coverage == 0.6);
  CHECK(c.scoring.max_open_majors == 2);
  CHECK(c.scoring.bands.n_max == 0.1);
  CHECK(c.scoring.bands.p_max == 0.4);
  CHECK(c.scoring.bands.l_max == 0.9);
  CHECK(c.scoring.systemic_minor_count == 5);
  CHECK(c.scoring.ofi_min_achievement == 0.5);
  REQUIRE(c.processes.size() == 1);
  CHECK(c.processes[0].clauses == std::vector<std::string>{"4.1.1", "8"});
  REQUIRE(c.processes[0].aliases.size() == 2);
  CHECK(c.processes[0].aliases[0].edition == "2011");
  CHECK(c.processes[0].aliases[0].name == "Incident and service request management");
}

TEST_CASE("checklist loader: mappings are checked against the registries only when they are given") {
  Registries regs;
  regs.registries.push_back(ClauseRegistry{"ISO 9001", "2015", {{"4.2", "Interested parties"}}, "r.xml"});
  ChecklistLoadOptions with;
  with.registries = &regs;
  const ChecklistLoad checked = load_checklist_bytes("mini.xml", kMinimal, with);
  CHECK_FALSE(checked.checklist);
  CHECK(all(checked.diagnostics) == "mini.xml:20:59: error: clause 4.1 does not exist in ISO 9001:2015 (registry r.xml)\n");
  CHECK(load_checklist_bytes("mini.xml", kMinimal).checklist);
}

TEST_CASE("checklist loader: a process naming a clause outside the tree, bands out of order, too few bands") {
  std::string text = kMinimal;
  iso20k::test::replace_first(text, "  <evidence-items>",
                              "  <processes><process id=\"x\" name=\"X\" clauses=\"4.1 9\"/></processes>\n  <evidence-items>");
  iso20k::test::replace_first(text, "  <clauses>",
                              "  <scoring><bands><band rating=\"N\" max=\"0.5\"/><band rating=\"L\" max=\"0.4\"/></bands></scoring>\n  <clauses>");
  const ChecklistLoad load = load_checklist_bytes("mini.xml", text);
  CHECK_FALSE(load.checklist);
  CHECK(all(load.diagnostics) ==
        "mini.xml:4:61: error: band 2 must have rating=\"P\" (bands run N, P, L, F)\n"
        "mini.xml:4:69: error: band maxima must increase from N to F\n"
        "mini.xml:4:12: error: <bands> holds exactly four bands: N, P, L, F (found 2)\n"
        "mini.xml:15:48: error: process x names clause 9, which is not in the clause tree\n");
}

TEST_CASE("checklist loader: a file that cannot be opened is reported by its path") {
  const ChecklistLoad load = load_checklist("/nonexistent/iso20k/checklist.xml");
  CHECK_FALSE(load.checklist);
  CHECK(all(load.diagnostics) ==
        "/nonexistent/iso20k/checklist.xml: error: no such file\n");
}
