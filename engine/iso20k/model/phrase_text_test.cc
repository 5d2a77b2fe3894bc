// Phrases in words: the English a finding's texts come from, the placeholders' modifiers (English
// agreement, a title inside a sentence, a requirement's text), lists, numbers with units, and a
// language of its own standing in for a report's template: titles, dates and numbers its way.
#include "iso20k/model/phrase_text.h"

#include <doctest/doctest.h>

#include <map>
#include <set>

#include "iso20k/format/date.h"
#include "support/small_checklist.h"

using namespace iso20k;

namespace {

// A second language: its own wordings, titles in capitals, dates day first, decimal commas.
class Shouting : public PhraseWords {
 public:
  std::map<std::string, std::string> wordings;
  std::string wording(const std::string& key) const override {
    const auto it = wordings.find(key);
    return it == wordings.end() ? std::string(english_wording(key)) : it->second;
  }
  std::string item(const std::string& id) const override { return "ITEM " + id; }
  std::string requirement_text(const std::string& id) const override { return "Text of " + id + "."; }
  std::string clause(const std::string& id) const override { return "Abschnitt " + id; }
  std::string process(const std::string& id) const override { return "Prozess " + id; }
  std::string date(Date d) const override {
    const std::string iso = to_string(d);
    return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
  }
  std::string number(double v) const override {
    std::string s = std::to_string(v);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    for (char& ch : s) ch = ch == '.' ? ',' : ch;
    return s;
  }
  std::string percent(double f) const override { return std::to_string(static_cast<int>(f * 100 + 0.5)) + " %"; }
  std::string list(const std::vector<std::string>& items) const override { return list_text(items, *this); }
};

Checklist titled() {
  Checklist c = test::small_checklist();
  for (EvidenceItem& e : c.evidence) {
    if (e.id == c.evidence[0].id) e.title = "Change records";
    if (e.id == c.evidence[1].id) e.title = "Capacity plan";
  }
  return c;
}

}  // namespace

TEST_CASE("phrase: English agreement follows the item's title, a title inside a sentence is lower case") {
  const Checklist c = titled();
  const EnglishWords en(c);
  const std::string many = c.evidence[0].id;
  const std::string one = c.evidence[1].id;
  CHECK(phrase_text(Phrase{"defect.absent", {item_arg("item", many)}}, en) == "The change records were not provided.");
  CHECK(phrase_text(Phrase{"defect.absent", {item_arg("item", one)}}, en) == "The capacity plan was not provided.");
  CHECK(phrase_text(Phrase{"action.produce", {item_arg("item", many)}}, en) ==
        "Produce the change records and keep them as evidence.");
  CHECK(phrase_text(Phrase{"action.produce", {item_arg("item", one)}}, en) ==
        "Produce the capacity plan and keep it as evidence.");
}

TEST_CASE("phrase: nested defects are listed with 'and', dates and ages in words") {
  const Checklist c = titled();
  const EnglishWords en(c);
  const std::string one = c.evidence[1].id;
  const Phrase p{"defect.item",
                 {item_arg("item", one),
                  list_arg("defects", {Phrase{"defect.unapproved-version", {item_arg("item", one), text_arg("version", "0.3")}},
                                       Phrase{"defect.expired", {date_arg("date", *parse_date("2026-01-31"))}},
                                       Phrase{"defect.stale-reviewed",
                                              {item_arg("item", one), date_arg("date", *parse_date("2024-05-01")),
                                               list_arg("age", {Phrase{"age.months", {text_arg("n", "12")}}})}}})}};
  CHECK(phrase_text(p, en) ==
        "The capacity plan was provided as version 0.3, not approved, expired on 2026-01-31 and was last reviewed on "
        "2024-05-01, more than 12 months before the assessment date.");
}

TEST_CASE("phrase: another language's wording, titles, dates and numbers") {
  const Checklist c = titled();
  Shouting de;
  de.wordings["defect.metric-target"] = "„{item}“ lag bei {value}; Ziel {target}.";
  de.wordings["list.last"] = "{list} und {item}";
  de.wordings["evidence.issued"] = "herausgegeben am {date}";
  CHECK(phrase_text(Phrase{"defect.metric-target", {item_arg("item", "M-1"), number_arg("value", 92.5, "%"),
                                                    number_arg("target", 95, "%")}},
                    de) == "„ITEM M-1“ lag bei 92,5 %; Ziel 95 %.");
  CHECK(phrase_text(Phrase{"evidence.issued", {date_arg("date", *parse_date("2025-09-18"))}}, de) ==
        "herausgegeben am 18.09.2025");
  CHECK(de.list({"a", "b", "c"}) == "a, b und c");
  CHECK(de.list({"a"}) == "a");
  CHECK(de.list({}).empty());
}

TEST_CASE("phrase: a requirement's text without its full stop, in a sentence, and the percentage achieved") {
  const Checklist c = test::small_checklist();
  const EnglishWords en(c);
  const Requirement& r = c.requirements.front();
  REQUIRE(r.text == "A policy exists and is approved.");
  CHECK(phrase_text(Phrase{"defect.not-shown", {requirement_arg("requirement", r.id), percent_arg("achieved", 0.4)}}, en) ==
        "The evidence reviewed does not show that a policy exists and is approved (" + r.id + ", 40% achieved).");
}

TEST_CASE("phrase: capitalised lists, details joined by commas, a placeholder with no argument kept as written") {
  const Checklist c = test::small_checklist();
  const EnglishWords en(c);
  CHECK(phrase_text(Phrase{"capability.thin-many", {list_arg("attributes", {Phrase{"attribute.PA2.1", {}},
                                                                           Phrase{"attribute.PA2.2", {}}})}},
                    en) ==
        "Performance management and work product management each rest on a single assessed requirement (thinly "
        "evidenced).");
  CHECK(phrase_text(Phrase{"evidence.item", {item_arg("item", "X-9"), parts_arg("details", {Phrase{"evidence.partial", {}},
                                                                                          Phrase{"evidence.version", {text_arg("version", "2")}}})}},
                    en) == "X-9: provided in part, version 2");
  CHECK(phrase_text(Phrase{"evidence.version", {}}, en) == "version {version}");
  CHECK(phrase_text(Phrase{"no.such.key", {}}, en).empty());
}

TEST_CASE("phrase: every English wording names its placeholders, which templates must keep to") {
  CHECK(wording_placeholders("{item:lower} {item:was} not {x} {requirement:text:lower}") ==
        std::vector<std::string>{"item", "x", "requirement"});
  CHECK(wording_placeholders("{not a placeholder} {}").empty());
  std::set<std::string_view> keys;
  for (const PhraseWording& w : phrase_wordings()) {
    CAPTURE(w.key);
    CHECK(keys.insert(w.key).second);  // each key once
    CHECK(english_wording(w.key) == w.english);
    CHECK(!w.english.empty());
  }
}
