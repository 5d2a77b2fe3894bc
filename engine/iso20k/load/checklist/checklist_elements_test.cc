// The <evidence> and <requirement> readers a checklist and a tailoring share, and the id and clause
// number grammars (docs/checklist-format.md).
#include "iso20k/load/checklist/checklist_elements.h"

#include <doctest/doctest.h>

using namespace iso20k;

namespace {

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) {
    out += std::to_string(x.where.line) + ":" + std::to_string(x.where.column) + " " + x.message + "\n";
  }
  return out;
}

XmlFile parsed(const std::string& text) {
  Diagnostics d;
  std::optional<XmlFile> f = XmlFile::parse(SourceText("c.xml", text), "r", "", d);
  REQUIRE(f);
  REQUIRE(d.empty());
  return std::move(*f);
}

const std::vector<Amendment> kAmendments = {{"Amd1:2024", "Climate action changes"}};

Registries iso9001_registry() {
  Registries r;
  r.registries.push_back(ClauseRegistry{"ISO 9001", "2015", {{"5.2.1", "Quality policy"}}, "reg/iso9001-2015.xml"});
  return r;
}

}  // namespace

TEST_CASE("checklist ids: lower case, digits and . : _ - after a letter or digit") {
  for (const char* ok : {"iso20000-1:2018", "acme_list.v2", "9001", "a"}) {
    CAPTURE(ok);
    CHECK(is_checklist_id(ok));
  }
  for (const char* bad : {"", "Iso20000", "-x", ":x", "a b", "a/b", "café"}) {
    CAPTURE(bad);
    CHECK_FALSE(is_checklist_id(bad));
  }
}

TEST_CASE("item ids: an upper-case letter, then upper case, digits, '-' and '.'") {
  for (const char* ok : {"R-8.1-01", "DOC-SMS-SCOPE", "A", "MET-INC.2"}) {
    CAPTURE(ok);
    CHECK(is_item_id(ok));
  }
  for (const char* bad : {"", "r-8.1-01", "1R", "R_1", "R:1", "R 1", "Doc-A"}) {
    CAPTURE(bad);
    CHECK_FALSE(is_item_id(bad));
  }
}

TEST_CASE("clause numbers: digits separated by single dots, optionally after an annex letter") {
  for (const char* ok : {"8", "8.5.1", "10.2", "A.5", "A.5.24"}) {
    CAPTURE(ok);
    CHECK(is_clause_number(ok));
  }
  for (const char* bad : {"", ".8", "8.", "8..1", "A", "A.", "a.5", "AB.5", "A.B", "8.x", "8 .1"}) {
    CAPTURE(bad);
    CHECK_FALSE(is_clause_number(bad));
  }
}

TEST_CASE("evidence item: defaults for what is not written, metric fields when it is a metric") {
  const XmlFile f = parsed(
      "<r>\n"
      "<evidence id=\"DOC-A\" kind=\"document\"><title>Policy</title><description>The policy.</description></evidence>\n"
      "<evidence id=\"MET-B\" kind=\"metric\" unit=\"h\" target=\"4.5\" better=\"lower\" mandatory=\"true\" "
      "max-age=\"1y\" approval=\"required\" documented-information=\"7.5.4 k\" source=\"Amd1:2024\">"
      "<title>MTTR</title><description>Mean time to restore.</description></evidence>\n"
      "</r>");
  Diagnostics d;
  const ElementReader reader{f, d, &kAmendments, nullptr};
  const EvidenceItem doc = read_evidence_item(reader, f.root().first_child());
  const EvidenceItem met = read_evidence_item(reader, f.root().last_child());
  CHECK(all(d).empty());
  CHECK(doc.id == "DOC-A");
  CHECK(doc.kind == EvidenceKind::document);
  CHECK_FALSE(doc.mandatory);
  CHECK_FALSE(doc.max_age);
  CHECK_FALSE(doc.approval_required);
  CHECK(doc.documented_information.empty());
  CHECK(doc.unit.empty());
  CHECK(doc.title == "Policy");
  CHECK(doc.description == "The policy.");
  CHECK(doc.where.line == 2);
  CHECK(met.kind == EvidenceKind::metric);
  CHECK(met.unit == "h");
  CHECK(met.target == 4.5);
  CHECK(met.better == Better::lower);
  CHECK(met.mandatory);
  CHECK(met.max_age == Duration{365});
  CHECK(met.approval_required);
  CHECK(met.documented_information == "7.5.4 k");
  CHECK(met.source == "Amd1:2024");
}

