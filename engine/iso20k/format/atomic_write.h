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

// The temporary name used for `path` ("<path>.tmp-<pid>"), for writers that produce the file
// themselves (e.g. a PDF library) and then call commit_temporary().
std::string temporary_path_for(const std::string& path);
void commit_temporary(const std::string& temporary, const std::string& path);

}  // namespace iso20k
