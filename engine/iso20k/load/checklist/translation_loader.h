#pragma once
// Reads and validates a checklist translation overlay (docs/translations.md): the texts of one
// checklist in one language, keyed by clause number, process id, evidence id and requirement id.
// Every problem is reported as file:line:column, not just the first; an overlay is returned only
// when there are no errors. An overlay written for another version of the checklist is usable
// (its texts may be stale): that is a warning, not an error.
#include <optional>
#include <string>

#include "iso20k/model/checklist.h"
#include "iso20k/model/checklist_translation.h"
#include "iso20k/model/diagnostic.h"

namespace iso20k {

inline constexpr const char* kChecklistTranslationNamespace = "urn:iso20k:checklist-translation:1";

struct ChecklistTranslationLoadOptions {
  // When set, the overlay is also checked against this checklist: its checklist id, every id and
  // clause number it names (unknown ones with a "did you mean"), the number of questions of each
  // requirement, and its checklist-version (a warning when it differs). Requirement ids that a
  // tailoring deselected from this checklist are accepted. Without it only what the file says on
  // its own is checked.
  const Checklist* checklist = nullptr;
  // When not empty, the language the overlay must be for (its `language` attribute).
  std::string language;
};

struct ChecklistTranslationLoad {
  std::optional<ChecklistTranslation> translation;  // set only when `diagnostics` is empty
  Diagnostics diagnostics;                          // errors
  Diagnostics warnings;  // usable but worth a look: written for another checklist version
};

ChecklistTranslationLoad load_checklist_translation(
    const std::string& path, const ChecklistTranslationLoadOptions& options = {});
// The same, from bytes already in memory; `file` names them in diagnostics.
ChecklistTranslationLoad load_checklist_translation_bytes(
    std::string file, std::string bytes, const ChecklistTranslationLoadOptions& options = {});

// True for a language tag of the form the overlays use: a primary subtag of 2 or 3 lower-case
// letters, then optional subtags of 1 to 8 letters or digits after '-' ("de", "de-CH", "pt-BR").
bool is_language_tag(std::string_view s);

}  // namespace iso20k
