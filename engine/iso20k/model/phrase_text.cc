#include "iso20k/model/phrase_text.h"

#include <algorithm>
#include <charconv>

#include "iso20k/format/date.h"
#include "iso20k/format/number_text.h"
#include "iso20k/format/text.h"

namespace iso20k {
namespace {

// In the order a finding reads: what is not met, what was reviewed, the grade, what to do.
constexpr PhraseWording kWordings[] = {
    {"text", "{text}"},
    {"list.last", "{list} and {item}"},
    // What is not met (a finding's nonconformity or observation).
    {"defect.metric-target", "‘{item}’ was {value} against the organisation's target of {target}."},
    {"defect.metric-benchmark",
     "‘{item}’ was {value}; the organisation has set no target of its own, and the benchmark of this checklist is "
     "{benchmark}."},
    {"defect.conversation-absent", "The {item:lower} did not show that it is in place."},
    {"defect.absent", "The {item:lower} {item:was} not provided."},
    {"defect.item", "The {item:lower} {defects}."},
    {"defect.partial-conversation", "showed it only in part"},
    {"defect.partial", "{item:was} provided only in part"},
    {"defect.unapproved-version", "{item:was} provided as version {version}, not approved"},
    {"defect.unapproved", "{item:is} not approved"},
    {"defect.expired", "expired on {date}"},
    {"defect.stale-reviewed", "{item:was} last reviewed on {date}, more than {age} before the assessment date"},
    {"defect.stale-issued", "{item:was} last issued on {date}, more than {age} before the assessment date"},
    {"defect.not-shown",
     "The evidence reviewed does not show that {requirement:text:lower} ({requirement}, {achieved} achieved)."},
    {"defect.unspecified", "The requirements above are not fully met."},
    {"age.year", "{n} year"},
    {"age.years", "{n} years"},
    {"age.month", "{n} month"},
    {"age.months", "{n} months"},
    {"age.week", "{n} week"},
    {"age.weeks", "{n} weeks"},
    {"age.day", "{n} day"},
    {"age.days", "{n} days"},
    // What was reviewed (objective evidence), one line per item.
    {"evidence.metric", "{item}: {details}; {target}"},
    {"evidence.metric-none", "{item}: no value provided"},
    {"evidence.value", "{value}"},
    {"evidence.source", "source {source}"},
    {"evidence.target", "organisation's target {target}"},
    {"evidence.benchmark", "no target set by the organisation (benchmark {benchmark})"},
    {"evidence.outstanding", "{item}: not yet provided"},
    {"evidence.item", "{item}: {details}"},
    {"evidence.item-notes", "{item}: {details} (notes: {notes})"},
    {"evidence.absent", "looked for and not found"},
    {"evidence.partial", "provided in part"},
    {"evidence.version", "version {version}"},
    {"evidence.held", "held {date}"},
    {"evidence.issued", "issued {date}"},
    {"evidence.reviewed", "reviewed {date}"},
    {"evidence.expires", "expires {date}"},
    {"evidence.approved-by", "approved by {name}"},
    {"evidence.owner", "owner {name}"},
    {"evidence.provided", "provided"},
    {"evidence.judgement", "Assessor's judgement on {requirement}"},
    {"evidence.judgement-by", "Assessor's judgement on {requirement} by {assessor}"},
    {"evidence.judgement-on", "Assessor's judgement on {requirement} on {date}"},
    {"evidence.judgement-by-on", "Assessor's judgement on {requirement} by {assessor} on {date}"},
    {"evidence.none", "No evidence was recorded."},
    // Why a finding is graded so.
    {"grade.benchmark", "a benchmark of this checklist, not a target of the organisation"},
    {"grade.good-practice", "good practice beyond the requirements of the standard"},
    {"grade.mandatory-absent", "mandatory documented information is absent: {item:lower}"},
    {"grade.not-performed", "the {process:lower} process is not performed (process performance not achieved)"},
    {"grade.high-severity", "a high-severity requirement is not met at all ({requirements})"},
    {"grade.high-severities", "high-severity requirements are not met at all ({requirements})"},
    {"grade.systemic",
     "systemic: {problems} separate gaps leave {unmet} of the clause's {assessed} assessed requirements unmet"},
    {"grade.minor", "the gap does not on its own put in doubt that the system achieves its intended results"},
    // Why a process stands at its capability level.
    {"capability.level", "Level {level} ({name})."},
    {"capability.achieved", "{ratings:cap}."},
    {"capability.not-reached", "Level {level} ({name}) is not reached: {ratings}."},
    {"capability.rating", "{attribute} is {rating} ({achievement})"},
    {"capability.not-rated", "{attribute} is not rated (nothing assessed)"},
    {"capability.thin", "{attributes:cap} rests on a single assessed requirement (thinly evidenced)."},
    {"capability.thin-many", "{attributes:cap} each rest on a single assessed requirement (thinly evidenced)."},
    {"level.0", "incomplete"},
    {"level.1", "performed"},
    {"level.2", "managed"},
    {"level.3", "established"},
    {"level.4", "predictable"},
    {"level.5", "innovating"},
    {"attribute.PA1.1", "process performance"},
    {"attribute.PA2.1", "performance management"},
    {"attribute.PA2.2", "work product management"},
    {"attribute.PA3.1", "process definition"},
    {"attribute.PA3.2", "process deployment"},
    {"attribute.PA4.1", "quantitative analysis"},
    {"attribute.PA4.2", "quantitative control"},
    {"attribute.PA5.1", "process innovation"},
    {"attribute.PA5.2", "process innovation implementation"},
    {"rating.n", "not achieved"},
    {"rating.p", "partially achieved"},
    {"rating.l", "largely achieved"},
    {"rating.f", "fully achieved"},
    // What to do (the recommendation, and a proposed action's title).
    {"action.consider", "Consider how the arrangements for clause {clause} could be strengthened."},
    {"action.analyse", "Analyse why ‘{item}’ misses the organisation's target and act on the causes."},
    {"action.establish", "Establish and approve the {item:lower}."},
    {"action.produce", "Produce the {item:lower} and keep {item:it} as evidence."},
    {"action.complete", "Complete the {item:lower}."},
    {"action.renew", "Renew the {item:lower}."},
    {"action.review", "Review and update the {item:lower}."},
    {"action.approve", "Have the {item:lower} approved by its authority."},
    {"action.put-in-place", "Put in place, and be able to show, what {requirement} asks."},
};

// "Capacity plan" → "capacity plan"; titles that start with an acronym or a name in capitals ("SMS
// scope", "CMDB extract") keep their case.
std::string in_sentence(std::string t) {
  const auto upper = [](char ch) { return ch >= 'A' && ch <= 'Z'; };
  const auto lower = [](char ch) { return ch >= 'a' && ch <= 'z'; };
  if (t.size() >= 2 && upper(t[0]) && (lower(t[1]) || t[1] == ' ')) t[0] = static_cast<char>(t[0] - 'A' + 'a');
  return t;
}

// English: "Change records" take a plural verb, "Service management policy" and "Process" a
// singular one. The head noun is the last word before a qualifier ("Evaluation of …" is singular,
// "Investigations of …" plural); two things joined by "and" are plural.
bool plural(const std::string& title) {
  std::string head = title;
  for (const char* qualifier : {" of ", " for ", " on ", " with ", " by ", " against ", " in ", " from "}) {
    const std::size_t at = head.find(qualifier);
    if (at != std::string::npos) head = head.substr(0, at);
  }
  if (head.find(" and ") != std::string::npos) return true;
  if (head.size() > 3 && head.compare(head.size() - 3, 3, "(s)") == 0) return true;
  const std::string last = head.substr(head.rfind(' ') == std::string::npos ? 0 : head.rfind(' ') + 1);
  if (last.size() < 3 || last.back() != 's') return false;
  const char before = last[last.size() - 2];
  return before != 's' && before != 'u' && before != 'i';
}

std::string without_full_stop(std::string s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

// The number a phrase holds (its shortest round-trip text), read without the C locale.
double number_of(const std::string& text) {
  double v = 0;
  std::from_chars(text.data(), text.data() + text.size(), v);
  return v;
}

std::string arg_text(const PhraseArg& a, const PhraseWords& words) {
  switch (a.kind) {
    case ArgKind::text: return a.value;
    case ArgKind::item: return words.item(a.value);
    case ArgKind::requirement: return a.value;
    case ArgKind::clause: return words.clause(a.value);
    case ArgKind::process: return words.process(a.value);
    case ArgKind::date: {
      const std::optional<Date> d = parse_date(a.value);
      return d ? words.date(*d) : a.value;
    }
    case ArgKind::number: {
      const std::string n = words.number(number_of(a.value));
      if (a.unit.empty()) return n;
      return n + " " + a.unit;
    }
    case ArgKind::percent: return words.percent(number_of(a.value));
    case ArgKind::count: return a.value;
    case ArgKind::list:
    case ArgKind::parts: {
      std::vector<std::string> items;
      for (const Phrase& p : a.phrases) items.push_back(phrase_text(p, words));
      return a.kind == ArgKind::list ? words.list(items) : join(items, ", ");
    }
  }
  return a.value;
}

std::vector<std::string> split_colons(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t at = s.find(':'); at != std::string_view::npos; at = s.find(':', start)) {
    out.emplace_back(s.substr(start, at - start));
    start = at + 1;
  }
  out.emplace_back(s.substr(start));
  return out;
}

// A placeholder's name: letters, digits and '-', then modifiers after colons.
bool is_placeholder(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == ':';
  });
}

}  // namespace

