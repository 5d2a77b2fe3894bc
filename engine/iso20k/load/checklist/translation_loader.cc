#include "iso20k/load/checklist/translation_loader.h"

#include <cctype>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "iso20k/format/input_file.h"
#include "iso20k/format/xml_file.h"
#include "iso20k/load/checklist/checklist_elements.h"
#include "iso20k/util/suggest.h"

namespace iso20k {
namespace {

std::string at_line(const SourceLocation& where) {
  return where.line > 0 ? " (first at line " + std::to_string(where.line) + ")" : std::string();
}

class TranslationReader {
 public:
  TranslationReader(const XmlFile& file, const ChecklistTranslationLoadOptions& options,
                    Diagnostics& out, Diagnostics& warnings)
      : f_(file), options_(options), c_(options.checklist), out_(out), warnings_(warnings) {}

  ChecklistTranslation read() {
    const pugi::xml_node root = f_.root();
    f_.check_attributes(root, {"checklist", "checklist-version", "language"},
                        {"checklist", "checklist-version", "language"}, out_);
    f_.check_children(root, {"title", "licence", "amendment", "clauses", "processes",
                             "evidence-items", "requirements"},
                      out_);
    t_.path = f_.source().file();
    t_.where = f_.at(root);
    read_header(root);
    t_.title = optional_text(root, "title");
    t_.licence = optional_text(root, "licence");
    for (pugi::xml_node a : root.children("amendment")) read_amendment(a);
    single(root, "clauses", [&](pugi::xml_node n) { read_clauses(n); });
    single(root, "processes", [&](pugi::xml_node n) { read_processes(n); });
    single(root, "evidence-items", [&](pugi::xml_node n) { read_evidence(n); });
    single(root, "requirements", [&](pugi::xml_node n) { read_requirements(n); });
    return std::move(t_);
  }

 private:
  void read_header(pugi::xml_node root) {
    t_.checklist = root.attribute("checklist").value();
    t_.checklist_where = f_.at(root, "checklist");
    if (!t_.checklist.empty() && !is_checklist_id(t_.checklist)) {
      f_.error(out_, root, "checklist",
               "checklist id '" + t_.checklist + "' must be lower-case letters, digits and . : _ -");
    } else if (c_ && !t_.checklist.empty() && t_.checklist != c_->id) {
      f_.error(out_, root, "checklist",
               "this overlay translates checklist '" + t_.checklist + "', not '" + c_->id +
                   "' (" + c_->path + ")");
    }
    t_.checklist_version = root.attribute("checklist-version").value();
    if (c_ && !t_.checklist_version.empty() && t_.checklist == c_->id &&
        t_.checklist_version != c_->version) {
      warnings_.push_back(
          {f_.at(root, "checklist-version"),
           "this overlay was written for version " + t_.checklist_version + " of checklist " +
               c_->id + ", which is now version " + c_->version +
               ": its texts may be stale; check them against the checklist and set "
               "checklist-version=\"" + c_->version + "\""});
    }
    t_.language = root.attribute("language").value();
    if (!t_.language.empty() && !is_language_tag(t_.language)) {
      f_.error(out_, root, "language",
               "language '" + t_.language + "' is not a language tag such as de, fr or de-CH");
    } else if (!options_.language.empty() && !t_.language.empty() &&
               t_.language != options_.language) {
      f_.error(out_, root, "language",
               "this overlay is in language '" + t_.language + "', but it was looked up for '" +
                   options_.language + "' (the file name and the language attribute must agree)");
    }
  }

  template <class F>
  void single(pugi::xml_node parent, const char* name, F&& read) {
    pugi::xml_node n = parent.child(name);
    if (!n) return;
    if (pugi::xml_node again = n.next_sibling(name)) {
      f_.error(out_, again, "<checklist-translation> takes only one <" + std::string(name) + ">");
    }
    f_.check_attributes(n, {}, {}, out_);
    read(n);
  }

  // An optional single text child: empty when absent, an error when present but empty.
  std::string optional_text(pugi::xml_node parent, const char* name) {
    pugi::xml_node first = parent.child(name);
    if (!first) return {};
    f_.check_attributes(first, {}, {}, out_);
    if (pugi::xml_node second = first.next_sibling(name)) {
      f_.error(out_, second, "<" + std::string(parent.name()) + "> takes only one <" + name + ">");
    }
    std::string t = f_.text(first, out_);
    if (t.empty()) {
      f_.error(out_, first,
               "<" + std::string(name) + "> must not be empty: leave it out to keep the " +
                   "checklist's own text");
    }
    return t;
  }

