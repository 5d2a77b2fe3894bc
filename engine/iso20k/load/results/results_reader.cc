#include "iso20k/load/results/results_reader.h"

#include <charconv>
#include <cmath>
#include <initializer_list>
#include <map>
#include <set>
#include <sstream>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include "iso20k/format/source_text.h"
#include "iso20k/format/json_index.h"
#include "iso20k/format/number_text.h"
#include "iso20k/format/text.h"
#include "iso20k/model/phrase_text.h"

namespace iso20k {
namespace {

using boost::property_tree::ptree;
using ws::JsonKind;
using ws::JsonSpot;

constexpr std::size_t kMaxProblems = 25;
constexpr int kMaxPhraseDepth = 4;

// A value of the document: decoded by PropertyTree, located and typed by the JSON index.
struct Value {
  const ptree* tree = nullptr;
  const JsonSpot* spot = nullptr;
  std::string pointer;  // RFC 6901, the index's key
  std::string path;     // for messages: "requirements[3].achievement"
};

class Reader {
 public:
  Reader(const SourceText& source, const ws::JsonIndex& index, const ptree& root)
      : source_(source), index_(index), root_(root) {}

  Diagnostics take_problems() {
    if (dropped_ > 0) {
      problems_.push_back({{source_.file(), 0, 0},
                           std::to_string(dropped_) + " more problem" + (dropped_ == 1 ? "" : "s") +
                               " not shown"});
    }
    return std::move(problems_);
  }
  bool failed() const { return !problems_.empty() || dropped_ > 0; }

  Value root() const { return {&root_, index_.find(""), "", ""}; }
  SourceLocation where(const Value& v) const {
    return source_.location(v.spot ? v.spot->value_offset : 0);
  }

  void error(const Value& v, const std::string& message) {
    error_at(v.spot ? v.spot->value_offset : 0, v.path.empty() ? message : v.path + ": " + message);
  }
  void error_at(std::size_t offset, std::string message) {
    if (problems_.size() >= kMaxProblems) {
      ++dropped_;
      return;
    }
    problems_.push_back(source_.error(offset, std::move(message)));
  }

  // `obj`'s member `key`, or nullopt (and a problem) when it is missing. `obj` is an object.
  std::optional<Value> member(const Value& obj, const std::string& key) {
    auto it = obj.tree->find(key);
    if (it == obj.tree->not_found()) {
      error(obj, "missing key \"" + key + "\"");
      return std::nullopt;
    }
    Value v;
    v.tree = &it->second;
    v.pointer = ws::json_pointer(obj.pointer, key);
    v.spot = index_.find(v.pointer);
    v.path = obj.path.empty() ? key : obj.path + "." + key;
    if (!v.spot) return std::nullopt;  // cannot happen once the index accepted the text
    return v;
  }
  bool has(const Value& obj, const std::string& key) const {
    return obj.tree->find(key) != obj.tree->not_found();
  }

  bool is(const Value& v, JsonKind kind, const char* what) {
    if (v.spot->kind == kind) return true;
    error(v, std::string("expected ") + what + ", not " + ws::describe(v.spot->kind));
    return false;
  }

  std::optional<Value> object(const Value& obj, const std::string& key) {
    auto v = member(obj, key);
    if (!v || !is(*v, JsonKind::object, "an object")) return std::nullopt;
    return v;
  }

  // The elements of the list `key` of `obj` (none when it is missing or not a list).
  std::vector<Value> list(const Value& obj, const std::string& key) {
    std::vector<Value> out;
    auto v = member(obj, key);
    if (!v || !is(*v, JsonKind::array, "a list")) return out;
    std::size_t i = 0;
    for (const auto& element : *v->tree) {
      Value e;
      e.tree = &element.second;
      e.pointer = ws::json_pointer(v->pointer, std::to_string(i));
      e.spot = index_.find(e.pointer);
      e.path = v->path + "[" + std::to_string(i) + "]";
      ++i;
      if (e.spot) out.push_back(std::move(e));
    }
    return out;
  }
  // The same, each element required to be an object.
  std::vector<Value> objects(const Value& obj, const std::string& key) {
    std::vector<Value> out;
    for (Value& e : list(obj, key)) {
      if (is(e, JsonKind::object, "an object")) out.push_back(std::move(e));
    }
    return out;
  }

  std::string text(const Value& obj, const std::string& key) {
    auto v = member(obj, key);
    if (!v || !is(*v, JsonKind::string, "a string")) return {};
    return v->tree->data();
  }

  std::vector<std::string> strings(const Value& obj, const std::string& key) {
    std::vector<std::string> out;
    for (const Value& e : list(obj, key)) {
      if (is(e, JsonKind::string, "a string")) out.push_back(e.tree->data());
    }
    return out;
  }

  double number(const Value& obj, const std::string& key, double lo, double hi) {
    auto v = member(obj, key);
    if (!v) return lo;
    return number(*v, lo, hi);
  }
  double number(const Value& v, double lo, double hi) {
    if (!is(v, JsonKind::number, "a number")) return lo;
    const std::string& s = v.tree->data();
    double d = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(d)) {
      error(v, "the number " + s + " is out of range");
      return lo;
    }
    if (d < lo || d > hi) {
      error(v, "expected a number from " + general_text(lo) + " to " + general_text(hi) + ", not " + s);
      return lo;
    }
    return d;
  }

