#include "iso20k/format/source_text.h"

#include <algorithm>

#include "iso20k/util/utf8.h"

namespace iso20k {

namespace {

bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

SourceText::SourceText(std::string file, std::string bytes)
    : file_(std::move(file)), bytes_(std::move(bytes)) {
  line_starts_.push_back(0);
  std::size_t code_points = 0;
  for (std::size_t i = 0; i < bytes_.size(); ++i) {
    if (i % kCheckpointBytes == 0) checkpoints_.push_back(code_points);
    const char c = bytes_[i];
    if (starts_code_point(c)) ++code_points;
    if (c == '\n' || (c == '\r' && (i + 1 == bytes_.size() || bytes_[i + 1] != '\n'))) {
      line_starts_.push_back(i + 1);
    }
  }
}

std::size_t SourceText::code_points_before(std::size_t offset) const {
  if (checkpoints_.empty()) return 0;  // an empty text
  const std::size_t k = std::min(offset / kCheckpointBytes, checkpoints_.size() - 1);
  return checkpoints_[k] + code_points_between(k * kCheckpointBytes, offset);
}

std::size_t SourceText::code_points_between(std::size_t from, std::size_t to) const {
  std::size_t n = 0;
  for (std::size_t i = from; i < to; ++i) n += starts_code_point(bytes_[i]) ? 1 : 0;
  return n;
}

std::optional<SourceText> SourceText::read(const std::string& path, const InputLimit& limit,
                                            Diagnostics& out) {
  InputRead r = read_input_file(path, limit);
  if (!r.ok()) {
    out.push_back({{path, 0, 0}, std::move(r.error)});
    return std::nullopt;
  }
  return SourceText(path, std::move(r.bytes));
}

SourceLocation SourceText::location(std::size_t offset) const {
  offset = std::min(offset, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  const std::size_t start = line_starts_[line - 1];
  // Code points, not bytes: continuation bytes do not count. A short line is counted from its
  // start; a long one from the checkpoints below both ends.
  const std::size_t column = 1 + (offset - start <= kCheckpointBytes
                                      ? code_points_between(start, offset)
                                      : code_points_before(offset) - code_points_before(start));
  return {file_, static_cast<int>(line), static_cast<int>(column)};
}

Diagnostic SourceText::error(std::size_t offset, std::string message) const {
  return {location(offset), std::move(message)};
}

bool SourceText::check_utf8(Diagnostics& out, std::size_t limit) const {
  std::size_t at = find_invalid_utf8(bytes_);
  std::size_t reported = 0;
  while (at != std::string::npos && reported < limit) {
    char hex[8];
    static constexpr char kDigits[] = "0123456789ABCDEF";
    const auto c = static_cast<unsigned char>(bytes_[at]);
    hex[0] = '0';
    hex[1] = 'x';
    hex[2] = kDigits[c >> 4];
    hex[3] = kDigits[c & 15];
    hex[4] = 0;
    out.push_back(error(at, std::string("invalid UTF-8 (byte ") + hex +
                                "); save the file as UTF-8"));
    ++reported;
    at = find_invalid_utf8(bytes_, at + 1);
  }
  return reported == 0;
}

bool SimilarProblems::admit(std::size_t offset) {
  if (++seen_ <= limit_) return true;
  if (seen_ == limit_ + 1) first_dropped_ = offset;
  return false;
}

void SimilarProblems::finish(Diagnostics& out) const {
  if (seen_ <= limit_) return;
  out.push_back(source_.error(first_dropped_, "… and " + std::to_string(seen_ - limit_) + " more " + what_));
}

std::size_t find_invalid_utf8(std::string_view s, std::size_t i) {
  const std::size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    char32_t cp = 0;
    const std::size_t len = utf8_sequence(s, i, cp);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace iso20k
