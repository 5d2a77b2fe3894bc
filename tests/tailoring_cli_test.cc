// `iso20k validate` on tailoring files: checked on their own and against the checklist they name.
#include <doctest/doctest.h>

#include "support/test_support.h"

using namespace iso20k::test;

TEST_CASE("validate: the example tailoring of the 2018 checklist is valid") {
  const RunResult r = run_iso20k("validate " + quote(source_dir() + "/examples/tailoring/acme-hosting-2018.xml"));
  CHECK(r.exit_code == 0);
  CHECK_MESSAGE(r.out.find(": valid tailoring ") != std::string::npos, r.out << r.err);
  CHECK(r.out.find("of checklist iso20000-1:2018") != std::string::npos);
}

TEST_CASE("validate: a tailoring that deselects a 2018 clause is refused at the deselect") {
  TempDir dir;
  std::string text = read_file(source_dir() + "/examples/tailoring/acme-hosting-2018.xml");
  const std::size_t title_end = text.find("</title>");
  REQUIRE(title_end != std::string::npos);
  const std::string insert = "\n  <deselect clause=\"8.4.2\" reason=\"We do no demand management\"/>";
  text.insert(title_end + 8, insert);
  write_file(dir / "t.xml", text);
  const std::string where = line_column(text, title_end + 8 + 3);  // the '<' of <deselect
  const RunResult r = run_iso20k("validate " + quote((dir / "t.xml").string()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("t.xml:" + where + ": error: cannot deselect clause 8.4.2") != std::string::npos, r.err);
  CHECK(r.err.find("does not allow requirements to be excluded") != std::string::npos);
}
