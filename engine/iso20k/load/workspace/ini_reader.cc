#include "iso20k/load/workspace/ini_reader.h"

#include <sstream>

#include <boost/property_tree/ini_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include "iso20k/format/ini_index.h"
#include "iso20k/load/workspace/precheck.h"
#include "iso20k/util/suggest.h"

namespace iso20k::ws {
namespace {

using boost::property_tree::ptree;

bool is_space(char c) { return c == ' ' || c == '\t'; }

class Mapper {
 public:
  Mapper(const ptree& tree, RecordFile& rf, Diagnostics& out) : tree_(tree), rf_(rf), out_(out) {}

  void map(const IniIndex& index, const FileSpec& spec) {
    for (const IniEntry& e : index.top) {
      error(e.key_offset, "the key '" + e.key + "' is outside any section: " +
                              (spec.top ? std::string("put it under [profile]")
                                        : "each record is a section named by its " +
                                              std::string(spec.item->key) + ", e.g. [" +
                                              example_key(spec) + "]"));
    }
    std::vector<Record> nested;
    bool have_top = false;
    for (const IniSection& s : index.sections) {
      if (s.entries.empty()) continue;  // reported by the index
      const ptree* values = section(s.name);
      if (!values) continue;
      if (!spec.top) {
        rf_.records.push_back(keyed(s, *values, *spec.item, s.name, s.name_offset));
        continue;
      }
      if (s.name == spec.top->type) {
        if (!have_top) rf_.records.insert(rf_.records.begin(), plain(s, *values, *spec.top));
        have_top = true;
        continue;
      }
      const std::size_t gap = s.name.find_first_of(" \t");
      const std::string first = s.name.substr(0, gap);
      const ContainerSpec* cs = nullptr;
      for (const ContainerSpec& c : spec.containers) {
        if (c.ini_section == first && (c.map == (gap == std::string::npos))) cs = &c;
      }
      if (!cs) {
        std::vector<std::string_view> known{spec.top->type};
        for (const ContainerSpec& c : spec.containers) known.push_back(c.ini_section);
        std::string msg = "unknown section [" + s.name + "]";
        const std::string hint = first.size() <= 64 ? did_you_mean(first, known) : std::string();
        msg += hint.empty() ? "; the profile has the sections [profile], [service <id>], "
                              "[party <name>] and [targets]"
                            : hint;
        for (const ContainerSpec& c : spec.containers) {
          if (c.ini_section == first) {
            msg = c.map ? "the section [" + std::string(c.ini_section) + "] takes no name"
                        : "the section [" + first + "] needs a " + std::string(c.record->key) +
                              ": [" + first + " <" + std::string(c.record->key) + ">]";
          }
        }
        error(s.name_offset, msg);
        continue;
      }
      if (cs->map) {
        for (const IniEntry& e : s.entries) {
          Record r;
          r.type = std::string(cs->record->type);
          r.offset = e.key_offset;
          r.fields.push_back(field(cs->record->key, cs->record->key, e.key, e.key_offset,
                                   e.key_offset));
          r.fields.push_back(field(cs->map_value, cs->map_value, value(*values, e), e.value_offset,
                                   e.key_offset));
          nested.push_back(std::move(r));
        }
        continue;
      }
      std::size_t kb = gap;
      while (kb < s.name.size() && is_space(s.name[kb])) ++kb;
      nested.push_back(keyed(s, *values, *cs->record, s.name.substr(kb), s.name_offset + kb));
    }
    if (spec.top && !have_top) {
      error(0, "the profile needs a [profile] section");
      rf_.records.insert(rf_.records.begin(), Record{std::string(spec.top->type), 0, {}});
    }
    for (Record& r : nested) rf_.records.push_back(std::move(r));
  }

 private:
  static std::string example_key(const FileSpec& spec) {
    switch (spec.kind) {
      case FileKind::evidence: return "DOC-SMS-SCOPE";
      case FileKind::metrics: return "MET-INC-RESOLUTION";
      case FileKind::judgements: return "R-9.2-01";
      case FileKind::actions: return "ACT-001";
      case FileKind::profile: break;
    }
    return "profile";
  }

