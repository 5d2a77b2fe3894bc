#include "terminal_text.h"

#include <algorithm>
#include <ostream>
#include <sstream>

namespace iso20k::cli {

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void wrap(std::ostream& out, const std::string& text, int indent, int hanging, int width) {
  if (hanging < 0) hanging = indent;
  std::istringstream words(text);
  std::string word, line;
  int current_indent = indent;
  auto flush = [&] {
    out << std::string(static_cast<std::size_t>(current_indent), ' ') << line << '\n';
    line.clear();
    current_indent = hanging;
  };
  while (words >> word) {
    const std::size_t room = static_cast<std::size_t>(std::max(20, width - current_indent));
    if (!line.empty() && display_width(line) + 1 + display_width(word) > room) flush();
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) flush();
}

void Table::print(std::ostream& out) const {
  std::vector<std::size_t> w(header_.size());
  for (std::size_t i = 0; i < header_.size(); ++i) w[i] = display_width(header_[i]);
  for (const auto& r : rows_) {
    for (std::size_t i = 0; i < r.size() && i < w.size(); ++i) w[i] = std::max(w[i], display_width(r[i]));
  }
  auto line = [&](const std::vector<std::string>& r) {
    std::string s;
    for (std::size_t i = 0; i < r.size() && i < w.size(); ++i) {
      s += r[i];
      if (i + 1 < r.size()) s += std::string(w[i] - display_width(r[i]) + 2, ' ');
    }
    out << s << '\n';
  };
  line(header_);
  for (const auto& r : rows_) line(r);
}

}  // namespace iso20k::cli
