#include "iso20k/format/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace iso20k {
namespace {

const std::string kOnlyRegular = ": only regular files are read";

std::string what_it_is(const struct stat& st) {
  if (S_ISDIR(st.st_mode)) return "a folder, not a file";
  if (S_ISFIFO(st.st_mode)) return "a named pipe (FIFO), not a regular file" + kOnlyRegular;
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return "a device, not a regular file" + kOnlyRegular;
  if (S_ISSOCK(st.st_mode)) return "a socket, not a regular file" + kOnlyRegular;
  return "not a regular file" + kOnlyRegular;
}

// Why stat() failed, in words; a dangling symbolic link is named with its target.
std::string missing(const std::string& path, int err) {
  struct stat ls {};
  if (err == ENOENT && ::lstat(path.c_str(), &ls) == 0 && S_ISLNK(ls.st_mode)) {
    std::vector<char> target(4096);
    const ssize_t n = ::readlink(path.c_str(), target.data(), target.size() - 1);
    const std::string to = n > 0 ? std::string(target.data(), static_cast<std::size_t>(n)) : "?";
    return "a symbolic link to '" + to + "', which does not exist";
  }
  if (err == ENOENT) return "no such file";
  if (err == ENOTDIR) return "no such file (a part of the path is not a folder)";
  return std::string("cannot open the file: ") + std::strerror(err);
}

std::string too_large(const InputLimit& limit) {
  return "the file is larger than the " + describe_size(limit.bytes) + " allowed for " +
         std::string(limit.noun);
}

// Opens `path` for reading when it is a regular file: checked with stat() before opening (a FIFO
// or a device is never opened) and with fstat() after (it may have been replaced in between).
// Non-blocking, so that a FIFO put there in between cannot block the open either.
int open_regular(const std::string& path, struct stat& st, std::string& error) {
  if (::stat(path.c_str(), &st) != 0) {
    error = missing(path, errno);
    return -1;
  }
  if (!S_ISREG(st.st_mode)) {
    error = what_it_is(st);
    return -1;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    error = missing(path, errno);
    return -1;
  }
  if (::fstat(fd, &st) != 0) {
    error = std::string("cannot read the file: ") + std::strerror(errno);
    ::close(fd);
    return -1;
  }
  if (!S_ISREG(st.st_mode)) {
    error = what_it_is(st);
    ::close(fd);
    return -1;
  }
  return fd;
}

// Reads at most `max` bytes; `more` says whether the file holds further bytes.
bool read_up_to(int fd, std::size_t max, std::string& bytes, bool& more, std::string& error) {
  more = false;
  char buf[65536];
  for (;;) {
    const std::size_t want = bytes.size() < max ? std::min(sizeof buf, max - bytes.size()) : 1;
    const ssize_t n = ::read(fd, buf, want);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::string("cannot read the file: ") + std::strerror(errno);
      return false;
    }
    if (n == 0) return true;
    if (bytes.size() >= max) {
      more = true;
      return true;
    }
    bytes.append(buf, static_cast<std::size_t>(n));
  }
}

}  // namespace

std::string describe_size(std::size_t bytes) {
  if (bytes >= kMebibyte && bytes % kMebibyte == 0) return std::to_string(bytes / kMebibyte) + " MB";
  if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes / 1024) + " KB";
  return std::to_string(bytes) + " bytes";
}

std::string input_file_problem(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return missing(path, errno);
  return S_ISREG(st.st_mode) ? std::string() : what_it_is(st);
}

InputRead read_input_file(const std::string& path, const InputLimit& limit) {
  InputRead r;
  struct stat st {};
  const int fd = open_regular(path, st, r.error);
  if (fd < 0) return r;
  if (st.st_size > 0 && static_cast<unsigned long long>(st.st_size) > limit.bytes) {
    ::close(fd);
    r.error = too_large(limit);
    return r;
  }
  if (st.st_size > 0) r.bytes.reserve(static_cast<std::size_t>(st.st_size));
  bool more = false;
  const bool ok = read_up_to(fd, limit.bytes, r.bytes, more, r.error);
  ::close(fd);
  if (ok && more) r.error = too_large(limit);
  if (!r.ok()) r.bytes.clear();
  return r;
}

InputRead read_input_head(const std::string& path, std::size_t count) {
  InputRead r;
  struct stat st {};
  const int fd = open_regular(path, st, r.error);
  if (fd < 0) return r;
  bool more = false;
  read_up_to(fd, count, r.bytes, more, r.error);
  ::close(fd);
  if (!r.ok()) r.bytes.clear();
  return r;
}

}  // namespace iso20k
