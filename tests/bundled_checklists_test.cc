// The content of the bundled checklists, registries and correspondences, checked as data: the
// 2018 clause tree against its registry, coverage of every leaf clause, the parts of each
// requirement, the documented information of 7.5.4, Amd 1:2024, process capability coverage,
// mappings and correspondences that resolve and agree, stable ids (tests/golden), the 2011
// checklist when it is there, `iso20k checklists map` end to end, and the example tailoring.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/load/checklist/registry_loader.h"
#include "iso20k/load/tailoring/tailoring_loader.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;

namespace {

std::string checklist_path(const std::string& name) { return source_dir() + "/checklists/" + name; }

const Registries& registries() {
  static const Registries regs = [] {
    Diagnostics d;
    Registries r = load_registries(source_dir() + "/checklists/registry", d);
    for (const Diagnostic& x : d) FAIL_CHECK(format(x));
    return r;
  }();
  return regs;
}

ChecklistLoad load_bundled(const std::string& name) {
  ChecklistLoadOptions o;
  o.registries = &registries();
  return load_checklist(checklist_path(name), o);
}

const Checklist& checklist_2018() {
  static const Checklist c = [] {
    ChecklistLoad load = load_bundled("iso20000-1-2018.xml");
    for (const Diagnostic& d : load.diagnostics) FAIL_CHECK(format(d));
    REQUIRE(load.checklist);
    return std::move(*load.checklist);
  }();
  return c;
}

// The 2011 checklist is optional while it is being written: null when absent or not yet valid.
const Checklist* checklist_2011() {
  static const std::optional<Checklist> c = []() -> std::optional<Checklist> {
    if (!std::filesystem::exists(checklist_path("iso20000-1-2011.xml"))) return std::nullopt;
    ChecklistLoad load = load_bundled("iso20000-1-2011.xml");
    return std::move(load.checklist);
  }();
  return c ? &*c : nullptr;
}

const ClauseRegistry& registry(const std::string& standard, const std::string& edition) {
  const ClauseRegistry* r = registries().find(standard, edition);
  REQUIRE_MESSAGE(r, "no registry for " << standard << ":" << edition);
  return *r;
}

std::vector<std::pair<std::string, std::string>> tree_of(const Checklist& c) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Clause& cl : c.clauses) out.emplace_back(cl.number, cl.title);
  return out;
}

std::vector<std::pair<std::string, std::string>> tree_of(const ClauseRegistry& r) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const RegistryClause& cl : r.clauses) out.emplace_back(cl.number, cl.title);
  return out;
}

void check_same_tree(const Checklist& c, const ClauseRegistry& r) {
  const auto a = tree_of(c), b = tree_of(r);
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    if (a[i] != b[i]) {
      FAIL_CHECK("clause " << i + 1 << ": checklist has " << a[i].first << " '" << a[i].second
                           << "', registry " << r.path << " has " << b[i].first << " '"
                           << b[i].second << "'");
      break;
    }
  }
  CHECK(a.size() == b.size());
}

bool in_or_under(const std::string& clause, const std::string& heading) {
  return clause == heading || (clause.size() > heading.size() && clause.starts_with(heading) &&
                               clause[heading.size()] == '.');
}

// All targets of `clause` in a correspondence: its own entries, else those of its nearest ancestor
// that has entries (as `checklists map` follows them).
std::vector<std::string> targets_of(const Correspondence& c, std::string clause) {
  while (!clause.empty()) {
    std::vector<std::string> out;
    bool found = false;
    for (const CorrespondenceEntry& e : c.entries) {
      if (e.from != clause) continue;
      found = true;
      out.insert(out.end(), e.to.begin(), e.to.end());
    }
    if (found) return out;
    const std::size_t dot = clause.rfind('.');
    clause = dot == std::string::npos ? std::string() : clause.substr(0, dot);
  }
  return {};
}

const Correspondence* correspondence(const std::string& from_standard,
                                     const std::string& from_edition,
                                     const std::string& to_standard,
                                     const std::string& to_edition) {
  for (const Correspondence& c : registries().correspondences) {
    if (c.from_standard == from_standard && c.from_edition == from_edition &&
        c.to_standard == to_standard && c.to_edition == to_edition) {
      return &c;
    }
  }
  return nullptr;
}

