#include "iso20k/reports/charts/chart_frame.h"

#include <cmath>
#include <vector>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/text.h"

namespace iso20k::charts {
namespace {

using layout::Box;
using layout::FontFace;
using layout::TextStyle;

constexpr double kTitleSize = 10;
constexpr double kTitleGap = 8;
constexpr double kLegendGap = 10;

TextStyle title_style() { return TextStyle{FontFace::bold, kTitleSize, title_color, 1.3, layout::Align::left}; }

}  // namespace

double chart_frame_height(const layout::Document& doc, const std::string& title, std::span<const LegendItem> legend,
                          double width) {
  double h = 0;
  if (!title.empty()) {
    h += static_cast<double>(layout::wrap_text(doc, title, FontFace::bold, kTitleSize, width, 2).size()) *
             title_style().leading() + kTitleGap;
  }
  const double lh = legend_height(doc, legend, width);
  if (lh > 0) h += lh + kLegendGap;
  return h;
}

Box draw_chart_frame(layout::Canvas& canvas, const std::string& title, std::span<const LegendItem> legend,
                     const Box& box) {
  Box plot = box;
  if (!title.empty()) {
    const TextStyle style = title_style();
    const std::vector<std::string> lines =
        layout::wrap_text(canvas.document(), title, style.face, style.size, box.w, 2);
    canvas.lines(lines, box.x, box.top(), box.w, style);
    plot.h -= static_cast<double>(lines.size()) * style.leading() + kTitleGap;
  }
  const double lh = legend_height(canvas.document(), legend, box.w);
  if (lh > 0) {
    draw_legend(canvas, legend, Box{box.x, box.y, box.w, lh});
    plot.y += lh + kLegendGap;
    plot.h -= lh + kLegendGap;
  }
  if (plot.h < 40) throw layout::LayoutError("chart box too small: no room left to plot");
  return plot;
}

void require_finite(const char* chart, std::span<const double> values) {
  for (double v : values) {
    if (!std::isfinite(v)) throw layout::LayoutError(std::string(chart) + ": values must be finite numbers");
  }
}

}  // namespace iso20k::charts
