#include "iso20k/reports/pdf/report_blocks.h"

#include <algorithm>
#include <type_traits>
#include <variant>

#include "iso20k/reports/content/report_style.h"
#include "iso20k/reports/layout/canvas.h"
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

void add_banner(layout::Flow& flow, const Banner& banner) {
  layout::Document& doc = flow.document();
  const layout::Theme& theme = flow.theme();
  const double w = flow.frame().w;
  const TextStyle title{FontFace::bold, 14, theme.ink, 1.25, Align::left};
  const TextStyle body{FontFace::regular, 9.5, theme.ink, 1.4, Align::left};
  const double inner = w - 16 - 14;
  const std::vector<std::string> t = layout::wrap_text(doc, banner.title, title.face, title.size, inner);
  const std::vector<std::string> b = layout::wrap_text(doc, banner.text, body.face, body.size, inner);
  const double height = 10 + static_cast<double>(t.size()) * title.leading() + 3 +
                        static_cast<double>(b.size()) * body.leading() + 10;
  auto [canvas, box] = flow.place(height);
  canvas.fill_rect(box, tint(banner.color, 0.16));
  canvas.fill_rect(Box{box.x, box.y, 6, box.h}, banner.color);
  double y = box.top() - 10;
  canvas.lines(t, box.x + 16, y, inner, title);
  y -= static_cast<double>(t.size()) * title.leading() + 3;
  canvas.lines(b, box.x + 16, y, inner, body);
  flow.space(12);
}

namespace {

// One name for the chart kinds' own drawing functions, so that a visit can call them.
void draw(layout::Canvas& c, const charts::BarChart& x, const Box& b) { charts::draw_bar_chart(c, x, b); }
void draw(layout::Canvas& c, const charts::StackedBarChart& x, const Box& b) { charts::draw_stacked_bar_chart(c, x, b); }
void draw(layout::Canvas& c, const charts::HeatMap& x, const Box& b) { charts::draw_heat_map(c, x, b); }
void draw(layout::Canvas& c, const charts::RadarChart& x, const Box& b) { charts::draw_radar_chart(c, x, b); }
void draw(layout::Canvas& c, const charts::CapabilityChart& x, const Box& b) { charts::draw_capability_chart(c, x, b); }
void draw(layout::Canvas& c, const charts::TimelineChart& x, const Box& b) { charts::draw_timeline_chart(c, x, b); }
void draw(layout::Canvas& c, const charts::TrendChart& x, const Box& b) { charts::draw_trend_chart(c, x, b); }

}  // namespace

double chart_height_in(const layout::Flow& flow, const ChartData& chart) {
  return std::visit(
      [&](const auto& c) -> double {
        if constexpr (std::is_same_v<std::decay_t<decltype(c)>, charts::RadarChart>) {
          return std::min(flow.frame().w * 0.78, flow.frame().h * 0.6);  // square-ish
        } else {
          return charts::suggested_height(flow.document(), c, flow.frame().w);
        }
      },
      chart);
}

void add_chart(layout::Flow& flow, const ChartData& chart, double height) {
  // Named, not a structured binding: clang 14 (the fuzz build) rejects capturing a binding.
  auto placed = flow.place(height > 0 ? height : chart_height_in(flow, chart));
  std::visit([&](const auto& c) { draw(placed.canvas, c, placed.box); }, chart);
  flow.space(10);
}

}  // namespace iso20k::reports
