#include "iso20k/load/checklist/catalog.h"

#include <algorithm>
#include <filesystem>
#include <string_view>

#include "iso20k/format/input_file.h"

#include "iso20k/format/text.h"

namespace iso20k {
namespace {

// The id attribute of a <checklist> root, read from the first few kilobytes. Only an element named
// exactly "checklist": a translation overlay (<checklist-translation>) beside a checklist in a
// checklist folder is not a checklist.
std::string peek_checklist_id(const std::string& path) {
  const std::string head = read_input_head(path, 4096).bytes;
  std::size_t root = head.find("<checklist");
  while (root != std::string::npos && root + 10 < head.size() &&
         std::string_view(" \t\r\n>").find(head[root + 10]) == std::string_view::npos) {
    root = head.find("<checklist", root + 10);
  }
  if (root == std::string::npos) return {};
  const std::size_t end = head.find('>', root);
  const std::size_t id = head.find(" id=\"", root);
  if (id == std::string::npos || id > end) return {};
  const std::size_t close = head.find('"', id + 5);
  return close == std::string::npos ? std::string() : head.substr(id + 5, close - id - 5);
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
