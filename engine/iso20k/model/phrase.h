#pragma once
// A sentence the engine writes about an assessment (what a finding found, what was reviewed, why
// it is graded so, what to do), kept as the id of its wording and its arguments, so that a report
// can say it in its own language: score/phrase_text.h composes it, in the engine's English or in a
// template's wording. Arguments are typed, so that an evidence item, requirement, clause or process
// is named by its title in the reader's language and dates and numbers are written the reader's way.
#include <array>
#include <string>
#include <vector>

#include "iso20k/util/enum_names.h"

namespace iso20k {

enum class ArgKind {
  text,         // verbatim: a reference, a version, a name, the register's notes
  item,         // an evidence item id: written as its title
  requirement,  // a requirement id
  clause,       // a clause id: written as "8.7.2 Service continuity management"
  process,      // a process id: written as its name
  date,         // "2026-03-24"
  number,       // "12.5", with an optional unit
  percent,      // a fraction, "0.725"
  count,        // a whole number
  list,         // phrases, written as a list ("a, b and c")
  parts,        // phrases, written one after another, separated by commas ("a, b, c")
};
constexpr auto enum_table(ArgKind) {
  return std::to_array<EnumName<ArgKind>>({{ArgKind::text, "text"},
                                           {ArgKind::item, "item"},
                                           {ArgKind::requirement, "requirement"},
                                           {ArgKind::clause, "clause"},
                                           {ArgKind::process, "process"},
                                           {ArgKind::date, "date"},
                                           {ArgKind::number, "number"},
                                           {ArgKind::percent, "percent"},
                                           {ArgKind::count, "count"},
                                           {ArgKind::list, "list"},
                                           {ArgKind::parts, "parts"}});
}

struct Phrase;

struct PhraseArg {
  std::string name;  // the placeholder it fills: {item}
  ArgKind kind = ArgKind::text;
  std::string value;            // the text, id, ISO date or number (shortest round-trip text)
  std::string unit;             // of a number: "%", "days"; may be empty
  std::vector<Phrase> phrases;  // of a list or parts

  friend bool operator==(const PhraseArg&, const PhraseArg&) = default;
};

struct Phrase {
  std::string key;  // "defect.absent": the wording's id (score/phrase_text.h lists them)
  std::vector<PhraseArg> args;

  friend bool operator==(const Phrase&, const Phrase&) = default;
};

}  // namespace iso20k
