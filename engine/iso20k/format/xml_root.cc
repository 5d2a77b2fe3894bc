#include "iso20k/format/xml_root.h"

#include <cctype>

namespace iso20k {
namespace {

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' || c == '.';
}

// Where the root element's start tag begins ('<'), or npos.
std::size_t root_start(std::string_view head) {
  std::size_t i = 0;
  while ((i = head.find('<', i)) != std::string_view::npos) {
    if (head.substr(i, 4) == "<!--") {
      // A comment may hold markup of its own ("<checklist" in a note): skip it whole.
      const std::size_t end = head.find("-->", i + 4);
      if (end == std::string_view::npos) return std::string_view::npos;
      i = end + 3;
      continue;
    }
    if (i + 1 < head.size() && (head[i + 1] == '?' || head[i + 1] == '!')) {
      ++i;
      continue;
    }
    return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::string xml_root_name(std::string_view head) {
  const std::size_t i = root_start(head);
  if (i == std::string_view::npos) return {};
  std::size_t end = i + 1;
  while (end < head.size() && name_char(head[end])) ++end;
  return std::string(head.substr(i + 1, end - i - 1));
}

std::string xml_root_attribute(std::string_view head, std::string_view attribute) {
  const std::size_t start = root_start(head);
  if (start == std::string_view::npos) return {};
  std::size_t i = start + 1;
  while (i < head.size() && name_char(head[i])) ++i;
  while (i < head.size()) {
    while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
    if (i >= head.size() || head[i] == '>' || head[i] == '/') return {};
    const std::size_t name_begin = i;
    while (i < head.size() && name_char(head[i])) ++i;
    const std::string_view name = head.substr(name_begin, i - name_begin);
    while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
    if (name.empty() || i >= head.size() || head[i] != '=') return {};
    ++i;
    while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
    if (i >= head.size() || (head[i] != '"' && head[i] != '\'')) return {};
    const char quote = head[i];
    const std::size_t close = head.find(quote, i + 1);
    if (close == std::string_view::npos) return {};
    if (name == attribute) return std::string(head.substr(i + 1, close - i - 1));
    i = close + 1;
  }
  return {};
}

}  // namespace iso20k
