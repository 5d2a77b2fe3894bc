#pragma once
// The checklist in a report's language: finding, loading and applying the translation overlay of a
// checklist (docs/translations.md). For a checklist file DIR/NAME.xml and language LANG the overlay
// is the first of
//     DIR/translations/NAME.LANG.xml     (the bundled overlays: checklists/translations/)
//     DIR/NAME.LANG.xml                  (beside a checklist of one's own)
// and, when LANG has subtags ("de-CH"), the same for its primary subtag ("de") after them.
// No overlay is not an error: the checklist's own texts are used.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/load/checklist/translation_apply.h"
#include "iso20k/pipeline/assessment_inputs.h"
#include "iso20k/model/checklist.h"
#include "iso20k/model/checklist_translation.h"
#include "iso20k/model/diagnostic.h"

namespace iso20k {

// The files looked at for the overlay of the checklist file `checklist_path` in `language`, in
// order (they need not exist).
std::vector<std::string> translation_candidates(const std::string& checklist_path,
                                                std::string_view language);

struct TranslationOpen {
  // Set when an overlay was found and has no errors. Empty when the checklist is already in
  // `language`, when no overlay exists, or when the one found has errors (`diagnostics`).
  std::optional<ChecklistTranslation> translation;
  std::string path;         // the overlay found; empty when none
  Diagnostics diagnostics;  // errors of that overlay (file:line:column)
  Diagnostics warnings;     // e.g. written for another version of the checklist
};

// Finds the overlay of `checklist` (by its `path` and `id`) in `language` and loads it, checked
// against `checklist` (which may be tailored: requirements a tailoring deselected are accepted).
TranslationOpen open_checklist_translation(const Checklist& checklist, std::string_view language);

struct ChecklistInLanguage {
  Checklist checklist;  // translated where an overlay has texts; else the checklist as given
  std::vector<UntranslatedText> untranslated;  // empty when no overlay was applied
  TranslationOpen open;  // what was found: path, errors, warnings
  bool translated() const { return open.translation.has_value(); }
};

// open_checklist_translation, then apply_translation when an overlay without errors was found.
// The one call a report needs: checklist_in_language(input.checklist, template.language).
ChecklistInLanguage checklist_in_language(const Checklist& checklist, std::string_view language);

// The other way round: the checklist file an overlay belongs to by the naming rule above
// (DIR/NAME.LANG.xml and DIR/translations/NAME.LANG.xml → DIR/NAME.xml), when that file exists, and
// the language tag the overlay's file name carries. Empty strings when the name does not follow the
// rule (or no such checklist file exists, for `checklist_path`).
struct TranslationFileName {
  std::string checklist_path;
  std::string language;
};
TranslationFileName parse_translation_file_name(const std::string& overlay_path);

// An overlay file checked on its own terms (`iso20k validate FILE`): against the checklist file its
// name pairs it with, else the checklist of the library its `checklist` attribute names; with the
// coverage that checklist gives.
struct TranslationCheck {
  std::optional<Checklist> checklist;  // the checklist it was checked against, when found and valid
  std::optional<ChecklistTranslation> translation;  // set when there are no errors
  std::vector<UntranslatedText> untranslated;       // set with `translation`
  Diagnostics diagnostics;                          // errors
  Diagnostics warnings;
};
TranslationCheck check_checklist_translation(const Library& library, const std::string& path);

}  // namespace iso20k
