#pragma once
// Plain-text output helpers for the terminal: wrapped paragraphs, aligned tables, numbers.
#include <iosfwd>
#include <string>
#include <vector>

namespace iso20k::cli {

// Writes `text` wrapped at `width` columns (code points), first line indented by `indent`,
// following lines by `hanging` (defaults to `indent`).
void wrap(std::ostream& out, const std::string& text, int indent, int hanging = -1, int width = 100);

// Number of code points in a UTF-8 string.
std::size_t display_width(const std::string& s);

class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void print(std::ostream& out) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace iso20k::cli
