// A diagnostic printed as a compiler would: "file:line:column: error: message".
#include "iso20k/format/diagnostic.h"

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

TEST_CASE("diagnostic: control characters in the file name and the message are shown escaped") {
  CHECK(format(Diagnostic{{"f\x1B.xml", 1, 2}, "bad \x1B[2J"}) == "f\\x1B.xml:1:2: error: bad \\x1B[2J");
  CHECK(format(Diagnostic{{"", 0, 0}, "line\nbreak \xE2\x80\xAE"}) == "iso20k: error: line\\x0Abreak \\u{202E}");
}
