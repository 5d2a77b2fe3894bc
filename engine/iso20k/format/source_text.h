#pragma once
// A file's bytes held in memory with what is needed to turn a byte offset into line:column, and
// the UTF-8 check every loader runs before parsing.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/format/input_file.h"
#include "iso20k/model/diagnostic.h"

namespace iso20k {

class SourceText {
 public:
  SourceText(std::string file, std::string bytes);

  // Reads a whole file through read_input_file (a regular file within `limit`). Returns nullopt
  // and appends a diagnostic naming the file when it cannot be read.
  static std::optional<SourceText> read(const std::string& path, const InputLimit& limit,
                                        Diagnostics& out);

  const std::string& file() const { return file_; }
  const std::string& bytes() const { return bytes_; }

  // 1-based line and column (column in code points) of a byte offset; offsets past the end
  // map to the end of the text.
  SourceLocation location(std::size_t offset) const;
  Diagnostic error(std::size_t offset, std::string message) const;

  // Appends one diagnostic per invalid UTF-8 sequence (at most `limit`); true when valid.
  bool check_utf8(Diagnostics& out, std::size_t limit = 10) const;

 private:
  std::string file_;
  std::string bytes_;
  std::vector<std::size_t> line_starts_;
};

// Offset of the first invalid UTF-8 sequence at or after `from`, or npos.
std::size_t find_invalid_utf8(std::string_view s, std::size_t from = 0);

}  // namespace iso20k
