#include "iso20k/load/workspace/json_reader.h"

#include <set>
#include <sstream>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include "iso20k/format/json_index.h"
#include "iso20k/load/workspace/precheck.h"
#include "iso20k/util/suggest.h"

namespace iso20k::ws {
namespace {

using boost::property_tree::ptree;

bool is_scalar(JsonKind k) { return k != JsonKind::object && k != JsonKind::array; }

std::string unknown_key(std::string_view key, const std::vector<std::string_view>& known) {
  std::string msg = "unknown key \"" + std::string(key) + "\"";
  const std::string hint = key.size() <= 64 ? did_you_mean(key, known) : std::string();
  if (!hint.empty()) return msg + hint;
  msg += "; allowed:";
  for (std::string_view k : known) msg += " \"" + std::string(k) + "\"";
  return msg;
}

class Walker {
 public:
  Walker(const JsonIndex& index, RecordFile& rf, Diagnostics& out)
      : index_(index), rf_(rf), out_(out) {}

  void walk(const ptree& root, const FileSpec& spec) {
    const JsonSpot* top = index_.find("");
    if (!top || top->kind != JsonKind::object) {
      error(top ? top->value_offset : 0, "expected an object holding the key \"" +
                                             std::string(spec.root) + "\" at the top level");
      return;
    }
    bool found = false;
    std::set<std::string> seen;
    for (const auto& [key, child] : root) {
      if (!seen.insert(key).second) continue;  // a repeated key: reported by the index
      const std::string pointer = json_pointer("", key);
      const JsonSpot* spot = index_.find(pointer);
      if (!spot) continue;
      if (key != spec.root) {
        error(spot->key_offset, unknown_key(key, {spec.root}));
        continue;
      }
      found = true;
      if (spec.top) {
        if (spot->kind != JsonKind::object) {
          error(spot->value_offset, "\"" + key + "\" must be an object, not " +
                                        std::string(describe(spot->kind)));
          continue;
        }
        std::vector<Record> nested;
        rf_.records.push_back(record(child, pointer, *spot, *spec.top, &spec.containers, nested));
        for (Record& r : nested) rf_.records.push_back(std::move(r));
      } else {
        list_of_records(child, pointer, *spot, key, *spec.item, rf_.records);
      }
    }
    if (!found) {
      error(top->value_offset, "expected the key \"" + std::string(spec.root) +
                                   "\" in the top-level object");
    }
  }

 private:
  void error(std::size_t offset, std::string message) {
    out_.push_back(rf_.source.error(offset, std::move(message)));
  }

  void list_of_records(const ptree& node, const std::string& pointer, const JsonSpot& spot,
                       const std::string& key, const RecordSpec& item, std::vector<Record>& into) {
    if (spot.kind != JsonKind::array) {
      error(spot.value_offset, "\"" + key + "\" must be a list of objects [{...}, ...], not " +
                                   std::string(describe(spot.kind)));
      return;
    }
    std::size_t i = 0;
    for (const auto& element : node) {
      const std::string p = json_pointer(pointer, std::to_string(i++));
      const JsonSpot* s = index_.find(p);
      if (!s) continue;
      if (s->kind != JsonKind::object) {
        error(s->value_offset, "each element of \"" + key + "\" must be an object {...}, not " +
                                   std::string(describe(s->kind)));
        continue;
      }
      std::vector<Record> nested;
      into.push_back(record(element.second, p, *s, item, nullptr, nested));
    }
  }

  Field scalar_field(std::string_view name, const std::string& spelled, const ptree& node,
                     const JsonSpot& s) {
    Field f;
    f.name = std::string(name);
    f.spelled = spelled;
    f.value = s.kind == JsonKind::null ? std::string() : node.data();
    f.offset = s.value_offset + (s.kind == JsonKind::string ? 1 : 0);
    f.name_offset = s.key_offset;
    return f;
  }

