// libFuzzer harness for the CSV reader (engine/load/csv.h) and the CSV workspace registers. The
// first input byte picks a register (evidence, metrics or actions) read through the workspace
// loader; the whole input is also read as a plain table. Invariants (abort on failure): every
// field's offset lies in the text and an unquoted field is the text at its offset; rows of a table
// have as many fields as the header; rows written back with csv_row() read back to the same
// fields (neutralised: a would-be formula with an apostrophe in front); every diagnostic is positioned inside the text. See README.md.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "iso20k/format/csv.h"
#include "workspace_fuzz.h"

using namespace iso20k;

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "broken invariant: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const SourceText src("fuzz.csv", text);
  Diagnostics out;
  const std::vector<CsvRow> rows = parse_csv(src, out);
  fuzz::check_positions(out, "fuzz.csv", text);
  for (const CsvRow& row : rows) {
    if (row.offset > text.size()) fail("row offset past the end");
    for (const CsvField& f : row.fields) {
      if (f.offset > text.size()) fail("field offset past the end");
      if (!f.quoted && !row.broken && text.compare(f.offset, f.value.size(), f.value) != 0) {
        fail("an unquoted field differs from the text at its offset");
      }
    }
    if (row.broken) continue;
    if (row.fields.size() == 1 && row.fields[0].value.empty()) continue;  // writes a blank line
    std::vector<std::string> values;
    for (const CsvField& f : row.fields) values.push_back(f.value);
    Diagnostics again;
    const std::vector<CsvRow> back = parse_csv(SourceText("again.csv", csv_row(values)), again);
    if (!again.empty() || back.size() != 1 || back[0].fields.size() != values.size()) {
      fail("a row written back does not read back as one row");
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
      // What a spreadsheet would take for a formula is written with an apostrophe in front.
      if (back[0].fields[i].value != neutralise_formula(values[i])) fail("a field written back reads back differently");
    }
  }
  Diagnostics table_out;
  const CsvTable table = read_csv_table(
      src, {{"id", {"evidence id"}, true}, {"status", {}, true}, {"notes", {}, false}}, table_out);
  fuzz::check_positions(table_out, "fuzz.csv", text);
  for (const CsvRow& row : table.rows) {
    if (row.fields.size() != table.header.size()) fail("a table row does not match the header");
  }
  if (size > 0) {
    static constexpr ws::FileKind kRegisters[] = {ws::FileKind::evidence, ws::FileKind::metrics,
                                                  ws::FileKind::actions};
    const ws::FileKind kind = kRegisters[data[0] % 3];
    std::string with_kind(1, static_cast<char>(kind == ws::FileKind::evidence  ? 1
                                               : kind == ws::FileKind::metrics ? 2
                                                                               : 4));
    with_kind += text.substr(1);
    fuzz::fuzz_workspace_file(ws::Format::csv, reinterpret_cast<const uint8_t*>(with_kind.data()),
                              with_kind.size());
  }
  return 0;
}
