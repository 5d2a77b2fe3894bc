// Strict XML: every input (checklist, registry, tailoring, template, workspace file) is well-formed
// XML 1.0 without a DTD, or refused at the line and column of the first thing that is not — where
// pugixml alone would accept it and read something else than what was written.
#include <doctest/doctest.h>

#include "iso20k/format/xml_file.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;

namespace {

struct XmlCase {
  const char* name;
  const char* text;     // "@@" marks where the diagnostic must point
  const char* message;  // the start of the diagnostic's message
};

Diagnostics parse(const std::string& text) {
  Diagnostics out;
  const std::optional<XmlFile> f = XmlFile::parse(SourceText("t.xml", text), "a", "", out);
  if (f) CHECK(out.empty());
  return out;
}

void expect_refused(const XmlCase& c) {
  const Marked m = take_marker(c.text);
  const Diagnostics out = parse(m.text);
  INFO(c.name);
  REQUIRE_FALSE(out.empty());
  expect_diagnostic(out, "t.xml", m.where(), c.message, Match::first_with_part);
  CHECK(out.front().message.ends_with("the XML is not well formed"));
}

constexpr XmlCase kRefused[] = {
    {"strict XML: a bare & in text", "<a>fish @@& chips</a>", "a bare '&': write it as &amp;"},
    {"strict XML: a bare & in an attribute value", "<a x=\"R @@& D\"/>", "a bare '&'"},
    {"strict XML: an & without its semicolon", "<a>@@&amp chips</a>", "a bare '&'"},
    {"strict XML: < in an attribute value", "<a x=\"1 @@< 2\"/>", "'<' inside an attribute value: write it as &lt;"},
    {"strict XML: an undefined entity", "<a>caf@@&eacute;</a>", "undefined entity &eacute;"},
    {"strict XML: an undefined entity in an attribute", "<a x='@@&nbsp;'/>", "undefined entity &nbsp;"},
    {"strict XML: text after the root element", "<a/>\n@@trailing", "text after the root element"},
    {"strict XML: text after a root with content", "<a><b/></a>@@x", "text after the root element"},
    {"strict XML: text before the root element", "@@junk<a/>", "text before the root element"},
    {"strict XML: a declaration after a blank line", "\n@@<?xml version=\"1.0\"?><a/>",
     "the XML declaration <?xml ...?> must come first"},
    {"strict XML: a declaration after a comment", "<!-- c -->@@<?xml version=\"1.0\"?><a/>",
     "the XML declaration <?xml ...?> must come first"},
    {"strict XML: a control character in text", "<a>bell@@\x07</a>", "the character U+0007 is not allowed in XML"},
    {"strict XML: an escape character in an attribute", "<a x=\"@@\x1B[31m\"/>",
     "the character U+001B is not allowed in XML"},
    {"strict XML: U+FFFE", "<a>@@\xEF\xBF\xBE</a>", "the character U+FFFE is not allowed in XML"},
    {"strict XML: a character reference to NUL", "<a>@@&#0;</a>", "the character reference &#0; is to U+0000"},
    {"strict XML: a character reference to a control character", "<a x='@@&#x1B;'/>",
     "the character reference &#x1B; is to U+001B"},
    {"strict XML: a character reference to a surrogate", "<a>@@&#xD800;</a>",
     "the character reference &#xD800; is to U+D800"},
    {"strict XML: a character reference past U+10FFFF", "<a>@@&#x110000;</a>",
     "the character reference &#x110000; is to a value past U+10FFFF"},
    {"strict XML: a malformed character reference", "<a>@@&#12a;</a>", "malformed character reference &#12a;"},
    {"strict XML: a DOCTYPE", "<?xml version=\"1.0\"?>\n@@<!DOCTYPE a [<!ENTITY e \"v\">]>\n<a>&e;</a>",
     "a document type declaration (<!DOCTYPE ...>) is not allowed"},
    {"strict XML: an encoding other than UTF-8", "<?xml version=\"1.0\" encoding=\"@@ISO-8859-1\"?><a/>",
     "the file declares the encoding 'ISO-8859-1'; iso20k reads UTF-8 only"},
    {"strict XML: XML 1.1", "<?xml version=\"@@1.1x\"?><a/>", "XML version '1.1x': only XML 1.0 is read"},
    {"strict XML: -- inside a comment", "<a><!-- a @@-- b --></a>", "'--' inside a comment"},
    {"strict XML: the CDATA end marker in text", "<a>x @@]]> y</a>", "']]>' in text"},
};
ISO20K_TEST_CASE_PER_ROW(kRefused, expect_refused);

}  // namespace

TEST_CASE("strict XML: a NUL byte is refused at its place, not read as the end of a name") {
  const std::string text = std::string("<a>\n  <b") + '\0' + "c/>\n</a>";
  const Diagnostics out = parse(text);
  REQUIRE(out.size() == 1);
  CHECK(format(out[0]) == "t.xml:2:5: error: a NUL byte (U+0000) is not allowed in XML; the XML is not well formed");
}

TEST_CASE("strict XML: well-formed XML with every allowed construct is read as before") {
  const std::string text =
      "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n"
      "<!-- a comment - with a dash -->\n<?processing instruction?>\n"
      "<a x=\"&lt;&amp;&gt;&quot;&apos; &#x20AC; &#8364; a > b\">\n"
      "  <b>tab\tand &#9; text &amp; more</b>\n"
      "  <c><![CDATA[ if a < b && c ]] > d ]]></c>\n"
      "</a>\n<!-- after -->\n";
  Diagnostics out;
  const std::optional<XmlFile> f = XmlFile::parse(SourceText("t.xml", text), "a", "", out);
  INFO((out.empty() ? std::string() : format(out[0])));
  REQUIRE(f);
  CHECK(out.empty());
  CHECK(std::string(f->root().attribute("x").value()) == "<&>\"' € € a > b");
  CHECK(std::string(f->root().child("c").child_value()) == " if a < b && c ]] > d ");
}

TEST_CASE("strict XML: a checklist with a bare & is refused by validate at its line and column") {
  TempDir tmp;
  std::string text = read_file(fixture("checklists/small.xml"));
  const std::size_t at = text.find("&amp;&amp;");
  REQUIRE(at != std::string::npos);
  text.replace(at, 10, "& &");
  write_file(tmp / "c.xml", text);
  const RunResult r = run_iso20k("validate " + quote((tmp / "c.xml").string()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find((tmp / "c.xml").string() + ":" + line_column(text, at) + ": error: a bare '&'") !=
                    std::string::npos,
                r.err);
}
