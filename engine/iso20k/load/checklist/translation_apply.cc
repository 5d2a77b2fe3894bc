#include "iso20k/load/checklist/translation_apply.h"

#include <algorithm>
#include <string>

namespace iso20k {
namespace {

// Replaces `text` by the overlay's `translated` when there is one; else records it as untranslated.
// A text the checklist itself leaves empty has nothing to translate.
void put(std::string& text, const std::string& translated, TextField field, const std::string& id,
         TranslatedChecklist& out, bool& any) {
  if (!translated.empty()) {
    text = translated;
    any = true;
  } else if (!text.empty()) {
    out.untranslated.push_back({field, id});
  }
}

template <class Map>
const typename Map::mapped_type* find(const Map& map, const std::string& key) {
  const auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

}  // namespace

TranslatedChecklist apply_translation(const Checklist& checklist,
                                      const ChecklistTranslation& translation) {
  TranslatedChecklist out{checklist, {}};
  Checklist& c = out.checklist;
  bool any = false;
  const std::string none;
  put(c.title, translation.title, TextField::title, "", out, any);
  put(c.licence, translation.licence, TextField::licence, "", out, any);
  for (Amendment& a : c.amendments) {
    const std::string* t = find(translation.amendments, a.id);
    put(a.title, t ? *t : none, TextField::amendment_title, a.id, out, any);
  }
  for (Clause& cl : c.clauses) {
    const std::string* t = find(translation.clauses, cl.number);
    put(cl.title, t ? *t : none, TextField::clause_title, cl.number, out, any);
  }
  for (Process& p : c.processes) {
    const std::string* t = find(translation.processes, p.id);
    put(p.name, t ? *t : none, TextField::process_name, p.id, out, any);
  }
  for (EvidenceItem& e : c.evidence) {
    const TranslatedEvidence* t = find(translation.evidence, e.id);
    put(e.title, t ? t->title : none, TextField::evidence_title, e.id, out, any);
    put(e.description, t ? t->description : none, TextField::evidence_description, e.id, out, any);
  }
  for (Requirement& r : c.requirements) {
    const TranslatedRequirement* t = find(translation.requirements, r.id);
    put(r.text, t ? t->text : none, TextField::requirement_text, r.id, out, any);
    put(r.guidance, t ? t->guidance : none, TextField::requirement_guidance, r.id, out, any);
    if (t && !t->questions.empty() && t->questions.size() == r.questions.size()) {
      r.questions = t->questions;
      any = true;
    } else if (!r.questions.empty()) {
      out.untranslated.push_back({TextField::requirement_questions, r.id});
    }
  }
  if (any) c.language = translation.language;
  return out;
}

std::size_t count_untranslated(const std::vector<UntranslatedText>& untranslated, TextField field) {
  return static_cast<std::size_t>(std::count_if(untranslated.begin(), untranslated.end(),
                                                [&](const UntranslatedText& u) { return u.field == field; }));
}

std::vector<TextCoverage> translation_coverage(const Checklist& c,
                                               const std::vector<UntranslatedText>& untranslated) {
  std::vector<TextCoverage> out;
  for (const auto& [field, name] : enum_names<TextField>()) out.push_back({field, 0, 0});
  const auto count = [&](TextField f, const std::string& text) {
    if (!text.empty()) ++out[static_cast<std::size_t>(f)].total;
  };
  count(TextField::title, c.title);
  count(TextField::licence, c.licence);
  for (const Amendment& a : c.amendments) count(TextField::amendment_title, a.title);
  for (const Clause& x : c.clauses) count(TextField::clause_title, x.title);
  for (const Process& p : c.processes) count(TextField::process_name, p.name);
  for (const EvidenceItem& e : c.evidence) {
    count(TextField::evidence_title, e.title);
    count(TextField::evidence_description, e.description);
  }
  for (const Requirement& r : c.requirements) {
    count(TextField::requirement_text, r.text);
    count(TextField::requirement_guidance, r.guidance);
    if (!r.questions.empty()) ++out[static_cast<std::size_t>(TextField::requirement_questions)].total;
  }
  for (TextCoverage& t : out) t.translated = t.total - count_untranslated(untranslated, t.field);
  return out;
}

}  // namespace iso20k