void check_mappings_resolve(const Checklist& c) {
  int checked = 0;
  for (const Requirement& r : c.requirements) {
    for (const Mapping& m : r.mappings) {
      const ClauseRegistry* reg = registries().find(m.standard, m.edition);
      CHECK_MESSAGE(reg, r.id << " maps to " << m.standard << ":" << m.edition
                              << ", for which checklists/registry has no registry");
      if (reg) {
        CHECK_MESSAGE(reg->find(m.clause), r.id << " maps to " << m.standard << ":" << m.edition
                                                << " " << m.clause << ", which is not in "
                                                << reg->path);
      }
      ++checked;
    }
  }
  CHECK(checked > 0);
}

std::string run_map(const std::string& args) {
  const RunResult r = run_iso20k("checklists map " + args);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  return r.out;
}

bool has_line(const std::string& out, const std::string& prefix) {
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with(prefix)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("bundled 2018: loads with the registries — requirement and evidence ids unique") {
  const Checklist& c = checklist_2018();
  CHECK(c.id == "iso20000-1:2018");
  CHECK_FALSE(c.allow_not_applicable);
  std::set<std::string> ids;
  for (const Requirement& r : c.requirements)
    CHECK_MESSAGE(ids.insert(r.id).second, "duplicate " << r.id);
  ids.clear();
  for (const EvidenceItem& e : c.evidence)
    CHECK_MESSAGE(ids.insert(e.id).second, "duplicate " << e.id);
}

TEST_CASE("bundled 2018: the clause tree equals the 2018 registry (numbers, titles, order)") {
  check_same_tree(checklist_2018(), registry("ISO/IEC 20000-1", "2018"));
}

TEST_CASE("bundled 2018: 77 headings, 57 of them leaf clauses") {
  const Checklist& c = checklist_2018();
  CHECK(c.clauses.size() == 77);
  CHECK(std::count_if(c.clauses.begin(), c.clauses.end(),
                      [](const Clause& cl) { return cl.is_leaf(); }) == 57);
}

TEST_CASE("bundled 2018: every leaf clause has at least one requirement") {
  const Checklist& c = checklist_2018();
  for (const Clause& cl : c.clauses) {
    if (!cl.is_leaf()) continue;
    const bool covered = std::any_of(c.requirements.begin(), c.requirements.end(),
                                     [&](const Requirement& r) { return r.clause == cl.number; });
    CHECK_MESSAGE(covered, "leaf clause " << cl.number << " " << cl.title << " has no requirement");
  }
}

TEST_CASE("bundled 2018: every requirement has guidance, 1-3 questions and evidence") {
  for (const Requirement& r : checklist_2018().requirements) {
    INFO(r.id);
    CHECK_FALSE(r.text.empty());
    CHECK_FALSE(r.guidance.empty());
    CHECK(r.questions.size() >= 1);
    CHECK(r.questions.size() <= 3);
    CHECK_FALSE(r.evidence.empty());
  }
}

TEST_CASE("bundled 2018: the documented information of 7.5.4 a-l is mandatory evidence") {
  const Checklist& c = checklist_2018();
  // 7.5.4 lists twelve items: a scope; b policy and objectives; c the SMS plan; d the change
  // management policy, the information security policy and the service continuity plan(s); e the
  // SMS processes; f the service requirements; g the service catalogue(s); h SLAs; i contracts
  // with external suppliers; j agreements with internal suppliers and customers acting as a
  // supplier; k procedures required by the standard; l records that demonstrate conformity.
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"DOC-SMS-SCOPE", "7.5.4 a"},          {"DOC-SM-POLICY", "7.5.4 b"},
      {"DOC-SM-OBJECTIVES", "7.5.4 b"},      {"DOC-SM-PLAN", "7.5.4 c"},
      {"DOC-CHANGE-POLICY", "7.5.4 d"},      {"DOC-ISEC-POLICY", "7.5.4 d"},
      {"DOC-CONTINUITY-PLAN", "7.5.4 d"},    {"DOC-SMS-PROCESSES", "7.5.4 e"},
      {"DOC-PORT-SERVICE-REQUIREMENTS", "7.5.4 f"},
      {"DOC-SERVICE-CATALOGUE", "7.5.4 g"},  {"DOC-SLA", "7.5.4 h"},
      {"DOC-SUPPLIER-CONTRACTS", "7.5.4 i"}, {"DOC-INTERNAL-AGREEMENTS", "7.5.4 j"},
      {"DOC-PROCEDURES", "7.5.4 k"},         {"REC-SMS-RECORDS", "7.5.4 l"},
  };
  std::set<char> letters;
  for (const auto& [id, item] : expected) {
    INFO(id);
    const EvidenceItem* e = c.find_evidence(id);
    REQUIRE(e);
    CHECK(e->mandatory);
    CHECK(e->documented_information == item);
    CHECK(e->kind == (id.starts_with("REC-") ? EvidenceKind::record : EvidenceKind::document));
    letters.insert(item.back());
  }
  CHECK(letters.size() == 12);  // a to l, every one
  // Every item that claims a letter of 7.5.4 is itself mandatory and cited by a requirement.
  for (const EvidenceItem& e : c.evidence) {
    if (e.documented_information.empty()) continue;
    INFO(e.id << " " << e.documented_information);
    CHECK(e.mandatory);
    const bool cited =
        std::any_of(c.requirements.begin(), c.requirements.end(), [&](const Requirement& r) {
          return std::find(r.evidence.begin(), r.evidence.end(), e.id) != r.evidence.end();
        });
    CHECK(cited);
  }
  // Each item has a requirement of 7.5.4 of its own that cites it (existence and control are
  // judged there; content under the clause that uses it).
  for (const auto& [id, item] : expected) {
    INFO(id);
    CHECK(std::any_of(c.requirements.begin(), c.requirements.end(), [&](const Requirement& r) {
      return r.clause == "7.5.4" &&
             std::find(r.evidence.begin(), r.evidence.end(), id) != r.evidence.end();
    }));
  }
}

