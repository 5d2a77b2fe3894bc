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

TEST_CASE("xml root: an attribute of the root's start tag, not of a comment or a later element") {
  using iso20k::xml_root_attribute;
  CHECK(xml_root_attribute("<?xml version=\"1.0\"?>\n<checklist xmlns=\"urn:x\"\n  id=\"iso20000-1:2018\" version='1.1'>",
                           "id") == "iso20000-1:2018");
  CHECK(xml_root_attribute("<checklist version='1.1' id = 'a'>", "version") == "1.1");
  CHECK(xml_root_attribute("<checklist version='1.1' id = 'a'>", "id") == "a");
  CHECK(xml_root_attribute("<!-- <checklist id=\"fake\"> -->\n<tailoring id=\"t\">", "id") == "t");
  CHECK(xml_root_attribute("<checklist><item id=\"x\"/>", "id") == "");      // not on the root
  CHECK(xml_root_attribute("<checklist xid=\"x\" >", "id") == "");           // a longer name
  CHECK(xml_root_attribute("<checklist id=\"unterminated", "id") == "");    // cut off in the head
  CHECK(xml_root_attribute("<checklist/>", "id") == "");
}
