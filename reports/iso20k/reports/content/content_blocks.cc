#include "iso20k/reports/content/content_blocks.h"

#include <cctype>

#include "iso20k/reports/content/report_style.h"

namespace iso20k::reports {

std::string first_sentence(const std::string& text) {
  for (std::size_t i = text.find(". "); i != std::string::npos; i = text.find(". ", i + 1)) {
    if (i > 0 && !std::isdigit(static_cast<unsigned char>(text[i - 1]))) return text.substr(0, i + 1);
  }
  return text;
}

TableBlock unkept(layout::Table table) {
  TableBlock block;
  block.table = std::move(table);
  block.keep_start = false;
  return block;
}

TableBlock label_values(const ReportText& text, const std::vector<LabelValue>& rows, double label_width) {
  TableBlock block;
  block.widest_column = 170;
  block.keep_start = false;
  layout::Table& table = block.table;
  table.columns = {{"", layout::ColumnWidth::pt(label_width)}, {"", layout::ColumnWidth::share(1)}};
  table.zebra = false;
  table.font_size = 9;
  table.header = false;
  const layout::Color fill = report_theme(text.tmpl()).zebra;
  for (const LabelValue& row : rows) {
    layout::TableCell label(row.label);
    label.bold = true;
    label.fill = fill;
    layout::TableCell value(row.value);
    if (row.list) value.hanging = 10;
    table.rows.push_back({label, value});
  }
  return block;
}

Banner verdict_banner(const ReportText& text, Verdict verdict) {
  return Banner{text.verdict(verdict), text.verdict_explanation(verdict), verdict_color(verdict)};
}

TableBlock finding_counts(const ReportText& text, const Assessment& a, const std::string& intro) {
  TableBlock block;
  block.caption = intro;
  layout::Table& table = block.table;
  table.columns = {{text("col.grade"), layout::ColumnWidth::share(1)},
                   {text("col.count"), layout::ColumnWidth::pt(70), layout::Align::right}};
  table.zebra = false;
  int total = 0;
  for (Grade g : {Grade::major, Grade::minor, Grade::ofi}) {
    const int n = a.finding_counts[static_cast<std::size_t>(g)];
    total += n;
    layout::TableCell grade(text.grade_long(g), tint(grade_color(g), 0.28), true);
    table.rows.push_back({grade, std::to_string(n)});
  }
  layout::TableCell label(text("summary.tile.findings"));
  label.bold = true;
  layout::TableCell count(std::to_string(total));
  count.bold = true;
  table.rows.push_back({label, count});
  return block;
}

}  // namespace iso20k::reports
