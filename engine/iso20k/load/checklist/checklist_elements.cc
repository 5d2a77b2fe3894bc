#include "iso20k/load/checklist/checklist_elements.h"

#include <cctype>
#include <string>

namespace iso20k {
namespace {

bool matches_id(std::string_view s, bool upper) {
  if (s.empty()) return false;
  const auto first = static_cast<unsigned char>(s[0]);
  if (upper ? !std::isupper(first) : !(std::islower(first) || std::isdigit(first))) return false;
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    const bool letter = upper ? std::isupper(c) : std::islower(c);
    if (!(letter || std::isdigit(c) || c == '-' || c == '.' ||
          (!upper && (c == ':' || c == '_')))) {
      return false;
    }
  }
  return true;
}

void check_amendment(const ElementReader& r, pugi::xml_node n, const std::string& source) {
  if (source.empty() || !r.amendments) return;
  for (const Amendment& a : *r.amendments) {
    if (a.id == source) return;
  }
  r.file.error(r.out, n, "source",
               "source '" + source + "' names no <amendment> declared in this checklist");
}

void check_mapping(const ElementReader& r, pugi::xml_node m, const Mapping& mp) {
  if (mp.clause.empty() || mp.standard.empty() || mp.edition.empty()) return;
  if (!r.registries) return;
  const ClauseRegistry* reg = r.registries->find(mp.standard, mp.edition);
  if (!reg) return;  // no registry for that standard: nothing to check against
  if (!reg->find(mp.clause)) {
    r.file.error(r.out, m, "clause",
                 "clause " + mp.clause + " does not exist in " + mp.standard + ":" + mp.edition +
                     " (registry " + reg->path + ")");
  }
}

// basis="obligation" (the default) or "good-practice"; good practice names its source in `from`,
// which an obligation must not carry (docs/checklist-format.md).
void read_provenance(const XmlFile& f, pugi::xml_node n, Requirement& r, Diagnostics& out) {
  if (const auto b = f.read_choice(n, "basis", {"obligation", "good-practice"}, out)) {
    r.provenance = static_cast<Provenance>(*b);
  } else if (n.attribute("basis")) {
    return;  // misspelt basis, reported: whether `from` belongs cannot be told
  }
  const pugi::xml_attribute from = n.attribute("from");
  if (r.provenance == Provenance::obligation) {
    if (from) {
      f.error(out, n, "from",
              "requirement " + r.id +
                  " is an obligation, so it names no source of good practice: remove 'from', or "
                  "write basis=\"good-practice\" if the requirement goes beyond its clause");
    }
    return;
  }
  if (!from) {
    std::string sources;
    for (std::string_view s : practice_sources()) sources += " " + std::string(s);
    f.error(out, n, "basis",
            "requirement " + r.id +
                " is good practice: name where it comes from with the attribute 'from' (one of:" +
                sources + ")");
    return;
  }
  if (f.read_choice(n, "from", practice_sources(), out)) r.practice_source = from.value();
}

}  // namespace

bool is_checklist_id(std::string_view s) { return matches_id(s, false); }
bool is_item_id(std::string_view s) { return matches_id(s, true); }

bool is_clause_number(std::string_view s) {
  if (s.size() > 2 && std::isupper(static_cast<unsigned char>(s[0])) && s[1] == '.')
    s.remove_prefix(2);
  if (s.empty() || s.front() == '.' || s.back() == '.') return false;
  char prev = '.';
  for (char c : s) {
    if (c == '.' && prev == '.') return false;
    if (c != '.' && !std::isdigit(static_cast<unsigned char>(c))) return false;
    prev = c;
  }
  return true;
}

