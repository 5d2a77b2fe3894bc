#include "iso20k/load/workspace/csv_reader.h"

#include "iso20k/format/csv.h"

namespace iso20k::ws {

std::optional<RecordFile> read_csv_records(SourceText source, const FileSpec& spec,
                                           Diagnostics& out) {
  if (!spec.item) return std::nullopt;
  if (!source.check_utf8(out)) return std::nullopt;
  const RecordSpec& item = *spec.item;
  std::vector<CsvColumn> columns;
  for (const FieldSpec& f : item.fields) {
    CsvColumn c;
    c.name = std::string(f.name);
    if (!f.csv_alias.empty()) c.aliases.emplace_back(f.csv_alias);
    c.required = f.required;
    columns.push_back(std::move(c));
  }
  const CsvTable table = read_csv_table(source, columns, out);
  if (table.header.empty()) return std::nullopt;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    // A required column is missing (reported): its rows would only repeat that.
    bool present = !columns[c].required;
    for (int k : table.column_of) present = present || k == static_cast<int>(c);
    if (!present) return std::nullopt;
  }
  RecordFile rf{std::move(source), Format::csv, spec.kind, {}};
  for (const CsvRow& row : table.rows) {
    Record r;
    r.type = std::string(item.type);
    r.offset = row.offset;
    for (std::size_t h = 0; h < row.fields.size() && h < table.column_of.size(); ++h) {
      const int c = table.column_of[h];
      if (c < 0) continue;
      const FieldSpec& fs = item.fields[static_cast<std::size_t>(c)];
      if (fs.informational) continue;
      Field f;
      f.name = std::string(fs.name);
      f.spelled = table.header[h].value;
      f.value = row.fields[h].value;
      f.offset = row.fields[h].offset;
      f.name_offset = table.header[h].offset;
      r.fields.push_back(std::move(f));
    }
    rf.records.push_back(std::move(r));
  }
  return rf;
}

}  // namespace iso20k::ws
