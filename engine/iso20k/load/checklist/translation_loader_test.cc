// Checklist translation overlays: the fixture (tests/fixtures/checklists/translations/small.de.xml,
// the German overlay of tests/fixtures/checklists/small.xml) loads with exact values, and each
// broken variant gives its message at the right line:column ("@@" in the replacement marks where).
#include "iso20k/load/checklist/translation_loader.h"

#include <doctest/doctest.h>

#include "iso20k/load/checklist/checklist_loader.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;

namespace {

const std::string& overlay_fixture() { return fixture_text("checklists/translations/small.de.xml"); }

const Checklist& small_checklist() {
  static const Checklist c = [] {
    ChecklistLoad load = load_checklist(fixture("checklists/small.xml"));
    REQUIRE(load.checklist);
    return std::move(*load.checklist);
  }();
  return c;
}

Marked edit(const std::string& find, const std::string& replace) {
  return edit_at_marker(overlay_fixture(), find, replace);
}

ChecklistTranslationLoad load_marked(const Marked& marked, const Checklist* checklist,
                                     const std::string& language = "") {
  ChecklistTranslationLoadOptions options;
  options.checklist = checklist;
  options.language = language;
  return load_checklist_translation_bytes("broken.de.xml", marked.text, options);
}

void expect_error_at(const Marked& marked, const std::string& message, const Checklist* checklist,
                     const std::string& language = "") {
  const ChecklistTranslationLoad load = load_marked(marked, checklist, language);
  CHECK_FALSE(load.translation);
  expect_diagnostic(load.diagnostics, "broken.de.xml", marked.where(), message,
                    Match::first_with_part);
}

void expect_against_checklist(const EditCase& c) {
  expect_error_at(edit(c.find, c.replace), c.message, &small_checklist());
}

void expect_alone(const EditCase& c) { expect_error_at(edit(c.find, c.replace), c.message, nullptr); }

}  // namespace

TEST_CASE("checklist translation: the fixture loads with exact values") {
  ChecklistTranslationLoadOptions options;
  options.checklist = &small_checklist();
  options.language = "de";
  const ChecklistTranslationLoad load =
      load_checklist_translation(fixture("checklists/translations/small.de.xml"), options);
  for (const Diagnostic& d : load.diagnostics) INFO(format(d));
  REQUIRE(load.translation);
  CHECK(load.warnings.empty());
  const ChecklistTranslation& t = *load.translation;
  CHECK(t.checklist == "test-small:2024");
  CHECK(t.checklist_version == "0.1.0");
  CHECK(t.language == "de");
  CHECK(t.title == "Kleine Testcheckliste");
  CHECK(t.licence == "CC0-Testdaten");
  CHECK(t.where.line == 4);
  REQUIRE(t.amendments.size() == 1);
  CHECK(t.amendments.at("Amd1:2024") == "Teständerung");
  REQUIRE(t.clauses.size() == 5);
  CHECK(t.clauses.at("8.1") == "Störungen");
  REQUIRE(t.processes.size() == 2);
  CHECK(t.processes.at("change") == "Änderungsmanagement");
  REQUIRE(t.evidence.size() == 4);
  CHECK(t.evidence.at("MET-INC-RESOLVED").title == "Fristgerecht gelöste Incidents");
  CHECK(t.evidence.at("REC-CHANGES").description.empty());
  CHECK(t.evidence.at("DOC-POLICY").where.line == 21);
  REQUIRE(t.requirements.size() == 3);
  CHECK(t.requirements.at("R-4.1-01").questions ==
        std::vector<std::string>{"Wer hat die Politik freigegeben?"});
  CHECK(t.requirements.at("R-8.2-01").guidance.empty());
}

TEST_CASE("checklist translation: alone, only the file itself is checked") {
  const ChecklistTranslationLoad load = load_checklist_translation_bytes(
      "x.de.xml", edit("\"8.2\"", "\"@@9.9\"").text);  // unknown to small.xml, not to the file
  CHECK(load.diagnostics.empty());
  REQUIRE(load.translation);
  CHECK(load.translation->clauses.count("9.9") == 1);
}

