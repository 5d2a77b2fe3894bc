#include "iso20k/format/xml_escape.h"

#include <doctest/doctest.h>

#include <pugixml.hpp>

#include <string>

using namespace iso20k;

TEST_CASE("xml escape: markup characters in text and in attribute values") {
  CHECK(xml_escape("a & b < c > d") == "a &amp; b &lt; c &gt; d");
  CHECK(xml_escape("say \"hi\"\n\tnow\r") == "say \"hi\"\n\tnow&#13;");
  CHECK(xml_escape("say \"hi\"\n\tnow\r", XmlContext::attribute) == "say &quot;hi&quot;&#10;&#9;now&#13;");
  CHECK(xml_escape("Société — Ελληνικά 'x'") == "Société — Ελληνικά 'x'");
  CHECK(xml_escape("") == "");
}

TEST_CASE("xml escape: a parser reads back exactly what was escaped") {
  const std::string nasty = "a & b <c> \"q\" 'a'\n\tline\r\nend ]]> &amp;";
  const std::string doc = "<r a=\"" + xml_escape(nasty, XmlContext::attribute) + "\">" + xml_escape(nasty) + "</r>";
  pugi::xml_document d;
  REQUIRE(d.load_string(doc.c_str(), pugi::parse_default | pugi::parse_wconv_attribute | pugi::parse_eol));
  CHECK(std::string(d.child("r").attribute("a").value()) == nasty);
  CHECK(std::string(d.child("r").text().get()) == nasty);
}
