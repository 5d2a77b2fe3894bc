#pragma once
// Readers for the elements a checklist and a tailoring share — <evidence> and <requirement> of
// docs/checklist-format.md — so an organisation-specific requirement in a tailoring is read exactly
// as a checklist's own. Each reports every problem of the element itself; references to clauses,
// processes and evidence items are checked by the caller, who knows what exists.
#include <string_view>
#include <vector>

#include "iso20k/format/xml_file.h"
#include "iso20k/model/checklist.h"
#include "iso20k/model/registry.h"

namespace iso20k {

struct ElementReader {
  const XmlFile& file;
  Diagnostics& out;
  const std::vector<Amendment>* amendments = nullptr;  // when set, `source` must name one of them
  const Registries* registries = nullptr;  // when set, mappings are checked against them
};

// The nodes a requirement was read from, for diagnostics about its references and its rule.
struct RequirementNodes {
  pugi::xml_node node;
  std::vector<pugi::xml_node> evidence;  // one per <evidence ref>
  pugi::xml_node rule;                   // null when there is none
};

EvidenceItem read_evidence_item(const ElementReader& r, pugi::xml_node n);
// Reads everything but compiles no rule (`rule` stays null, `rule_text` and `rule_where` are set).
Requirement read_requirement(const ElementReader& r, pugi::xml_node n, RequirementNodes& nodes);

bool is_checklist_id(std::string_view s);   // [a-z0-9][a-z0-9.:_-]*
bool is_item_id(std::string_view s);        // [A-Z][A-Z0-9.-]*: requirement and evidence ids
bool is_clause_number(std::string_view s);  // 8.5.1, A.5.24

}  // namespace iso20k
