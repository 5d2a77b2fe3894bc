#include "iso20k/format/xml_root.h"

#include <cctype>

namespace iso20k {

std::string xml_root_name(std::string_view head) {
  std::size_t i = 0;
  while ((i = head.find('<', i)) != std::string_view::npos) {
    if (head.substr(i, 4) == "<!--") {
      // A comment may hold markup of its own ("<checklist" in a note): skip it whole.
      const std::size_t end = head.find("-->", i + 4);
      if (end == std::string_view::npos) return {};
      i = end + 3;
      continue;
    }
    if (i + 1 < head.size() && (head[i + 1] == '?' || head[i + 1] == '!')) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
                                 head[end] == '_' || head[end] == ':' || head[end] == '.')) {
      ++end;
    }
    return std::string(head.substr(i + 1, end - i - 1));
  }
  return {};
}

}  // namespace iso20k