  int integer(const Value& obj, const std::string& key, int lo, int hi) {
    auto v = member(obj, key);
    if (!v) return lo;
    return integer(*v, lo, hi);
  }
  int integer(const Value& v, int lo, int hi) {
    if (!is(v, JsonKind::number, "a whole number")) return lo;
    const std::string& s = v.tree->data();
    long long n = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc() || end != s.data() + s.size()) {
      error(v, "expected a whole number, not " + s);
      return lo;
    }
    if (n < lo || n > hi) {
      error(v, "expected a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) +
                   ", not " + s);
      return lo;
    }
    return static_cast<int>(n);
  }

  bool boolean(const Value& obj, const std::string& key) {
    auto v = member(obj, key);
    if (!v || !is(*v, JsonKind::boolean, "true or false")) return false;
    return v->tree->data() == "true";
  }

  std::optional<Date> date(const Value& v) {
    if (!is(v, JsonKind::string, "a date \"YYYY-MM-DD\"")) return std::nullopt;
    auto d = parse_date(v.tree->data());
    if (!d) error(v, "expected a date \"YYYY-MM-DD\", not \"" + v.tree->data() + "\"");
    return d;
  }
  Date date(const Value& obj, const std::string& key) {
    auto v = member(obj, key);
    if (!v) return {};
    return date(*v).value_or(Date{});
  }
  // A date or null.
  std::optional<Date> optional_date(const Value& obj, const std::string& key) {
    auto v = member(obj, key);
    if (!v || v->spot->kind == JsonKind::null) return std::nullopt;
    if (v->spot->kind != JsonKind::string) {
      error(*v, std::string("expected a date \"YYYY-MM-DD\" or null, not ") + ws::describe(v->spot->kind));
      return std::nullopt;
    }
    return date(*v);
  }

  // One of the spellings of an enumeration (its enum_table); a message lists them.
  template <class E>
  E choice(const Value& obj, const std::string& key, E fallback) {
    auto v = member(obj, key);
    if (!v || !is(*v, JsonKind::string, "a string")) return fallback;
    auto e = enum_from_name<E>(v->tree->data());
    if (!e) {
      error(*v, "unknown value \"" + v->tree->data() + "\"; expected " + enum_alternatives<E>("\""));
      return fallback;
    }
    return *e;
  }
  // The same, where "" means none.
  template <class E>
  std::optional<E> optional_choice(const Value& obj, const std::string& key) {
    auto v = member(obj, key);
    if (!v || !is(*v, JsonKind::string, "a string") || v->tree->data().empty()) return std::nullopt;
    auto e = enum_from_name<E>(v->tree->data());
    if (!e) error(*v, "unknown value \"" + v->tree->data() + "\"; expected \"\" or " + enum_alternatives<E>("\""));
    return e;
  }

  // Where the values of `keys` of `obj` are, for messages about them later.
  FieldLocations locations(const Value& obj, std::initializer_list<const char*> keys) {
    FieldLocations out;
    for (const char* key : keys) {
      auto it = obj.tree->find(key);
      if (it == obj.tree->not_found()) continue;
      if (const JsonSpot* spot = index_.find(ws::json_pointer(obj.pointer, key))) {
        out.by_field.emplace(key, source_.location(spot->value_offset));
      }
    }
    return out;
  }

  // Records where the values of `keys` of `obj` are, by their JSON path ("overall.score").
  void note(const Value& obj, std::initializer_list<const char*> keys, FieldLocations& into) {
    for (const char* key : keys) {
      if (const JsonSpot* spot = index_.find(ws::json_pointer(obj.pointer, key))) {
        into.by_field.emplace((obj.path.empty() ? "" : obj.path + ".") + key, source_.location(spot->value_offset));
      }
    }
  }

  // The value of member `key`, for messages about it; nullopt when missing (already reported).
  std::optional<Value> at(const Value& obj, const std::string& key) {
    if (!has(obj, key)) return std::nullopt;
    return member(obj, key);
  }

 private:
  const SourceText& source_;
  const ws::JsonIndex& index_;
  const ptree& root_;
  Diagnostics problems_;
  std::size_t dropped_ = 0;
};

constexpr double kHuge = 1e15;

