#pragma once
// Typed, located access to one record's fields, for the builders: required fields, dates,
// numbers, whole numbers, enumerations and lists, each problem reported at the file:line:column of
// the offending value, in the same words whatever the file's format.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/load/workspace/record.h"
#include "iso20k/model/date.h"
#include "iso20k/model/workspace.h"

namespace iso20k::ws {

class RecordReader {
 public:
  // Reports scalar fields given more than once (the first one counts) and records where every
  // field's value is.
  RecordReader(const RecordFile& file, const Record& record, const RecordSpec& spec,
               Diagnostics& out);

  // Reports required fields that are absent ("<noun> has no 'status'") or empty.
  void check_required(std::string_view noun);

  SourceLocation where() const;  // the record
  const Field* find(std::string_view name) const;  // first occurrence, or null
  bool has(std::string_view name) const;           // present with a non-blank value
  SourceLocation at(const Field& f, std::size_t index = 0) const;  // of character `index`
  SourceLocation at(std::string_view name) const;  // the field's value, else the record
  void error(const Field& f, std::string message, std::size_t index = 0);
  void error(std::string message);  // at the record

  // Trimmed text; "" when absent.
  std::string text(std::string_view name) const;
  // Null when absent or empty, or (reported) malformed.
  std::optional<Date> date(std::string_view name);
  std::optional<double> number(std::string_view name);
  std::optional<double> fraction(std::string_view name);  // 0–1
  std::optional<int> whole(std::string_view name, int min, int max);
  // One of the enumeration's spellings (its enum_table).
  template <class E>
  std::optional<E> choice(std::string_view name) {
    const std::optional<std::size_t> i = choose(name, enum_spellings<E>());
    return i ? std::optional<E>(enum_names<E>()[*i].value) : std::nullopt;
  }

  struct Item {
    std::string value;
    SourceLocation where;
  };
  // A list field's items: every occurrence of the field, split as its shape says (identifiers on
  // white space, ',' and ';'; texts in INI and CSV on ';'), trimmed. Empty items are reported.
  // Records each item's location as "name[index]".
  std::vector<Item> list(std::string_view name);

  // Where the values read were: by field name, list items as name[index].
  const FieldLocations& locations() const { return locations_; }

 private:
  std::optional<std::size_t> choose(std::string_view name,
                                    const std::vector<std::string_view>& names);
  // The field's value trimmed, and the index in `value` where the trimmed text starts.
  static std::pair<std::string, std::size_t> trimmed(const Field& f);

  const RecordFile& file_;
  const Record& record_;
  const RecordSpec& spec_;
  Diagnostics& out_;
  FieldLocations locations_;
};

// " (first at line N)" for duplicate-id messages, or "" when the line is unknown.
std::string first_at(const SourceLocation& first, const SourceLocation& here);

}  // namespace iso20k::ws
