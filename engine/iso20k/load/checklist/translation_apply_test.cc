// Applying a translation overlay: texts replaced, everything scored untouched, and the list of what
// was left untranslated (tests/fixtures/checklists/translations/small.de.xml on small.xml).
#include "iso20k/load/checklist/translation_apply.h"

#include <doctest/doctest.h>

#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/load/checklist/translation_loader.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;

namespace {

Checklist small_checklist() {
  ChecklistLoad load = load_checklist(fixture("checklists/small.xml"));
  REQUIRE(load.checklist);
  return std::move(*load.checklist);
}

ChecklistTranslation small_overlay(const Checklist& c) {
  ChecklistTranslationLoadOptions options;
  options.checklist = &c;
  ChecklistTranslationLoad load =
      load_checklist_translation(fixture("checklists/translations/small.de.xml"), options);
  REQUIRE(load.translation);
  return std::move(*load.translation);
}

}  // namespace

TEST_CASE("translation apply: the texts translated, the rest untouched") {
  const Checklist c = small_checklist();
  const TranslatedChecklist t = apply_translation(c, small_overlay(c));
  const Checklist& d = t.checklist;
  CHECK(d.language == "de");
  CHECK(d.title == "Kleine Testcheckliste");
  CHECK(d.licence == "CC0-Testdaten");
  CHECK(d.amendments.at(0).title == "Teständerung");
  CHECK(d.find_clause("8.1")->title == "Störungen");
  CHECK(d.find_process("incident")->name == "Incident-Management");
  CHECK(d.find_evidence("REC-CHANGES")->title == "Änderungsaufzeichnungen");
  CHECK(d.find_evidence("REC-CHANGES")->description == "Approved changes.");  // not in the overlay
  CHECK(d.find_requirement("R-4.1-01")->questions.at(0) == "Wer hat die Politik freigegeben?");
  CHECK(d.find_requirement("R-8.1-02")->text == "Incident handling is monitored.");
  // Everything else as it was.
  CHECK_SAME_FIELDS(d, c, id, standard, edition, version, allow_not_applicable, path);
  check_pairs("clauses", d.clauses, c.clauses, [](const Clause& x, const Clause& y) {
    CHECK_SAME_FIELDS(x, y, number, kind, source, parent, children, depth);
  });
  check_pairs("processes", d.processes, c.processes, [](const Process& x, const Process& y) {
    CHECK_SAME_FIELDS(x, y, id, clauses);
    CHECK(x.aliases.size() == y.aliases.size());
  });
  check_pairs("evidence", d.evidence, c.evidence, [](const EvidenceItem& x, const EvidenceItem& y) {
    CHECK_SAME_FIELDS(x, y, id, kind, mandatory, max_age, approval_required, documented_information,
                      unit, target, better, source, home_clause);
  });
  check_pairs("requirements", d.requirements, c.requirements,
              [](const Requirement& x, const Requirement& y) {
                CHECK_SAME_FIELDS(x, y, id, clause, processes, weight, severity, capability, source,
                                  provenance, practice_source, evidence, evidence_items, rule_text,
                                  rule, mappings.size());
              });
  CHECK(d.find_requirement("R-8.1-01")->rule != nullptr);
}

TEST_CASE("translation apply: what was not translated, in checklist order") {
  const Checklist c = small_checklist();
  const TranslatedChecklist t = apply_translation(c, small_overlay(c));
  const std::vector<UntranslatedText> expected{
      {TextField::evidence_description, "REC-CHANGES"},
      {TextField::requirement_text, "R-8.1-02"},
      {TextField::requirement_guidance, "R-8.1-02"},
      {TextField::requirement_guidance, "R-8.2-01"},
  };
  CHECK(t.untranslated == expected);
  CHECK(count_untranslated(t.untranslated, TextField::requirement_guidance) == 2);
  CHECK(count_untranslated(t.untranslated, TextField::clause_title) == 0);
  CHECK(std::string(to_string(TextField::evidence_description)) == "evidence-description");
}

TEST_CASE("translation apply: an empty overlay translates nothing and lists every text") {
  const Checklist c = small_checklist();
  ChecklistTranslation empty;
  empty.language = "de";
  const TranslatedChecklist t = apply_translation(c, empty);
  CHECK(t.checklist.language == "en");
  CHECK(t.checklist.title == c.title);
  // title, licence, 1 amendment, 5 clauses, 2 processes, 4 × 2 evidence texts, 4 × 2 requirement
  // texts and 1 requirement with questions.
  CHECK(t.untranslated.size() == 2 + 1 + 5 + 2 + 8 + 8 + 1);
  CHECK(t.untranslated.front() == UntranslatedText{TextField::title, ""});
}
