#include "iso20k/reports/template/template.h"

#include <stdexcept>

namespace iso20k::reports {

const std::string& Template::text(const std::string& id) const {
  const auto it = strings.find(id);
  if (it == strings.end()) {
    throw std::out_of_range("report template '" + name + "' has no string '" + id + "'");
  }
  return it->second;
}

std::string Template::format(const std::string& id, const std::map<std::string, std::string>& values) const {
  const std::string& pattern = text(id);
  std::string out;
  out.reserve(pattern.size() + 32);
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      const std::size_t close = pattern.find('}', i + 1);
      if (close != std::string::npos) {
        const auto it = values.find(pattern.substr(i + 1, close - i - 1));
        if (it != values.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += pattern[i++];
  }
  return out;
}

}  // namespace iso20k::reports
