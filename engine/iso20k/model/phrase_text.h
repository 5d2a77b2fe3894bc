#pragma once
// Phrases (phrase.h) in words: the engine's own English wording of every phrase key, and the
// one function that composes a phrase from a wording and the words of a language — the engine uses
// it with EnglishWords for results.json, a report with its template's wording and formats.
//
// A wording is text with {placeholders} naming the phrase's arguments. A placeholder may carry
// modifiers after colons, applied in order:
//   {requirement:text}  a requirement's text (its id otherwise), without the closing full stop
//   {item:cap}          its first letter in capitals (at the start of a sentence)
//   {item:lower}        in a sentence: "Capacity plan" → "capacity plan" (acronyms keep their case)
//   {item:was} {item:is} {item:it}   English agreement with the argument's words: was/were,
//                       is/are, it/them ("Change records were", "Capacity plan was")
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/model/checklist.h"
#include "iso20k/model/date.h"
#include "iso20k/model/phrase.h"

namespace iso20k {

// What a language writes for a phrase and its arguments.
class PhraseWords {
 public:
  virtual ~PhraseWords() = default;
  virtual std::string wording(const std::string& key) const = 0;  // with {placeholders}
  virtual std::string item(const std::string& id) const = 0;      // an evidence item's title
  virtual std::string requirement_text(const std::string& id) const = 0;
  virtual std::string clause(const std::string& id) const = 0;    // "8.7.2 Service continuity …"
  virtual std::string process(const std::string& id) const = 0;   // its name
  virtual std::string date(Date d) const = 0;
  virtual std::string number(double value) const = 0;             // shortest exact text
  virtual std::string percent(double fraction) const = 0;         // whole percent: "73%"
  virtual std::string list(const std::vector<std::string>& items) const = 0;  // "a, b and c"
};

// Titles from a checklist (in its language, or translated by an overlay); an id it does not know is
// written as it is.
class ChecklistWords : public PhraseWords {
 public:
  explicit ChecklistWords(const Checklist& checklist) : checklist_(&checklist) {}
  std::string item(const std::string& id) const override;
  std::string requirement_text(const std::string& id) const override;
  std::string clause(const std::string& id) const override;
  std::string process(const std::string& id) const override;

 private:
  const Checklist* checklist_;
};

// The engine's English: its own wordings, ISO dates, the checklist's titles.
class EnglishWords : public ChecklistWords {
 public:
  using ChecklistWords::ChecklistWords;
  std::string wording(const std::string& key) const override;
  std::string date(Date d) const override;
  std::string number(double value) const override;
  std::string percent(double fraction) const override;
  std::string list(const std::vector<std::string>& items) const override;
};

struct PhraseWording {
  std::string_view key;      // "defect.absent"
  std::string_view english;  // "The {item:lower} {item:was} not provided."
};
// Every phrase key the engine writes, with its English wording.
std::span<const PhraseWording> phrase_wordings();
// The English wording of `key`; empty for a key the engine does not write.
std::string_view english_wording(std::string_view key);
// The argument names a wording's placeholders use, without modifiers, in order of first use.
std::vector<std::string> wording_placeholders(std::string_view wording);

// "a, b and c" by the wording "list.last" ("{list} and {item}"): for PhraseWords::list.
std::string list_text(const std::vector<std::string>& items, const PhraseWords& words);

// The phrase in `words`. A placeholder naming no argument is left as written.
std::string phrase_text(const Phrase& phrase, const PhraseWords& words);
// The phrases one after another, separated by `separator`.
std::string phrases_text(const std::vector<Phrase>& phrases, const PhraseWords& words, std::string_view separator);

// Building phrases: Phrase{"defect.absent", {item_arg("item", id)}}.
PhraseArg text_arg(std::string name, std::string text);
PhraseArg item_arg(std::string name, std::string id);
PhraseArg requirement_arg(std::string name, std::string id);
PhraseArg clause_arg(std::string name, std::string id);
PhraseArg process_arg(std::string name, std::string id);
PhraseArg date_arg(std::string name, Date d);
PhraseArg number_arg(std::string name, double value, std::string unit = {});
PhraseArg percent_arg(std::string name, double fraction);
PhraseArg count_arg(std::string name, long long n);
PhraseArg list_arg(std::string name, std::vector<Phrase> phrases);
PhraseArg parts_arg(std::string name, std::vector<Phrase> phrases);

}  // namespace iso20k