TEST_CASE("evidence item: metric attributes on other kinds, a lower-case id, an undeclared amendment") {
  const XmlFile f = parsed(
      "<r><evidence id=\"doc-a\" kind=\"record\" target=\"5\" source=\"Amd2\" approval=\"yes\">"
      "<title>T</title><description>D</description></evidence></r>");
  Diagnostics d;
  read_evidence_item(ElementReader{f, d, &kAmendments, nullptr}, f.root().first_child());
  CHECK(all(d) ==
        "1:18 evidence id 'doc-a' must be upper-case letters, digits, '-' and '.', starting with a letter\n"
        "1:74 attribute 'approval' is 'yes'; expected one of: none required\n"
        "1:58 source 'Amd2' names no <amendment> declared in this checklist\n"
        "1:47 attribute 'target' is only for metric evidence (kind=\"metric\")\n");
  // Without the list of amendments (a tailoring's own items), `source` is not checked.
  Diagnostics unchecked;
  read_evidence_item(ElementReader{f, unchecked, nullptr, nullptr}, f.root().first_child());
  CHECK(unchecked.size() == 3);
}

TEST_CASE("requirement: defaults, questions, evidence, the rule's place and mappings") {
  const XmlFile f = parsed(
      "<r><requirement id=\"R-5-01\" clause=\"5.2\" processes=\"  incident change \">\n"
      "  <text>Top management establishes a policy.</text>\n"
      "  <guidance>Ask for the signed policy.</guidance>\n"
      "  <question>Who signed it?</question><question>When?</question>\n"
      "  <evidence ref=\"DOC-POLICY\"/><evidence ref=\"REC-MR\"/>\n"
      "  <rule>\n    valid(evidence(\"DOC-POLICY\"))</rule>\n"
      "  <maps-to standard=\"ISO 9001\" edition=\"2015\" clause=\"5.2.1\"/>\n"
      "  <maps-to standard=\"ISO/IEC 27001\" edition=\"2022\" clause=\"5.2\"/>\n"
      "</requirement></r>");
  Diagnostics d;
  const Registries regs = iso9001_registry();
  RequirementNodes nodes;
  const Requirement r = read_requirement(ElementReader{f, d, &kAmendments, &regs}, f.root().first_child(), nodes);
  CHECK(all(d).empty());
  CHECK(r.id == "R-5-01");
  CHECK(r.clause == "5.2");
  CHECK(r.processes == std::vector<std::string>{"incident", "change"});
  CHECK(r.weight == 1);
  CHECK(r.severity == Severity::medium);
  CHECK_FALSE(r.capability);
  CHECK(r.provenance == Provenance::obligation);
  CHECK(r.questions == std::vector<std::string>{"Who signed it?", "When?"});
  CHECK(r.evidence == std::vector<std::string>{"DOC-POLICY", "REC-MR"});
  CHECK(nodes.evidence.size() == 2);
  CHECK(r.rule_text == "valid(evidence(\"DOC-POLICY\"))");
  CHECK_FALSE(r.rule);  // compiled by the caller
  CHECK(r.rule_where.line == 7);  // where the rule's text starts, after the blank lines
  CHECK(r.rule_where.column == 5);
  REQUIRE(r.mappings.size() == 2);
  CHECK(r.mappings[1].standard == "ISO/IEC 27001");  // no registry for it: taken as written
  CHECK(r.mappings[1].clause == "5.2");
}

TEST_CASE("requirement: a mapping to a clause the registry lacks, two rules, no evidence, a bad weight") {
  const XmlFile f = parsed(
      "<r><requirement id=\"R-5-01\" clause=\"5.2\" weight=\"-1\" capability=\"PA6.1\">"
      "<text>T</text><guidance>G</guidance><question> </question>"
      "<rule>true</rule><rule>false</rule>"
      "<maps-to standard=\"ISO 9001\" edition=\"2015\" clause=\"5.9\"/></requirement></r>");
  Diagnostics d;
  const Registries regs = iso9001_registry();
  RequirementNodes nodes;
  const Requirement r = read_requirement(ElementReader{f, d, nullptr, &regs}, f.root().first_child(), nodes);
  CHECK(r.weight == 1);  // the fallback
  CHECK(all(d) ==
        "1:50 attribute 'weight' must be a positive number, not '-1'\n"
        "1:66 attribute 'capability' is 'PA6.1'; expected one of: PA1.1 PA2.1 PA2.2 PA3.1 PA3.2 PA4.1 PA4.2 "
        "PA5.1 PA5.2 (did you mean 'PA1.1'?)\n"
        "1:109 <question> must not be empty\n"
        "1:4 requirement R-5-01 cites no <evidence ref=\"…\"/>: name what an assessor expects to see\n"
        "1:148 a requirement takes at most one <rule>\n"
        "1:218 clause 5.9 does not exist in ISO 9001:2015 (registry reg/iso9001-2015.xml)\n");
}
