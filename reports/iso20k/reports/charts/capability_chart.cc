#include "iso20k/reports/charts/capability_chart.h"

#include <algorithm>
#include <cmath>

#include "iso20k/format/number_text.h"
#include "iso20k/reports/charts/axis.h"
#include "iso20k/reports/charts/chart_frame.h"
#include "iso20k/reports/charts/marker.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/text.h"
#include "iso20k/reports/layout/utf8.h"

namespace iso20k::charts {
namespace {

using layout::Align;
using layout::Box;
using layout::FontFace;
using layout::LineStyle;
using layout::Stroke;
using layout::TextStyle;

constexpr double kNoteSize = 7.5;
constexpr double kLevelSize = 7;

void validate(const CapabilityChart& chart) {
  if (chart.max_level < 1 || chart.max_level > 10) throw layout::LayoutError("capability chart: the top level must lie in 1..10");
  if (!chart.level_labels.empty() && chart.level_labels.size() != static_cast<std::size_t>(chart.max_level) + 1) {
    throw layout::LayoutError("capability chart: " + std::to_string(chart.level_labels.size()) + " level labels for levels 0.." +
                              std::to_string(chart.max_level));
  }
  const double max = chart.max_level;
  for (const CapabilityRow& row : chart.rows) {
    const auto check = [&](double v, const char* what) {
      if (!std::isfinite(v)) throw layout::LayoutError("capability chart: levels must be finite numbers");
      if (v < 0 || v > max) {
        throw layout::LayoutError("capability chart: \"" + row.label + "\" has " + what + " level " + compact_text(v, 1) +
                                  " outside 0.." + std::to_string(chart.max_level));
      }
    };
    check(row.achieved, "an achieved");
    if (row.target) check(*row.target, "a target");
  }
}

bool below(const CapabilityRow& row) { return row.target && row.achieved < *row.target - 1e-9; }

std::vector<LegendItem> legend_of(const CapabilityChart& chart) {
  std::vector<LegendItem> legend{{chart.achieved_label, chart.achieved_color, Swatch::box}};
  if (std::any_of(chart.rows.begin(), chart.rows.end(), below)) {
    legend.push_back({chart.below_target_label, chart.below_target_color, Swatch::box});
  }
  if (std::any_of(chart.rows.begin(), chart.rows.end(), [](const CapabilityRow& r) { return r.target.has_value(); })) {
    legend.push_back({chart.target_label, chart.target_color, Swatch::marker, Marker::target});
  }
  return legend;
}

std::string note_of(const CapabilityChart& chart, const CapabilityRow& row) {
  if (!row.target) return {};
  return capability_note(below(row) ? chart.gap_text : chart.met_text, *row.target, row.achieved);
}

std::vector<std::string> row_labels(const CapabilityChart& chart) {
  std::vector<std::string> labels;
  for (const CapabilityRow& row : chart.rows) labels.push_back(row.label);
  return labels;
}

}  // namespace

std::string capability_note(const std::string& text, double target, double achieved) {
  std::string out = text;
  for (const auto& [key, value] : {std::pair<std::string, double>{"{target}", target}, {"{achieved}", achieved}}) {
    for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at)) {
      const std::string number = compact_text(value, 1);
      out.replace(at, key.size(), number);
      at += number.size();
    }
  }
  return out;
}

double suggested_height(const layout::Document& doc, const CapabilityChart& chart, double width) {
  return chart_frame_height(doc, chart.title, legend_of(chart), width) + bar_plot_height(chart.rows.size(), 4);
}

