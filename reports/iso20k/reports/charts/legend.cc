#include "iso20k/reports/charts/legend.h"

#include <vector>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/text.h"

namespace iso20k::charts {
namespace {

using layout::Box;
using layout::FontFace;
using layout::TextStyle;

constexpr double kSize = 8;
constexpr double kSwatch = 9;
constexpr double kSwatchGap = 4;
constexpr double kItemGap = 16;
constexpr double kRow = 14;

struct Placed {
  std::size_t row;
  double x;  // relative to the row start
  std::string label;
};

// Splits items into rows; returns the row widths.
std::vector<double> lay_out(const layout::Document& doc, std::span<const LegendItem> items, double width,
                            std::vector<Placed>& placed) {
  std::vector<double> rows;
  double x = 0;
  for (const LegendItem& item : items) {
    const std::string label = layout::fit_text(doc, item.label, FontFace::regular, kSize, width - kSwatch - kSwatchGap);
    const double w = kSwatch + kSwatchGap + doc.text_width(label, FontFace::regular, kSize);
    if (rows.empty() || (x > 0 && x + kItemGap + w > width)) {
      rows.push_back(0);
      x = 0;
    } else if (x > 0) {
      x += kItemGap;
    }
    placed.push_back(Placed{rows.size() - 1, x, label});
    x += w;
    rows.back() = x;
  }
  return rows;
}

}  // namespace

double legend_height(const layout::Document& doc, std::span<const LegendItem> items, double width) {
  if (items.empty()) return 0;
  std::vector<Placed> placed;
  return static_cast<double>(lay_out(doc, items, width, placed).size()) * kRow;
}

void draw_legend(layout::Canvas& canvas, std::span<const LegendItem> items, const Box& box) {
  if (items.empty()) return;
  std::vector<Placed> placed;
  const std::vector<double> rows = lay_out(canvas.document(), items, box.w, placed);
  const TextStyle style{FontFace::regular, kSize, label_color, 1.2, layout::Align::left};
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Placed& p = placed[i];
    const double x = box.x + (box.w - rows[p.row]) / 2 + p.x;
    const double mid = box.top() - static_cast<double>(p.row) * kRow - kRow / 2;
    const LegendItem& item = items[i];
    switch (item.swatch) {
      case Swatch::box:
        canvas.fill_rect(Box{x, mid - kSwatch / 2, kSwatch, kSwatch}, item.color);
        break;
      case Swatch::line:
        canvas.line({x, mid}, {x + kSwatch, mid}, layout::Stroke{item.color, 2, layout::LineStyle::solid});
        break;
      case Swatch::dashed_line:
        canvas.line({x - 2, mid}, {x + kSwatch + 2, mid}, layout::Stroke{item.color, 1.6, layout::LineStyle::dashed});
        break;
      case Swatch::marker:
        break;
    }
    draw_marker(canvas, {x + kSwatch / 2, mid}, item.marker, item.swatch == Swatch::marker ? kSwatch : 5.5, item.color);
    canvas.text(p.label, x + kSwatch + kSwatchGap, mid - kSize * 0.35, style);
  }
}

}  // namespace iso20k::charts
