#pragma once
// Applying a checklist translation overlay (docs/translations.md): the checklist with the texts the
// overlay gives, and the list of texts it left in the checklist's own language. Pure: ids, clause
// numbers, the tree, rules, weights, severities, evidence kinds and everything else scored are
// untouched, so an assessment of the translated checklist gives the same results.
#include <cstddef>
#include <vector>

#include "iso20k/model/checklist.h"
#include "iso20k/model/checklist_translation.h"

namespace iso20k {

struct TranslatedChecklist {
  Checklist checklist;  // the texts translated where the overlay has them; `language` set to the
                        // overlay's when it translated anything
  // What the overlay did not translate, in checklist order: the title and licence, then amendment
  // titles, clause titles, process names, evidence titles and descriptions, and requirement texts,
  // guidance and questions. Entries of the overlay for ids the checklist lacks are ignored (the
  // loader reports them).
  std::vector<UntranslatedText> untranslated;
};

TranslatedChecklist apply_translation(const Checklist& checklist,
                                      const ChecklistTranslation& translation);

// How many entries of `untranslated` are of `field`.
std::size_t count_untranslated(const std::vector<UntranslatedText>& untranslated, TextField field);

// Per text field, in TextField order: how many texts `checklist` has (non-empty ones; a requirement
// with questions counts once) and how many of them an overlay translated, given what
// apply_translation listed as `untranslated` for it.
struct TextCoverage {
  TextField field;
  std::size_t translated = 0;
  std::size_t total = 0;
};
std::vector<TextCoverage> translation_coverage(const Checklist& checklist,
                                               const std::vector<UntranslatedText>& untranslated);

}  // namespace iso20k
