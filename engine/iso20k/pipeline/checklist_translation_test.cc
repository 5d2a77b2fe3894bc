// The checklist in a report's language: where overlays are looked for, what is found (and what is
// not an error), and the bundled German overlay of ISO/IEC 20000-1:2018, which must load without a
// problem against the bundled checklist and translate every title a report prints.
#include "iso20k/pipeline/checklist_translation.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/pipeline/assessment_inputs.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;

namespace {

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) out += format(x) + "\n";
  return out;
}

Checklist load_file(const std::string& path) {
  ChecklistLoad load = load_checklist(path);
  INFO(all(load.diagnostics));
  REQUIRE(load.checklist);
  return std::move(*load.checklist);
}

// small.xml copied to `dir` as NAME.xml, and loaded from there.
Checklist small_in(const TempDir& dir, const std::string& name = "mychecklist") {
  write_file(dir / (name + ".xml"), read_file(fixture("checklists/small.xml")));
  return load_file((dir / (name + ".xml")).string());
}

const Checklist& bundled_2018() {
  static const Checklist c = [] {
    const LibraryOpen open = open_library(DataPaths{ISO20K_SOURCE_DIR});
    INFO(all(open.diagnostics));
    REQUIRE(open.diagnostics.empty());
    ChecklistOpen cl = open_tailored_checklist(open.library, "iso20000-1:2018", "");
    INFO(all(cl.diagnostics));
    REQUIRE(cl.checklist);
    return std::move(*cl.checklist);
  }();
  return c;
}

}  // namespace

TEST_CASE("checklist translation lookup: the candidates, in order") {
  CHECK(translation_candidates("/d/iso20000-1-2018.xml", "de") ==
        std::vector<std::string>{"/d/translations/iso20000-1-2018.de.xml", "/d/iso20000-1-2018.de.xml"});
  CHECK(translation_candidates("/d/my.xml", "de-CH") ==
        std::vector<std::string>{"/d/translations/my.de-CH.xml", "/d/my.de-CH.xml",
                                 "/d/translations/my.de.xml", "/d/my.de.xml"});
  CHECK(translation_candidates("", "de").empty());
  CHECK(translation_candidates("/d/my.xml", "").empty());
}

TEST_CASE("checklist translation lookup: the overlay in translations/ beside the checklist") {
  const Checklist c = load_file(fixture("checklists/small.xml"));
  const ChecklistInLanguage de = checklist_in_language(c, "de");
  INFO(all(de.open.diagnostics));
  CHECK(de.translated());
  CHECK(de.open.path == fixture("checklists/translations/small.de.xml"));
  CHECK(de.checklist.title == "Kleine Testcheckliste");
  CHECK(de.untranslated.size() == 4);
  // The checklist's own language, or one without an overlay: the checklist as it is, no problem.
  for (const char* language : {"en", "fr", ""}) {
    CAPTURE(language);
    const ChecklistInLanguage same = checklist_in_language(c, language);
    CHECK_FALSE(same.translated());
    CHECK(same.open.path.empty());
    CHECK(same.open.diagnostics.empty());
    CHECK(same.checklist.title == "Small test checklist");
    CHECK(same.untranslated.empty());
  }
}

TEST_CASE("checklist translation lookup: a checklist of one's own, its overlay beside it") {
  TempDir dir;
  const Checklist c = small_in(dir);
  write_file(dir / "mychecklist.de.xml", read_file(fixture("checklists/translations/small.de.xml")));
  const TranslationOpen open = open_checklist_translation(c, "de");
  CHECK(open.translation);
  CHECK(open.path == (dir / "mychecklist.de.xml").string());
  // A regional tag falls back to the language's overlay.
  const ChecklistInLanguage ch = checklist_in_language(c, "de-CH");
  CHECK(ch.translated());
  CHECK(ch.checklist.find_clause("8.2")->title == "Änderungen");
  // translations/ beside it comes first.
  std::filesystem::create_directory(dir / "translations");
  std::string other = read_file(fixture("checklists/translations/small.de.xml"));
  replace_first(other, "Kleine Testcheckliste", "Aus dem Unterordner");
  write_file(dir / "translations" / "mychecklist.de.xml", other);
  CHECK(checklist_in_language(c, "de").checklist.title == "Aus dem Unterordner");
}

