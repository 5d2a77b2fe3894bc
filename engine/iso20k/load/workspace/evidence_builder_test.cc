// The evidence register built from its records: every field read and trimmed, rows of a request list
// nobody has answered skipped, dates that contradict each other and ids registered twice reported.
#include <doctest/doctest.h>

#include "iso20k/load/workspace/builders.h"
#include "iso20k/load/workspace/workspace_file.h"

using namespace iso20k;
using namespace iso20k::ws;

namespace {

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) out += format(x) + "\n";
  return out;
}

Workspace read(FileKind kind, Format format, const std::string& name, const std::string& text, Diagnostics& d) {
  Workspace w;
  read_workspace_file(kind, format, SourceText(name, text), w, d);
  return w;
}

}  // namespace

TEST_CASE("evidence register: every field of an entry, trimmed, an answered request list row is an entry") {
  Diagnostics d;
  const Workspace w = read(FileKind::evidence, Format::csv, "requests.csv",
                           "id,title,status,reference,version,issued,reviewed,expires,owner,approved-by,notes\n"
                           "DOC-A,Policy, seen ,POL-1,2.0,2025-01-01,2025-06-01,2027-01-01,COO,CEO, Signed copy. \n"
                           "DOC-B,Plan,,,,,,,,,\n"
                           "DOC-C,Scope,requested,,,,,,,,\n",
                           d);
  CHECK(all(d).empty());
  REQUIRE(w.evidence.size() == 2);  // DOC-B: nobody answered yet
  const EvidenceRecord& a = w.evidence.at("DOC-A");
  CHECK(a.id == "DOC-A");
  CHECK(a.status == EvidenceStatus::seen);
  CHECK(a.reference == "POL-1");
  CHECK(a.version == "2.0");
  CHECK(a.issued == parse_date("2025-01-01"));
  CHECK(a.reviewed == parse_date("2025-06-01"));
  CHECK(a.expires == parse_date("2027-01-01"));
  CHECK(a.owner == "COO");
  CHECK(a.approved_by == "CEO");
  CHECK(a.notes == "Signed copy.");
  CHECK(a.where.line == 2);
  CHECK(a.locations.of("status", {}).column == 15);  // the value, after its leading blank
  CHECK(w.evidence.at("DOC-C").status == EvidenceStatus::requested);
  CHECK_FALSE(w.evidence.at("DOC-C").issued);
}

TEST_CASE("evidence register: reviewed or expiring before issue, a missing status, an id twice") {
  Diagnostics d;
  const Workspace w = read(FileKind::evidence, Format::json, "evidence.json",
                           R"({"evidence-register": [
  {"id": "DOC-A", "status": "seen", "issued": "2025-05-01", "reviewed": "2025-04-01", "expires": "2025-03-01"},
  {"id": "DOC-B", "notes": "asked for"},
  {"id": "DOC-A", "status": "missing"}
]})",
                           d);
  CHECK(all(d) ==
        "evidence.json:2:74: error: reviewed 2025-04-01 is before issued 2025-05-01\n"
        "evidence.json:2:99: error: expires 2025-03-01 is before issued 2025-05-01\n"
        "evidence.json:3:3: error: evidence record DOC-B has no 'status'\n"
        "evidence.json:4:11: error: evidence DOC-A is registered twice (first at line 2)\n");
  CHECK(w.evidence.at("DOC-A").status == EvidenceStatus::seen);  // the first one counts
  CHECK(w.evidence.at("DOC-B").status == EvidenceStatus::missing);
}
