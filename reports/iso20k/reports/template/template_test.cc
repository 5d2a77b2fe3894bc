// A template's texts by id and their {placeholders} filled in, edge cases of the syntax.
// (Placeholders filled and left, the missing id's message: template_loader_test.cc.)
#include "iso20k/reports/template/template.h"

#include <doctest/doctest.h>

using namespace iso20k::reports;

TEST_CASE("template: braces that are not a known placeholder are kept as written") {
  Template t;
  t.name = "t";
  t.strings["s"] = "{a}{b} {a} {unclosed {a} } {} {{a}}";
  CHECK(t.format("s", {{"a", "1"}, {"b", "2"}}) == "12 1 {unclosed 1 } {} {1}");
  t.strings["plain"] = "no placeholders";
  CHECK(t.format("plain", {{"a", "1"}}) == "no placeholders");
  t.strings["tail"] = "ends with {";
  CHECK(t.format("tail", {}) == "ends with {");
  CHECK(t.text("plain") == "no placeholders");
}