TEST_CASE("bundled 2018: Amd 1:2024 climate requirements under 4.1 and 4.2") {
  const Checklist& c = checklist_2018();
  REQUIRE(c.amendments.size() == 1);
  CHECK(c.amendments[0].id == "Amd1:2024");
  for (const std::string clause : {"4.1", "4.2"}) {
    INFO("clause " << clause);
    int climate = 0;
    for (const Requirement& r : c.requirements) {
      if (r.clause != clause || r.source != "Amd1:2024") continue;
      ++climate;
      CHECK_MESSAGE(r.text.find("climate") != std::string::npos, r.id << ": " << r.text);
    }
    CHECK(climate >= 1);
  }
  // Nothing else claims the amendment.
  for (const Requirement& r : c.requirements) {
    if (r.source.empty()) continue;
    CHECK_MESSAGE((r.clause == "4.1" || r.clause == "4.2"), r.id << " claims " << r.source);
  }
}

namespace {

// The capability tagging rules of docs/dev/checklist-content-guide.md: PA1.1 to PA3.2 for every
// process, PA1.1 at least twice; a capability only on a requirement that names processes; PA4.x
// only where a metric is cited; no PA5.x; a requirement written to fill a capability gap
// (from="iso33020") is tagged, names its process and is low severity.
void check_capability_tagging(const Checklist& c) {
  for (const Process& p : c.processes) {
    std::map<Attribute, int> carried;
    for (const Requirement& r : c.requirements) {
      if (r.capability &&
          std::find(r.processes.begin(), r.processes.end(), p.id) != r.processes.end()) {
        ++carried[*r.capability];
      }
    }
    for (Attribute a : {Attribute::pa1_1, Attribute::pa2_1, Attribute::pa2_2, Attribute::pa3_1,
                        Attribute::pa3_2}) {
      CHECK_MESSAGE(carried[a] >= 1,
                    "process " << p.id << " has no requirement for " << to_string(a));
    }
    CHECK_MESSAGE(carried[Attribute::pa1_1] >= 2,
                  "process " << p.id << " has " << carried[Attribute::pa1_1]
                             << " PA1.1 requirement(s); it needs at least two");
  }
  for (const Requirement& r : c.requirements) {
    INFO(c.id << " " << r.id);
    if (r.capability) {
      CHECK_MESSAGE(!r.processes.empty(),
                    "capability " << to_string(*r.capability)
                                  << " on a requirement that names no process counts for none");
      const int level = capability_level(*r.capability);
      CHECK_MESSAGE(level < 5, "no bundled requirement evidences process innovation (PA5.x)");
      if (level == 4) {
        const bool quantitative = std::any_of(
            r.evidence.begin(), r.evidence.end(), [&](const std::string& id) {
              const EvidenceItem* e = c.find_evidence(id);
              return e && e->kind == EvidenceKind::metric;
            });
        CHECK_MESSAGE(quantitative, "PA4.x (quantitative management) needs a metric to judge");
      }
    }
    if (r.practice_source == "iso33020") {
      CHECK(r.provenance == Provenance::good_practice);
      CHECK(r.capability);
      CHECK_FALSE(r.processes.empty());
      CHECK(r.severity == Severity::low);
    }
  }
}

// Every requirement of a bundled checklist states its basis (the format lets user checklists
// leave it to the default, obligation).
void check_explicit_basis(const std::string& file, const Checklist& c) {
  pugi::xml_document doc;
  REQUIRE(doc.load_file(checklist_path(file).c_str()));
  int n = 0;
  for (pugi::xml_node r : doc.document_element().child("requirements").children("requirement")) {
    ++n;
    INFO(file << " " << r.attribute("id").value());
    CHECK_MESSAGE(r.attribute("basis"),
                  "write basis=\"obligation\" or basis=\"good-practice\" from=\"…\"");
  }
  CHECK(n == static_cast<int>(c.requirements.size()));
  int obligations = 0;
  for (const Requirement& r : c.requirements) {
    obligations += r.provenance == Provenance::obligation;
    CHECK_MESSAGE((r.provenance == Provenance::good_practice) == !r.practice_source.empty(), r.id);
  }
  // Good practice is the exception: most requirements restate an obligation of their clause.
  CHECK(obligations * 2 > n);
}

}  // namespace

