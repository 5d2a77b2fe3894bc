#include "iso20k/load/data_paths.h"

#include <filesystem>

namespace iso20k {

DataPaths locate_data(const std::string& exe, const char* env_override) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (env_override && *env_override) return {env_override};
  // The executable's real place: /proc/self/exe and symbolic links (a /usr/local/bin/iso20k
  // pointing into /opt/iso20k/bin) resolved, so an installed tree is found wherever it was moved.
  fs::path real = fs::canonical(exe, ec);
  if (ec) real = fs::absolute(exe, ec);
  const fs::path installed = real.parent_path() / ".." / "share" / "iso20k";
  if (fs::is_directory(installed / "checklists", ec)) {
    return {fs::weakly_canonical(installed, ec).string()};
  }
  return {ISO20K_SOURCE_DATA_DIR};
}

}  // namespace iso20k