TEST_CASE("checklist translation: written for another checklist version, a warning only") {
  const Marked marked = edit("checklist-version=\"0.1.0\"", "checklist-version=\"@@0.0.9\"");
  const ChecklistTranslationLoad load = load_marked(marked, &small_checklist());
  CHECK(load.diagnostics.empty());
  CHECK(load.translation);
  expect_diagnostic(load.warnings, "broken.de.xml", marked.where(),
                    "this overlay was written for version 0.0.9 of checklist test-small:2024, "
                    "which is now version 0.1.0: its texts may be stale",
                    Match::first_with_part);
  CHECK(format_warning(load.warnings.at(0)).starts_with("broken.de.xml:5:"));
  CHECK(format_warning(load.warnings.at(0)).find(": warning: ") != std::string::npos);
}

TEST_CASE("checklist translation: a requirement a tailoring deselected is accepted") {
  Checklist tailored = small_checklist();
  std::erase_if(tailored.requirements, [](const Requirement& r) { return r.id == "R-8.2-01"; });
  tailored.tailoring.id = "t";
  tailored.tailoring.deselected = {"R-8.2-01"};
  tailored.reindex();
  ChecklistTranslationLoadOptions options;
  options.checklist = &tailored;
  const ChecklistTranslationLoad load =
      load_checklist_translation_bytes("x.de.xml", overlay_fixture(), options);
  for (const Diagnostic& d : load.diagnostics) INFO(format(d));
  CHECK(load.translation);
}

TEST_CASE("broken checklist translation: another language than the one looked up") {
  expect_error_at(edit("language=\"de\"", "language=\"@@de\""),
                  "this overlay is in language 'de', but it was looked up for 'fr'",
                  &small_checklist(), "fr");
}

TEST_CASE("broken checklist translation: language attribute missing") {
  Marked marked = edit("<checklist-translation xmlns", "@@<checklist-translation xmlns");
  const std::string cut = " language=\"de\"";
  marked.text.erase(marked.text.find(cut), cut.size());  // after the marker
  expect_error_at(marked, "<checklist-translation> needs the attribute 'language'", nullptr);
}

TEST_CASE("broken checklist translation: unreadable file") {
  const ChecklistTranslationLoad load = load_checklist_translation("/nonexistent/x.de.xml");
  CHECK_FALSE(load.translation);
  REQUIRE(load.diagnostics.size() == 1);
  CHECK(load.diagnostics[0].where.file == "/nonexistent/x.de.xml");
}

TEST_CASE("checklist translation: language tags") {
  for (const char* ok : {"de", "fr", "gsw", "de-CH", "pt-BR", "zh-Hant-TW"}) {
    CAPTURE(ok);
    CHECK(is_language_tag(ok));
  }
  for (const char* bad : {"", "d", "DE", "deutsch", "de_CH", "de-", "-de", "de--CH", "de-abcdefghi"}) {
    CAPTURE(bad);
    CHECK_FALSE(is_language_tag(bad));
  }
}

