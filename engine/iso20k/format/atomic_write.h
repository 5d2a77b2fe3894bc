#pragma once
// Writing an output without ever leaving a half-written file: the bytes go to a temporary file in
// the same folder, which is flushed and then renamed over the target.
#include <stdexcept>
#include <string>
#include <string_view>

namespace iso20k {

struct WriteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws WriteError naming the path and the reason when anything fails; the target is then
// untouched and no temporary file is left behind.
void write_file_atomically(const std::string& path, std::string_view bytes);

// The temporary name used for `path`, in its folder: "." + the start of its file name (at most
// 64 bytes, cut at a character boundary) + ".tmp-<pid>". Never longer than NAME_MAX whatever the
// length of the name, so that a legal 255-byte output name works.
std::string temporary_path_for(const std::string& path);
// Writes `bytes` to temporary_path_for(path), flushed to disk, and returns that name; nothing is
// left behind when it throws WriteError. The caller then commits it or removes it.
std::string write_temporary(const std::string& path, std::string_view bytes);
// Renames `temporary` over `path`; on failure removes it and throws WriteError.
void commit_temporary(const std::string& temporary, const std::string& path);

// A name for a file or folder beside `path` ("." + the start of its name + "." + `tag` + "-<pid>"),
// within NAME_MAX: where a folder is built before it is renamed into place.
std::string sibling_name_for(const std::string& path, std::string_view tag);

}  // namespace iso20k
