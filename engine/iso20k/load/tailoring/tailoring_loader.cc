#include "iso20k/load/tailoring/tailoring_loader.h"

#include <utility>

#include "iso20k/load/checklist/checklist_elements.h"
#include "iso20k/load/tailoring/tailoring_apply.h"
#include "iso20k/format/input_file.h"
#include "iso20k/format/xml_file.h"

namespace iso20k {
namespace {

class TailoringReader {
 public:
  TailoringReader(const XmlFile& file, const TailoringLoadOptions& options, Diagnostics& out)
      : f_(file), options_(options), out_(out) {}

  Tailoring read() {
    const pugi::xml_node root = f_.root();
    f_.check_attributes(root, {"checklist", "id", "version"}, {"checklist", "id", "version"}, out_);
    f_.check_children(root,
                      {"title", "description", "select", "deselect", "set", "set-target",
                       "evidence", "requirement"},
                      out_);
    t_.path = f_.source().file();
    t_.where = f_.at(root);
    t_.id = root.attribute("id").value();
    if (!t_.id.empty() && !is_checklist_id(t_.id)) {
      f_.error(out_, root, "id",
               "tailoring id '" + t_.id + "' must be lower-case letters, digits and . : _ -");
    }
    t_.checklist = root.attribute("checklist").value();
    t_.checklist_where = f_.at(root, "checklist");
    if (!t_.checklist.empty() && !is_checklist_id(t_.checklist)) {
      f_.error(
          out_, root, "checklist",
          "checklist id '" + t_.checklist + "' must be lower-case letters, digits and . : _ -");
    }
    t_.version = root.attribute("version").value();
    t_.title = f_.required_text(root, "title", out_);
    if (pugi::xml_node d = root.child("description")) {
      f_.check_attributes(d, {}, {}, out_);
      if (pugi::xml_node again = d.next_sibling("description")) {
        f_.error(out_, again, "<tailoring> takes only one <description>");
      }
      t_.description = f_.text(d, out_);
      if (t_.description.empty()) f_.error(out_, d, "<description> must not be empty");
    }
    for (pugi::xml_node n : root.children()) {
      if (n.type() != pugi::node_element) continue;
      const std::string_view name = n.name();
      if (name == "select" || name == "deselect") {
        read_selection(n, name == "select");
      } else if (name == "set") {
        read_set(n);
      } else if (name == "set-target") {
        read_target(n);
      } else if (name == "evidence") {
        read_evidence(n);
      } else if (name == "requirement") {
        read_requirement_element(n);
      }
    }
    return std::move(t_);
  }

  // Where a rule error at `offset` of added requirement `index`'s rule is, exactly.
  SourceLocation locate_rule(std::size_t index, std::size_t offset) const {
    if (index >= rule_nodes_.size() || !rule_nodes_[index]) return {};
    return f_.source().location(f_.text_offset(rule_nodes_[index], offset));
  }

 private:
  void read_selection(pugi::xml_node n, bool select) {
    // A deselection must say why: an exclusion without a justification is itself an audit finding.
    if (select) {
      f_.check_attributes(n, {"requirement", "clause", "reason"}, {}, out_);
    } else {
      f_.check_attributes(n, {"requirement", "clause", "reason"}, {"reason"}, out_);
    }
    f_.check_children(n, {}, out_);
    TailoringSelection s;
    s.select = select;
    s.where = f_.at(n);
    s.requirement = n.attribute("requirement").value();
    s.clause = n.attribute("clause").value();
    s.reason = n.attribute("reason").value();
    const std::string element = select ? "<select>" : "<deselect>";
    if (n.attribute("requirement") && n.attribute("clause")) {
      f_.error(out_, n, "clause", element + " names either a requirement or a clause, not both");
    } else if (n.attribute("requirement")) {
      s.target_where = f_.at(n, "requirement");
      if (s.requirement.empty()) {
        f_.error(out_, n, "requirement",
                 "attribute 'requirement' of " + element + " must not be empty");
      } else if (!is_item_id(s.requirement)) {
        f_.error(out_, n, "requirement",
                 "'" + s.requirement + "' is not a requirement id (such as R-8.4.2-01)");
      }
    } else if (n.attribute("clause")) {
      s.target_where = f_.at(n, "clause");
      if (!is_clause_number(s.clause)) {
        f_.error(out_, n, "clause",
                 "clause number '" + s.clause + "' is not of the form 8.5.1 (or A.5.24)");
      }
    } else {
      f_.error(out_, n, element + " needs a requirement=\"…\" or a clause=\"…\" attribute");
    }
    t_.selections.push_back(std::move(s));
  }

