#include "iso20k/reports/kinds/report_blocks.h"

#include <algorithm>

#include "iso20k/reports/kinds/report_style.h"
#include "iso20k/reports/kinds/table_fit.h"
#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/table.h"
#include "iso20k/reports/layout/text.h"
#include "iso20k/reports/layout/utf8.h"

namespace iso20k::reports {
namespace {

using layout::Align;
using layout::Box;
using layout::FontFace;
using layout::TextStyle;

constexpr double kTileGap = 10;
constexpr double kTilePad = 8;

}  // namespace

void add_key_figures(layout::Flow& flow, const std::vector<KeyFigure>& figures) {
  if (figures.empty()) return;
  layout::Document& doc = flow.document();
  const layout::Theme& theme = flow.theme();
  const double n = static_cast<double>(figures.size());
  const double tile_w = (flow.frame().w - kTileGap * (n - 1)) / n;
  const double inner = tile_w - 2 * kTilePad;
  const TextStyle label{FontFace::bold, 8, theme.muted, 1.25, Align::left};
  const TextStyle note{FontFace::regular, 7.5, theme.muted, 1.3, Align::left};
  TextStyle value{FontFace::bold, 19, theme.primary, 1.15, Align::left};

  std::size_t note_lines = 1;
  std::size_t label_lines = 1;
  std::size_t value_lines = 1;
  for (const KeyFigure& f : figures) {
    label_lines = std::max(label_lines, layout::wrap_text(doc, f.label, label.face, label.size, inner, 2).size());
    note_lines = std::max(note_lines, layout::wrap_text(doc, f.note, note.face, note.size, inner, 3).size());
    value_lines = std::max(value_lines, layout::wrap_text(doc, f.value, value.face, value.size, inner, 2).size());
  }
  const double height = 3 + kTilePad + static_cast<double>(label_lines) * label.leading() + 4 +
                        static_cast<double>(value_lines) * value.leading() + 4 +
                        static_cast<double>(note_lines) * note.leading() + kTilePad;
  auto [canvas, box] = flow.place(height);
  double x = box.x;
  for (const KeyFigure& f : figures) {
    const Box tile{x, box.y, tile_w, box.h};
    canvas.fill_rect(tile, f.fill.value_or(theme.zebra));
    canvas.fill_rect(Box{x, box.top() - 3, tile_w, 3}, f.color);
    double y = box.top() - 3 - kTilePad;
    const std::vector<std::string> l = layout::wrap_text(doc, f.label, label.face, label.size, inner, 2);
    canvas.lines(l, x + kTilePad, y, inner, label);
    y -= static_cast<double>(label_lines) * label.leading() + 4;
    value.color = f.color;
    // A long value (the verdict) gets a smaller size so it fits two lines.
    TextStyle v = value;
    if (layout::wrap_text(doc, f.value, v.face, v.size, inner).size() > 1) v.size = 13;
    const std::vector<std::string> vl = layout::wrap_text(doc, f.value, v.face, v.size, inner, 2);
    canvas.lines(vl, x + kTilePad, y, inner, v);
    y -= static_cast<double>(value_lines) * value.leading() + 4;
    canvas.lines(layout::wrap_text(doc, f.note, note.face, note.size, inner, 3), x + kTilePad, y, inner, note);
    x += tile_w + kTileGap;
  }
  flow.space(12);
}

void add_verdict_banner(layout::Flow& flow, const ReportText& text, Verdict verdict) {
  layout::Document& doc = flow.document();
  const layout::Theme& theme = flow.theme();
  const layout::Color color = verdict_color(verdict);
  const double w = flow.frame().w;
  const TextStyle title{FontFace::bold, 14, theme.ink, 1.25, Align::left};
  const TextStyle body{FontFace::regular, 9.5, theme.ink, 1.4, Align::left};
  const double inner = w - 16 - 14;
  const std::vector<std::string> t = layout::wrap_text(doc, text.verdict(verdict), title.face, title.size, inner);
  const std::vector<std::string> b =
      layout::wrap_text(doc, text.verdict_explanation(verdict), body.face, body.size, inner);
  const double height = 10 + static_cast<double>(t.size()) * title.leading() + 3 +
                        static_cast<double>(b.size()) * body.leading() + 10;
  auto [canvas, box] = flow.place(height);
  canvas.fill_rect(box, tint(color, 0.16));
  canvas.fill_rect(Box{box.x, box.y, 6, box.h}, color);
  double y = box.top() - 10;
  canvas.lines(t, box.x + 16, y, inner, title);
  y -= static_cast<double>(t.size()) * title.leading() + 3;
  canvas.lines(b, box.x + 16, y, inner, body);
  flow.space(12);
}

void add_label_values(layout::Flow& flow, const std::vector<LabelValue>& rows, double label_width) {
  if (rows.empty()) return;
  layout::Table table;
  table.columns = {{"", layout::ColumnWidth::pt(label_width)}, {"", layout::ColumnWidth::share(1)}};
  table.zebra = false;
  table.font_size = 9;
  table.header = false;
  for (const LabelValue& row : rows) {
    layout::TableCell label(row.label);
    label.bold = true;
    label.fill = flow.theme().zebra;
    layout::TableCell value(row.value);
    if (row.list) value.hanging = 10;
    table.rows.push_back({label, value});
  }
  fit_columns(flow, table, 170);
  layout::add_table(flow, table);
}

void add_finding_counts(layout::Flow& flow, const ReportText& text, const Assessment& a, const std::string& intro) {
  layout::Table table;
  table.columns = {{text("col.grade"), layout::ColumnWidth::share(1)},
                   {text("col.count"), layout::ColumnWidth::pt(70), Align::right}};
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
  fit_columns(flow, table);
  keep_with_table(flow, intro.empty() ? 0 : paragraph_height(flow, intro, flow.theme().body()), table);
  if (!intro.empty()) flow.paragraph(intro);
  layout::add_table(flow, table);
}

void add_chart(layout::Flow& flow, const charts::BarChart& chart) {
  auto [canvas, box] = flow.place(charts::suggested_height(flow.document(), chart, flow.frame().w));
  charts::draw_bar_chart(canvas, chart, box);
  flow.space(10);
}

void add_chart(layout::Flow& flow, const charts::StackedBarChart& chart) {
  auto [canvas, box] = flow.place(charts::suggested_height(flow.document(), chart, flow.frame().w));
  charts::draw_stacked_bar_chart(canvas, chart, box);
  flow.space(10);
}

void add_chart(layout::Flow& flow, const charts::HeatMap& chart) {
  auto [canvas, box] = flow.place(charts::suggested_height(flow.document(), chart, flow.frame().w));
  charts::draw_heat_map(canvas, chart, box);
  flow.space(10);
}

void add_chart(layout::Flow& flow, const charts::RadarChart& chart, double height) {
  const double h = height > 0 ? height : std::min(flow.frame().w * 0.78, flow.frame().h * 0.6);
  auto [canvas, box] = flow.place(h);
  charts::draw_radar_chart(canvas, chart, box);
  flow.space(10);
}

void add_note(layout::Flow& flow, const std::string& note) {
  flow.paragraph(note, flow.theme().small());
}

}  // namespace iso20k::reports
