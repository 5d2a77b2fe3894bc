#pragma once
// A checklist translation overlay as plain data: for one checklist id and one language, the texts a
// reader sees, keyed by the ids of the checklist (clause numbers, process ids, evidence ids,
// requirement ids). Ids, numbers, rules, weights and everything else scored stay in the checklist.
// Read by load/checklist/translation_loader.h, applied by load/checklist/translation_apply.h;
// the format is docs/translations.md.
#include <map>
#include <string>
#include <vector>

#include "iso20k/model/diagnostic.h"
#include "iso20k/util/enum_names.h"

namespace iso20k {

struct TranslatedEvidence {
  std::string title;        // never empty once loaded
  std::string description;  // empty: not translated
  SourceLocation where;     // the <evidence> element
};

struct TranslatedRequirement {
  std::string text;                    // empty: not translated
  std::string guidance;                // empty: not translated
  std::vector<std::string> questions;  // empty: not translated; else one per question, in order
  SourceLocation where;                // the <requirement> element
};

struct ChecklistTranslation {
  std::string checklist;          // the checklist id it translates: "iso20000-1:2018"
  SourceLocation checklist_where;  // its value in the file
  std::string checklist_version;  // the checklist version it was written for: "1.1.0"
  std::string language;           // BCP 47: "de"
  std::string title;              // empty: not translated
  std::string licence;            // empty: not translated
  std::map<std::string, std::string> amendments;  // amendment id → title
  std::map<std::string, std::string> clauses;     // clause number → title
  std::map<std::string, std::string> processes;   // process id → name
  std::map<std::string, TranslatedEvidence> evidence;        // evidence id → texts
  std::map<std::string, TranslatedRequirement> requirements;  // requirement id → texts
  std::string path;       // the file it was loaded from
  SourceLocation where;   // the root element
};

// The texts of a checklist an overlay can translate, named as in coverage reports.
enum class TextField {
  title,
  licence,
  amendment_title,
  clause_title,
  process_name,
  evidence_title,
  evidence_description,
  requirement_text,
  requirement_guidance,
  requirement_questions,
};
constexpr auto enum_table(TextField) {
  return std::to_array<EnumName<TextField>>({
      {TextField::title, "title"},
      {TextField::licence, "licence"},
      {TextField::amendment_title, "amendment-title"},
      {TextField::clause_title, "clause-title"},
      {TextField::process_name, "process-name"},
      {TextField::evidence_title, "evidence-title"},
      {TextField::evidence_description, "evidence-description"},
      {TextField::requirement_text, "requirement-text"},
      {TextField::requirement_guidance, "requirement-guidance"},
      {TextField::requirement_questions, "requirement-questions"},
  });
}

// One text the overlay left in the checklist's own language.
struct UntranslatedText {
  TextField field;
  std::string id;  // clause number, process id, evidence id, requirement id, amendment id; empty
                   // for the checklist's title and licence
  bool operator==(const UntranslatedText&) const = default;
};

}  // namespace iso20k