  // A required attribute holding a text, as the checklist reads it (check_attributes reports it
  // when missing or blank).
  static std::string attribute_text(pugi::xml_node n, const char* name) {
    return n.attribute(name).value();
  }

  // Reports `key` when it was already seen in `seen` (what → first location).
  bool first_time(std::map<std::string, SourceLocation>& seen, const std::string& key,
                  pugi::xml_node n, const char* attribute, const std::string& what) {
    const auto [it, inserted] = seen.emplace(key, f_.at(n, attribute));
    if (!inserted) {
      f_.error(out_, n, attribute, what + " is translated twice" + at_line(it->second));
    }
    return inserted;
  }

  void unknown(pugi::xml_node n, const char* attribute, const std::string& what,
               const std::string& key, const std::vector<std::string_view>& candidates) {
    f_.error(out_, n, attribute,
             "unknown " + what + " '" + key + "': checklist " + c_->id + " has none" +
                 did_you_mean(key, candidates));
  }

  void read_amendment(pugi::xml_node a) {
    f_.check_attributes(a, {"id", "title"}, {"id", "title"}, out_);
    f_.check_children(a, {}, out_);
    const std::string id = a.attribute("id").value();
    if (id.empty()) return;
    if (!first_time(amendments_seen_, id, a, "id", "amendment " + id)) return;
    if (c_) {
      std::vector<std::string_view> ids;
      bool found = false;
      for (const Amendment& m : c_->amendments) {
        ids.push_back(m.id);
        found = found || m.id == id;
      }
      if (!found) return unknown(a, "id", "amendment", id, ids);
    }
    t_.amendments[id] = attribute_text(a, "title");
  }

  void read_clauses(pugi::xml_node clauses) {
    f_.check_children(clauses, {"clause"}, out_);
    std::vector<std::string_view> known;
    if (c_) {
      for (const Clause& c : c_->clauses) known.push_back(c.number);
    }
    for (pugi::xml_node n : clauses.children("clause")) {
      f_.check_attributes(n, {"number", "title"}, {"number", "title"}, out_);
      f_.check_children(n, {}, out_);
      const std::string number = n.attribute("number").value();
      if (number.empty()) continue;
      if (!is_clause_number(number)) {
        f_.error(out_, n, "number",
                 "clause number '" + number + "' is not of the form 8.5.1 (or A.5.24)");
        continue;
      }
      if (!first_time(clauses_seen_, number, n, "number", "clause " + number)) continue;
      if (c_ && !c_->find_clause(number)) {
        unknown(n, "number", "clause", number, known);
        continue;
      }
      t_.clauses[number] = attribute_text(n, "title");
    }
  }

  void read_processes(pugi::xml_node processes) {
    f_.check_children(processes, {"process"}, out_);
    std::vector<std::string_view> known;
    if (c_) {
      for (const Process& p : c_->processes) known.push_back(p.id);
    }
    for (pugi::xml_node n : processes.children("process")) {
      f_.check_attributes(n, {"id", "name"}, {"id", "name"}, out_);
      f_.check_children(n, {}, out_);
      const std::string id = n.attribute("id").value();
      if (id.empty()) continue;
      if (!first_time(processes_seen_, id, n, "id", "process " + id)) continue;
      if (c_ && !c_->find_process(id)) {
        unknown(n, "id", "process", id, known);
        continue;
      }
      t_.processes[id] = attribute_text(n, "name");
    }
  }

  void read_evidence(pugi::xml_node items) {
    f_.check_children(items, {"evidence"}, out_);
    std::vector<std::string_view> known;
    if (c_) {
      for (const EvidenceItem& e : c_->evidence) known.push_back(e.id);
    }
    for (pugi::xml_node n : items.children("evidence")) {
      f_.check_attributes(n, {"id"}, {"id"}, out_);
      f_.check_children(n, {"title", "description"}, out_);
      TranslatedEvidence e;
      e.where = f_.at(n);
      e.title = optional_text(n, "title");
      e.description = optional_text(n, "description");
      if (!n.child("title") && !n.child("description")) {
        f_.error(out_, n, "<evidence> translates nothing: give a <title>, a <description> or both");
      }
      const std::string id = n.attribute("id").value();
      if (id.empty()) continue;
      if (!first_time(evidence_seen_, id, n, "id", "evidence item " + id)) continue;
      if (c_ && !c_->find_evidence(id)) {
        unknown(n, "id", "evidence item", id, known);
        continue;
      }
      t_.evidence[id] = std::move(e);
    }
  }

