#include "iso20k/load/workspace/record_reader.h"

#include <charconv>

#include "iso20k/format/xml_file.h"
#include "iso20k/util/suggest.h"

namespace iso20k::ws {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Quoted for a message, shortened when long.
std::string shown(std::string_view v) {
  constexpr std::size_t kMax = 60;
  if (v.size() <= kMax) return "'" + std::string(v) + "'";
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80) --cut;  // whole code points
  return "'" + std::string(v.substr(0, cut)) + "…'";
}

std::size_t find_control_character(std::string_view v) {
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto c = static_cast<unsigned char>(v[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return i;
  }
  return std::string_view::npos;
}

std::string control_name(unsigned char c) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  return std::string("U+00") + kDigits[c >> 4] + kDigits[c & 15];
}

}  // namespace

RecordReader::RecordReader(const RecordFile& file, const Record& record, const RecordSpec& spec,
                           Diagnostics& out)
    : file_(file), record_(record), spec_(spec), out_(out) {
  for (std::size_t i = 0; i < record_.fields.size(); ++i) {
    const Field& f = record_.fields[i];
    // No value holds a control character (tab and line breaks excepted), whatever the format:
    // XML refuses them as it parses, JSON can write them as \u escapes, INI and CSV as raw bytes
    // (a NUL byte in a file saved as UTF-16, an escape sequence for the terminal).
    const std::size_t control = find_control_character(f.value);
    if (control != std::string::npos) {
      const auto c = static_cast<unsigned char>(f.value[control]);
      out_.push_back({at(f, control), (c == 0 ? std::string("a NUL byte") : "a control character (" + control_name(c) + ")") +
                                          " in '" + f.spelled + "'; values hold text only" +
                                          (c == 0 ? " (is the file saved as UTF-16? save it as UTF-8)" : "")});
      continue;
    }
    const FieldSpec* fs = spec_.find(f.name);
    if (!fs || fs->shape != Shape::scalar) continue;
    bool repeated = false;
    for (std::size_t j = 0; j < i && !repeated; ++j) repeated = record_.fields[j].name == f.name;
    if (repeated) {
      out_.push_back(file_.source.error(f.name_offset, "'" + f.spelled + "' is given twice"));
      continue;
    }
    locations_.by_field[f.name] = at(f, trimmed(f).second);
  }
}

void RecordReader::check_required(std::string_view noun) {
  for (const FieldSpec& fs : spec_.fields) {
    if (!fs.required) continue;
    const Field* f = find(fs.name);
    if (!f) {
      error(std::string(noun) + " has no '" + std::string(fs.name) + "'");
      continue;
    }
    bool blank = true, native = false;  // list() reports the blank items of native lists
    for (const Field& o : record_.fields) {
      if (o.name != fs.name) continue;
      blank = blank && trimmed(o).first.empty();
      native = native || o.list_item;
    }
    if (blank && !native) error(*f, "'" + f->spelled + "' is empty");
  }
}

SourceLocation RecordReader::where() const { return file_.source.location(record_.offset); }