TEST_CASE("bundled 2018: capability tags — PA1.1-PA3.2 per process, PA4 only on metrics, no PA5") {
  const Checklist& c = checklist_2018();
  CHECK(c.processes.size() == 20);
  check_capability_tagging(c);
}

TEST_CASE("bundled 2011: capability tags — PA1.1-PA3.2 per process, PA4 only on metrics, no PA5") {
  const Checklist* c = checklist_2011();
  REQUIRE(c);
  CHECK(c->processes.size() == 14);
  check_capability_tagging(*c);
}

TEST_CASE("bundled checklists: every requirement states its basis, good practice its source") {
  check_explicit_basis("iso20000-1-2018.xml", checklist_2018());
  const Checklist* c = checklist_2011();
  REQUIRE(c);
  check_explicit_basis("iso20000-1-2011.xml", *c);
}

TEST_CASE("bundled 2018: the climate amendment — 4.1 an obligation, 4.2 a note (good practice)") {
  for (const Requirement& r : checklist_2018().requirements) {
    if (r.source != "Amd1:2024") continue;
    INFO(r.id);
    if (r.clause == "4.1") {
      CHECK(r.provenance == Provenance::obligation);
    } else {
      CHECK(r.provenance == Provenance::good_practice);
      CHECK(r.practice_source == "note");
      CHECK(r.severity == Severity::low);
    }
  }
}

TEST_CASE("bundled 2018: metric items all have unit, target and better") {
  pugi::xml_document doc;
  REQUIRE(doc.load_file(checklist_path("iso20000-1-2018.xml").c_str()));
  int metrics = 0;
  for (pugi::xml_node e : doc.document_element().child("evidence-items").children("evidence")) {
    if (std::string_view(e.attribute("kind").value()) != "metric") continue;
    ++metrics;
    INFO(e.attribute("id").value());
    CHECK_FALSE(std::string_view(e.attribute("unit").value()).empty());
    CHECK_FALSE(std::string_view(e.attribute("target").value()).empty());
    CHECK_FALSE(std::string_view(e.attribute("better").value()).empty());
  }
  CHECK(metrics > 0);
  for (const EvidenceItem& e : checklist_2018().evidence) {
    if (e.kind == EvidenceKind::metric) CHECK_MESSAGE(!e.unit.empty(), e.id);
  }
}

