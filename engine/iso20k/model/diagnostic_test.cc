// A diagnostic printed as a compiler would: "file:line:column: error: message".
#include "iso20k/model/diagnostic.h"

#include <doctest/doctest.h>

using namespace iso20k;

TEST_CASE("diagnostic: file, line and column when known, the program's name for built-in data") {
  CHECK(format(Diagnostic{{"ws/evidence.csv", 3, 14}, "unknown status 'seeen'"}) ==
        "ws/evidence.csv:3:14: error: unknown status 'seeen'");
  CHECK(format(Diagnostic{{"ws/profile.xml", 0, 0}, "cannot open file"}) ==
        "ws/profile.xml: error: cannot open file");
  CHECK(format(Diagnostic{{"", 0, 0}, "no checklist named 'x'"}) == "iso20k: error: no checklist named 'x'");
  CHECK(format(Diagnostic{{"", 2, 1}, "m"}) == "iso20k:2:1: error: m");
}
