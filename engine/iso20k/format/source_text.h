#pragma once
// A file's bytes held in memory with what is needed to turn a byte offset into line:column, and
// the UTF-8 check every loader runs before parsing.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/format/input_file.h"
#include "iso20k/format/diagnostic.h"

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
  // map to the end of the text. A line ends at LF, CRLF or a CR alone (old Mac files): the lines
  // an editor shows. Takes time bounded by a constant (not by the length of the line), so that
  // reporting every column of a one-line megabyte file stays linear.
  SourceLocation location(std::size_t offset) const;
  Diagnostic error(std::size_t offset, std::string message) const;

  // Appends one diagnostic per invalid UTF-8 sequence (at most `limit`); true when valid.
  bool check_utf8(Diagnostics& out, std::size_t limit = 10) const;

 private:
  std::string file_;
  std::string bytes_;
  // Code points before byte `offset`: the checkpoint below it and the bytes from there on.
  std::size_t code_points_before(std::size_t offset) const;
  // Code points in bytes [from, to).
  std::size_t code_points_between(std::size_t from, std::size_t to) const;
  // A checkpoint every kCheckpointBytes bytes (8 bytes each: 3 % of the text), so a column reads
  // at most about 2 * kCheckpointBytes bytes wherever it is.
  static constexpr std::size_t kCheckpointBytes = 256;

  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> checkpoints_;  // code points before each kCheckpointBytes boundary
};

// Problems of one kind in one place (unknown attributes of one element, unknown columns of one
// header, unknown keys of one object) are reported up to kMaxSimilarProblems; the rest are only
// counted and said in one more line, "… and K more <what>", placed where the first of them is, so
// that 100,000 unknown columns give 21 lines in linear time, not 100,000 lines.
inline constexpr std::size_t kMaxSimilarProblems = 20;

class SimilarProblems {
 public:
  SimilarProblems(const SourceText& source, std::string what, std::size_t limit = kMaxSimilarProblems)
      : source_(source), what_(std::move(what)), limit_(limit) {}
  // True when the problem at byte `offset` is to be reported (build its message only then);
  // otherwise it is counted.
  bool admit(std::size_t offset);
  // Appends "… and K more <what>" at the first problem not reported, when there was one.
  void finish(Diagnostics& out) const;

 private:
  const SourceText& source_;
  std::string what_;  // "unknown attributes on <evidence>"
  std::size_t limit_;
  std::size_t seen_ = 0;
  std::size_t first_dropped_ = 0;
};

// Offset of the first invalid UTF-8 sequence at or after `from`, or npos.
std::size_t find_invalid_utf8(std::string_view s, std::size_t from = 0);

}  // namespace iso20k