  bool deselected(const std::string& id) const {
    for (const std::string& d : c_->tailoring.deselected) {
      if (d == id) return true;
    }
    return false;
  }

  void read_requirements(pugi::xml_node items) {
    f_.check_children(items, {"requirement"}, out_);
    std::vector<std::string_view> known;
    if (c_) {
      for (const Requirement& r : c_->requirements) known.push_back(r.id);
    }
    for (pugi::xml_node n : items.children("requirement")) {
      f_.check_attributes(n, {"id"}, {"id"}, out_);
      f_.check_children(n, {"text", "guidance", "question"}, out_);
      TranslatedRequirement r;
      r.where = f_.at(n);
      r.text = optional_text(n, "text");
      r.guidance = optional_text(n, "guidance");
      for (pugi::xml_node q : n.children("question")) {
        f_.check_attributes(q, {}, {}, out_);
        std::string t = f_.text(q, out_);
        if (t.empty()) f_.error(out_, q, "<question> must not be empty");
        r.questions.push_back(std::move(t));
      }
      if (!n.child("text") && !n.child("guidance") && !n.child("question")) {
        f_.error(out_, n,
                 "<requirement> translates nothing: give a <text>, a <guidance> or its "
                 "<question>s");
      }
      const std::string id = n.attribute("id").value();
      if (id.empty()) continue;
      if (!first_time(requirements_seen_, id, n, "id", "requirement " + id)) continue;
      if (c_) {
        const Requirement* mine = c_->find_requirement(id);
        if (!mine) {
          if (!deselected(id)) unknown(n, "id", "requirement", id, known);
          continue;
        }
        if (!r.questions.empty() && r.questions.size() != mine->questions.size()) {
          f_.error(out_, n.child("question"),
                   "requirement " + id + " has " + std::to_string(mine->questions.size()) +
                       " question(s) and this overlay gives " +
                       std::to_string(r.questions.size()) +
                       ": translate every question, in the checklist's order");
        }
      }
      t_.requirements[id] = std::move(r);
    }
  }

  const XmlFile& f_;
  const ChecklistTranslationLoadOptions& options_;
  const Checklist* c_;
  Diagnostics& out_;
  Diagnostics& warnings_;
  ChecklistTranslation t_;
  std::map<std::string, SourceLocation> amendments_seen_, clauses_seen_, processes_seen_,
      evidence_seen_, requirements_seen_;
};

ChecklistTranslationLoad load(SourceText source, const ChecklistTranslationLoadOptions& options) {
  ChecklistTranslationLoad out;
  auto xml = XmlFile::parse(std::move(source), "checklist-translation",
                            kChecklistTranslationNamespace, out.diagnostics);
  if (!xml) return out;
  TranslationReader reader(*xml, options, out.diagnostics, out.warnings);
  ChecklistTranslation t = reader.read();
  if (out.diagnostics.empty()) out.translation = std::move(t);
  return out;
}

}  // namespace

ChecklistTranslationLoad load_checklist_translation_bytes(
    std::string file, std::string bytes, const ChecklistTranslationLoadOptions& options) {
  return load(SourceText(std::move(file), std::move(bytes)), options);
}

ChecklistTranslationLoad load_checklist_translation(
    const std::string& path, const ChecklistTranslationLoadOptions& options) {
  ChecklistTranslationLoad out;
  auto src = SourceText::read(path, kChecklistInput, out.diagnostics);
  if (!src) return out;
  return load(std::move(*src), options);
}

bool is_language_tag(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] >= 'a' && s[i] <= 'z') ++i;
  if (i < 2 || i > 3) return false;
  while (i < s.size()) {
    if (s[i] != '-') return false;
    const std::size_t start = ++i;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i])) != 0) ++i;
    if (i == start || i - start > 8) return false;
  }
  return true;
}

}  // namespace iso20k
