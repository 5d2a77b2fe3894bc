// Checklist translation overlays through the command: `iso20k validate` of an overlay (its checklist
// found by the naming rule or by id, its coverage summed up, problems at file:line:column, a stale
// overlay a warning), and an overlay beside a checklist of one's own is no checklist of the catalogue.
#include <doctest/doctest.h>

#include <filesystem>

#include "support/test_support.h"

using namespace iso20k::test;

namespace {

const std::string& small_overlay() { return fixture_text("checklists/translations/small.de.xml"); }

// A folder holding small.xml as mychecklist.xml.
void own_checklist(const TempDir& dir) {
  write_file(dir / "mychecklist.xml", fixture_text("checklists/small.xml"));
}

}  // namespace

TEST_CASE("translation cli: the bundled German overlay is valid, with its coverage") {
  const RunResult r =
      run_iso20k("validate " + quote(source_dir() + "/checklists/translations/iso20000-1-2018.de.xml"));
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find("iso20000-1-2018.de.xml: valid translation (de) of checklist iso20000-1:2018; "
                   "translated: title 1/1, licence 1/1, amendment-title 1/1, clause-title 77/77, "
                   "process-name 20/20, evidence-title 323/323, ") != std::string::npos);
}

TEST_CASE("translation cli: an overlay of one's own checklist, beside it") {
  TempDir dir;
  own_checklist(dir);
  write_file(dir / "mychecklist.de.xml", small_overlay());
  const RunResult r = run_iso20k("validate " + quote((dir / "mychecklist.de.xml").string()));
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find(": valid translation (de) of checklist test-small:2024; translated: title 1/1, "
                   "licence 1/1, amendment-title 1/1, clause-title 5/5, process-name 2/2, "
                   "evidence-title 4/4, evidence-description 3/4, requirement-text 3/4, "
                   "requirement-guidance 2/4, requirement-questions 1/1\n") != std::string::npos);
  // The catalogue of that folder holds the checklist only.
  const RunResult list = run_iso20k("checklists list --checklist-dir " + quote(dir.path().string()));
  INFO(list.err);
  CHECK(list.exit_code == 0);
  CHECK(list.out.find("test-small:2024") != std::string::npos);
  CHECK(list.err.find("mychecklist.de.xml") == std::string::npos);
  CHECK(list.out.find("mychecklist.de.xml") == std::string::npos);
}

TEST_CASE("translation cli: problems at file:line:column, exit code 3") {
  TempDir dir;
  own_checklist(dir);
  const Marked marked = edit_at_marker(small_overlay(), "<evidence id=\"REC-CHANGES\"",
                                       "<evidence id=\"@@REC-CHANGS\"");
  write_file(dir / "mychecklist.de.xml", marked.text);
  expect_validate_error(dir / "mychecklist.de.xml",
                        {"mychecklist.de.xml:" + marked.where() +
                         ": error: unknown evidence item 'REC-CHANGS': checklist test-small:2024 "
                         "has none (did you mean 'REC-CHANGES'?)"});
}

TEST_CASE("translation cli: the language of the file name and of the overlay must agree") {
  TempDir dir;
  own_checklist(dir);
  write_file(dir / "mychecklist.fr.xml", small_overlay());
  expect_validate_error(dir / "mychecklist.fr.xml",
                        {"mychecklist.fr.xml:5:", "this overlay is in language 'de', but it was "
                                                  "looked up for 'fr'"});
}

TEST_CASE("translation cli: an overlay named otherwise is checked against the checklist it names") {
  TempDir dir;
  std::string text = read_file(source_dir() + "/checklists/translations/iso20000-1-2018.de.xml");
  write_file(dir / "german.xml", text);
  const RunResult ok = run_iso20k("validate " + quote((dir / "german.xml").string()));
  INFO(ok.err);
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("valid translation (de) of checklist iso20000-1:2018") != std::string::npos);
  replace_first(text, "checklist=\"iso20000-1:2018\"", "checklist=\"iso20000-1:2019\"");
  write_file(dir / "german.xml", text);
  expect_validate_error(dir / "german.xml", {"german.xml:6:", "unknown checklist 'iso20000-1:2019'"});
}

TEST_CASE("translation cli: an overlay for another checklist version, a warning") {
  TempDir dir;
  own_checklist(dir);
  std::string text = small_overlay();
  replace_first(text, "checklist-version=\"0.1.0\"", "checklist-version=\"0.0.1\"");
  write_file(dir / "mychecklist.de.xml", text);
  const RunResult r = run_iso20k("validate " + quote((dir / "mychecklist.de.xml").string()));
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("mychecklist.de.xml:5:") != std::string::npos);
  CHECK(r.err.find(": warning: this overlay was written for version 0.0.1 of checklist "
                   "test-small:2024, which is now version 0.1.0") != std::string::npos);
  CHECK(r.out.find("valid translation (de)") != std::string::npos);
}