const Field* RecordReader::find(std::string_view name) const {
  for (const Field& f : record_.fields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

bool RecordReader::has(std::string_view name) const {
  const Field* f = find(name);
  return f && !trimmed(*f).first.empty();
}

SourceLocation RecordReader::at(const Field& f, std::size_t index) const {
  return file_.source.location(offset_in(file_.source, f, index));
}

SourceLocation RecordReader::at(std::string_view name) const {
  return locations_.of(name, where());
}

void RecordReader::error(const Field& f, std::string message, std::size_t index) {
  out_.push_back({at(f, index), std::move(message)});
}

void RecordReader::error(std::string message) { out_.push_back({where(), std::move(message)}); }

std::pair<std::string, std::size_t> RecordReader::trimmed(const Field& f) {
  std::size_t b = 0, e = f.value.size();
  while (b < e && is_space(f.value[b])) ++b;
  while (e > b && is_space(f.value[e - 1])) --e;
  return {f.value.substr(b, e - b), b};
}

std::string RecordReader::text(std::string_view name) const {
  const Field* f = find(name);
  return f ? trimmed(*f).first : std::string();
}

std::optional<Date> RecordReader::date(std::string_view name) {
  const Field* f = find(name);
  if (!f) return std::nullopt;
  const auto [v, start] = trimmed(*f);
  if (v.empty()) return std::nullopt;
  if (auto d = parse_date(v)) return d;
  error(*f, "'" + f->spelled + "' must be a date written YYYY-MM-DD, not " + shown(v), start);
  return std::nullopt;
}

std::optional<double> RecordReader::number(std::string_view name) {
  const Field* f = find(name);
  if (!f) return std::nullopt;
  const auto [v, start] = trimmed(*f);
  if (v.empty()) return std::nullopt;
  if (auto n = parse_number(v)) return n;
  std::string msg = "'" + f->spelled + "' must be a number, not " + shown(v);
  if (!v.empty() && v.back() == '%') {
    msg += ": write the number alone (the unit has its own field)";
  } else if (v.find(',') != std::string::npos) {
    std::string dotted = v;
    for (char& c : dotted) c = c == ',' ? '.' : c;
    if (parse_number(dotted)) msg += ": use '.' as the decimal separator";
  }
  error(*f, msg, start);
  return std::nullopt;
}

std::optional<double> RecordReader::fraction(std::string_view name) {
  const Field* f = find(name);
  const std::optional<double> n = number(name);
  if (!n || !f) return n;
  if (*n >= 0 && *n <= 1) return n;
  const auto [v, start] = trimmed(*f);
  error(*f, "'" + f->spelled + "' must be a number from 0 to 1, not " + shown(v), start);
  return std::nullopt;
}

std::optional<int> RecordReader::whole(std::string_view name, int min, int max) {
  const Field* f = find(name);
  if (!f) return std::nullopt;
  const auto [v, start] = trimmed(*f);
  if (v.empty()) return std::nullopt;
  int value = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
  if (ec == std::errc() && end == v.data() + v.size() && value >= min && value <= max) {
    return value;
  }
  error(*f, "'" + f->spelled + "' must be a whole number from " + std::to_string(min) + " to " +
                std::to_string(max) + ", not " + shown(v),
        start);
  return std::nullopt;
}

std::optional<std::size_t> RecordReader::choose(std::string_view name,
                                                const std::vector<std::string_view>& names) {
  const Field* f = find(name);
  if (!f) return std::nullopt;
  const auto [v, start] = trimmed(*f);
  if (v.empty()) return std::nullopt;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == v) return i;
  }
  std::string msg = "'" + f->spelled + "' is " + shown(v) + "; expected one of:";
  for (std::string_view n : names) msg += " " + std::string(n);
  if (v.size() <= 64) msg += did_you_mean(v, names);
  error(*f, msg, start);
  return std::nullopt;
}

std::vector<RecordReader::Item> RecordReader::list(std::string_view name) {
  std::vector<Item> items;
  const FieldSpec* fs = spec_.find(name);
  if (!fs) return items;
  const bool flat = file_.format == Format::ini || file_.format == Format::csv;
  for (const Field& f : record_.fields) {
    if (f.name != name) continue;
    const std::string& v = f.value;
    auto separator = [&](char c) {
      if (fs->shape == Shape::id_list) return is_space(c) || c == ',' || c == ';';
      return flat && c == ';';
    };
    std::size_t i = 0;
    bool any = false;
    while (i <= v.size()) {
      std::size_t end = i;
      while (end < v.size() && !separator(v[end])) ++end;
      std::size_t b = i, e = end;
      while (b < e && is_space(v[b])) ++b;
      while (e > b && is_space(v[e - 1])) --e;
      if (b < e) {
        const std::string key = std::string(name) + "[" + std::to_string(items.size()) + "]";
        items.push_back({v.substr(b, e - b), at(f, b)});
        locations_.by_field[key] = items.back().where;
        any = true;
      }
      if (end >= v.size()) break;
      i = end + 1;
    }
    if (!any && f.list_item) error(f, "'" + f.spelled + "' is empty");
  }
  return items;
}

std::string first_at(const SourceLocation& first, const SourceLocation& here) {
  if (first.line <= 0) return {};
  if (first.file != here.file) return " (first in " + first.file + ":" + std::to_string(first.line) + ")";
  return " (first at line " + std::to_string(first.line) + ")";
}

}  // namespace iso20k::ws
