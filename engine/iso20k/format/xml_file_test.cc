// The strict layer over pugixml every loader states its structure through: parse errors, unknown and
// duplicate attributes, unknown elements and stray text, text offsets across references, and the
// typed attribute readers, each problem located at file:line:column.
#include "iso20k/format/xml_file.h"

#include <doctest/doctest.h>

using namespace iso20k;

namespace {

// Every diagnostic as "line:column message", one per line.
std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) {
    out += std::to_string(x.where.line) + ":" + std::to_string(x.where.column) + " " + x.message + "\n";
  }
  return out;
}

XmlFile parsed(const std::string& text) {
  Diagnostics d;
  std::optional<XmlFile> f = XmlFile::parse(SourceText("t.xml", text), "r", "", d);
  INFO(all(d));
  REQUIRE(f);
  REQUIRE(d.empty());
  return std::move(*f);
}

}  // namespace

TEST_CASE("xml: a document that cannot be read says why, where") {
  const auto problems = [](const std::string& text, std::string_view ns = "") {
    Diagnostics d;
    const bool read = XmlFile::parse(SourceText("t.xml", text), "checklist", ns, d).has_value();
    return std::string(read ? "read\n" : "not read\n") + all(d);
  };
  CHECK(problems(" \n\t") ==
        "not read\n1:1 the file is empty: expected an XML document with a <checklist> root element\n");
  CHECK(problems("<?xml version=\"1.0\"?>\n") == "not read\n2:1 no root element: expected <checklist>\n");
  // The mismatched end tag is pointed at by its "</", not by its name.
  CHECK(problems("<checklist>\n  <b></c>\n</checklist>") ==
        "not read\n2:6 end tag does not match the open element (or an element is not closed); the XML "
        "is not well formed\n");
  CHECK(problems("<workspace/>") == "not read\n1:1 root element is <workspace>, expected <checklist>\n");
  CHECK(problems("<checklist/>\n<second/>") ==
        "read\n2:1 a second root element <second>: an XML document has exactly one root\n");
  CHECK(problems("<checklist/>", "urn:iso20k:checklist:1") ==
        "read\n1:1 the root element must declare xmlns=\"urn:iso20k:checklist:1\"\n");
  CHECK(problems("<checklist xmlns=\"urn:iso20k:checklist:1\"/>", "urn:iso20k:checklist:1") == "read\n");
  // Well formed but not UTF-8: not read, the bad byte reported.
  CHECK(problems("<checklist>caf\xE9</checklist>") ==
        "not read\n1:15 invalid UTF-8 (byte 0xE9); save the file as UTF-8\n");
}

TEST_CASE("xml: unknown, duplicate, missing and blank attributes, each at its place") {
  const XmlFile f = parsed(R"(<r id="x" colour="red" id="y" name=" " xmlns:q="urn:q" xsi:type="t" zzz="1"/>)");
  Diagnostics d;
  f.check_attributes(f.root(), {"id", "name", "color"}, {"id", "name", "title"}, d);
  CHECK(all(d) ==
        "1:11 unknown attribute 'colour' on <r> (did you mean 'color'?)\n"
        "1:24 duplicate attribute 'id' on <r>\n"
        "1:69 unknown attribute 'zzz' on <r>; allowed: id name color\n"
        "1:37 attribute 'name' of <r> must not be empty\n"
        "1:1 <r> needs the attribute 'title'\n");
}

TEST_CASE("xml: an attribute is located at its value, in either quotes, or at its element when absent") {
  const XmlFile f = parsed("<r>\n  <e a='one' b=\"\"/>\n</r>");
  const pugi::xml_node e = f.root().child("e");
  const auto at = [&](std::string_view attribute) {
    const SourceLocation l = f.at(e, attribute);
    return std::to_string(l.line) + ":" + std::to_string(l.column);
  };
  CHECK(at("a") == "2:9");
  CHECK(at("b") == "2:17");  // an empty value: where it would start
  CHECK(at("c") == "2:3");   // not there: the element's '<'
  const std::vector<XmlAttributeSpan> spans = scan_attribute_spans(f.source().bytes(), e);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].name == "a");
  CHECK(spans[0].name_offset == 9);
  CHECK(spans[1].name == "b");
  CHECK(spans[1].value_offset == 20);
}

TEST_CASE("xml: unknown child elements and stray text are reported with what is allowed") {
  const XmlFile f = parsed("<r>\n  <a/>\n  text\n  <bb/>\n  <zzz/>\n  <a><x/></a>\n</r>");
  Diagnostics d;
  f.check_children(f.root(), {"a", "b"}, d);
  CHECK(all(d) ==
        "2:7 unexpected text inside <r>\n"
        "4:3 unknown element <bb> in <r> (did you mean 'b'?)\n"
        "5:3 unknown element <zzz> in <r>; allowed: <a> <b>\n");
  Diagnostics leaf;
  f.check_children(f.root().last_child(), {}, leaf);
  CHECK(all(leaf) == "6:6 unknown element <x> in <a>; it takes no child elements\n");
}

