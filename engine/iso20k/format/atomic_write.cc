#include "iso20k/format/atomic_write.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace iso20k {

std::string temporary_path_for(const std::string& path) {
  return path + ".tmp-" + std::to_string(::getpid());
}

void commit_temporary(const std::string& temporary, const std::string& path) {
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::remove(temporary.c_str());
    throw WriteError("cannot write " + path + ": " + reason);
  }
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
  const std::string tmp = temporary_path_for(path);
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) throw WriteError("cannot write " + path + ": " + std::strerror(errno));
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size() &&
                  std::fflush(f) == 0 && ::fsync(::fileno(f)) == 0;
  const int err = errno;
  if (std::fclose(f) != 0 || !ok) {
    std::remove(tmp.c_str());
    throw WriteError("cannot write " + path + ": " + std::strerror(ok ? errno : err));
  }
  commit_temporary(tmp, path);
}

}  // namespace iso20k
