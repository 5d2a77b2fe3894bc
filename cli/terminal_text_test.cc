// The terminal's text helpers: widths in code points, paragraphs wrapped with a hanging indent,
// numbers in their shortest form, and tables aligned on the widest cell.
#include "terminal_text.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace iso20k::cli;

namespace {

std::string wrapped(const std::string& text, int indent, int hanging, int width) {
  std::ostringstream out;
  wrap(out, text, indent, hanging, width);
  return out.str();
}

}  // namespace

TEST_CASE("terminal text: width counts code points, not bytes") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("Café €5") == 7);
  CHECK(display_width("█░▼·") == 4);
}

TEST_CASE("terminal text: a paragraph wrapped at the width, the first line indented, the rest hanging") {
  CHECK(wrapped("alpha beta gamma delta epsilon zeta eta theta", 2, 4, 24) ==
        "  alpha beta gamma delta\n"  // exactly 22 columns after the indent of 2: still fits
        "    epsilon zeta eta\n"
        "    theta\n");
  // Runs of spaces and line breaks in the text are one space; a word longer than a line stands alone.
  CHECK(wrapped("a  b\n c supercalifragilisticexpialidocious d", 0, 0, 20) ==
        "a b c\nsupercalifragilisticexpialidocious\nd\n");
  // Never narrower than 20 columns, however deep the indent; the hanging indent defaults to the first.
  const std::string indent(30, ' ');
  CHECK(wrapped("aaaa bbbb cccc dddd eeee ffff", 30, -1, 40) ==
        indent + "aaaa bbbb cccc dddd\n" + indent + "eeee ffff\n");
  // Widths in code points: "é" is one column.
  CHECK(wrapped("éééé éééé éééé éééé éééé", 0, 0, 20) == "éééé éééé éééé éééé\néééé\n");
  CHECK(wrapped("   ", 2, 2, 20).empty());
}

TEST_CASE("terminal text: a table's columns are as wide as their widest cell, two spaces apart") {
  Table t({"ID", "TITLE", "N"});
  t.add({"R-1", "Café", "3"});
  t.add({"R-10", "x", "12"});
  t.add({"R-2"});  // a short row: what it has, no trailing blanks
  t.add({"R-3", "y", "4"});
  std::ostringstream out;
  t.print(out);
  CHECK(out.str() ==
        "ID    TITLE  N\n"
        "R-1   Café   3\n"
        "R-10  x      12\n"
        "R-2\n"
        "R-3   y      4\n");
}
