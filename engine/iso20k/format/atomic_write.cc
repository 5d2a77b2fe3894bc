#include "iso20k/format/atomic_write.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace iso20k {
namespace {

namespace fs = std::filesystem;

// At most `max` bytes of `s`, not cutting a UTF-8 sequence.
std::string_view prefix(std::string_view s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

}  // namespace

std::string sibling_name_for(const std::string& path, std::string_view tag) {
  fs::path p(path);
  if (!p.has_filename()) p = p.parent_path();  // "ws/" names the folder ws
  const std::string name = p.filename().string();
  const std::string sibling = "." + std::string(prefix(name, 64)) + "." + std::string(tag) + "-" + std::to_string(::getpid());
  return (p.parent_path() / sibling).string();
}

std::string temporary_path_for(const std::string& path) { return sibling_name_for(path, "tmp"); }

void commit_temporary(const std::string& temporary, const std::string& path) {
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::remove(temporary.c_str());
    throw WriteError("cannot write " + path + ": " + reason);
  }
}

std::string write_temporary(const std::string& path, std::string_view bytes) {
  const std::string tmp = temporary_path_for(path);
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) throw WriteError("cannot write " + path + ": " + std::strerror(errno));
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size() &&
                  std::fflush(f) == 0 && ::fsync(::fileno(f)) == 0;
  const int err = errno;
  if (std::fclose(f) != 0 || !ok) {
    const int reason = ok ? errno : err;
    std::remove(tmp.c_str());
    throw WriteError("cannot write " + path + ": " + std::strerror(reason));
  }
  return tmp;
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
  commit_temporary(write_temporary(path, bytes), path);
}

}  // namespace iso20k
