#pragma once
// The checklists a user can name: the bundled ones and those in extra checklist folders.
#include <optional>
#include <string>
#include <vector>

#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/model/registry.h"

namespace iso20k {

struct CatalogEntry {
  std::string id;  // read from the file's root element without a full load
  std::string path;
  bool bundled = false;
};

class Catalog {
 public:
  // Adds every *.xml in `dir` whose root is <checklist> (files in name order).
  void add_dir(const std::string& dir, bool bundled, Diagnostics& out);
  const std::vector<CatalogEntry>& entries() const { return entries_; }
  // By id ("iso20000-1:2018") or, when `id_or_path` names an existing file, that file.
  // Empty when unknown; `out` then says which ids exist.
  std::optional<CatalogEntry> find(const std::string& id_or_path, Diagnostics& out) const;

 private:
  std::vector<CatalogEntry> entries_;
};

// Loads a checklist by id or path with the registries' mapping checks.
ChecklistLoad load_from_catalog(const Catalog& catalog, const std::string& id_or_path,
                                const Registries& registries);

}  // namespace iso20k
