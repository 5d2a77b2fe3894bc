#include "iso20k/load/checklist/checklist_loader.h"

#include <cctype>
#include <set>
#include <utility>

#include "iso20k/load/checklist/checklist_elements.h"
#include "iso20k/format/xml_file.h"
#include "iso20k/model/assessment.h"
#include "iso20k/rules/rule.h"

namespace iso20k {
namespace {

constexpr int kMaxClauseDepth = 12;

class ChecklistReader {
 public:
  ChecklistReader(const XmlFile& file, const ChecklistLoadOptions& options, Diagnostics& out)
      : f_(file), options_(options), out_(out) {}

  Checklist read() {
    const pugi::xml_node root = f_.root();
    f_.check_attributes(root, {"id", "standard", "edition", "version", "language",
                               "allow-not-applicable"},
                        {"id", "standard", "edition", "version", "language"}, out_);
    f_.check_children(root, {"title", "licence", "amendment", "scoring", "clauses", "processes",
                             "evidence-items", "requirements"},
                      out_);
    c_.path = f_.source().file();
    c_.id = root.attribute("id").value();
    if (!c_.id.empty() && !is_checklist_id(c_.id)) {
      f_.error(out_, root, "id", "checklist id '" + c_.id +
                                     "' must be lower-case letters, digits and . : _ -");
    }
    c_.standard = root.attribute("standard").value();
    c_.edition = root.attribute("edition").value();
    c_.version = root.attribute("version").value();
    c_.language = root.attribute("language").value();
    c_.allow_not_applicable = f_.read_bool(root, "allow-not-applicable", false, out_);
    c_.title = f_.required_text(root, "title", out_);
    c_.licence = f_.required_text(root, "licence", out_);
    for (pugi::xml_node a : root.children("amendment")) {
      f_.check_attributes(a, {"id", "title"}, {"id", "title"}, out_);
      f_.check_children(a, {}, out_);
      c_.amendments.push_back({a.attribute("id").value(), a.attribute("title").value()});
    }
    single(root, "scoring", false, [&](pugi::xml_node n) { read_scoring(n); });
    single(root, "clauses", true, [&](pugi::xml_node n) { read_clauses(n); });
    single(root, "processes", false, [&](pugi::xml_node n) { read_processes(n); });
    single(root, "evidence-items", true, [&](pugi::xml_node n) { read_evidence(n); });
    single(root, "requirements", true, [&](pugi::xml_node n) { read_requirements(n); });
    c_.reindex();
    check_references();
    compile_rules();  // also when other problems exist: every problem is reported at once
    return std::move(c_);
  }

 private:
  template <class F>
  void single(pugi::xml_node parent, const char* name, bool required, F&& read) {
    pugi::xml_node n = parent.child(name);
    if (!n) {
      if (required) f_.error(out_, parent, "<checklist> needs a <" + std::string(name) + "> element");
      return;
    }
    if (pugi::xml_node again = n.next_sibling(name)) {
      f_.error(out_, again, "<checklist> takes only one <" + std::string(name) + ">");
    }
    read(n);
  }

  bool has_amendment(const std::string& id) const {
    for (const Amendment& a : c_.amendments) {
      if (a.id == id) return true;
    }
    return false;
  }

  void read_scoring(pugi::xml_node s) {
    f_.check_attributes(s, {}, {}, out_);
    f_.check_children(s, {"readiness", "stage1", "bands", "grading"}, out_);
    ScoringSettings& sc = c_.scoring;
    if (pugi::xml_node r = s.child("readiness")) {
      f_.check_attributes(r, {"stage2-min-score", "stage2-min-coverage", "max-open-majors"}, {},
                          out_);
      f_.check_children(r, {}, out_);
      sc.stage2_min_score = f_.read_fraction(r, "stage2-min-score", sc.stage2_min_score, out_);
      sc.stage2_min_coverage =
          f_.read_fraction(r, "stage2-min-coverage", sc.stage2_min_coverage, out_);
      sc.max_open_majors = f_.read_int(r, "max-open-majors", sc.max_open_majors, 0, 100000, out_);
    }
    if (pugi::xml_node st = s.child("stage1")) {
      f_.check_attributes(st, {}, {}, out_);
      f_.check_children(st, {"require"}, out_);
      for (pugi::xml_node req : st.children("require")) {
        f_.check_attributes(req, {"evidence"}, {"evidence"}, out_);
        f_.check_children(req, {}, out_);
        sc.stage1_evidence.push_back(req.attribute("evidence").value());
        stage1_nodes_.push_back(req);
      }
    }
    if (pugi::xml_node b = s.child("bands")) read_bands(b);
    if (pugi::xml_node g = s.child("grading")) {
      f_.check_attributes(g, {"systemic-minor-count", "ofi-min-achievement"}, {}, out_);
      f_.check_children(g, {}, out_);
      sc.systemic_minor_count =
          f_.read_int(g, "systemic-minor-count", sc.systemic_minor_count, 1, 1000, out_);
      sc.ofi_min_achievement =
          f_.read_fraction(g, "ofi-min-achievement", sc.ofi_min_achievement, out_);
    }
  }

