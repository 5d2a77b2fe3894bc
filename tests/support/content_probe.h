#pragma once
// Test helpers (header-only) for the content builders of the reports: one section of the gap report
// written for an input, and the blocks it wrote as lines of text a test can compare whole.
#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "iso20k/reports/content/gap_sections.h"
#include "iso20k/reports/content/report_frame.h"
#include "iso20k/reports/content/report_style.h"

namespace iso20k::reports::test {

// The blocks `add` (one of gap_sections.h) writes for `input` in the words of `tmpl`; the section
// order is the template's (with the annex when options.detail), unless `order` is given.
inline std::vector<Block> gap_section(void (*add)(GapContext&), const ReportInput& input, const Template& tmpl,
                                      const ReportOptions& options = {}, const std::vector<std::string>& order = {}) {
  const ReportText text(tmpl, input);
  const layout::Theme theme = report_theme(tmpl);
  Blocks out;
  GapContext context{out, theme, input, text,
                     order.empty() ? section_order(tmpl, ReportKind::gap, options.detail) : order, options};
  add(context);
  return out.take();
}

// The cells of a table, row by row.
inline std::vector<std::vector<std::string>> cells(const layout::Table& table) {
  std::vector<std::vector<std::string>> out;
  for (const layout::TableRow& row : table.rows) {
    std::vector<std::string> r;
    for (const layout::TableCell& c : row) r.push_back(c.text);
    out.push_back(std::move(r));
  }
  return out;
}

// One line per block: "H2 <text>" for a heading, "p <text>" for a paragraph, "s <text>" for small
// print, "• <item>" for each item of a list, "table <caption> (<rows> rows)", "figures <labels>",
// "banner <title>", "chart <index of the chart kind in ChartData>", "keep".
inline std::vector<std::string> outline(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const Block& block : blocks) {
    std::visit(
        [&](const auto& b) {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, Heading>) {
            out.push_back("H" + std::to_string(b.level) + " " + b.text);
          } else if constexpr (std::is_same_v<T, Paragraph>) {
            out.push_back(std::string(b.role == TextRole::small ? "s " : "p ") + b.text);
          } else if constexpr (std::is_same_v<T, Bullets>) {
            for (const std::string& item : b.items) out.push_back("• " + item);
          } else if constexpr (std::is_same_v<T, TableBlock>) {
            out.push_back("table " + b.caption + " (" + std::to_string(b.table.rows.size()) + " rows)");
          } else if constexpr (std::is_same_v<T, KeyFigures>) {
            std::string labels;
            for (const KeyFigure& f : b.figures) labels += (labels.empty() ? "" : ", ") + f.label;
            out.push_back("figures " + labels);
          } else if constexpr (std::is_same_v<T, Banner>) {
            out.push_back("banner " + b.title);
          } else if constexpr (std::is_same_v<T, ChartBlock>) {
            out.push_back("chart " + std::to_string(b.chart.index()));
          } else if constexpr (std::is_same_v<T, KeepTogether>) {
            out.push_back("keep");
          }
        },
        block);
  }
  return out;
}

// The `n`-th block (0-based) of type T; a failed REQUIRE when there are fewer.
template <class T>
const T& nth(const std::vector<Block>& blocks, std::size_t n = 0) {
  for (const Block& b : blocks) {
    if (const T* x = std::get_if<T>(&b)) {
      if (n-- == 0) return *x;
    }
  }
  FAIL("fewer blocks of the type asked for");
  throw;  // unreachable: FAIL throws
}

// The table that follows the heading `heading` (before the next heading); a failed REQUIRE when none.
inline const TableBlock& table_after(const std::vector<Block>& blocks, const std::string& heading) {
  bool found = false;
  for (const Block& b : blocks) {
    if (const auto* h = std::get_if<Heading>(&b)) {
      if (found) break;
      found = h->text == heading;
    }
    if (const auto* t = std::get_if<TableBlock>(&b); t != nullptr && found) return *t;
  }
  FAIL("no table after the heading " << heading);
  throw;
}

}  // namespace iso20k::reports::test