TEST_CASE("xml: text is trimmed and decoded, a required text element is there once and not blank") {
  const XmlFile f = parsed(
      "<r><title> Policy &amp; scope </title><title>again</title><text> </text><d>a<b/>c</d></r>");
  Diagnostics d;
  CHECK(f.required_text(f.root(), "title", d) == "Policy & scope");
  CHECK(all(d) == "1:39 <r> takes only one <title>\n");
  d.clear();
  CHECK(f.required_text(f.root(), "text", d).empty());
  CHECK(all(d) == "1:59 <text> must not be empty\n");
  d.clear();
  CHECK(f.required_text(f.root(), "guidance", d).empty());
  CHECK(all(d) == "1:1 <r> needs a <guidance> element\n");
  d.clear();
  CHECK(f.text(f.root().child("d"), d) == "ac");
  CHECK(all(d) == "1:77 unexpected element <b> inside <d>: it holds text only\n");
}

TEST_CASE("xml: an index into decoded text maps back to its byte in the file across references") {
  // Decoded (trimmed): A & B é(2 bytes) C 😀(4 bytes) D
  const XmlFile f = parsed("<r>  A&amp;B&#233;C&#x1F600;D</r>");
  const pugi::xml_node r = f.root();
  CHECK(f.text_offset(r) == 3);      // the text node starts after "<r>"
  CHECK(f.text_offset(r, 0) == 5);   // 'A', leading blanks skipped
  CHECK(f.text_offset(r, 1) == 6);   // "&amp;"
  CHECK(f.text_offset(r, 2) == 11);  // 'B'
  CHECK(f.text_offset(r, 3) == 12);  // "&#233;"
  CHECK(f.text_offset(r, 5) == 18);  // 'C', after the two bytes of é
  CHECK(f.text_offset(r, 6) == 19);  // "&#x1F600;"
  CHECK(f.text_offset(r, 10) == 28); // 'D', after the four bytes of the emoji
  const XmlFile c = parsed("<r><![CDATA[x<y]]></r>");
  CHECK(c.text_offset(c.root(), 0) == 12);
  CHECK(c.text_offset(c.root(), 2) == 14);
}

TEST_CASE("xml: typed attribute readers return the value, or the fallback with the problem at the value") {
  const XmlFile f = parsed(
      R"(<r a="true" b="yes" n="-1.5" m="1e3x" p="0" f="1.5" g="0.25" i="7" j="12" k="7.0" )"
      R"(d="12m" dd="12 months" t="2025-02-30" u="2025-02-28" e="" c="flat" cc="flatt"/>)");
  const pugi::xml_node r = f.root();
  Diagnostics d;
  CHECK(f.read_bool(r, "a", false, d));
  CHECK_FALSE(f.read_bool(r, "b", false, d));
  CHECK(f.read_bool(r, "absent", true, d));
  CHECK(f.read_number(r, "n", 0, d) == -1.5);
  CHECK(f.read_number(r, "m", 9, d) == 9);
  CHECK(f.read_positive(r, "p", 1, d) == 1);
  CHECK(f.read_fraction(r, "f", 0.5, d) == 0.5);
  CHECK(f.read_fraction(r, "g", 0.5, d) == 0.25);
  CHECK(f.read_int(r, "i", 0, 1, 10, d) == 7);
  CHECK(f.read_int(r, "j", 3, 1, 10, d) == 3);
  CHECK(f.read_int(r, "k", 3, 1, 10, d) == 3);
  CHECK(f.read_duration(r, "d", d) == Duration{360});
  CHECK_FALSE(f.read_duration(r, "dd", d));
  CHECK_FALSE(f.read_date(r, "t", d));
  CHECK(f.read_date(r, "u", d) == parse_date("2025-02-28"));
  CHECK_FALSE(f.read_date(r, "e", d));  // empty: silently absent
  const std::vector<std::string_view> models = {"weighted", "flat", "absolute"};
  CHECK(f.read_choice(r, "c", models, d) == std::optional<std::size_t>(1));
  CHECK_FALSE(f.read_choice(r, "cc", models, d));
  CHECK_FALSE(f.read_choice(r, "absent", models, d));
  CHECK(all(d) ==
        "1:16 attribute 'b' must be true or false, not 'yes'\n"
        "1:33 attribute 'm' must be a number, not '1e3x'\n"
        "1:42 attribute 'p' must be a positive number, not '0'\n"
        "1:48 attribute 'f' must be a fraction between 0 and 1, not '1.5'\n"
        "1:71 attribute 'j' must be a whole number from 1 to 10, not '12'\n"
        "1:78 attribute 'k' must be a whole number from 1 to 10, not '7.0'\n"
        "1:95 attribute 'dd' must be a duration such as 90d, 8w, 12m or 1y, not '12 months'\n"
        "1:109 attribute 't' must be a calendar date YYYY-MM-DD, not '2025-02-30'\n"
        "1:154 attribute 'cc' is 'flatt'; expected one of: weighted flat absolute (did you mean 'flat'?)\n");
}

TEST_CASE("xml: words of an attribute value, and numbers that are whole, finite and unsigned-plus-free") {
  CHECK(split_words("  8.1 \t8.2\n 8.3 ") == std::vector<std::string>{"8.1", "8.2", "8.3"});
  CHECK(split_words(" \n ").empty());
  CHECK(parse_number(" 42 ") == 42.0);
  CHECK(parse_number("-0.5") == -0.5);
  CHECK(parse_number("2.5e1") == 25.0);
  CHECK_FALSE(parse_number(""));
  CHECK_FALSE(parse_number("+1"));
  CHECK_FALSE(parse_number("0x10"));
  CHECK_FALSE(parse_number("1,5"));
  CHECK_FALSE(parse_number("12%"));
  CHECK_FALSE(parse_number("inf"));
  CHECK_FALSE(parse_number("nan"));
  CHECK_FALSE(parse_number("1e400"));
}