  void read_bands(pugi::xml_node b) {
    f_.check_attributes(b, {}, {}, out_);
    f_.check_children(b, {"band"}, out_);
    double bounds[4] = {0, 0, 0, 0};
    int i = 0;
    for (pugi::xml_node band : b.children("band")) {
      f_.check_attributes(band, {"rating", "max"}, {"rating", "max"}, out_);
      f_.check_children(band, {}, out_);
      if (i >= 4) {
        f_.error(out_, band, "<bands> holds exactly four bands: N, P, L, F");
        break;
      }
      const char* rating = to_string(static_cast<Rating>(i));
      if (std::string_view(band.attribute("rating").value()) != rating) {
        f_.error(out_, band, "rating", std::string("band ") + std::to_string(i + 1) +
                                           " must have rating=\"" + rating +
                                           "\" (bands run N, P, L, F)");
      }
      bounds[i] = f_.read_fraction(band, "max", 0, out_);
      if (i > 0 && bounds[i] <= bounds[i - 1]) {
        f_.error(out_, band, "max", "band maxima must increase from N to F");
      }
      ++i;
    }
    if (i < 4) {
      f_.error(out_, b, "<bands> holds exactly four bands: N, P, L, F (found " +
                            std::to_string(i) + ")");
      return;
    }
    if (bounds[3] != 1.0) f_.error(out_, b.last_child(), "max", "band F must end at max=\"1\"");
    c_.scoring.bands = {bounds[0], bounds[1], bounds[2]};
  }

  void read_clauses(pugi::xml_node list) {
    f_.check_attributes(list, {}, {}, out_);
    f_.check_children(list, {"clause"}, out_);
    // Iterative pre-order walk: (node, parent index, depth).
    std::vector<std::tuple<pugi::xml_node, int, int>> stack;
    std::vector<pugi::xml_node> top(list.children("clause").begin(), list.children("clause").end());
    for (auto it = top.rbegin(); it != top.rend(); ++it) stack.emplace_back(*it, -1, 0);
    std::set<std::string> seen;
    while (!stack.empty()) {
      auto [n, parent, depth] = stack.back();
      stack.pop_back();
      f_.check_attributes(n, {"number", "title", "kind", "source"}, {"number", "title"}, out_);
      f_.check_children(n, {"clause"}, out_);
      Clause cl;
      cl.number = n.attribute("number").value();
      cl.title = n.attribute("title").value();
      cl.source = n.attribute("source").value();
      if (!cl.source.empty() && !has_amendment(cl.source)) {
        f_.error(out_, n, "source", "source '" + cl.source +
                                        "' names no <amendment> declared in this checklist");
      }
      cl.parent = parent;
      cl.depth = depth;
      cl.where = f_.at(n);
      if (const auto k = f_.read_enum<ClauseKind>(n, "kind", out_)) {
        cl.kind = *k;
      } else if (parent >= 0) {
        cl.kind = c_.clauses[static_cast<std::size_t>(parent)].kind;
      } else if (!n.attribute("kind")) {
        f_.error(out_, n, "top-level clause " + cl.number + " needs kind=\"hls\" or kind=\"sms\"");
      }
      if (!cl.number.empty() && !is_clause_number(cl.number)) {
        f_.error(out_, n, "number", "clause number '" + cl.number +
                                        "' is not of the form 8.5.1 (or A.5.24)");
      } else if (parent >= 0) {
        const std::string& pn = c_.clauses[static_cast<std::size_t>(parent)].number;
        const bool extends = cl.number.size() > pn.size() + 1 && cl.number.starts_with(pn + ".") &&
                             cl.number.find('.', pn.size() + 1) == std::string::npos;
        if (!extends) {
          f_.error(out_, n, "number", "clause " + cl.number + " is nested in clause " + pn +
                                          ", so its number must be " + pn + ".<n>");
        }
      }
      if (!cl.number.empty() && !seen.insert(cl.number).second) {
        f_.error(out_, n, "number", "clause number " + cl.number + " appears twice");
      }
      const int index = static_cast<int>(c_.clauses.size());
      if (parent >= 0) c_.clauses[static_cast<std::size_t>(parent)].children.push_back(index);
      c_.clauses.push_back(std::move(cl));
      if (depth + 1 >= kMaxClauseDepth && n.child("clause")) {
        f_.error(out_, n.child("clause"), "clauses are nested deeper than " +
                                              std::to_string(kMaxClauseDepth) + " levels");
        continue;
      }
      std::vector<pugi::xml_node> kids(n.children("clause").begin(), n.children("clause").end());
      for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.emplace_back(*it, index, depth + 1);
    }
  }

