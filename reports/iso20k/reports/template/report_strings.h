#pragma once
// The one list of the string ids the reports use, with the {placeholders} each may contain. The
// template loader requires every id in every template, refuses ids not in the list (a typo would
// otherwise go unnoticed) and placeholders a string does not offer. templates/default/template.xml
// defines them all and is the reference (docs/templates.md).
#include <span>
#include <string_view>

namespace iso20k::reports {

struct StringSpec {
  std::string_view id;            // "label.page-of"
  std::string_view placeholders;  // the names the report fills in, space-separated: "page pages"
};

std::span<const StringSpec> report_strings();
const StringSpec* find_report_string(std::string_view id);
// True when `name` is one of spec.placeholders or one every string offers: {standard}, {edition}
// (of the checklist), {organisation} (assessed) and {firm} (the template's).
bool offers_placeholder(const StringSpec& spec, std::string_view name);

}  // namespace iso20k::reports