namespace {

// Released ids never disappear: `golden` (under tests/golden/) lists every requirement and evidence
// id of the checklist in `file`. New ids are printed, and recorded when ISO20K_UPDATE_GOLDEN is set.
void check_ids_stable(const Checklist& c, const std::string& file, const std::string& golden_file,
                      const std::string& test_name) {
  std::set<std::string> current;
  for (const Requirement& r : c.requirements) current.insert("requirement " + r.id);
  for (const EvidenceItem& e : c.evidence) current.insert("evidence " + e.id);
  const std::string golden_path = source_dir() + "/tests/golden/" + golden_file;
  const std::string golden_text = read_file(golden_path);
  REQUIRE_FALSE(golden_text.empty());
  std::string header;
  std::set<std::string> golden;
  std::istringstream in(golden_text);
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("#")) {
      header += line + "\n";
    } else if (!line.empty()) {
      golden.insert(line);
    }
  }
  std::vector<std::string> gone, added;
  std::set_difference(golden.begin(), golden.end(), current.begin(), current.end(),
                      std::back_inserter(gone));
  std::set_difference(current.begin(), current.end(), golden.begin(), golden.end(),
                      std::back_inserter(added));
  for (const std::string& id : gone) {
    FAIL_CHECK(id << " has disappeared from checklists/" << file << ": released ids are never "
                     "renumbered or removed (docs/dev/checklist-content-guide.md); restore it");
  }
  if (!added.empty()) {
    std::string list;
    for (const std::string& id : added) list += "  " + id + "\n";
    if (std::getenv("ISO20K_UPDATE_GOLDEN") && gone.empty()) {
      std::string out = header;
      for (const std::string& id : current) {
        if (id.starts_with("requirement ")) out += id + "\n";
      }
      for (const std::string& id : current) {
        if (id.starts_with("evidence ")) out += id + "\n";
      }
      write_file(golden_path, out);
      MESSAGE("recorded " << added.size() << " new ids in " << golden_path << ":\n" << list);
    } else {
      // Printed, not failed: adding ids is fine, but the golden file should learn them.
      std::cout << added.size() << " ids are new since " << golden_path << " was written:\n"
                << list << "record them with (from the build folder): ISO20K_UPDATE_GOLDEN=1 "
                << "tests/iso20k_tests -tc=\"" << test_name << "\"\n";
    }
  }
  const auto has = [&](const char* kind) {
    return std::any_of(golden.begin(), golden.end(),
                       [&](const std::string& id) { return id.starts_with(kind); });
  };
  CHECK(has("requirement "));
  CHECK(has("evidence "));
}

}  // namespace

TEST_CASE("bundled 2018: ids are stable (tests/golden/iso20000-1-2018.ids)") {
  check_ids_stable(checklist_2018(), "iso20000-1-2018.xml", "iso20000-1-2018.ids",
                   "bundled 2018: ids are stable*");
}

TEST_CASE("bundled 2011: ids are stable (tests/golden/iso20000-1-2011.ids)") {
  const Checklist* c = checklist_2011();
  REQUIRE(c);
  check_ids_stable(*c, "iso20000-1-2011.xml", "iso20000-1-2011.ids",
                   "bundled 2011: ids are stable*");
}

TEST_CASE("bundled checklists: every mapping targets a clause of that standard's registry") {
  check_mappings_resolve(checklist_2018());
  if (const Checklist* c = checklist_2011()) {
    check_mappings_resolve(*c);
  } else {
    MESSAGE(
        "checklists/iso20000-1-2011.xml is absent or not valid yet: its mappings are not checked");
  }
}

TEST_CASE("bundled registries: every correspondence names clauses that exist on both sides") {
  REQUIRE(registries().correspondences.size() >= 3);
  for (const Correspondence& c : registries().correspondences) {
    INFO(c.path);
    const ClauseRegistry& from = registry(c.from_standard, c.from_edition);
    const ClauseRegistry& to = registry(c.to_standard, c.to_edition);
    for (const CorrespondenceEntry& e : c.entries) {
      CHECK_MESSAGE(from.find(e.from), e.from << " is not in " << from.path);
      for (const std::string& t : e.to)
        CHECK_MESSAGE(to.find(t), t << " (from " << e.from << ") is not in " << to.path);
    }
    // Every clause of the source registry has an entry.
    for (const RegistryClause& rc : from.clauses) {
      const bool listed =
          std::any_of(c.entries.begin(), c.entries.end(),
                      [&](const CorrespondenceEntry& e) { return e.from == rc.number; });
      CHECK_MESSAGE(listed, rc.number << " of " << from.path << " has no <map>");
    }
  }
}

