#include "iso20k/format/csv.h"

#include <algorithm>

#include "iso20k/util/suggest.h"

namespace iso20k {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

// Reads rows one after the other; keeps the position between calls.
class CsvParser {
 public:
  CsvParser(const SourceText& text, Diagnostics& out)
      : src_(text), b_(text.bytes()), out_(out) {
    if (std::string_view(b_).starts_with(kBom)) i_ = kBom.size();
  }

  std::vector<CsvRow> parse() {
    std::vector<CsvRow> rows;
    while (i_ < b_.size() && !stop_) {
      CsvRow row;
      row.broken = !read_row(row);
      const bool blank = row.fields.size() == 1 && !row.fields[0].quoted &&
                         is_blank(row.fields[0].value);
      if (!blank) rows.push_back(std::move(row));
    }
    return rows;
  }

 private:
  // One row; false when it had a problem (already reported) or reading must stop.
  bool read_row(CsvRow& row) {
    row.offset = i_;
    bool ok = true;
    for (;;) {
      CsvField f;
      if (i_ < b_.size() && b_[i_] == '"') {
        if (!read_quoted(f)) return false;
        if (i_ < b_.size() && b_[i_] != ',' && b_[i_] != '\n' && b_[i_] != '\r') {
          out_.push_back(src_.error(i_, "text after the closing quote of a field; a quote inside "
                                        "a quoted field is written twice (\"\")"));
          ok = false;
          skip_to_line_end();
        }
      } else {
        f.offset = i_;
        const std::size_t start = i_;
        while (i_ < b_.size() && b_[i_] != ',' && b_[i_] != '\n' && b_[i_] != '\r') {
          if (b_[i_] == '"' && ok) {
            out_.push_back(src_.error(i_, "a quote inside an unquoted field; put the whole field "
                                          "in quotes and write the quote twice (\"\")"));
            ok = false;
          }
          ++i_;
        }
        f.value.assign(b_, start, i_ - start);
      }
      row.fields.push_back(std::move(f));
      if (i_ >= b_.size()) return ok;
      const char c = b_[i_];
      if (c == ',') {
        ++i_;
        continue;
      }
      if (c == '\r') {
        if (i_ + 1 < b_.size() && b_[i_ + 1] == '\n') {
          i_ += 2;
          return ok;
        }
        out_.push_back(src_.error(i_, "a carriage return without a line feed: save the file "
                                      "with Windows (CRLF) or Unix (LF) line ends"));
        stop_ = true;
        return false;
      }
      ++i_;  // '\n'
      return ok;
    }
  }

  bool read_quoted(CsvField& f) {
    const std::size_t open = i_;
    f.quoted = true;
    f.offset = ++i_;
    for (;;) {
      const std::size_t q = b_.find('"', i_);
      if (q == std::string::npos) {
        out_.push_back(src_.error(open, "this quoted field is never closed: a '\"' is missing"));
        stop_ = true;
        return false;
      }
      f.value.append(b_, i_, q - i_);
      i_ = q + 1;
      if (i_ < b_.size() && b_[i_] == '"') {
        f.value += '"';
        ++i_;
        continue;
      }
      return true;
    }
  }

  void skip_to_line_end() {
    const std::size_t nl = b_.find('\n', i_);
    i_ = nl == std::string::npos ? b_.size() : nl + 1;
  }

  const SourceText& src_;
  const std::string& b_;
  Diagnostics& out_;
  std::size_t i_ = 0;
  bool stop_ = false;
};

bool all_empty(const std::vector<CsvField>& fields, std::size_t from) {
  for (std::size_t k = from; k < fields.size(); ++k) {
    if (!is_blank(fields[k].value)) return false;
  }
  return true;
}

}  // namespace

std::vector<CsvRow> parse_csv(const SourceText& text, Diagnostics& out) {
  // A NUL byte is no text: refused like XML and JSON refuse it, not kept in a value.
  const std::size_t nul = text.bytes().find('\0');
  if (nul != std::string::npos) {
    out.push_back(text.error(nul, "a NUL byte: a CSV file holds text only (is it saved as UTF-16? save it as UTF-8)"));
    return {};
  }
  return CsvParser(text, out).parse();
}

