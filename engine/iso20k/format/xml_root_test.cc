// Telling an XML file's kind from its root element's name before it is parsed.
#include "iso20k/format/xml_root.h"

#include <doctest/doctest.h>

using iso20k::xml_root_name;

TEST_CASE("xml root: the first element after the declaration, comments and a DOCTYPE") {
  CHECK(xml_root_name("<?xml version=\"1.0\"?>\n<tailoring xmlns=\"urn:x\">") == "tailoring");
  CHECK(xml_root_name("<!-- a note -->\n<checklist-translation language=\"de\">") == "checklist-translation");
  CHECK(xml_root_name("<!DOCTYPE x>\n<registry>") == "registry");
  CHECK(xml_root_name("<x:root/>") == "x:root");
}

TEST_CASE("xml root: markup inside a comment is not the root, and no element gives nothing") {
  CHECK(xml_root_name("<!-- copy of <checklist> for reference -->\n<tailoring>") == "tailoring");
  CHECK(xml_root_name("<!-- unterminated <checklist>") == "");
  CHECK(xml_root_name("no markup at all") == "");
  CHECK(xml_root_name("") == "");
}