TEST_CASE("bundled 2018: requirement mappings agree with the clause correspondences") {
  // A requirement may map more finely than its clause's correspondence, but never to a clause the
  // correspondence (followed as `checklists map` follows it) does not reach: a counterpart that
  // covers only part of an obligation is listed there with note="partial: …".
  const Checklist& c = checklist_2018();
  int checked = 0;
  for (const Requirement& r : c.requirements) {
    for (const Mapping& m : r.mappings) {
      INFO(r.id << " (clause " << r.clause << ") -> " << m.standard << ":" << m.edition << " "
                << m.clause);
      bool agrees = false;
      if (const Correspondence* to = correspondence(c.standard, c.edition, m.standard, m.edition)) {
        for (const std::string& t : targets_of(*to, r.clause))
          agrees = agrees || in_or_under(m.clause, t);
      } else if (const Correspondence* from =
                     correspondence(m.standard, m.edition, c.standard, c.edition)) {
        for (const std::string& t : targets_of(*from, m.clause))
          agrees = agrees || in_or_under(r.clause, t);
      } else {
        FAIL_CHECK("no correspondence between " << c.standard << ":" << c.edition << " and "
                                                << m.standard << ":" << m.edition);
        continue;
      }
      CHECK_MESSAGE(agrees,
                    "the correspondence in checklists/registry/ does not reach this clause");
      ++checked;
    }
  }
  CHECK(checked > 400);
}

TEST_CASE("bundled 2011: every leaf clause has a requirement — the tree equals the 2011 registry") {
  const Checklist* c = checklist_2011();
  if (!c) {
    MESSAGE("checklists/iso20000-1-2011.xml is absent or not valid yet: skipped");
    return;
  }
  CHECK(c->id == "iso20000-1:2011");
  check_same_tree(*c, registry("ISO/IEC 20000-1", "2011"));
  for (const Clause& cl : c->clauses) {
    if (!cl.is_leaf()) continue;
    const bool covered = std::any_of(c->requirements.begin(), c->requirements.end(),
                                     [&](const Requirement& r) { return r.clause == cl.number; });
    CHECK_MESSAGE(covered, "leaf clause " << cl.number << " " << cl.title << " has no requirement");
  }
}

TEST_CASE("checklists map: 20000-1:2011 6.3 corresponds to 2018 8.7.1 and 8.7.2") {
  const std::string out = run_map("--from iso20000-1:2011 --clause 6.3");
  CHECK_MESSAGE(
      out.starts_with("ISO/IEC 20000-1:2011 6.3 Service continuity and availability management\n"),
      out);
  CHECK_MESSAGE(has_line(out, "  -> ISO/IEC 20000-1:2018 8.7.1 Service availability management"),
                out);
  CHECK_MESSAGE(has_line(out, "  -> ISO/IEC 20000-1:2018 8.7.2 Service continuity management"),
                out);
}

TEST_CASE(
    "checklists map: 20000-1:2018 8.7.3.3 corresponds to 2011 6.6.3 and 27001:2022 A.5.24-A.5.28") {
  const std::string out = run_map("--from iso20000-1:2018 --clause 8.7.3.3");
  CHECK_MESSAGE(has_line(out, "  -> ISO/IEC 20000-1:2011 6.6.3 "), out);
  for (const std::string control : {"A.5.24", "A.5.25", "A.5.26", "A.5.27", "A.5.28"}) {
    CHECK_MESSAGE(has_line(out, "  -> ISO/IEC 27001:2022 " + control + " "), control << "\n"
                                                                                     << out);
  }
  CHECK_MESSAGE(out.find("(via") == std::string::npos, out);  // all direct
}