void draw_capability_chart(layout::Canvas& canvas, const CapabilityChart& chart, const Box& box) {
  validate(chart);
  const layout::Document& doc = canvas.document();
  const Box area = draw_chart_frame(canvas, chart.title, legend_of(chart), box);
  if (chart.rows.empty()) return;

  // The notes take a column right of the plot, as wide as the widest (at most 30 % of the width).
  const TextStyle gap_style{FontFace::bold, kNoteSize, label_color, 1.2, Align::left};
  const TextStyle met_style{FontFace::regular, kNoteSize, tick_color, 1.2, Align::left};
  double note_w = 0;
  for (const CapabilityRow& row : chart.rows) {
    note_w = std::max(note_w, doc.text_width(layout::sanitize_utf8(note_of(chart, row)), FontFace::bold, kNoteSize));
  }
  note_w = std::min(note_w, area.w * 0.3);
  const double max = chart.max_level;
  // Right of the plot: the notes, and at least half the last level's name, centred on the plot's end.
  double end_room = note_w > 0 ? note_w + 14 : 10;
  if (!chart.level_labels.empty()) {
    end_room = std::max(end_room, doc.text_width(layout::fit_text(doc, chart.level_labels.back(), FontFace::regular, kLevelSize, 120),
                                                 FontFace::regular, kLevelSize) / 2 + 2);
  }
  const BarPlot plot = lay_out_bar_plot(doc, area, row_labels(chart), max, end_room, 4, "capability chart");

  // The axis: a gridline per level, the numbers under it and the names under those; names too wide
  // for their step alternate between two lines, so each may take two steps.
  const double step = (plot.x1 - plot.x0) / max;
  const TextStyle number{FontFace::regular, kLevelSize, tick_color, 1.15, Align::center};
  const TextStyle name{FontFace::regular, kLevelSize, label_color, 1.15, Align::center};
  bool stagger = false;
  for (const std::string& l : chart.level_labels) {
    stagger = stagger || doc.text_width(layout::sanitize_utf8(l), name.face, name.size) > step - 8;
  }
  const double name_w = stagger ? 2 * step - 4 : step - 3;
  for (int l = 0; l <= chart.max_level; ++l) {
    const double x = plot.x_of(l);
    canvas.line({x, plot.bottom}, {x, plot.top}, Stroke{grid_color, 0.5, LineStyle::solid});
    canvas.text(std::to_string(l), x, plot.bottom - 9, number);
    if (chart.level_labels.empty()) continue;
    const double line = stagger && l % 2 == 1 ? 2 : 1;
    const std::string text = layout::fit_text(doc, chart.level_labels[static_cast<std::size_t>(l)], name.face, name.size, name_w);
    canvas.text(text, x, plot.bottom - 9 - line * name.leading(), name);
  }

  const double bar = plot.bar_height();
  for (std::size_t i = 0; i < chart.rows.size(); ++i) {
    const CapabilityRow& row = chart.rows[i];
    const double mid = plot.middle(i);
    const double end = plot.x_of(row.achieved);
    const layout::Color color = below(row) ? chart.below_target_color : chart.achieved_color;
    // The gap to the target: an outline the bar would fill.
    if (below(row)) {
      canvas.stroke_rect(Box{end, mid - bar / 2, plot.x_of(*row.target) - end, bar}, Stroke{color, 0.8, LineStyle::dashed});
    }
    if (end > plot.x0) canvas.fill_rect(Box{plot.x0, mid - bar / 2, end - plot.x0, bar}, color);
    const std::string value = compact_text(row.achieved, 1);
    const TextStyle inside{FontFace::bold, tick_size, layout::text_color_on(color, label_color), 1.2, Align::right};
    if (end - plot.x0 >= doc.text_width(value, inside.face, inside.size) + 8) {
      canvas.text(value, end - 4, mid - tick_size * 0.35, inside);
    } else {
      TextStyle outside = inside;
      outside.color = label_color;
      outside.align = Align::left;
      canvas.text(value, end + 3, mid - tick_size * 0.35, outside);
    }
    if (row.target) draw_marker(canvas, {plot.x_of(*row.target), mid}, Marker::target, bar + 6, chart.target_color);
    const std::string note = note_of(chart, row);
    if (!note.empty()) {
      const TextStyle& style = below(row) ? gap_style : met_style;
      canvas.text(layout::fit_text(doc, note, style.face, style.size, note_w), plot.x1 + 12, mid - kNoteSize * 0.35, style);
    }
    draw_category_label(canvas, plot, i, row.label);
  }
  draw_baseline(canvas, plot);
}

}  // namespace iso20k::charts