std::span<const PhraseWording> phrase_wordings() { return kWordings; }

std::string_view english_wording(std::string_view key) {
  for (const PhraseWording& w : kWordings) {
    if (w.key == key) return w.english;
  }
  return {};
}

std::vector<std::string> wording_placeholders(std::string_view wording) {
  std::vector<std::string> names;
  for (std::size_t open = wording.find('{'); open != std::string_view::npos; open = wording.find('{', open + 1)) {
    const std::size_t close = wording.find('}', open + 1);
    if (close == std::string_view::npos) break;
    const std::string_view inside = wording.substr(open + 1, close - open - 1);
    if (!is_placeholder(inside)) continue;
    const std::string name = split_colons(inside).front();
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return names;
}

std::string phrase_text(const Phrase& phrase, const PhraseWords& words) {
  const std::string wording = words.wording(phrase.key);
  std::string out;
  std::size_t at = 0;
  while (at < wording.size()) {
    const std::size_t open = wording.find('{', at);
    const std::size_t close = open == std::string::npos ? open : wording.find('}', open + 1);
    if (close == std::string::npos) {
      out.append(wording, at, std::string::npos);
      break;
    }
    out.append(wording, at, open - at);
    const std::string inside = wording.substr(open + 1, close - open - 1);
    const std::vector<std::string> parts = split_colons(inside);
    const auto arg = std::find_if(phrase.args.begin(), phrase.args.end(),
                                  [&](const PhraseArg& a) { return a.name == parts.front(); });
    if (!is_placeholder(inside) || arg == phrase.args.end()) {
      out.append(wording, open, close - open + 1);
      at = close + 1;
      continue;
    }
    std::string value = arg_text(*arg, words);
    for (std::size_t m = 1; m < parts.size(); ++m) {
      const std::string& modifier = parts[m];
      if (modifier == "text" && arg->kind == ArgKind::requirement) {
        value = without_full_stop(words.requirement_text(arg->value));
      } else if (modifier == "cap") {
        if (!value.empty() && value[0] >= 'a' && value[0] <= 'z') value[0] = static_cast<char>(value[0] - 'a' + 'A');
      } else if (modifier == "lower") {
        value = in_sentence(std::move(value));
      } else if (modifier == "was") {
        value = plural(value) ? "were" : "was";
      } else if (modifier == "is") {
        value = plural(value) ? "are" : "is";
      } else if (modifier == "it") {
        value = plural(value) ? "them" : "it";
      }
    }
    out += value;
    at = close + 1;
  }
  return out;
}

std::string phrases_text(const std::vector<Phrase>& phrases, const PhraseWords& words, std::string_view separator) {
  return join(phrases, separator, [&](const Phrase& p) { return phrase_text(p, words); });
}

std::string EnglishWords::wording(const std::string& key) const { return std::string(english_wording(key)); }

std::string ChecklistWords::item(const std::string& id) const {
  const EvidenceItem* e = checklist_->find_evidence(id);
  return e ? e->title : id;
}

std::string ChecklistWords::requirement_text(const std::string& id) const {
  const Requirement* r = checklist_->find_requirement(id);
  return r ? r->text : id;
}

std::string ChecklistWords::clause(const std::string& id) const {
  const Clause* c = checklist_->find_clause(id);
  return c ? id + " " + c->title : id;
}

std::string ChecklistWords::process(const std::string& id) const {
  const Process* p = checklist_->find_process(id);
  return p ? p->name : id;
}

std::string EnglishWords::date(Date d) const { return to_string(d); }

std::string EnglishWords::number(double value) const { return shortest_text(value); }

std::string EnglishWords::percent(double fraction) const { return iso20k::percent(fraction, 0); }

std::string EnglishWords::list(const std::vector<std::string>& items) const { return list_text(items, *this); }

std::string list_text(const std::vector<std::string>& items, const PhraseWords& words) {
  if (items.size() < 2) return items.empty() ? std::string() : items.front();
  const std::vector<std::string> head(items.begin(), items.end() - 1);
  return phrase_text(Phrase{"list.last", {text_arg("list", join(head, ", ")), text_arg("item", items.back())}}, words);
}

PhraseArg text_arg(std::string name, std::string text) { return {std::move(name), ArgKind::text, std::move(text), {}, {}}; }
PhraseArg item_arg(std::string name, std::string id) { return {std::move(name), ArgKind::item, std::move(id), {}, {}}; }
PhraseArg requirement_arg(std::string name, std::string id) {
  return {std::move(name), ArgKind::requirement, std::move(id), {}, {}};
}
PhraseArg clause_arg(std::string name, std::string id) { return {std::move(name), ArgKind::clause, std::move(id), {}, {}}; }
PhraseArg process_arg(std::string name, std::string id) {
  return {std::move(name), ArgKind::process, std::move(id), {}, {}};
}
PhraseArg date_arg(std::string name, Date d) { return {std::move(name), ArgKind::date, to_string(d), {}, {}}; }
PhraseArg number_arg(std::string name, double value, std::string unit) {
  return {std::move(name), ArgKind::number, shortest_text(value), std::move(unit), {}};
}
PhraseArg percent_arg(std::string name, double fraction) {
  return {std::move(name), ArgKind::percent, shortest_text(fraction), {}, {}};
}
PhraseArg count_arg(std::string name, long long n) { return {std::move(name), ArgKind::count, std::to_string(n), {}, {}}; }
PhraseArg list_arg(std::string name, std::vector<Phrase> phrases) {
  return {std::move(name), ArgKind::list, {}, {}, std::move(phrases)};
}
PhraseArg parts_arg(std::string name, std::vector<Phrase> phrases) {
  return {std::move(name), ArgKind::parts, {}, {}, std::move(phrases)};
}

}  // namespace iso20k