  void read_processes(pugi::xml_node list) {
    f_.check_attributes(list, {}, {}, out_);
    f_.check_children(list, {"process"}, out_);
    for (pugi::xml_node n : list.children("process")) {
      f_.check_attributes(n, {"id", "name", "clauses"}, {"id", "name", "clauses"}, out_);
      f_.check_children(n, {"alias"}, out_);
      Process p;
      p.id = n.attribute("id").value();
      p.name = n.attribute("name").value();
      p.clauses = split_words(n.attribute("clauses").value());
      p.where = f_.at(n);
      if (!p.id.empty() && (!is_checklist_id(p.id) || !std::islower(static_cast<unsigned char>(p.id[0])))) {
        f_.error(out_, n, "id", "process id '" + p.id + "' must be lower-case letters, digits and -");
      }
      for (pugi::xml_node a : n.children("alias")) {
        f_.check_attributes(a, {"edition", "name"}, {"edition", "name"}, out_);
        f_.check_children(a, {}, out_);
        p.aliases.push_back({a.attribute("edition").value(), a.attribute("name").value()});
      }
      nodes_.process.push_back(n);
      c_.processes.push_back(std::move(p));
    }
  }

  ElementReader element_reader() const {
    return ElementReader{f_, out_, &c_.amendments, options_.registries};
  }

  void read_evidence(pugi::xml_node list) {
    f_.check_attributes(list, {}, {}, out_);
    f_.check_children(list, {"evidence"}, out_);
    for (pugi::xml_node n : list.children("evidence")) {
      c_.evidence.push_back(read_evidence_item(element_reader(), n));
      nodes_.evidence.push_back(n);
    }
  }

  void read_requirements(pugi::xml_node list) {
    f_.check_attributes(list, {}, {}, out_);
    f_.check_children(list, {"requirement"}, out_);
    for (pugi::xml_node n : list.children("requirement")) {
      RequirementNodes rn;
      c_.requirements.push_back(read_requirement(element_reader(), n, rn));
      nodes_.requirement.push_back(std::move(rn));
    }
  }

  void check_unique(const char* what, const std::vector<std::string>& ids,
                    const std::vector<pugi::xml_node>& nodes) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (!ids[i].empty() && !seen.insert(ids[i]).second) {
        f_.error(out_, nodes[i], "id", std::string("duplicate ") + what + " id '" + ids[i] + "'");
      }
    }
  }