Rollup read_rollup(Reader& r, const Value& obj, FieldLocations& figures) {
  Rollup u;
  u.score = r.number(obj, "score", 0, 1);
  u.coverage = r.number(obj, "coverage", 0, 1);
  u.achieved_weight = r.number(obj, "achieved_weight", 0, kHuge);
  u.assessed_weight = r.number(obj, "assessed_weight", 0, kHuge);
  u.applicable_weight = r.number(obj, "applicable_weight", 0, kHuge);
  u.requirements = r.integer(obj, "requirements", 0, 1'000'000'000);
  r.note(obj, {"score", "coverage", "achieved_weight", "assessed_weight", "applicable_weight", "requirements"},
         figures);
  if (auto counts = r.object(obj, "results")) {
    for (const auto& [result, name] : enum_names<Result>()) {
      u.counts[static_cast<std::size_t>(result)] = r.integer(*counts, name, 0, 1'000'000'000);
      r.note(*counts, {name}, figures);
    }
  }
  return u;
}

Rollup read_rollup_object(Reader& r, const Value& top, const std::string& key, FieldLocations& figures) {
  auto obj = r.object(top, key);
  return obj ? read_rollup(r, *obj, figures) : Rollup{};
}

// "checklist.tailoring": optional, but when present an object with every key.
void read_tailoring(Reader& r, const Value& checklist, RecordedChecklist& rc) {
  auto v = r.member(checklist, "tailoring");
  if (!v) return;
  if (v->spot->kind != JsonKind::object) {
    r.error(*v, std::string("expected an object, not ") + ws::describe(v->spot->kind) +
                    " (the key is left out when no tailoring was applied)");
    return;
  }
  RecordedChecklist::Tailoring t;
  AppliedTailoring& a = t.applied;
  t.where = r.where(*v);
  t.locations = r.locations(*v, {"id", "version", "file"});
  a.id = r.text(*v, "id");
  a.version = r.text(*v, "version");
  a.title = r.text(*v, "title");
  a.file = r.text(*v, "file");
  a.notes = r.strings(*v, "notes");
  a.deselected = r.strings(*v, "deselected");
  for (const char* key : {"id", "version"}) {
    auto k = r.at(*v, key);
    if (k && k->spot->kind == JsonKind::string && k->tree->data().empty()) {
      r.error(*k, "a tailoring's " + std::string(key) + " is never empty");
    }
  }
  rc.tailoring = std::move(t);
}

void read_checklist(Reader& r, const Value& top, Results& out) {
  auto c = r.object(top, "checklist");
  if (!c) return;
  RecordedChecklist& rc = out.checklist;
  rc.where = r.where(*c);
  rc.locations = r.locations(*c, {"id"});
  rc.id = r.text(*c, "id");
  rc.standard = r.text(*c, "standard");
  rc.edition = r.text(*c, "edition");
  rc.version = r.text(*c, "version");
  rc.title = r.text(*c, "title");
  if (r.has(*c, "tailoring")) read_tailoring(r, *c, rc);
  Assessment& a = out.assessment;
  a.checklist_id = rc.id;
  a.standard = rc.standard;
  a.edition = rc.edition;
  a.checklist_version = rc.version;
}

void read_profile(Reader& r, const Value& top, Results& out) {
  auto o = r.object(top, "organisation");
  if (!o) return;
  Profile& p = out.workspace.profile;
  p.where = r.where(*o);
  p.organisation = r.text(*o, "name");
  p.scope = r.text(*o, "scope");
  p.assessors = r.strings(*o, "assessors");
  for (const Value& s : r.objects(*o, "services")) {
    Service svc;
    svc.id = r.text(s, "id");
    svc.name = r.text(s, "name");
    svc.where = r.where(s);
    p.services.push_back(std::move(svc));
  }
  p.units = r.strings(*o, "units");
  p.sites = r.strings(*o, "sites");
  p.persons = r.integer(*o, "persons", 0, 1'000'000'000);
  for (const Value& v : r.objects(*o, "parties")) {
    OtherParty party;
    party.name = r.text(v, "name");
    party.kind = r.choice(v, "kind", PartyKind::external_supplier);
    party.operates = r.strings(v, "operates");
    party.where = r.where(v);
    p.parties.push_back(std::move(party));
  }
  if (r.has(*o, "assessed_by")) p.assessing_organisation = r.text(*o, "assessed_by");
  if (r.has(*o, "summary")) p.summary = r.text(*o, "summary");
  if (r.has(*o, "distribution")) p.distribution = r.strings(*o, "distribution");
  if (r.has(*o, "report_version")) p.report_version = r.text(*o, "report_version");
  out.assessment.organisation = p.organisation;
}

void read_verdict(Reader& r, const Value& top, Assessment& a, FieldLocations& figures) {
  if (auto as = r.object(top, "assessment")) {
    a.as_of = r.date(*as, "as_of");
    a.model = r.choice(*as, "model", ScoringModel::weighted);
  }
  auto v = r.object(top, "verdict");
  if (!v) return;
  a.verdict = r.choice(*v, "code", Verdict::not_ready);
  r.note(*v, {"code", "blockers", "concerns"}, figures);
  r.text(*v, "text");  // describe(code): written for readers, not read back
  for (const Value& b : r.objects(*v, "blockers")) {
    Blocker blocker;
    blocker.stage = r.integer(b, "stage", 1, 3);
    blocker.text = r.text(b, "text");
    blocker.reference = r.text(b, "reference");
    a.blockers.push_back(std::move(blocker));
  }
  a.concerns = r.strings(*v, "concerns");
  a.readiness_note = r.text(*v, "note");
}

void read_clauses(Reader& r, const Value& top, Results& out) {
  for (const Value& v : r.objects(top, "clauses")) {
    RecordedChecklist::Clause c;
    c.number = r.text(v, "number");
    c.title = r.text(v, "title");
    c.kind = r.choice(v, "kind", ClauseKind::hls);
    c.depth = r.integer(v, "depth", 0, 100);
    c.where = r.where(v);
    c.locations = r.locations(v, {"title", "kind", "depth"});
    out.assessment.clauses.push_back({c.number, read_rollup(r, v, out.figures)});
    out.checklist.clauses.push_back(std::move(c));
  }
}

void read_capability(Reader& r, const Value& obj, ProcessCapability& pc) {
  pc.level = r.integer(obj, "level", 0, 5);
  if (auto t = r.member(obj, "target"); t && t->spot->kind != JsonKind::null) {
    pc.target_level = r.integer(*t, 0, 5);
  }
  pc.gap = r.integer(obj, "gap", 0, 5);
  pc.explanation = r.text(obj, "explanation");
  const std::vector<Value> attributes = r.objects(obj, "attributes");
  if (attributes.size() != static_cast<std::size_t>(kAttributeCount)) {
    if (auto list = r.at(obj, "attributes")) {
      r.error(*list, "expected " + std::to_string(kAttributeCount) + " attributes (PA1.1 to PA5.2), not " +
                         std::to_string(attributes.size()));
    }
    return;
  }
  for (int i = 0; i < kAttributeCount; ++i) {
    const Value& v = attributes[static_cast<std::size_t>(i)];
    AttributeRating& ar = pc.attributes[static_cast<std::size_t>(i)];
    const auto expected = static_cast<Attribute>(i);
    ar.attribute = r.choice(v, "attribute", expected);
    if (ar.attribute != expected) {
      if (auto a = r.at(v, "attribute")) {
        r.error(*a, std::string("expected \"") + to_string(expected) + "\" here (the attributes in order)");
      }
    }
    ar.rated = r.boolean(v, "rated");
    ar.achievement = r.number(v, "achievement", 0, 1);
    const auto rating = r.optional_choice<Rating>(v, "rating");
    if (ar.rated && !rating) {
      if (auto a = r.at(v, "rating")) r.error(*a, "a rated attribute needs a rating " + enum_alternatives<Rating>("\""));
    }
    if (!ar.rated && rating) {
      if (auto a = r.at(v, "rating")) r.error(*a, "an attribute that is not rated has the rating \"\"");
    }
    ar.rating = rating.value_or(Rating::N);
    ar.requirements = r.integer(v, "requirements", 0, 1'000'000'000);
    ar.assessed = r.integer(v, "assessed", 0, 1'000'000'000);
  }
}

void read_processes(Reader& r, const Value& top, Results& out) {
  for (const Value& v : r.objects(top, "processes")) {
    RecordedChecklist::Process p;
    p.id = r.text(v, "id");
    p.name = r.text(v, "name");
    p.where = r.where(v);
    out.assessment.processes.push_back({p.id, read_rollup(r, v, out.figures)});
    ProcessCapability pc;
    pc.process = p.id;
    if (auto c = r.object(v, "capability")) read_capability(r, *c, pc);
    if (pc.target_level) out.workspace.profile.target_levels[p.id] = *pc.target_level;
    out.assessment.capability.push_back(std::move(pc));
    out.checklist.processes.push_back(std::move(p));
  }
}

void read_requirements(Reader& r, const Value& top, Results& out) {
  for (const Value& v : r.objects(top, "requirements")) {
    RecordedChecklist::Requirement q;
    RequirementResult res;
    q.id = res.requirement = r.text(v, "id");
    q.clause = res.clause = r.text(v, "clause");
    q.weight = r.number(v, "weight", 0, kHuge);
    q.severity = r.choice(v, "severity", Severity::medium);
    // The checklist loaded again gives the provenance; here it is only checked.
    r.choice(v, "provenance", Provenance::obligation);
    r.text(v, "practice_source");
    q.processes = r.strings(v, "processes");
    q.capability = r.optional_choice<Attribute>(v, "capability");
    q.where = r.where(v);
    q.locations = r.locations(v, {"clause", "weight", "severity", "processes", "capability"});
    res.result = r.choice(v, "result", Result::not_assessed);
    res.achievement = r.number(v, "achievement", 0, 1);
    res.basis = r.choice(v, "basis", Basis::evidence);
    res.explanation = r.text(v, "explanation");
    if (res.basis == Basis::judgement) {
      res.judged_by = r.text(v, "judged_by");
      res.judged_on = r.optional_date(v, "judged_on");
    }
    for (const Value& o : r.objects(v, "observations")) {
      Observation ob{r.text(o, "subject"), r.text(o, "detail"), Standing::unjudged, false};
      if (r.has(o, "standing")) {
        ob.standing = r.choice(o, "standing", Standing::unjudged);
        ob.mandatory = r.boolean(o, "mandatory");
      }
      res.observations.push_back(std::move(ob));
    }
    if (auto g = r.object(v, "gaps")) {
      res.outstanding = r.strings(*g, "outstanding");
      res.absent = r.strings(*g, "absent");
      res.partly = r.strings(*g, "partly");
      res.stale = r.strings(*g, "stale");
      res.expired = r.strings(*g, "expired");
      res.unapproved = r.strings(*g, "unapproved");
      res.targets_missed = r.strings(*g, "targets_missed");
      res.benchmarks_missed = r.strings(*g, "benchmarks_missed");
    }
    out.assessment.results.push_back(std::move(res));
    out.checklist.requirements.push_back(std::move(q));
  }
}

// A finding's phrases: a wording's key the engine writes, with typed arguments; lists of phrases
// nest at most a few levels (the engine writes two).
std::vector<Phrase> read_phrases(Reader& r, const Value& obj, const std::string& key, int depth) {
  std::vector<Phrase> out;
  for (const Value& v : r.objects(obj, key)) {
    Phrase p;
    p.key = r.text(v, "key");
    if (english_wording(p.key).empty()) {
      if (auto k = r.at(v, "key")) r.error(*k, "unknown phrase key '" + p.key + "'");
    }
    for (const Value& a : r.objects(v, "args")) {
      PhraseArg arg;
      arg.name = r.text(a, "name");
      arg.kind = r.choice(a, "kind", ArgKind::text);
      if (arg.kind == ArgKind::list || arg.kind == ArgKind::parts) {
        if (depth >= kMaxPhraseDepth) {
          if (auto k = r.at(a, "phrases")) r.error(*k, "phrases nested deeper than " + std::to_string(kMaxPhraseDepth) + " levels");
          continue;
        }
        arg.phrases = read_phrases(r, a, "phrases", depth + 1);
      } else {
        arg.value = r.text(a, "value");
        if (r.has(a, "unit")) arg.unit = r.text(a, "unit");
        if (arg.kind == ArgKind::date && !parse_date(arg.value)) {
          if (auto k = r.at(a, "value")) r.error(*k, "a date argument must be a date YYYY-MM-DD");
        }
      }
      p.args.push_back(std::move(arg));
    }
    out.push_back(std::move(p));
  }
  return out;
}

void read_findings(Reader& r, const Value& top, Assessment& a, FieldLocations& figures) {
  if (auto counts = r.object(top, "finding_counts")) {
    for (const auto& [grade, name] : enum_names<Grade>()) {
      a.finding_counts[static_cast<std::size_t>(grade)] = r.integer(*counts, name, 0, 1'000'000'000);
      r.note(*counts, {name}, figures);
    }
  }
  for (const Value& v : r.objects(top, "findings")) {
    Finding f;
    f.id = r.text(v, "id");
    f.clause = r.text(v, "clause");
    f.basis = r.choice(v, "basis", Provenance::obligation);
    f.requirements = r.strings(v, "requirements");
    f.processes = r.strings(v, "processes");
    f.grade = r.choice(v, "grade", Grade::minor);
    f.grade_reasons = r.strings(v, "grade_reasons");
    f.weight = r.number(v, "weight", 0, kHuge);
    f.requirement_text = r.text(v, "requirement_text");
    f.nonconformity = r.text(v, "nonconformity");
    f.objective_evidence = r.text(v, "objective_evidence");
    f.statement = r.text(v, "statement");
    f.recommendation = r.text(v, "recommendation");
    f.action = r.text(v, "action");
    // Optional: results written before findings carried phrases have only the English texts.
    if (r.has(v, "phrases")) {
      if (auto ph = r.object(v, "phrases")) {
        f.phrases.nonconformity = read_phrases(r, *ph, "nonconformity", 0);
        f.phrases.objective_evidence = read_phrases(r, *ph, "objective_evidence", 0);
        f.phrases.grade_reasons = read_phrases(r, *ph, "grade_reasons", 0);
        f.phrases.recommendation = read_phrases(r, *ph, "recommendation", 0);
      }
    }
    a.findings.push_back(std::move(f));
  }
}

void read_plan(Reader& r, const Value& top, Assessment& a) {
  for (const Value& v : r.objects(top, "plan")) {
    PlannedAction p;
    p.id = r.text(v, "id");
    p.title = r.text(v, "title");
    p.owner = r.text(v, "owner");
    p.due = r.optional_date(v, "due");
    p.status = r.choice(v, "status", ActionStatus::open);
    p.progress = r.integer(v, "progress", 0, 100);
    p.proposed = r.boolean(v, "proposed");
    p.overdue = r.boolean(v, "overdue");
    p.phase = r.integer(v, "phase", 1, 4);
    p.grade = r.optional_choice<Grade>(v, "grade");
    p.requirements = r.strings(v, "requirements");
    p.findings = r.strings(v, "findings");
    a.plan.push_back(std::move(p));
  }
}

void read_evidence(Reader& r, const Value& top, Results& out) {
  Workspace& w = out.workspace;
  for (const Value& v : r.objects(top, "evidence")) {
    RecordedChecklist::Evidence e;
    e.id = r.text(v, "id");
    e.title = r.text(v, "title");
    e.kind = r.choice(v, "kind", EvidenceKind::document);
    e.mandatory = r.boolean(v, "mandatory");
    ItemReview review;
    review.item = e.id;
    review.review = r.choice(v, "review", Review::outstanding);
    e.where = r.where(v);
    e.locations = r.locations(v, {"title", "kind", "mandatory", "unit", "better", "target"});
    if (e.kind == EvidenceKind::metric) {
      const bool present = r.boolean(v, "present");
      MetricRecord m;
      m.id = e.id;
      m.value = r.number(v, "value", -kHuge, kHuge);
      if (auto t = r.member(v, "target"); t && t->spot->kind != JsonKind::null) m.target = r.number(*t, -kHuge, kHuge);
      e.target = r.number(v, "benchmark", -kHuge, kHuge);
      e.unit = r.text(v, "unit");
      e.better = r.choice(v, "better", Better::higher);
      review.value = m.value;
      review.target = m.target;
      review.benchmark = e.target;
      review.met = r.boolean(v, "met");
      review.benchmark_met = r.boolean(v, "benchmark_met");
      m.period = r.text(v, "period");
      m.source = r.text(v, "source");
      m.where = e.where;
      if (present) w.metrics[m.id] = std::move(m);
    } else {
      const bool registered = r.boolean(v, "registered");
      EvidenceRecord rec;
      rec.id = e.id;
      rec.status = r.choice(v, "status", EvidenceStatus::missing);
      rec.reference = r.text(v, "reference");
      rec.version = r.text(v, "version");
      rec.issued = r.optional_date(v, "issued");
      rec.reviewed = r.optional_date(v, "reviewed");
      rec.expires = r.optional_date(v, "expires");
      rec.owner = r.text(v, "owner");
      rec.approved_by = r.text(v, "approved_by");
      rec.notes = r.text(v, "notes");
      r.boolean(v, "valid");
      review.stale = r.boolean(v, "stale");
      review.expired = r.boolean(v, "expired");
      r.boolean(v, "approved");
      review.unapproved = r.boolean(v, "unapproved");
      rec.where = e.where;
      if (registered) {
        w.evidence[rec.id] = std::move(rec);
      } else if (rec.status != EvidenceStatus::missing) {
        if (auto s = r.at(v, "status")) r.error(*s, "an item not in the register has the status \"missing\"");
      }
    }
    out.assessment.evidence.push_back(std::move(review));
    out.checklist.evidence.push_back(std::move(e));
  }
}

// Ids unique within their list; references between the lists resolve.
void check_references(Reader& r, const Value& top, const Results& out) {
  std::map<std::string, std::vector<Value>> lists;  // the elements of each list, found once
  const auto element = [&](const std::string& list, std::size_t i) -> const Value* {
    auto it = lists.find(list);
    if (it == lists.end()) it = lists.emplace(list, r.objects(top, list)).first;
    return i < it->second.size() ? &it->second[i] : nullptr;
  };
  const auto unique = [&](const std::string& list, const std::string& key, const auto& items,
                          auto id_of) {
    std::set<std::string> seen;
    std::size_t i = 0;
    for (const auto& item : items) {
      const std::string& id = id_of(item);
      if (!seen.insert(id).second) {
        if (const Value* e = element(list, i)) {
          if (auto v = r.at(*e, key)) r.error(*v, "\"" + id + "\" appears twice");
        }
      }
      ++i;
    }
    return seen;
  };
  const RecordedChecklist& c = out.checklist;
  const Assessment& a = out.assessment;
  const auto clauses = unique("clauses", "number", c.clauses, [](const auto& x) -> const std::string& { return x.number; });
  const auto processes = unique("processes", "id", c.processes, [](const auto& x) -> const std::string& { return x.id; });
  const auto requirements = unique("requirements", "id", c.requirements, [](const auto& x) -> const std::string& { return x.id; });
  const auto evidence = unique("evidence", "id", c.evidence, [](const auto& x) -> const std::string& { return x.id; });
  const auto findings = unique("findings", "id", a.findings, [](const auto& x) -> const std::string& { return x.id; });
  const auto actions = unique("plan", "id", a.plan, [](const auto& x) -> const std::string& { return x.id; });

  // `ids` of element i of `list` (member `key`) must be in `known`, which `what` names.
  const auto refer = [&](const std::string& list, std::size_t i, const std::string& key,
                         const std::vector<std::string>& ids, const std::set<std::string>& known,
                         const char* what) {
    for (const std::string& id : ids) {
      if (known.count(id)) continue;
      if (const Value* e = element(list, i)) {
        if (auto v = r.at(*e, key)) r.error(*v, "\"" + id + "\" is not " + what + " of these results");
      }
      return;
    }
  };
  for (std::size_t i = 0; i < c.requirements.size(); ++i) {
    refer("requirements", i, "clause", {c.requirements[i].clause}, clauses, "a clause");
    refer("requirements", i, "processes", c.requirements[i].processes, processes, "a process");
    const RequirementResult& res = a.results[i];
    for (const auto* gap : {&res.outstanding, &res.absent, &res.partly, &res.stale, &res.expired, &res.unapproved,
                            &res.targets_missed, &res.benchmarks_missed}) {
      refer("requirements", i, "gaps", *gap, evidence, "an evidence item");
    }
  }
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    const Finding& f = a.findings[i];
    refer("findings", i, "requirements", f.requirements, requirements, "a requirement");
    refer("findings", i, "clause", {f.clause}, clauses, "a clause");
    refer("findings", i, "processes", f.processes, processes, "a process");
    if (!f.action.empty()) refer("findings", i, "action", {f.action}, actions, "an action of the plan");
  }
  for (std::size_t i = 0; i < a.plan.size(); ++i) {
    refer("plan", i, "requirements", a.plan[i].requirements, requirements, "a requirement");
    refer("plan", i, "findings", a.plan[i].findings, findings, "a finding");
  }
  // A deselected requirement was removed from the checklist: it has no result, and is named once.
  if (c.tailoring) {
    std::vector<Value> elements;
    if (auto checklist = r.at(top, "checklist")) {
      if (auto t = r.at(*checklist, "tailoring")) elements = r.list(*t, "deselected");
    }
    std::set<std::string> seen;
    const std::vector<std::string>& ids = c.tailoring->applied.deselected;
    for (std::size_t i = 0; i < ids.size() && i < elements.size(); ++i) {
      const char* problem = !seen.insert(ids[i]).second ? "appears twice"
                            : requirements.count(ids[i]) ? "is deselected but has a result in requirements[]"
                                                         : nullptr;
      if (problem) r.error(elements[i], "\"" + ids[i] + "\" " + problem);
    }
  }
}

}  // namespace

ResultsLoad read_results(const std::string& path) {
  ResultsLoad load;
  auto source = SourceText::read(path, kResultsInput, load.diagnostics);
  if (!source) return load;
  return read_results_bytes(path, source->bytes());
}

ResultsLoad read_results_bytes(std::string file, std::string bytes) {
  ResultsLoad load;
  const SourceText source(std::move(file), std::move(bytes));
  if (!source.check_utf8(load.diagnostics)) return load;
  const ws::JsonIndex index = ws::index_json(source.bytes());
  if (index.syntax_error) {
    load.diagnostics.push_back(source.error(index.syntax_error->offset,
                                            index.syntax_error->message + "; the JSON is not well formed"));
    return load;
  }
  for (const ws::JsonProblem& p : index.duplicate_keys) load.diagnostics.push_back(source.error(p.offset, p.message));
  if (!load.diagnostics.empty()) return load;
  ptree tree;
  try {
    std::istringstream in(source.bytes());
    boost::property_tree::read_json(in, tree);
  } catch (const boost::property_tree::json_parser_error& e) {
    load.diagnostics.push_back({{source.file(), static_cast<int>(e.line()), 1},
                                e.message() + "; the JSON is not well formed"});
    return load;
  }
  Reader r(source, index, tree);
  const Value top = r.root();
  if (!top.spot || top.spot->kind != JsonKind::object) {
    r.error(top, "expected an object {\"schema\": \"" + std::string(kResultsSchema) +
                     "\", ...}: this is not an iso20k results.json");
    load.diagnostics = r.take_problems();
    return load;
  }
  // The schema first: another version or another kind of file is refused before anything else.
  if (!r.has(top, "schema")) {
    r.error(top, "no \"schema\" key: this is not an iso20k results.json (written by `iso20k assess "
                 "--out`)");
    load.diagnostics = r.take_problems();
    return load;
  }
  const std::string schema = r.text(top, "schema");
  if (r.failed()) {
    load.diagnostics = r.take_problems();
    return load;
  }
  if (schema != kResultsSchema) {
    const auto v = r.member(top, "schema");
    r.error(*v, "unsupported schema \"" + schema + "\": this iso20k reads \"" + kResultsSchema +
                    "\" only" +
                    (schema.starts_with("iso20k-results/") ? " (written by another version of iso20k?)" : ""));
    load.diagnostics = r.take_problems();
    return load;
  }
  Results out;
  read_checklist(r, top, out);
  read_profile(r, top, out);
  out.where = r.where(top);
  read_verdict(r, top, out.assessment, out.figures);
  out.assessment.overall = read_rollup_object(r, top, "overall", out.figures);
  out.assessment.hls = read_rollup_object(r, top, "hls", out.figures);
  out.assessment.sms = read_rollup_object(r, top, "sms", out.figures);
  read_clauses(r, top, out);
  read_processes(r, top, out);
  read_requirements(r, top, out);
  read_findings(r, top, out.assessment, out.figures);
  read_plan(r, top, out.assessment);
  read_evidence(r, top, out);
  if (!r.failed()) check_references(r, top, out);
  out.workspace.dir = std::string();
  out.workspace.profile.checklist = out.checklist.id;
  out.workspace.profile.assessment_date = out.assessment.as_of;
  load.diagnostics = r.take_problems();
  if (load.diagnostics.empty()) load.results = std::move(out);
  return load;
}

namespace {

std::string bracketed(const std::vector<std::string>& items) { return "[" + join(items, ", ") + "]"; }

// Compares one list of results.json with the checklist's, element by element: the ids in order,
// then `compare` on elements with the same id. `what` names the elements ("requirement").
template <class Recorded, class Actual, class Id, class Compare>
void compare_lists(const std::vector<Recorded>& recorded, const std::vector<Actual>& actual,
                   const char* what, const char* list, Id id, Compare compare, ChecklistFit& fit,
                   const SourceLocation& list_where) {
  const std::size_t n = std::min(recorded.size(), actual.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (id(recorded[i]) != id(actual[i])) {
      fit.problems.push_back({recorded[i].where, std::string(list) + "[" + std::to_string(i) + "]: " + what + " " +
                                                     id(recorded[i]) + " where the checklist has " + what +
                                                     " " + id(actual[i])});
      return;  // the rest is shifted: one problem says it
    }
    compare(recorded[i], actual[i], std::string(list) + "[" + std::to_string(i) + "]");
  }
  if (recorded.size() > n) {
    fit.problems.push_back({recorded[n].where, std::string(list) + "[" + std::to_string(n) + "]: " + what + " " +
                                                   id(recorded[n]) + " is not in the checklist (it has " +
                                                   std::to_string(actual.size()) + ")"});
  } else if (actual.size() > n) {
    fit.problems.push_back({list_where, std::string("the checklist's ") + what + " " + id(actual[n]) +
                                            " is not in results.json's " + list + " (" +
                                            std::to_string(recorded.size()) + " recorded)"});
  }
}

}  // namespace

ChecklistFit fit_checklist(Results& results, const Checklist& checklist) {
  ChecklistFit fit;
  const RecordedChecklist& rc = results.checklist;
  if (rc.id != checklist.id) {
    fit.problems.push_back({rc.where, "the results were made with checklist " + rc.id + ", not " +
                                          checklist.id + " (" + checklist.path + ")"});
    return fit;
  }
  if (rc.tailoring) {
    // Made with a tailoring: the checklist must carry the same one (by id and version); whether
    // its changes are the same is then for the structural comparison below.
    const AppliedTailoring& recorded = rc.tailoring->applied;
    const AppliedTailoring& actual = checklist.tailoring;
    const auto named = [](const AppliedTailoring& t) {
      return "tailoring " + t.id + " version " + t.version + (t.file.empty() ? "" : " (" + t.file + ")");
    };
    if (actual.id.empty()) {
      fit.problems.push_back({rc.tailoring->where, "checklist.tailoring: the results were made with checklist " +
                                                       rc.id + " tailored by " + named(recorded) +
                                                       ", but the checklist given is not tailored"});
      return fit;
    }
    if (actual.id != recorded.id || actual.version != recorded.version) {
      const std::string field = actual.id != recorded.id ? "id" : "version";
      fit.problems.push_back({rc.tailoring->locations.of(field, rc.tailoring->where),
                              "checklist.tailoring: the results were made with " + named(recorded) + ", not with " +
                                  named(actual)});
      return fit;
    }
  }
  bool titles_differ = false;
  const auto differs = [&](const std::string& path, const auto& element, const std::string& field,
                           const std::string& recorded, const std::string& actual) {
    fit.problems.push_back({element.locations.of(field, element.where),
                            path + "." + field + ": " + recorded + " in the results, " + actual + " in the checklist"});
  };
  compare_lists(rc.clauses, checklist.clauses, "clause", "clauses",
                [](const auto& c) -> const std::string& { return c.number; },
                [&](const RecordedChecklist::Clause& r, const Clause& c, const std::string& path) {
                  if (r.kind != c.kind) differs(path, r, "kind", to_string(r.kind), to_string(c.kind));
                  if (r.depth != c.depth) {
                    differs(path, r, "depth", std::to_string(r.depth), std::to_string(c.depth));
                  }
                  titles_differ = titles_differ || r.title != c.title;
                },
                fit, rc.where);
  compare_lists(rc.processes, checklist.processes, "process", "processes",
                [](const auto& p) -> const std::string& { return p.id; },
                [&](const RecordedChecklist::Process& r, const Process& p, const std::string&) {
                  titles_differ = titles_differ || r.name != p.name;
                },
                fit, rc.where);
  compare_lists(rc.evidence, checklist.evidence, "evidence item", "evidence",
                [](const auto& e) -> const std::string& { return e.id; },
                [&](const RecordedChecklist::Evidence& r, const EvidenceItem& e, const std::string& path) {
                  if (r.kind != e.kind) differs(path, r, "kind", to_string(r.kind), to_string(e.kind));
                  if (r.mandatory != e.mandatory) {
                    differs(path, r, "mandatory", r.mandatory ? "true" : "false", e.mandatory ? "true" : "false");
                  }
                  if (r.kind == EvidenceKind::metric && e.kind == EvidenceKind::metric) {
                    if (r.unit != e.unit) differs(path, r, "unit", "\"" + r.unit + "\"", "\"" + e.unit + "\"");
                    if (r.better != e.better) differs(path, r, "better", to_string(r.better), to_string(e.better));
                    // Without a recorded value the target can only be the checklist's.
                    if (!results.workspace.find_metric(r.id) && r.target != e.target) {
                      differs(path, r, "target", general_text(r.target), general_text(e.target));
                    }
                  }
                  titles_differ = titles_differ || r.title != e.title;
                },
                fit, rc.where);
  compare_lists(rc.requirements, checklist.requirements, "requirement", "requirements",
                [](const auto& q) -> const std::string& { return q.id; },
                [&](const RecordedChecklist::Requirement& r, const Requirement& q, const std::string& path) {
                  if (r.clause != q.clause) differs(path, r, "clause", r.clause, q.clause);
                  if (r.weight != q.weight) differs(path, r, "weight", general_text(r.weight), general_text(q.weight));
                  if (r.severity != q.severity) {
                    differs(path, r, "severity", to_string(r.severity), to_string(q.severity));
                  }
                  if (r.processes != q.processes) differs(path, r, "processes", bracketed(r.processes), bracketed(q.processes));
                  if (r.capability != q.capability) {
                    differs(path, r, "capability", r.capability ? to_string(*r.capability) : "none",
                            q.capability ? to_string(*q.capability) : "none");
                  }
                },
                fit, rc.where);
  if (!fit.problems.empty()) {
    if (fit.problems.size() > kMaxProblems) {
      const std::size_t more = fit.problems.size() - kMaxProblems;
      fit.problems.resize(kMaxProblems);
      fit.problems.push_back({rc.where, std::to_string(more) + " more difference" + (more == 1 ? "" : "s") +
                                            " not shown"});
    }
    std::string hint = "the results do not fit checklist " + checklist.id + " version " + checklist.version +
                       (checklist.tailoring.id.empty() ? "" : " tailored by " + checklist.tailoring.id) + " (" +
                       checklist.path + ")";
    hint += rc.version != checklist.version
                ? ": they were made with version " + rc.version + "; assess the workspace again"
            : rc.tailoring
                ? ": they were made with tailoring " + rc.tailoring->applied.id + " version " +
                      rc.tailoring->applied.version + "; has its file changed since? Assess the workspace again"
                : ": were they made with a tailoring? Name the tailoring file, or assess the workspace again";
    fit.problems.push_back({rc.where, hint});
    return fit;
  }
  if (rc.version != checklist.version) {
    fit.warnings.push_back("the results were made with version " + rc.version + " of checklist " + rc.id +
                           "; the texts shown are those of version " + checklist.version + " (" +
                           checklist.path + "), which has the same requirements, weights and evidence items");
  } else if (titles_differ || rc.title != checklist.title) {
    fit.warnings.push_back("some titles in the results differ from those of checklist " + checklist.id +
                           " version " + checklist.version + " (" + checklist.path + "): the checklist's are shown");
  }
  // A metric target is the workspace's own only where it differs from the checklist's.
  for (auto& [id, m] : results.workspace.metrics) {
    const EvidenceItem* item = checklist.find_evidence(id);
    if (item && m.target && *m.target == item->target) m.target.reset();
  }
  return fit;
}

}  // namespace iso20k
