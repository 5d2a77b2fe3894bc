#pragma once
// Opening an input: the one way every reader gets the bytes of a file it was named (checklists,
// registries, tailoring files, workspace files, results.json, templates, logos). Only a regular
// file is read (symbolic links followed): a folder, a named pipe (FIFO), a device, a socket or a
// dangling symbolic link is refused before anything is read, so nothing blocks on a FIFO and
// /dev/zero is not read until memory runs out. Every kind of input has a size limit, checked
// before reading and again while reading (a file that grows is cut off). The limits are
// documented in README.md ("Limits") and the format documents.
#include <cstddef>
#include <string>
#include <string_view>

namespace iso20k {

inline constexpr std::size_t kMebibyte = 1024u * 1024u;

// The size limit of one kind of input and the words for it in messages.
struct InputLimit {
  std::size_t bytes;
  std::string_view noun;  // "checklist files"
};

inline constexpr InputLimit kChecklistInput{64 * kMebibyte, "checklist and registry files"};
inline constexpr InputLimit kTailoringInput{16 * kMebibyte, "tailoring files"};
// XML and CSV workspace files; JSON and INI ones are limited further (ws::kMaxPropertyTreeBytes).
inline constexpr InputLimit kWorkspaceInput{32 * kMebibyte, "workspace files"};
inline constexpr InputLimit kResultsInput{64 * kMebibyte, "results files"};
inline constexpr InputLimit kTemplateInput{4 * kMebibyte, "template files"};
inline constexpr InputLimit kImageInput{20 * kMebibyte, "images"};

struct InputRead {
  std::string bytes;
  std::string error;  // empty when the file was read; otherwise why not, without the path
  bool ok() const { return error.empty(); }
};

// The whole of `path` when it is a regular file of at most `limit.bytes`. The error says what the
// path is instead ("a folder, not a file", "a named pipe (FIFO), not a regular file", "a symbolic
// link to 'x', which does not exist") or that it is too large.
InputRead read_input_file(const std::string& path, const InputLimit& limit);

// At most the first `count` bytes of `path`, with the same checks (no size limit): for recognising
// a file by its first element.
InputRead read_input_head(const std::string& path, std::size_t count);

// Why `path` cannot be read as an input ("" when it is a regular file), without opening it.
std::string input_file_problem(const std::string& path);

// "64 MB", "20 MB", "512 KB": a size for messages.
std::string describe_size(std::size_t bytes);

}  // namespace iso20k