std::string normalise_column_name(std::string_view name) {
  std::string n;
  bool gap = false;
  for (char ch : name) {
    if (ch == ' ' || ch == '-' || ch == '_' || ch == '\t') {
      gap = !n.empty();
      continue;
    }
    if (gap) n += ' ';
    gap = false;
    n += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return n;
}

CsvTable read_csv_table(const SourceText& text, const std::vector<CsvColumn>& columns,
                        Diagnostics& out) {
  CsvTable t;
  const std::string_view body = std::string_view(text.bytes());
  if (is_blank(body) || body == kBom) {
    out.push_back(text.error(0, "the file is empty: expected a header row naming the columns"));
    return t;
  }
  std::vector<CsvRow> rows = parse_csv(text, out);
  if (rows.empty() || rows.front().broken) return t;
  t.header = std::move(rows.front().fields);
  const std::size_t header_offset = rows.front().offset;
  rows.erase(rows.begin());

  std::vector<std::string_view> names;
  for (const CsvColumn& c : columns) names.push_back(c.name);
  std::vector<int> first_position(columns.size(), -1);
  t.column_of.assign(t.header.size(), -1);
  std::vector<bool> unnamed(t.header.size(), false);
  SimilarProblems unknown_columns(text, "unknown columns");
  SimilarProblems twice(text, "columns named twice");
  for (std::size_t h = 0; h < t.header.size(); ++h) {
    const CsvField& cell = t.header[h];
    const std::string key = normalise_column_name(cell.value);
    if (key.empty()) {
      unnamed[h] = true;
      continue;
    }
    int found = -1;
    for (std::size_t c = 0; c < columns.size() && found < 0; ++c) {
      if (normalise_column_name(columns[c].name) == key) found = static_cast<int>(c);
      for (const std::string& a : columns[c].aliases) {
        if (found < 0 && normalise_column_name(a) == key) found = static_cast<int>(c);
      }
    }
    if (found < 0) {
      if (!unknown_columns.admit(cell.offset)) continue;
      std::string msg = "unknown column '" + trim(cell.value) + "'";
      std::string hint;
      if (key.size() <= 64) {
        std::vector<std::string> normalised;
        for (const CsvColumn& c : columns) normalised.push_back(normalise_column_name(c.name));
        std::vector<std::string_view> views(normalised.begin(), normalised.end());
        const std::string near = nearest(key, views);
        if (!near.empty()) {
          for (const CsvColumn& c : columns) {
            if (normalise_column_name(c.name) == near) hint = " (did you mean '" + c.name + "'?)";
          }
        }
      }
      if (t.header.size() == 1 && cell.value.find(';') != std::string::npos) {
        msg += ": the file seems to use ';' between fields; save it as comma-separated values";
      } else if (!hint.empty()) {
        msg += hint;
      } else {
        msg += "; known columns:";
        for (std::size_t c = 0; c < columns.size(); ++c) {
          msg += (c ? ", " : " ") + columns[c].name;
        }
      }
      out.push_back(text.error(cell.offset, msg));
      continue;
    }
    const auto fc = static_cast<std::size_t>(found);
    if (first_position[fc] >= 0) {
      if (twice.admit(cell.offset)) {
        out.push_back(text.error(cell.offset, "column '" + columns[fc].name + "' appears twice (also column " +
                                                  std::to_string(first_position[fc] + 1) + ")"));
      }
      continue;
    }
    first_position[fc] = static_cast<int>(h);
    t.column_of[h] = found;
  }
  unknown_columns.finish(out);
  twice.finish(out);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].required && first_position[c] < 0) {
      out.push_back(text.error(header_offset, "the header row has no '" + columns[c].name +
                                                  "' column"));
    }
  }

  const std::size_t width = t.header.size();
  SimilarProblems misshapen(text, "rows whose number of fields differs from the header's");
  SimilarProblems unnamed_data(text, "columns without a name holding data");
  for (CsvRow& row : rows) {
    if (row.broken) continue;
    if (row.fields.size() > width && all_empty(row.fields, width)) row.fields.resize(width);
    if (row.fields.size() != width) {
      const std::size_t at =
          row.fields.size() > width ? row.fields[width].offset : row.offset;
      if (misshapen.admit(at)) {
        out.push_back(text.error(at, "this row has " + std::to_string(row.fields.size()) +
                                         " fields but the header has " + std::to_string(width)));
      }
      continue;
    }
    if (all_empty(row.fields, 0)) continue;  // a row of empty cells, as spreadsheets export
    bool ok = true;
    for (std::size_t h = 0; h < width; ++h) {
      if (unnamed[h] && !is_blank(row.fields[h].value)) {
        if (unnamed_data.admit(row.fields[h].offset)) {
          out.push_back(text.error(row.fields[h].offset,
                                   "column " + std::to_string(h + 1) +
                                       " has no name in the header row but holds data"));
        }
        unnamed[h] = false;  // once per column
        ok = false;
      }
    }
    if (ok) t.rows.push_back(std::move(row));
  }
  misshapen.finish(out);
  unnamed_data.finish(out);
  return t;
}

std::string neutralise_formula(std::string_view field) {
  if (!field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos) {
    return "'" + std::string(field);
  }
  return std::string(field);
}

std::string csv_escape(std::string_view raw) {
  const std::string neutral = neutralise_formula(raw);
  const std::string_view field = neutral;
  // A field starting with U+FEFF is quoted too: at the start of a file it would read as a BOM.
  const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!field.empty() && (field.front() == ' ' || field.back() == ' ')) ||
                     field.starts_with(kBom);
  if (!quote) return std::string(field);
  std::string s = "\"";
  for (char c : field) {
    if (c == '"') s += '"';
    s += c;
  }
  return s + '"';
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string s;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) s += ',';
    s += csv_escape(fields[i]);
  }
  return s + "\r\n";
}

}  // namespace iso20k