TEST_CASE("checklists map: toward ISO 9001:2015, directly and through the 2018 edition") {
  std::string out = run_map("--from iso20000-1:2018 --clause 8.5.3 --to iso9001:2015");
  CHECK_MESSAGE(has_line(out, "  -> ISO 9001:2015 8.6 Release of products and services"), out);
  CHECK_MESSAGE(out.find("27001") == std::string::npos, out);  // --to keeps only ISO 9001:2015
  out = run_map("--from iso20000-1:2011 --clause 9.2 --to " + quote("ISO 9001:2015"));
  CHECK_MESSAGE(
      has_line(out,
               "  -> ISO 9001:2015 8.5.6 Control of changes  (via ISO/IEC 20000-1:2018 8.5.1)"),
      out);
  // Edition-keyed: 20000-1:2018 10.2 continual improvement is 27001:2022 10.1, not 10.2.
  out = run_map("--from iso20000-1:2018 --clause 10.2 --to iso27001:2022");
  CHECK_MESSAGE(has_line(out, "  -> ISO/IEC 27001:2022 10.1 Continual improvement"), out);
  CHECK_MESSAGE(!has_line(out, "  -> ISO/IEC 27001:2022 10.2 "), out);
}

TEST_CASE("example tailoring: applies to the bundled 2018 checklist") {
  Checklist c = checklist_2018();
  const Diagnostics d = load_and_apply_tailoring(
      c, source_dir() + "/examples/tailoring/acme-hosting-2018.xml", &registries());
  for (const Diagnostic& x : d) FAIL_CHECK(format(x));
  CHECK(c.tailoring.id == "acme-hosting-2025");
  CHECK(c.requirements.size() == checklist_2018().requirements.size() + 1);
  CHECK(c.tailoring.deselected.empty());
  const Requirement* added = c.find_requirement("ACME-8.7.2-01");
  REQUIRE(added);
  CHECK(added->rule);
  CHECK(c.find_evidence("MET-INC-IN-TARGET")->target == 95);
  CHECK(c.find_requirement("R-8.7.1-02")->weight == 5);
}

TEST_CASE(
    "tailoring the 2018 checklist: a deselection is rejected, pointing at the workspace profile") {
  const std::string text =
      "<tailoring xmlns=\"urn:iso20k:tailoring:1\" checklist=\"iso20000-1:2018\" id=\"t\" "
      "version=\"1\">\n"
      "  <title>Try to drop demand management</title>\n"
      "  <deselect clause=\"8.4.2\" reason=\"We forecast nothing.\"/>\n"
      "</tailoring>\n";
  TailoringLoadOptions o;
  o.checklist = &checklist_2018();
  const TailoringLoad load = load_tailoring_bytes("drop.xml", text, o);
  CHECK_FALSE(load.tailoring);
  REQUIRE(load.diagnostics.size() == 1);
  const Diagnostic& d = load.diagnostics[0];
  CHECK(
      format(d).starts_with("drop.xml:3:3: error: cannot deselect clause 8.4.2: checklist "
                            "iso20000-1:2018 does not allow requirements to be excluded "
                            "(allow-not-applicable=\"false\"; ISO/IEC 20000-1:2018 admits no "
                            "exclusion from clauses 4 to 10)"));
  CHECK(d.message.find("Scoping of services, organisational units and sites belongs in the "
                       "workspace profile") != std::string::npos);
}

TEST_CASE("schemas: translation overlays validate against checklists/schema/checklist-translation.xsd") {
  if (run("command -v xmllint").exit_code != 0) {
    MESSAGE("xmllint is not installed: skipped");
    return;
  }
  const RunResult r = run(
      "xmllint --noout --schema " + quote(source_dir() + "/checklists/schema/checklist-translation.xsd") +
      " " + quote(source_dir() + "/checklists/translations/iso20000-1-2018.de.xml") + " " +
      quote(fixture("checklists/translations/small.de.xml")));
  CHECK_MESSAGE(r.exit_code == 0, r.err);
}

TEST_CASE("schemas: tailoring files validate against checklists/schema/tailoring.xsd") {
  if (run("command -v xmllint").exit_code != 0) {
    MESSAGE("xmllint is not installed: skipped");
    return;
  }
  const RunResult r =
      run("xmllint --noout --schema " + quote(source_dir() + "/checklists/schema/tailoring.xsd") +
          " " + quote(source_dir() + "/examples/tailoring/acme-hosting-2018.xml") + " " +
          quote(fixture("tailoring/small-deselect.xml")));
  CHECK_MESSAGE(r.exit_code == 0, r.err);
}
