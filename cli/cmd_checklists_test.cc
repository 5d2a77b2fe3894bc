// `iso20k checklists show`: a checklist's clause tree with the requirements counted per clause
// (good practice apart), and one clause in full — what each requirement asks, its basis, guidance,
// evidence, rule and mappings — as an assessor reads it before an interview.
#include <doctest/doctest.h>

#include <sstream>

#include "commands.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::cli;
using test::fixture;
using test::fixture_text;
using test::replace_first;

namespace {

struct Shown {
  int code = -1;
  std::string out, err;
};

Shown checklists(const Args& args) {
  std::ostringstream out, err;
  Context ctx{"iso20k", DataPaths{ISO20K_SOURCE_DIR}, out, err};
  Shown s;
  s.code = run_checklists(args, ctx);
  s.out = out.str();
  s.err = err.str();
  return s;
}

// The small fixture with R-8.1-02 made good practice from ITIL, and a question added to R-8.2-01.
std::string good_practice_checklist(const test::TempDir& t) {
  std::string text = fixture_text("checklists/small.xml");
  replace_first(text, "<requirement id=\"R-8.1-02\" clause=\"8.1\"",
                "<requirement id=\"R-8.1-02\" clause=\"8.1\" basis=\"good-practice\" from=\"itil\"");
  replace_first(text, "<guidance>Sample five changes.</guidance>",
                "<guidance>Sample five changes.</guidance>\n      <question>Who approves a change?</question>");
  test::write_file(t / "gp.xml", text);
  return (t / "gp.xml").string();
}

}  // namespace

TEST_CASE("checklists show: the clause tree, with the requirements of each clause counted") {
  const Shown s = checklists({"show", fixture("checklists/small.xml")});
  CHECK(s.code == kOk);
  CHECK(s.err == "");
  CHECK(s.out ==
        "Small test checklist\n"
        "test-small:2024 — Test Standard:2024, version 0.1.0\n"
        "\n"
        "4  Context  [hls]\n"
        "  4.1  Policy  [hls]  1 requirement\n"
        "8  Operation  [sms]\n"
        "  8.1  Incidents  [sms]  2 requirements\n"
        "  8.2  Changes  [sms]  1 requirement\n");
  const test::TempDir t;
  CHECK(checklists({"show", good_practice_checklist(t)}).out.find(
            "  8.1  Incidents  [sms]  2 requirements (1 good practice)\n") != std::string::npos);
}

TEST_CASE("checklists show --clause: every requirement under the clause, in full") {
  const Shown s = checklists({"show", fixture("checklists/small.xml"), "--clause", "8.2"});
  CHECK(s.code == kOk);
  CHECK(s.out ==
        "Test Standard:2024 clause 8.2 Changes  [sms]\n"
        "\n"
        "  R-8.2-01  (clause 8.2, weight 1.5, severity low, PA1.1, process change)\n"
        "    Changes are approved before deployment.\n"
        "    Basis: obligation of clause 8.2 (unmet, a nonconformity)\n"
        "    Guidance:\n"
        "      Sample five changes.\n"
        "    Evidence:\n"
        "      - REC-CHANGES [record] Change records\n"
        "    Maps to:\n"
        "      - ISO/IEC 27001:2022 A.8.32\n");
  // A clause with sub-clauses shows theirs; evidence with its kind, mandatory, approval, max age,
  // documented information, a metric's target; the rule as written.
  const std::string c4 = checklists({"show", fixture("checklists/small.xml"), "--clause", "4"}).out;
  CHECK(c4.find("  R-4.1-01  (clause 4.1, weight 2, severity high, from Amd1:2024)\n") != std::string::npos);
  CHECK(c4.find("    Interview questions:\n      - Who approved the policy?\n") != std::string::npos);
  CHECK(c4.find("      - DOC-POLICY [document, mandatory, approval required, max age 12m, 7.5.4 b] Policy\n") !=
        std::string::npos);
  const std::string c8 = checklists({"show", fixture("checklists/small.xml"), "--clause", "8"}).out;
  CHECK(c8.find("      - MET-INC-RESOLVED [metric, target >= 90 %] Incidents resolved in target\n") != std::string::npos);
  CHECK(c8.find("    Rule:\n      valid(evidence(\"REC-INCIDENTS\")) && meets_target(metric(\"MET-INC-RESOLVED\"))\n") !=
        std::string::npos);
  CHECK(c8.find("R-8.2-01") != std::string::npos);
  CHECK(c8.find("R-4.1-01") == std::string::npos);
}

TEST_CASE("checklists show --clause: good practice names its source") {
  const test::TempDir t;
  const std::string out = checklists({"show", good_practice_checklist(t), "--clause", "8.1"}).out;
  CHECK(out.find("  R-8.1-02  (clause 8.1, weight 1, severity medium, PA2.1, process incident)\n"
                 "    Incident handling is monitored.\n"
                 "    Basis: good practice from ITIL (unmet, at most an opportunity for improvement)\n") !=
        std::string::npos);
  CHECK(out.find("    Basis: obligation of clause 8.1 (unmet, a nonconformity)\n") != std::string::npos);  // R-8.1-01
  const std::string c82 = checklists({"show", good_practice_checklist(t), "--clause", "8.2"}).out;
  CHECK(c82.find("    Interview questions:\n      - Who approves a change?\n") != std::string::npos);
}

TEST_CASE("checklists show --clause: a clause not in the checklist is a usage error") {
  try {
    checklists({"show", fixture("checklists/small.xml"), "--clause", "9"});
    FAIL("no usage error");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()) == "clause 9 is not in test-small:2024");
    CHECK(e.command == "checklists show");
  }
}