  void check_references() {
    std::vector<std::string> ids;
    std::vector<pugi::xml_node> nodes;
    auto collect = [&](const auto& items, const std::vector<pugi::xml_node>& ns) {
      ids.clear();
      for (const auto& it : items) ids.push_back(it.id);
      nodes = ns;
    };
    collect(c_.processes, nodes_.process);
    check_unique("process", ids, nodes);
    collect(c_.evidence, nodes_.evidence);
    check_unique("evidence", ids, nodes);
    std::vector<pugi::xml_node> req_nodes;
    for (const auto& rn : nodes_.requirement) req_nodes.push_back(rn.node);
    collect(c_.requirements, req_nodes);
    check_unique("requirement", ids, nodes);

    for (std::size_t i = 0; i < c_.processes.size(); ++i) {
      for (const std::string& cl : c_.processes[i].clauses) {
        if (!c_.find_clause(cl)) {
          f_.error(out_, nodes_.process[i], "clauses", "process " + c_.processes[i].id +
                                                           " names clause " + cl +
                                                           ", which is not in the clause tree");
        }
      }
    }
    for (std::size_t i = 0; i < c_.scoring.stage1_evidence.size(); ++i) {
      const std::string& id = c_.scoring.stage1_evidence[i];
      if (!c_.find_evidence(id)) {
        f_.error(out_, stage1_nodes_[i], "evidence", "stage 1 requires evidence '" + id +
                                                         "', which is not defined in <evidence-items>");
      }
    }
    for (std::size_t i = 0; i < c_.requirements.size(); ++i) {
      const Requirement& r = c_.requirements[i];
      const RequirementNodes& rn = nodes_.requirement[i];
      if (!r.clause.empty() && !c_.find_clause(r.clause)) {
        f_.error(out_, rn.node, "clause", "requirement " + r.id + " names clause " + r.clause +
                                              ", which is not in the clause tree");
      }
      for (const std::string& p : r.processes) {
        if (!c_.find_process(p)) {
          f_.error(out_, rn.node, "processes", "requirement " + r.id + " names process '" + p +
                                                   "', which is not in <processes>");
        }
      }
      std::set<std::string> cited;
      for (std::size_t k = 0; k < r.evidence.size(); ++k) {
        if (!c_.find_evidence(r.evidence[k])) {
          f_.error(out_, rn.evidence[k], "ref", "requirement " + r.id + " cites evidence '" +
                                                    r.evidence[k] +
                                                    "', which is not defined in <evidence-items>");
        } else if (!cited.insert(r.evidence[k]).second) {
          f_.error(out_, rn.evidence[k], "ref", "requirement " + r.id + " cites evidence '" +
                                                    r.evidence[k] + "' twice");
        }
      }
    }
  }

  void compile_rules() {
    for (std::size_t i = 0; i < c_.requirements.size(); ++i) {
      Requirement& r = c_.requirements[i];
      if (r.rule_text.empty()) continue;
      rules::CompileResult res = rules::compile(r.rule_text, c_);
      for (const rules::CompileError& e : res.errors) {
        const std::size_t at = f_.text_offset(nodes_.requirement[i].rule, e.offset);
        out_.push_back(f_.source().error(at, "in the rule of " + r.id + ": " + e.message));
      }
      r.rule = std::move(res.rule);
    }
  }

  struct Nodes {
    std::vector<pugi::xml_node> process, evidence;
    std::vector<RequirementNodes> requirement;
  };

  const XmlFile& f_;
  const ChecklistLoadOptions& options_;
  Diagnostics& out_;
  Checklist c_;
  Nodes nodes_;
  std::vector<pugi::xml_node> stage1_nodes_;
};

ChecklistLoad load(SourceText source, const ChecklistLoadOptions& options) {
  ChecklistLoad out;
  auto xml = XmlFile::parse(std::move(source), "checklist", kChecklistNamespace, out.diagnostics);
  if (!xml) return out;
  Checklist c = ChecklistReader(*xml, options, out.diagnostics).read();
  if (out.diagnostics.empty()) out.checklist = std::move(c);
  return out;
}

}  // namespace

ChecklistLoad load_checklist_bytes(std::string file, std::string bytes,
                                   const ChecklistLoadOptions& options) {
  return load(SourceText(std::move(file), std::move(bytes)), options);
}

ChecklistLoad load_checklist(const std::string& path, const ChecklistLoadOptions& options) {
  Diagnostics read_errors;
  auto src = SourceText::read(path, kChecklistInput, read_errors);
  if (!src) return {std::nullopt, std::move(read_errors)};
  return load(std::move(*src), options);
}

}  // namespace iso20k