  void error(std::size_t offset, std::string message) {
    out_.push_back(rf_.source.error(offset, std::move(message)));
  }

  const ptree* section(const std::string& name) const {
    auto it = tree_.find(name);
    return it == tree_.not_found() ? nullptr : &it->second;
  }

  static std::string value(const ptree& section, const IniEntry& e) {
    auto it = section.find(e.key);
    return it == section.not_found() ? e.value : it->second.data();
  }

  static Field field(std::string_view name, std::string_view spelled, std::string value,
                     std::size_t offset, std::size_t name_offset) {
    Field f;
    f.name = std::string(name);
    f.spelled = std::string(spelled);
    f.value = std::move(value);
    f.offset = offset;
    f.name_offset = name_offset;
    return f;
  }

  // A section whose keys are the record's fields.
  Record plain(const IniSection& s, const ptree& values, const RecordSpec& spec) {
    Record r;
    r.type = std::string(spec.type);
    r.offset = s.offset;
    SimilarProblems unknown(rf_.source, "unknown keys in section [" + s.name + "]");
    for (const IniEntry& e : s.entries) {
      const FieldSpec* fs = spec.find(e.key);
      if (!fs || fs->informational) {
        if (!unknown.admit(e.key_offset)) continue;
        std::string msg = "unknown key '" + e.key + "' in section [" + s.name + "]";
        const std::vector<std::string_view> known = spec.names(false);
        const std::string hint = e.key.size() <= 64 ? did_you_mean(e.key, known) : std::string();
        if (hint.empty()) {
          msg += "; allowed:";
          for (std::string_view k : known) msg += " " + std::string(k);
        }
        error(e.key_offset, msg + hint);
        continue;
      }
      r.fields.push_back(field(fs->name, e.key, value(values, e), e.value_offset, e.key_offset));
    }
    unknown.finish(out_);
    return r;
  }

  // A section named by the record's key field: [DOC-SMS-SCOPE], [service desk].
  Record keyed(const IniSection& s, const ptree& values, const RecordSpec& spec,
               std::string key, std::size_t key_offset) {
    Record r = plain_without_key(s, values, spec);
    r.fields.insert(r.fields.begin(), field(spec.key, spec.key, std::move(key), key_offset,
                                            s.offset));
    return r;
  }

  Record plain_without_key(const IniSection& s, const ptree& values, const RecordSpec& spec) {
    IniSection rest = s;
    rest.entries.clear();
    for (const IniEntry& e : s.entries) {
      if (e.key == spec.key) {
        error(e.key_offset, "'" + e.key + "' is given by the section name [" + s.name +
                                "]; remove this line");
      } else {
        rest.entries.push_back(e);
      }
    }
    return plain(rest, values, spec);
  }

  const ptree& tree_;
  RecordFile& rf_;
  Diagnostics& out_;
};

}  // namespace

std::optional<RecordFile> read_ini_records(SourceText source, const FileSpec& spec,
                                           Diagnostics& out) {
  const std::string example =
      spec.top ? "a [profile] section of 'key = value' lines"
               : "one [" + std::string(spec.item->key) + "] section per record";
  if (!precheck(source, Format::ini, example, out)) return std::nullopt;
  const IniIndex index = index_ini(source.bytes());
  if (index.syntax_error) {
    out.push_back(source.error(index.syntax_error->offset, index.syntax_error->message));
    return std::nullopt;
  }
  for (const IniProblem& p : index.warnings) out.push_back(source.error(p.offset, p.message));
  ptree tree;
  try {
    const std::string& b = source.bytes();
    std::istringstream in(b.starts_with("\xEF\xBB\xBF") ? b.substr(3) : b);
    boost::property_tree::read_ini(in, tree);
  } catch (const boost::property_tree::ini_parser_error& e) {
    out.push_back({{source.file(), static_cast<int>(e.line()), 1}, e.message()});
    return std::nullopt;
  }
  RecordFile rf{std::move(source), Format::ini, spec.kind, {}};
  Mapper(tree, rf, out).map(index, spec);
  return rf;
}

}  // namespace iso20k::ws