TEST_CASE("checklist translation lookup: a broken overlay is reported, the checklist left as it is") {
  TempDir dir;
  const Checklist c = small_in(dir);
  std::string broken = read_file(fixture("checklists/translations/small.de.xml"));
  replace_first(broken, "<process id=\"change\"", "<process id=\"chnage\"");
  write_file(dir / "mychecklist.de.xml", broken);
  const ChecklistInLanguage de = checklist_in_language(c, "de");
  CHECK_FALSE(de.translated());
  CHECK(de.open.path == (dir / "mychecklist.de.xml").string());
  REQUIRE(de.open.diagnostics.size() == 1);
  CHECK(format(de.open.diagnostics[0]) ==
        (dir / "mychecklist.de.xml").string() +
            ":18:18: error: unknown process 'chnage': checklist test-small:2024 has none (did you "
            "mean 'change'?)");
  CHECK(de.checklist.title == "Small test checklist");
  // The file name says the language; the attribute must agree.
  write_file(dir / "mychecklist.de.xml", read_file(fixture("checklists/translations/small.de.xml")));
  std::filesystem::rename(dir / "mychecklist.de.xml", dir / "mychecklist.fr.xml");
  const TranslationOpen fr = open_checklist_translation(c, "fr");
  CHECK_FALSE(fr.translation);
  CHECK(all(fr.diagnostics).find("this overlay is in language 'de', but it was looked up for 'fr'") !=
        std::string::npos);
}

TEST_CASE("checklist translation lookup: a stale overlay is used, with a warning") {
  TempDir dir;
  const Checklist c = small_in(dir);
  std::string stale = read_file(fixture("checklists/translations/small.de.xml"));
  replace_first(stale, "checklist-version=\"0.1.0\"", "checklist-version=\"0.0.1\"");
  write_file(dir / "mychecklist.de.xml", stale);
  const ChecklistInLanguage de = checklist_in_language(c, "de");
  CHECK(de.translated());
  CHECK(de.open.diagnostics.empty());
  REQUIRE(de.open.warnings.size() == 1);
  CHECK(format_warning(de.open.warnings[0]).find(": warning: this overlay was written for version 0.0.1") !=
        std::string::npos);
}

TEST_CASE("bundled German overlay: loads without a problem and translates every text") {
  const Checklist& c = bundled_2018();
  const ChecklistInLanguage de = checklist_in_language(c, "de");
  INFO(all(de.open.diagnostics));
  for (const Diagnostic& w : de.open.warnings) INFO(format_warning(w));
  REQUIRE(de.translated());
  CHECK(de.open.warnings.empty());
  CHECK(std::filesystem::path(de.open.path).filename() == "iso20000-1-2018.de.xml");
  CHECK(std::filesystem::path(de.open.path).parent_path().filename() == "translations");
  const ChecklistTranslation& t = *de.open.translation;
  CHECK(t.checklist_version == c.version);
  // Every text: titles, descriptions, requirement texts, guidance and questions.
  std::string missing;
  for (const UntranslatedText& u : de.untranslated) {
    missing += std::string(to_string(u.field)) + " " + u.id + "\n";
  }
  CHECK(missing.empty());
  CHECK(t.clauses.size() == c.clauses.size());
  CHECK(t.processes.size() == c.processes.size());
  CHECK(t.evidence.size() == c.evidence.size());
  CHECK(de.checklist.language == "de");
  CHECK(de.checklist.find_clause("4")->title == "Kontext der Organisation");
  CHECK(de.checklist.find_clause("10")->title == "Verbesserung");
  // No German title is left equal to an English one by oversight, but for names that are the same
  // in both languages (listed here).
  const std::vector<std::string> same_in_both{};
  for (std::size_t i = 0; i < c.evidence.size(); ++i) {
    CAPTURE(c.evidence[i].id);
    if (std::find(same_in_both.begin(), same_in_both.end(), c.evidence[i].id) != same_in_both.end()) continue;
    CHECK(de.checklist.evidence[i].title != c.evidence[i].title);
  }
}