  void read_set(pugi::xml_node n) {
    f_.check_attributes(n, {"requirement", "weight", "severity", "reason"}, {"requirement"}, out_);
    f_.check_children(n, {}, out_);
    TailoringSet s;
    s.where = f_.at(n);
    s.requirement = n.attribute("requirement").value();
    s.target_where = f_.at(n, "requirement");
    s.reason = n.attribute("reason").value();
    if (n.attribute("weight")) s.weight = f_.read_positive(n, "weight", 1, out_);
    if (n.attribute("severity")) {
      if (const auto v = f_.read_enum<Severity>(n, "severity", out_)) {
        s.severity = *v;
      } else {
        s.severity = Severity::medium;  // reported; keeps "at least one" quiet
      }
    }
    if (!n.attribute("weight") && !n.attribute("severity")) {
      f_.error(out_, n, "<set> changes nothing: give weight=\"…\", severity=\"…\" or both");
    }
    t_.sets.push_back(std::move(s));
  }

  void read_target(pugi::xml_node n) {
    f_.check_attributes(n, {"evidence", "target", "reason"}, {"evidence", "target"}, out_);
    f_.check_children(n, {}, out_);
    TailoringTarget s;
    s.where = f_.at(n);
    s.evidence = n.attribute("evidence").value();
    s.target_where = f_.at(n, "evidence");
    s.reason = n.attribute("reason").value();
    s.target = f_.read_number(n, "target", 0, out_);
    t_.targets.push_back(std::move(s));
  }

  void read_evidence(pugi::xml_node n) {
    // Amendments are checked when applying, against the checklist's own list.
    TailoringEvidence e;
    e.item = read_evidence_item(ElementReader{f_, out_, nullptr, options_.registries}, n);
    e.id_where = f_.at(n, "id");
    e.source_where = f_.at(n, "source");
    t_.evidence.push_back(std::move(e));
  }

  void read_requirement_element(pugi::xml_node n) {
    TailoringRequirement r;
    RequirementNodes nodes;
    r.requirement =
        read_requirement(ElementReader{f_, out_, nullptr, options_.registries}, n, nodes);
    r.id_where = f_.at(n, "id");
    r.clause_where = f_.at(n, "clause");
    r.processes_where = f_.at(n, "processes");
    r.source_where = f_.at(n, "source");
    for (pugi::xml_node e : nodes.evidence) r.evidence_where.push_back(f_.at(e, "ref"));
    rule_nodes_.push_back(nodes.rule);
    t_.requirements.push_back(std::move(r));
  }

  const XmlFile& f_;
  const TailoringLoadOptions& options_;
  Diagnostics& out_;
  Tailoring t_;
  std::vector<pugi::xml_node> rule_nodes_;  // per added requirement; null when it has no rule
};

// With a checklist, the tailoring is applied to a copy of it (exactly the checks the real
// application makes); that copy is handed back through `applied` when the caller wants it.
TailoringLoad load(SourceText source, const TailoringLoadOptions& options,
                   Checklist* applied = nullptr) {
  TailoringLoad out;
  auto xml = XmlFile::parse(std::move(source), "tailoring", kTailoringNamespace, out.diagnostics);
  if (!xml) return out;
  TailoringReader reader(*xml, options, out.diagnostics);
  Tailoring t = reader.read();
  if (out.diagnostics.empty()) {
    if (options.checklist) {
      // Apply to a scratch copy: exactly the checks the real application will make.
      Checklist scratch = *options.checklist;
      Diagnostics d = apply_tailoring(scratch, t, [&](std::size_t index, std::size_t offset) {
        return reader.locate_rule(index, offset);
      });
      out.diagnostics = std::move(d);
      if (applied && out.diagnostics.empty()) *applied = std::move(scratch);
    } else {
      out.diagnostics = check_tailoring(t);
    }
  }
  if (out.diagnostics.empty()) out.tailoring = std::move(t);
  return out;
}

}  // namespace

TailoringLoad load_tailoring_bytes(std::string file, std::string bytes,
                                   const TailoringLoadOptions& options) {
  return load(SourceText(std::move(file), std::move(bytes)), options);
}

TailoringLoad load_tailoring(const std::string& path, const TailoringLoadOptions& options) {
  Diagnostics read_errors;
  auto src = SourceText::read(path, kTailoringInput, read_errors);
  if (!src) return {std::nullopt, std::move(read_errors)};
  return load(std::move(*src), options);
}

std::string tailoring_checklist_id(const std::string& path) {
  const InputRead in = read_input_file(path, kTailoringInput);
  if (!in.ok()) return {};
  pugi::xml_document doc;
  if (!doc.load_buffer(in.bytes.data(), in.bytes.size(), pugi::parse_default, pugi::encoding_utf8)) return {};
  const pugi::xml_node root = doc.document_element();
  if (std::string_view(root.name()) != "tailoring") return {};
  return root.attribute("checklist").value();
}

Diagnostics load_and_apply_tailoring(Checklist& checklist, const std::string& path,
                                     const Registries* registries) {
  TailoringLoadOptions options;
  options.checklist = &checklist;
  options.registries = registries;
  Diagnostics read_errors;
  auto src = SourceText::read(path, kTailoringInput, read_errors);
  if (!src) return read_errors;
  Checklist applied;
  TailoringLoad result = load(std::move(*src), options, &applied);
  if (result.tailoring) checklist = std::move(applied);
  return std::move(result.diagnostics);
}

}  // namespace iso20k
