#include "iso20k/model/registry.h"

#include <cctype>

namespace iso20k {

const RegistryClause* ClauseRegistry::find(const std::string& number) const {
  for (const RegistryClause& c : clauses) {
    if (c.number == number) return &c;
  }
  return nullptr;
}

const ClauseRegistry* Registries::find(const std::string& standard,
                                       const std::string& edition) const {
  for (const ClauseRegistry& r : registries) {
    if (r.standard == standard && r.edition == edition) return &r;
  }
  return nullptr;
}

bool parse_standard_edition(const std::string& text, std::string& standard, std::string& edition) {
  const std::size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 >= text.size()) return false;
  std::string name = text.substr(0, colon);
  edition = text.substr(colon + 1);
  for (char c : edition) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string compact;
  for (char c : lower) {
    if (c != ' ' && c != '/') compact += c;
  }
  // Known short forms; anything else is taken as written.
  if (compact == "iso20000-1" || compact == "isoiec20000-1") {
    standard = "ISO/IEC 20000-1";
  } else if (compact == "iso9001") {
    standard = "ISO 9001";
  } else if (compact == "iso27001" || compact == "isoiec27001") {
    standard = "ISO/IEC 27001";
  } else {
    standard = name;
  }
  return true;
}

}  // namespace iso20k
