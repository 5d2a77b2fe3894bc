#include "iso20k/load/checklist/registry_loader.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "iso20k/format/xml_file.h"

namespace iso20k {
namespace {

void read_registry(const XmlFile& f, Registries& regs, Diagnostics& out) {
  const pugi::xml_node root = f.root();
  f.check_attributes(root, {"standard", "edition"}, {"standard", "edition"}, out);
  f.check_children(root, {"clause"}, out);
  ClauseRegistry reg{root.attribute("standard").value(), root.attribute("edition").value(), {},
                     f.source().file()};
  std::set<std::string> seen;
  for (pugi::xml_node c : root.children("clause")) {
    f.check_attributes(c, {"number", "title"}, {"number", "title"}, out);
    f.check_children(c, {}, out);
    RegistryClause rc{c.attribute("number").value(), c.attribute("title").value()};
    if (!seen.insert(rc.number).second) {
      f.error(out, c, "number", "clause " + rc.number + " appears twice in the registry");
    }
    reg.clauses.push_back(std::move(rc));
  }
  regs.registries.push_back(std::move(reg));
}

void read_correspondence(const XmlFile& f, Registries& regs, Diagnostics& out) {
  const pugi::xml_node root = f.root();
  f.check_attributes(root, {"from-standard", "from-edition", "to-standard", "to-edition"},
                     {"from-standard", "from-edition", "to-standard", "to-edition"}, out);
  f.check_children(root, {"map"}, out);
  Correspondence c{root.attribute("from-standard").value(), root.attribute("from-edition").value(),
                   root.attribute("to-standard").value(), root.attribute("to-edition").value(), {},
                   f.source().file()};
  for (pugi::xml_node m : root.children("map")) {
    f.check_attributes(m, {"from", "to", "note"}, {"from"}, out);
    f.check_children(m, {}, out);
    c.entries.push_back({m.attribute("from").value(), split_words(m.attribute("to").value()),
                         m.attribute("note").value()});
  }
  regs.correspondences.push_back(std::move(c));
}

// Every clause a correspondence names must exist in the registries of both sides.
void check_correspondences(const Registries& regs, Diagnostics& out) {
  for (const Correspondence& c : regs.correspondences) {
    const ClauseRegistry* from = regs.find(c.from_standard, c.from_edition);
    const ClauseRegistry* to = regs.find(c.to_standard, c.to_edition);
    for (const CorrespondenceEntry& e : c.entries) {
      if (from && !from->find(e.from)) {
        out.push_back({{c.path, 0, 0}, "clause " + e.from + " is not in " + c.from_standard + ":" +
                                           c.from_edition});
      }
      for (const std::string& t : e.to) {
        if (to && !to->find(t)) {
          out.push_back({{c.path, 0, 0}, "clause " + t + " (mapped from " + e.from + ") is not in " +
                                             c.to_standard + ":" + c.to_edition});
        }
      }
    }
  }
}

}  // namespace

Registries load_registries(const std::string& dir, Diagnostics& out) {
  Registries regs;
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".xml") files.push_back(entry.path().string());
  }
  if (ec) {
    out.push_back({{dir, 0, 0}, "cannot read the registry folder: " + ec.message()});
    return regs;
  }
  std::sort(files.begin(), files.end());
  for (const std::string& path : files) {
    auto src = SourceText::read(path, kChecklistInput, out);
    if (!src) continue;
    const bool is_registry = src->bytes().find("<registry") != std::string::npos;
    auto xml = XmlFile::parse(std::move(*src), is_registry ? "registry" : "correspondence",
                              kRegistryNamespace, out);
    if (!xml) continue;
    if (is_registry) {
      read_registry(*xml, regs, out);
    } else {
      read_correspondence(*xml, regs, out);
    }
  }
  check_correspondences(regs, out);
  return regs;
}

}  // namespace iso20k
