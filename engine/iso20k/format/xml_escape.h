#pragma once
// Text written into XML (and HTML): the one escaper of the code base.
#include <string>
#include <string_view>

namespace iso20k {

// Where the text goes: element content, or an attribute value between double quotes.
enum class XmlContext { text, attribute };

// `s` with '&', '<' and '>' as entity references and a carriage return as "&#13;" (a parser would
// turn a raw one into a line feed). In an attribute value also '"' as "&quot;", and a line feed and
// a tab as "&#10;" and "&#9;", which a parser would otherwise normalise to spaces. UTF-8 passes
// through unchanged.
std::string xml_escape(std::string_view s, XmlContext where = XmlContext::text);

}  // namespace iso20k
