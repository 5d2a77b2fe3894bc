#pragma once
// The name of an XML document's root element from the first bytes of the file, without parsing it:
// enough to tell a checklist from a tailoring, a translation overlay or a registry before choosing
// the loader that reports the file's problems properly.
#include <string>
#include <string_view>

namespace iso20k {

// The first element name in `head` after the XML declaration, processing instructions, comments
// and a DOCTYPE ("checklist", "tailoring", "checklist-translation"; a prefix stays: "x:root"), or ""
// when there is none.
std::string xml_root_name(std::string_view head);

// The value of `attribute` on that root element's start tag, as written (entities not expanded), or ""
// when the tag does not carry it or is not complete in `head`.
std::string xml_root_attribute(std::string_view head, std::string_view attribute);

}  // namespace iso20k
