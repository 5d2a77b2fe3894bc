#include "iso20k/load/checklist/catalog.h"

#include <algorithm>
#include <filesystem>
#include <string_view>

#include "iso20k/format/input_file.h"
#include "iso20k/format/text.h"
#include "iso20k/format/xml_root.h"

namespace iso20k {
namespace {

// The id attribute of a <checklist> root, read from the first few kilobytes without loading the file
// (a broken checklist is reported when it is used). Only a root named exactly "checklist": a
// translation overlay (<checklist-translation>) beside a checklist is not one, nor is a file that
// mentions <checklist> in a comment before its root.
std::string peek_checklist_id(const std::string& path) {
  const std::string head = read_input_head(path, 4096).bytes;
  return xml_root_name(head) == "checklist" ? xml_root_attribute(head, "id") : std::string();
}

}  // namespace

void Catalog::add_dir(const std::string& dir, bool bundled, Diagnostics& out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    out.push_back({{dir, 0, 0}, "not a folder of checklists"});
    return;
  }
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file(ec) && e.path().extension() == ".xml") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    std::string id = peek_checklist_id(f);
    if (!id.empty()) entries_.push_back({std::move(id), f, bundled});
  }
}

std::optional<CatalogEntry> Catalog::find(const std::string& id_or_path, Diagnostics& out) const {
  for (const CatalogEntry& e : entries_) {
    if (e.id == id_or_path) return e;
  }
  // A path that names anything (a folder, a FIFO, a dangling symbolic link too) is loaded, and the
  // loader says what is wrong with it.
  std::error_code ec;
  if (std::filesystem::symlink_status(id_or_path, ec).type() != std::filesystem::file_type::not_found &&
      !ec) {
    return CatalogEntry{peek_checklist_id(id_or_path), id_or_path, false};
  }
  const std::string known = join(entries_, ", ", [](const CatalogEntry& e) { return e.id; });
  out.push_back({{}, "unknown checklist '" + id_or_path + "' (known: " + known +
                         "); give a checklist id or the path of a checklist file"});
  return std::nullopt;
}

ChecklistLoad load_from_catalog(const Catalog& catalog, const std::string& id_or_path,
                                const Registries& registries) {
  ChecklistLoad out;
  const std::optional<CatalogEntry> e = catalog.find(id_or_path, out.diagnostics);
  if (!e) return out;
  ChecklistLoadOptions opts;
  opts.registries = &registries;
  return load_checklist(e->path, opts);
}

}  // namespace iso20k
