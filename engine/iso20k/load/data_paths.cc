#include "iso20k/load/data_paths.h"

#include <filesystem>

namespace iso20k {

DataPaths locate_data(const std::string& exe, const char* env_override) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (env_override && *env_override) return {env_override};
  const fs::path installed = fs::path(exe).parent_path() / ".." / "share" / "iso20k";
  if (fs::is_directory(installed / "checklists", ec)) {
    return {fs::weakly_canonical(installed, ec).string()};
  }
  return {ISO20K_SOURCE_DATA_DIR};
}

}  // namespace iso20k
