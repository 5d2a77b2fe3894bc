#include "iso20k/export/tailoring_xml.h"

#include "iso20k/format/number_text.h"
#include "iso20k/format/text.h"
#include "iso20k/format/xml_escape.h"
#include "iso20k/load/tailoring/tailoring_loader.h"

namespace iso20k {
namespace {

class Writer {
 public:
  std::string take() { return std::move(out_); }

  void line(int indent, const std::string& s) {
    out_.append(static_cast<std::size_t>(indent), ' ');
    out_ += s;
    out_ += '\n';
  }

  static std::string attr(const char* name, std::string_view value) {
    return std::string(" ") + name + "=\"" + xml_escape(value, XmlContext::attribute) + "\"";
  }
  static std::string attr_if(const char* name, std::string_view value) {
    return value.empty() ? std::string() : attr(name, value);
  }

  void text_element(int indent, const char* name, const std::string& text) {
    line(indent, std::string("<") + name + ">" + xml_escape(text) + "</" + name + ">");
  }

  void evidence(const EvidenceItem& e) {
    std::string open = "<evidence" + attr("id", e.id) + attr("kind", to_string(e.kind));
    if (e.mandatory) open += attr("mandatory", "true");
    if (e.max_age) open += attr("max-age", to_string(*e.max_age));
    if (e.approval_required) open += attr("approval", "required");
    open += attr_if("documented-information", e.documented_information);
    if (e.kind == EvidenceKind::metric) {
      open += attr("unit", e.unit) + attr("target", shortest_text(e.target)) +
              attr("better", to_string(e.better));
    }
    open += attr_if("source", e.source);
    line(2, open + ">");
    text_element(4, "title", e.title);
    text_element(4, "description", e.description);
    line(2, "</evidence>");
  }

  void requirement(const Requirement& r) {
    std::string open = "<requirement" + attr("id", r.id) + attr("clause", r.clause);
    if (!r.processes.empty()) open += attr("processes", join(r.processes, " "));
    open += attr("weight", shortest_text(r.weight)) + attr("severity", to_string(r.severity));
    if (r.capability) open += attr("capability", to_string(*r.capability));
    open += attr_if("source", r.source);
    line(2, open + ">");
    text_element(4, "text", r.text);
    text_element(4, "guidance", r.guidance);
    for (const std::string& q : r.questions) text_element(4, "question", q);
    for (const std::string& e : r.evidence) line(4, "<evidence" + attr("ref", e) + "/>");
    if (!r.rule_text.empty()) text_element(4, "rule", r.rule_text);
    for (const Mapping& m : r.mappings) {
      line(4, "<maps-to" + attr("standard", m.standard) + attr("edition", m.edition) +
                  attr("clause", m.clause) + "/>");
    }
    line(2, "</requirement>");
  }

 private:
  std::string out_;
};

}  // namespace

std::string tailoring_to_xml(const Tailoring& t) {
  Writer w;
  w.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
  w.line(0, "<tailoring" + Writer::attr("xmlns", kTailoringNamespace) +
                Writer::attr("checklist", t.checklist) + Writer::attr("id", t.id) +
                Writer::attr("version", t.version) + ">");
  w.text_element(2, "title", t.title);
  if (!t.description.empty()) w.text_element(2, "description", t.description);
  for (const TailoringSelection& s : t.selections) {
    std::string e = s.select ? "<select" : "<deselect";
    e += s.requirement.empty() ? Writer::attr("clause", s.clause)
                               : Writer::attr("requirement", s.requirement);
    w.line(2, e + Writer::attr_if("reason", s.reason) + "/>");
  }
  for (const TailoringSet& s : t.sets) {
    std::string e = "<set" + Writer::attr("requirement", s.requirement);
    if (s.weight) e += Writer::attr("weight", shortest_text(*s.weight));
    if (s.severity) e += Writer::attr("severity", to_string(*s.severity));
    w.line(2, e + Writer::attr_if("reason", s.reason) + "/>");
  }
  for (const TailoringTarget& s : t.targets) {
    w.line(2, "<set-target" + Writer::attr("evidence", s.evidence) +
                  Writer::attr("target", shortest_text(s.target)) + Writer::attr_if("reason", s.reason) +
                  "/>");
  }
  for (const TailoringEvidence& e : t.evidence) w.evidence(e.item);
  for (const TailoringRequirement& r : t.requirements) w.requirement(r.requirement);
  w.line(0, "</tailoring>");
  return w.take();
}

}  // namespace iso20k
