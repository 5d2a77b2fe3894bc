#pragma once
// Clause registries of other standards (numbers and titles as data) and correspondences between
// standards or editions, so that every mapping can be checked and followed.
#include <string>
#include <vector>

#include "iso20k/model/diagnostic.h"

namespace iso20k {

struct RegistryClause {
  std::string number;
  std::string title;
};

struct ClauseRegistry {
  std::string standard;  // "ISO 9001"
  std::string edition;   // "2015"
  std::vector<RegistryClause> clauses;
  std::string path;

  const RegistryClause* find(const std::string& number) const;
};

struct CorrespondenceEntry {
  std::string from;             // clause number in the source standard
  std::vector<std::string> to;  // clause numbers in the target; empty when removed
  std::string note;
};

struct Correspondence {
  std::string from_standard, from_edition, to_standard, to_edition;
  std::vector<CorrespondenceEntry> entries;
  std::string path;
};

struct Registries {
  std::vector<ClauseRegistry> registries;
  std::vector<Correspondence> correspondences;

  const ClauseRegistry* find(const std::string& standard, const std::string& edition) const;
};

// "ISO/IEC 20000-1:2011" → {"ISO/IEC 20000-1", "2011"}; also accepts the checklist-id style
// "iso20000-1:2011", "iso9001:2015", "iso27001:2022". Returns false when it cannot be read.
bool parse_standard_edition(const std::string& text, std::string& standard, std::string& edition);

}  // namespace iso20k
