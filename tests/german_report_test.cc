// A German report says nothing in English that the tool wrote (issue "deliverables", item 5): no
// fragment of an English report string or engine phrase appears in the text of the German reports
// of the demonstration organisations. What the organisation wrote itself (its scope, summary, the
// register's notes and references) stays in the language it was written in.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include "iso20k/model/phrase_text.h"
#include "iso20k/reports/template/template_loader.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using iso20k::test::quote;
using iso20k::test::run;
using iso20k::test::run_iso20k;

std::string collapsed(const std::string& s) {
  std::string out;
  for (char ch : s) {
    const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\f' || ch == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

// The literal runs of a wording between its {placeholders}, of at least three words with a lower
// case letter: what is recognisably English prose, not a name, code or number.
std::vector<std::string> fragments(const std::string& wording) {
  std::vector<std::string> out;
  std::string run;
  const auto flush = [&] {
    std::string f = collapsed(run);
    while (!f.empty() && (f.front() == ' ' || f.front() == ',' || f.front() == '(' || f.front() == ';')) f.erase(0, 1);
    while (!f.empty() && (f.back() == ' ' || f.back() == ',' || f.back() == '(' || f.back() == ':')) f.pop_back();
    const auto words = std::count(f.begin(), f.end(), ' ') + 1;
    if (words >= 3 && std::any_of(f.begin(), f.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) out.push_back(f);
    run.clear();
  };
  for (std::size_t i = 0; i < wording.size(); ++i) {
    if (wording[i] == '{') {
      flush();
      const std::size_t close = wording.find('}', i);
      if (close == std::string::npos) break;
      i = close;
    } else {
      run += wording[i];
    }
  }
  flush();
  return out;
}

// Every English fragment the tool can write: the default template's strings and the engine's
// phrases, less those the German template also uses (names, codes, "ISO/IEC 20000-1").
std::vector<std::string> english_fragments() {
  iso20k::Diagnostics problems;
  const std::string templates = iso20k::test::source_dir() + "/templates";
  const auto en = iso20k::reports::load_template("default", templates, problems);
  const auto de = iso20k::reports::load_template("default-de", templates, problems);
  REQUIRE(en);
  REQUIRE(de);
  std::string german;
  for (const auto& [id, text] : de->strings) german += collapsed(text) + "\n";
  std::vector<std::string> out;
  const auto add = [&](const std::string& wording) {
    for (const std::string& f : fragments(wording)) {
      if (german.find(f) == std::string::npos) out.push_back(f);
    }
  };
  for (const auto& [id, text] : en->strings) add(text);
  for (const iso20k::PhraseWording& w : iso20k::phrase_wordings()) add(std::string(w.english));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void check_german(const std::string& kind, const std::string& extra) {
  const std::vector<std::string> english = english_fragments();
  REQUIRE(english.size() > 200);
  iso20k::test::TempDir dir;
  for (const std::string demo : {"northgate-msp", "harrow-vale-it", "fenwick-cloud"}) {
    CAPTURE(demo);
    const fs::path pdf = dir / (demo + ".pdf");
    const auto r = run_iso20k("report " + quote(iso20k::test::source_dir() + "/examples/" + demo) + " --kind " + kind +
                              " --template default-de " + extra + " --out " + quote(pdf.string()));
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    std::string text = collapsed(run("pdftotext -enc UTF-8 " + quote(pdf.string()) + " -").out);
    // The organisation's own words (the assessor's summary, the scope) are not the tool's.
    const fs::path results = dir / (demo + ".json");
    REQUIRE(run_iso20k("assess " + quote(iso20k::test::source_dir() + "/examples/" + demo) + " --quiet --out " +
                       quote(results.string()))
                .exit_code == 0);
    boost::property_tree::ptree tree;
    boost::property_tree::read_json(results.string(), tree);
    for (const char* own : {"organisation.summary", "organisation.scope"}) {
      const std::string words = collapsed(tree.get<std::string>(own, ""));
      for (std::size_t at = words.empty() ? std::string::npos : text.find(words); at != std::string::npos; at = text.find(words)) {
        text.erase(at, words.size());
      }
    }
    REQUIRE(text.find("Bewertung") != std::string::npos);
    for (const std::string& f : english) {
      CHECK_MESSAGE(text.find(f) == std::string::npos, "English in the German report: \"" << f << "\"");
    }
  }
}

}  // namespace

TEST_CASE("German reports: the gap report carries no English text of the tool") { check_german("gap", ""); }

TEST_CASE("German reports: the readiness report carries no English text of the tool") { check_german("readiness", ""); }

TEST_CASE("German reports: the technical annex carries no English text of the tool") {
  check_german("gap", "--detail");
}