namespace {

// Checked against small.xml.
constexpr EditCase kAgainstChecklist[] = {
    {"broken checklist translation: unknown clause number",
     "<clause number=\"8.2\"", "<clause number=\"@@8.3\"",
     "unknown clause '8.3': checklist test-small:2024 has none (did you mean '8."},
    {"broken checklist translation: unknown process, with a suggestion",
     "<process id=\"change\"", "<process id=\"@@chnage\"",
     "unknown process 'chnage': checklist test-small:2024 has none (did you mean 'change'?)"},
    {"broken checklist translation: unknown evidence id, with a suggestion",
     "<evidence id=\"REC-CHANGES\"", "<evidence id=\"@@REC-CHANGS\"",
     "unknown evidence item 'REC-CHANGS': checklist test-small:2024 has none "
     "(did you mean 'REC-CHANGES'?)"},
    {"broken checklist translation: unknown requirement id",
     "<requirement id=\"R-8.2-01\"", "<requirement id=\"@@R-9.2-01\"",
     "unknown requirement 'R-9.2-01'"},
    {"broken checklist translation: unknown amendment",
     "<amendment id=\"Amd1:2024\"", "<amendment id=\"@@Amd2:2024\"",
     "unknown amendment 'Amd2:2024': checklist test-small:2024 has none (did you mean 'Amd1:2024'?)"},
    {"broken checklist translation: translates another checklist",
     "checklist=\"test-small:2024\"", "checklist=\"@@test-big:2024\"",
     "this overlay translates checklist 'test-big:2024', not 'test-small:2024'"},
    {"broken checklist translation: another number of questions",
     "<question>Wer hat die Politik freigegeben?</question>",
     "@@<question>Wer hat die Politik freigegeben?</question><question>Wann?</question>",
     "requirement R-4.1-01 has 1 question(s) and this overlay gives 2"},
};
ISO20K_TEST_CASE_PER_ROW(kAgainstChecklist, expect_against_checklist);

// Loaded without a checklist: what the file says on its own.
constexpr EditCase kAlone[] = {
    {"broken checklist translation: a clause translated twice",
     "<clause number=\"8\" title=\"Betrieb\"/>",
     "<clause number=\"8\" title=\"Betrieb\"/><clause number=\"@@4\" title=\"Kontext\"/>",
     "clause 4 is translated twice (first at line 10)"},
    {"broken checklist translation: an evidence item translated twice",
     "<evidence id=\"REC-CHANGES\">",
     "<evidence id=\"@@DOC-POLICY\">",
     "evidence item DOC-POLICY is translated twice (first at line 21)"},
    {"broken checklist translation: a process translated twice",
     "<process id=\"change\"", "<process id=\"@@incident\"",
     "process incident is translated twice (first at line 17)"},
    {"broken checklist translation: a requirement translated twice",
     "<requirement id=\"R-8.2-01\"", "<requirement id=\"@@R-4.1-01\"",
     "requirement R-4.1-01 is translated twice (first at line 38)"},
    {"broken checklist translation: language attribute empty",
     "language=\"de\"", "language=\"@@\"",
     "attribute 'language' of <checklist-translation> must not be empty"},
    {"broken checklist translation: not a language tag",
     "language=\"de\"", "language=\"@@Deutsch\"",
     "language 'Deutsch' is not a language tag such as de, fr or de-CH"},
    {"broken checklist translation: an empty title",
     "<title>Politik</title>", "@@<title> </title>",
     "<title> must not be empty: leave it out to keep the checklist's own text"},
    {"broken checklist translation: an empty requirement text",
     "<text>Eine Politik liegt vor und ist freigegeben.</text>", "@@<text></text>",
     "<text> must not be empty"},
    {"broken checklist translation: an empty question",
     "<question>Wer hat die Politik freigegeben?</question>", "@@<question/>",
     "<question> must not be empty"},
    {"broken checklist translation: an empty clause title",
     "<clause number=\"8.1\" title=\"Störungen\"/>", "<clause number=\"8.1\" title=\"@@ \"/>",
     "attribute 'title' of <clause> must not be empty"},
    {"broken checklist translation: an evidence item translating nothing",
     "<evidence id=\"REC-CHANGES\">\n      <title>Änderungsaufzeichnungen</title>",
     "@@<evidence id=\"REC-CHANGES\">",
     "<evidence> translates nothing: give a <title>, a <description> or both"},
    {"broken checklist translation: a misspelt element, with a suggestion",
     "<guidance>Die unterschriebene Politik ansehen.</guidance>",
     "@@<guidanse>Die unterschriebene Politik ansehen.</guidanse>",
     "unknown element <guidanse> in <requirement> (did you mean 'guidance'?)"},
    {"broken checklist translation: a malformed clause number",
     "<clause number=\"8.2\"", "<clause number=\"@@8..2\"",
     "clause number '8..2' is not of the form 8.5.1"},
    {"broken checklist translation: the checklist's namespace",
     "<checklist-translation xmlns=\"urn:iso20k:checklist-translation:1\"",
     "@@<checklist-translation xmlns=\"urn:iso20k:checklist:1\"",
     "the root element must declare xmlns=\"urn:iso20k:checklist-translation:1\""},
};
ISO20K_TEST_CASE_PER_ROW(kAlone, expect_alone);

}  // namespace
