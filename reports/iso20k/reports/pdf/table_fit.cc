#include "iso20k/reports/pdf/table_fit.h"

#include <algorithm>

#include "iso20k/reports/layout/text.h"

namespace iso20k::reports {

void fit_columns(const layout::Flow& flow, layout::Table& table, double max) {
  constexpr double kPadding = 12;  // the table's cell padding on both sides, and a little air
  const layout::Document& doc = flow.document();
  const double size = table.font_size > 0 ? table.font_size : flow.theme().table_size;
  const auto widest_word = [&](const std::string& text, layout::FontFace face) {
    return layout::widest_word(doc, text, face, size);
  };
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    layout::ColumnWidth& width = table.columns[c].width;
    if (width.kind != layout::ColumnWidth::Kind::points || width.value >= max) continue;
    double need = table.header ? widest_word(table.columns[c].header, layout::FontFace::bold) : 0;
    for (const layout::TableRow& row : table.rows) {
      if (c < row.size()) {
        need = std::max(need, widest_word(row[c].text, row[c].bold ? layout::FontFace::bold : layout::FontFace::regular));
      }
    }
    width.value = std::max(width.value, std::min(max, need + kPadding));
  }
}

void keep_with_table(layout::Flow& flow, double lead, const layout::Table& table, double whole) {
  const double all = layout::table_height(flow, table);
  const double h = all <= flow.frame().h * whole ? all : layout::table_height(flow, table, 2);
  flow.keep(std::min(lead + h, flow.frame().h * 0.9));
}

double paragraph_height(const layout::Flow& flow, const std::string& text, const layout::TextStyle& style) {
  const std::size_t lines = layout::wrap_text(flow.document(), text, style.face, style.size, flow.frame().w).size();
  return static_cast<double>(lines) * style.leading() + flow.theme().paragraph_space;
}

}  // namespace iso20k::reports