EvidenceItem read_evidence_item(const ElementReader& r, pugi::xml_node n) {
  const XmlFile& f = r.file;
  Diagnostics& out = r.out;
  f.check_attributes(n,
                     {"id", "kind", "mandatory", "max-age", "approval", "documented-information",
                      "unit", "target", "better", "source"},
                     {"id", "kind"}, out);
  f.check_children(n, {"title", "description"}, out);
  EvidenceItem e;
  e.id = n.attribute("id").value();
  e.where = f.at(n);
  if (!e.id.empty() && !is_item_id(e.id)) {
    f.error(out, n, "id",
            "evidence id '" + e.id +
                "' must be upper-case letters, digits, '-' and '.', starting with a letter");
  }
  if (const auto k = f.read_enum<EvidenceKind>(n, "kind", out)) e.kind = *k;
  e.mandatory = f.read_bool(n, "mandatory", false, out);
  e.max_age = f.read_duration(n, "max-age", out);
  if (const auto a = f.read_choice(n, "approval", {"none", "required"}, out)) {
    e.approval_required = *a == 1;
  }
  e.documented_information = n.attribute("documented-information").value();
  if (!e.documented_information.empty()) {
    const std::string& d = e.documented_information;
    if (!(d.size() == 7 && d.starts_with("7.5.4 ") && d[6] >= 'a' && d[6] <= 'l')) {
      f.error(out, n, "documented-information",
              "documented-information must name an item of 7.5.4, such as '7.5.4 d'");
    }
  }
  e.source = n.attribute("source").value();
  check_amendment(r, n, e.source);
  e.title = f.required_text(n, "title", out);
  e.description = f.required_text(n, "description", out);
  const bool metric =
      e.kind == EvidenceKind::metric && n.attribute("kind").value() == std::string_view("metric");
  for (const char* attr : {"unit", "target", "better"}) {
    if (metric && !n.attribute(attr)) {
      f.error(out, n, "metric evidence " + e.id + " needs the attribute '" + attr + "'");
    } else if (!metric && n.attribute(attr)) {
      f.error(
          out, n, attr,
          std::string("attribute '") + attr + "' is only for metric evidence (kind=\"metric\")");
    }
  }
  if (metric) {
    e.unit = n.attribute("unit").value();
    e.target = f.read_number(n, "target", 0, out);
    if (const auto b = f.read_enum<Better>(n, "better", out)) e.better = *b;
  }
  return e;
}

Requirement read_requirement(const ElementReader& rd, pugi::xml_node n, RequirementNodes& nodes) {
  const XmlFile& f = rd.file;
  Diagnostics& out = rd.out;
  f.check_attributes(n,
                     {"id", "clause", "basis", "from", "processes", "weight", "severity",
                      "capability", "source"},
                     {"id", "clause"}, out);
  f.check_children(n, {"text", "guidance", "question", "evidence", "rule", "maps-to"}, out);
  Requirement r;
  r.id = n.attribute("id").value();
  r.where = f.at(n);
  if (!r.id.empty() && !is_item_id(r.id)) {
    f.error(out, n, "id",
            "requirement id '" + r.id +
                "' must be upper-case letters, digits, '-' and '.', starting with a letter");
  }
  r.clause = n.attribute("clause").value();
  r.processes = split_words(n.attribute("processes").value());
  r.weight = f.read_positive(n, "weight", 1, out);
  if (const auto s = f.read_enum<Severity>(n, "severity", out)) r.severity = *s;
  if (const auto a = f.read_enum<Attribute>(n, "capability", out)) r.capability = *a;
  read_provenance(f, n, r, out);
  r.source = n.attribute("source").value();
  check_amendment(rd, n, r.source);
  r.text = f.required_text(n, "text", out);
  r.guidance = f.required_text(n, "guidance", out);
  for (pugi::xml_node q : n.children("question")) {
    f.check_attributes(q, {}, {}, out);
    std::string t = f.text(q, out);
    if (t.empty()) f.error(out, q, "<question> must not be empty");
    r.questions.push_back(std::move(t));
  }
  nodes = RequirementNodes{n, {}, {}};
  for (pugi::xml_node e : n.children("evidence")) {
    f.check_attributes(e, {"ref"}, {"ref"}, out);
    f.check_children(e, {}, out);
    r.evidence.push_back(e.attribute("ref").value());
    nodes.evidence.push_back(e);
  }
  if (nodes.evidence.empty()) {
    f.error(out, n,
            "requirement " + r.id +
                " cites no <evidence ref=\"…\"/>: name what an "
                "assessor expects to see");
  }
  for (pugi::xml_node ru : n.children("rule")) {
    if (nodes.rule) {
      f.error(out, ru, "a requirement takes at most one <rule>");
      continue;
    }
    nodes.rule = ru;
    f.check_attributes(ru, {}, {}, out);
    r.rule_text = f.text(ru, out);
    r.rule_where = f.source().location(f.text_offset(ru, 0));
    if (r.rule_text.empty()) f.error(out, ru, "<rule> must not be empty");
  }
  for (pugi::xml_node m : n.children("maps-to")) {
    f.check_attributes(m, {"standard", "edition", "clause"}, {"standard", "edition", "clause"},
                       out);
    f.check_children(m, {}, out);
    Mapping mp{m.attribute("standard").value(), m.attribute("edition").value(),
               m.attribute("clause").value(), f.at(m)};
    check_mapping(rd, m, mp);
    r.mappings.push_back(std::move(mp));
  }
  return r;
}

}  // namespace iso20k