  Record record(const ptree& node, const std::string& pointer, const JsonSpot& spot,
                const RecordSpec& spec, const std::vector<ContainerSpec>* containers,
                std::vector<Record>& nested) {
    Record r;
    r.type = std::string(spec.type);
    r.offset = spot.value_offset;
    std::vector<std::string_view> known = spec.names(false);
    if (containers) {
      for (const ContainerSpec& c : *containers) known.push_back(c.name);
    }
    std::set<std::string> seen;
    SimilarProblems unknown(rf_.source, "unknown keys in this object");
    for (const auto& [key, child] : node) {
      if (!seen.insert(key).second) continue;
      const std::string p = json_pointer(pointer, key);
      const JsonSpot* s = index_.find(p);
      if (!s) continue;
      const FieldSpec* fs = spec.find(key);
      if (fs && !fs->informational) {
        if (fs->shape == Shape::scalar || is_scalar(s->kind)) {
          if (!is_scalar(s->kind)) {
            error(s->value_offset, "\"" + key + "\" must be a string or a number, not " +
                                       std::string(describe(s->kind)));
            continue;
          }
          r.fields.push_back(scalar_field(fs->name, key, child, *s));
          continue;
        }
        if (s->kind != JsonKind::array) {
          error(s->value_offset, "\"" + key + "\" must be a list of strings, not " +
                                     std::string(describe(s->kind)));
          continue;
        }
        std::size_t i = 0;
        for (const auto& element : child) {
          const JsonSpot* es = index_.find(json_pointer(p, std::to_string(i++)));
          if (!es) continue;
          if (!is_scalar(es->kind)) {
            error(es->value_offset, "the elements of \"" + key + "\" must be strings, not " +
                                        std::string(describe(es->kind)));
            continue;
          }
          Field f = scalar_field(fs->name, key, element.second, *es);
          f.name_offset = s->key_offset;
          f.list_item = true;
          r.fields.push_back(std::move(f));
        }
        continue;
      }
      const ContainerSpec* cs = nullptr;
      if (containers) {
        for (const ContainerSpec& c : *containers) {
          if (c.name == key) cs = &c;
        }
      }
      if (!cs) {
        if (unknown.admit(s->key_offset)) error(s->key_offset, unknown_key(key, known));
        continue;
      }
      if (!cs->map) {
        list_of_records(child, p, *s, key, *cs->record, nested);
        continue;
      }
      if (s->kind != JsonKind::object) {
        error(s->value_offset, "\"" + key + "\" must be an object {\"" +
                                   std::string(cs->record->key) + "\": " +
                                   std::string(cs->map_value) + ", ...}, not " +
                                   std::string(describe(s->kind)));
        continue;
      }
      std::set<std::string> members;
      for (const auto& [mkey, mval] : child) {
        if (!members.insert(mkey).second) continue;
        const JsonSpot* ms = index_.find(json_pointer(p, mkey));
        if (!ms) continue;
        if (!is_scalar(ms->kind)) {
          error(ms->value_offset, "the values of \"" + key + "\" must be numbers, not " +
                                      std::string(describe(ms->kind)));
          continue;
        }
        Record m;
        m.type = std::string(cs->record->type);
        m.offset = ms->key_offset;
        Field k;
        k.name = std::string(cs->record->key);
        k.spelled = k.name;
        k.value = mkey;
        k.offset = ms->key_offset + 1;
        k.name_offset = ms->key_offset;
        m.fields.push_back(std::move(k));
        m.fields.push_back(scalar_field(cs->map_value, std::string(cs->map_value), mval, *ms));
        nested.push_back(std::move(m));
      }
    }
    unknown.finish(out_);
    return r;
  }

  const JsonIndex& index_;
  RecordFile& rf_;
  Diagnostics& out_;
};

}  // namespace

std::optional<RecordFile> read_json_records(SourceText source, const FileSpec& spec,
                                            Diagnostics& out) {
  const std::string example = spec.top ? "{\"" + std::string(spec.root) + "\": {...}}"
                                       : "{\"" + std::string(spec.root) + "\": [{...}, ...]}";
  if (!precheck(source, Format::json, example, out)) return std::nullopt;
  const JsonIndex index = index_json(source.bytes());
  if (index.syntax_error) {
    out.push_back(source.error(index.syntax_error->offset,
                               index.syntax_error->message + "; the JSON is not well formed"));
    return std::nullopt;
  }
  for (const JsonProblem& p : index.duplicate_keys) out.push_back(source.error(p.offset, p.message));
  ptree tree;
  try {
    std::istringstream in(source.bytes());
    boost::property_tree::read_json(in, tree);
  } catch (const boost::property_tree::json_parser_error& e) {
    out.push_back({{source.file(), static_cast<int>(e.line()), 1},
                   e.message() + "; the JSON is not well formed"});
    return std::nullopt;
  }
  RecordFile rf{std::move(source), Format::json, spec.kind, {}};
  Walker(index, rf, out).walk(tree, spec);
  return rf;
}

}  // namespace iso20k::ws
