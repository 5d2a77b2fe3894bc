#pragma once
// Where the bundled data (checklists/, checklists/registry/, templates/) lives. Looked up in this
// order: $ISO20K_DATA_DIR; <dir of the executable>/../share/iso20k (an install, found through
// symbolic links and wherever the installed tree was moved); the source tree the binary was built
// from (a build tree).
#include <string>

namespace iso20k {

struct DataPaths {
  std::string root;           // holds checklists/ and templates/
  std::string checklists() const { return root + "/checklists"; }
  std::string registry() const { return root + "/checklists/registry"; }
  std::string templates() const { return root + "/templates"; }
};

// `exe` is the executable's path, e.g. /proc/self/exe (argv[0] only when it holds a path);
// `env_override` the value of ISO20K_DATA_DIR (may be null or empty: not set).
DataPaths locate_data(const std::string& exe, const char* env_override);

}  // namespace iso20k
