#include "iso20k/reports/charts/timeline_chart.h"

#include <algorithm>
#include <cmath>

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

constexpr const char* kChart = "timeline";
constexpr double kAxisRow = 10;       // the years, the months and the days above the rows
constexpr double kMilestoneRow = 10;  // a level of milestone labels
constexpr double kLabelGap = 8;       // between the label column and the plot
constexpr double kIndent = 8;         // items under a group heading
constexpr double kAlert = 8;          // the overdue sign
constexpr double kAxisSize = 7;
constexpr layout::Color kZebra = layout::hex(0xF4F6F9);

// A row of the chart: an item, or the heading of a group of items.
struct Row {
  bool heading = false;
  std::size_t item = 0;  // the item; for a heading, its first item
  std::string label;
  long start = 0;
  long end = 0;  // exclusive
};

struct Days {
  long first = 0;
  long end = 1;  // exclusive
};

long first_of_month(long day) {
  ChartDate d = date_of_days(day);
  d.day = 1;
  return days_since_epoch(d, kChart);
}

long first_of_next_month(long day) {
  ChartDate d = date_of_days(day);
  d.day = 1;
  d.month += 1;
  if (d.month > 12) {
    d.month = 1;
    d.year += 1;
  }
  return days_since_epoch(d, kChart);
}

void validate(const TimelineChart& chart) {
  for (const TimelineItem& item : chart.items) {
    const long start = days_since_epoch(item.start, kChart);
    const long end = days_since_epoch(item.end, kChart);
    if (end < start) {
      throw layout::LayoutError(std::string(kChart) + ": \"" + item.label + "\" ends (" + iso_text(item.end) +
                                ") before it starts (" + iso_text(item.start) + ")");
    }
    if (item.phase >= chart.phases.size()) {
      throw layout::LayoutError(std::string(kChart) + ": \"" + item.label + "\" has phase " + std::to_string(item.phase) +
                                " of " + std::to_string(chart.phases.size()));
    }
  }
  for (const TimelineMilestone& m : chart.milestones) days_since_epoch(m.date, kChart);
  if (chart.from) days_since_epoch(*chart.from, kChart);
  if (chart.to) days_since_epoch(*chart.to, kChart);
  if (chart.from && chart.to && *chart.to < *chart.from) {
    throw layout::LayoutError(std::string(kChart) + ": the span ends before it starts");
  }
}

// The days shown: `from` .. `to` when given, else whole months around everything.
Days days_of(const TimelineChart& chart) {
  long lo = 0;
  long hi = 0;
  bool any = false;
  const auto take = [&](long a, long b) {
    lo = any ? std::min(lo, a) : a;
    hi = any ? std::max(hi, b) : b;
    any = true;
  };
  for (const TimelineItem& item : chart.items) take(days_since_epoch(item.start, kChart), days_since_epoch(item.end, kChart) + 1);
  for (const TimelineMilestone& m : chart.milestones) {
    const long d = days_since_epoch(m.date, kChart);
    take(d, d + 1);
  }
  if (!any) take(0, 1);
  Days days{first_of_month(lo), first_of_next_month(hi - 1)};
  if (chart.from) days.first = days_since_epoch(*chart.from, kChart);
  if (chart.to) days.end = days_since_epoch(*chart.to, kChart) + 1;
  if (days.end <= days.first) days.end = days.first + 1;
  return days;
}

std::vector<Row> rows_of(const TimelineChart& chart) {
  std::vector<Row> rows;
  for (std::size_t i = 0; i < chart.items.size(); ++i) {
    const TimelineItem& item = chart.items[i];
    const long start = days_since_epoch(item.start, kChart);
    const long end = days_since_epoch(item.end, kChart) + 1;
    if (!item.group.empty() && (i == 0 || chart.items[i - 1].group != item.group)) {
      rows.push_back(Row{true, i, item.group, start, end});
    }
    if (!item.group.empty()) {
      for (auto r = rows.rbegin(); r != rows.rend(); ++r) {
        if (r->heading) {
          r->start = std::min(r->start, start);
          r->end = std::max(r->end, end);
          break;
        }
      }
    }
    rows.push_back(Row{false, i, item.label, start, end});
  }
  return rows;
}

// Compact rows for long plans.
double row_height(std::size_t rows) { return rows <= 16 ? 17 : (rows <= 32 ? 13 : 10); }
double label_size(std::size_t rows) { return rows <= 32 ? 8 : 7; }

bool short_span(const Days& days) { return days.end - days.first <= 92; }

std::vector<LegendItem> legend_of(const TimelineChart& chart) {
  std::vector<LegendItem> legend;
  for (const TimelinePhase& p : chart.phases) legend.push_back({p.name, p.color, Swatch::box});
  if (std::any_of(chart.items.begin(), chart.items.end(), [](const TimelineItem& i) { return i.overdue; })) {
    legend.push_back({chart.overdue_label, okabe_ito::vermillion, Swatch::marker, Marker::alert});
  }
  return legend;
}

double label_column(const layout::Document& doc, const TimelineChart& chart, const std::vector<Row>& rows, double width) {
  const double size = label_size(rows.size());
  double widest = 0;
  for (const Row& r : rows) {
    const FontFace face = r.heading ? FontFace::bold : FontFace::regular;
    const double indent = !r.heading && !chart.items[r.item].group.empty() ? kIndent : 0;
    widest = std::max(widest, doc.text_width(layout::sanitize_utf8(r.label), face, size) + indent + 2);
  }
  return std::min(widest, width * 0.38);
}

// A milestone's label, placed on the first level where it clears the labels already there.
struct PlacedMilestone {
  bool shown = false;  // inside the span shown
  double x = 0;
  double left = 0;
  double right = 0;
  std::size_t level = 0;
  std::string text;
};

constexpr double kMilestoneSize = 7;

std::vector<PlacedMilestone> place_milestones(const layout::Document& doc, const TimelineChart& chart,
                                              const TimelineScale& scale) {
  std::vector<std::size_t> order(chart.milestones.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return chart.milestones[a].date < chart.milestones[b].date;
  });
  std::vector<PlacedMilestone> placed(chart.milestones.size());
  std::vector<double> level_right;  // the right edge of the last label on each level
  const double plot_w = scale.x1 - scale.x0;
  for (std::size_t i : order) {
    const TimelineMilestone& m = chart.milestones[i];
    PlacedMilestone& p = placed[i];
    const long day = days_since_epoch(m.date, kChart);
    if (day < scale.first_day || day >= scale.end_day) continue;  // outside the span: not drawn at its edge
    p.shown = true;
    p.x = (scale.x_of(day) + scale.x_of(day + 1)) / 2;
    p.text = layout::fit_text(doc, m.label, FontFace::bold, kMilestoneSize, std::min(plot_w, 140.0));
    const double w = doc.text_width(p.text, FontFace::bold, kMilestoneSize);
    // Centred on the line, but inside the box: the plot's right edge has kAlert + 4 points of room.
    p.left = std::clamp(p.x - w / 2, scale.x0 - kLabelGap, scale.x1 + kAlert + 4 - w);
    p.right = p.left + w;
    std::size_t level = 0;
    while (level < level_right.size() && level_right[level] + 6 > p.left) ++level;
    if (level == level_right.size()) level_right.push_back(0);
    level_right[level] = p.right;
    p.level = level;
  }
  return placed;
}

std::size_t milestone_levels(const std::vector<PlacedMilestone>& placed) {
  std::size_t levels = 0;
  for (const PlacedMilestone& p : placed) {
    if (p.shown) levels = std::max(levels, p.level + 1);
  }
  return levels;
}

std::size_t axis_rows(const Days& days) { return short_span(days) ? 3 : 2; }

}  // namespace

double TimelineScale::x_of(long day) const {
  const double t = static_cast<double>(std::clamp(day, first_day, end_day) - first_day) /
                   static_cast<double>(end_day - first_day);
  return x0 + t * (x1 - x0);
}

TimelineScale timeline_scale(const layout::Document& doc, const TimelineChart& chart, const Box& box) {
  validate(chart);
  const std::vector<Row> rows = rows_of(chart);
  const Days days = days_of(chart);
  TimelineScale scale;
  scale.x0 = box.x + label_column(doc, chart, rows, box.w) + kLabelGap;
  // Room right of the plot for an overdue sign after the last day, and for milestone labels.
  scale.x1 = box.right() - kAlert - 4;
  scale.first_day = days.first;
  scale.end_day = days.end;
  if (scale.x1 - scale.x0 < 80) throw layout::LayoutError(std::string(kChart) + ": box too small for the chart");
  return scale;
}

double suggested_height(const layout::Document& doc, const TimelineChart& chart, double width) {
  const TimelineScale scale = timeline_scale(doc, chart, Box{0, 0, width, 1000});
  const std::size_t rows = std::max<std::size_t>(rows_of(chart).size(), 1);
  const std::size_t levels = milestone_levels(place_milestones(doc, chart, scale));
  return chart_frame_height(doc, chart.title, legend_of(chart), width) + static_cast<double>(levels) * kMilestoneRow +
         static_cast<double>(axis_rows(days_of(chart))) * kAxisRow + 4 + static_cast<double>(rows) * row_height(rows) + 4;
}

void draw_timeline_chart(layout::Canvas& canvas, const TimelineChart& chart, const Box& box) {
  validate(chart);
  const layout::Document& doc = canvas.document();
  const Box area = draw_chart_frame(canvas, chart.title, legend_of(chart), box);
  const std::vector<Row> rows = rows_of(chart);
  const Days days = days_of(chart);
  const TimelineScale scale = timeline_scale(doc, chart, area);
  const std::vector<PlacedMilestone> milestones = place_milestones(doc, chart, scale);
  const std::size_t levels = milestone_levels(milestones);
  const std::size_t nrows = std::max<std::size_t>(rows.size(), 1);

  const double axis_top = area.top() - static_cast<double>(levels) * kMilestoneRow;
  const double rows_top = axis_top - static_cast<double>(axis_rows(days)) * kAxisRow - 4;
  const double row_h = std::min(row_height(nrows), (rows_top - area.y - 4) / static_cast<double>(nrows));
  const double rows_bottom = rows_top - row_h * static_cast<double>(nrows);
  if (row_h < 7) throw layout::LayoutError(std::string(kChart) + ": box too small for the chart");
  const double size = std::min(label_size(nrows), row_h * 0.72);

  // Zebra stripes across labels and plot, so that long rows are easy to follow.
  for (std::size_t r = 1; r < rows.size(); r += 2) {
    canvas.fill_rect(Box{area.x, rows_top - row_h * static_cast<double>(r + 1), scale.x1 - area.x, row_h}, kZebra);
  }

  // The calendar: the years, the months (every k-th named when they are narrow) and, for short spans, the
  // Mondays; gridlines at each month, darker at each year.
  const TextStyle axis{FontFace::regular, kAxisSize, tick_color, 1.2, Align::center};
  const TextStyle year_style{FontFace::bold, kAxisSize, label_color, 1.2, Align::center};
  const double year_base = axis_top - kAxisRow + 2.5;
  const double month_base = year_base - kAxisRow;
  double widest_month = 0;
  for (const std::string& m : chart.month_names) widest_month = std::max(widest_month, doc.text_width(layout::sanitize_utf8(m), axis.face, axis.size));
  const double month_w = (scale.x1 - scale.x0) * 30.44 / static_cast<double>(days.end - days.first);
  int every = 1;
  for (int k : {1, 2, 3, 6, 12}) {
    every = k;
    if (widest_month + 3 <= month_w * k) break;
  }
  for (long m = first_of_month(days.first); m < days.end; m = first_of_next_month(m)) {
    const ChartDate d = date_of_days(m);
    const long next = first_of_next_month(m);
    const double left = scale.x_of(m);
    const double right = scale.x_of(next);
    if (m >= days.first) {
      const bool new_year = d.month == 1;
      canvas.line({left, rows_bottom}, {left, new_year ? axis_top : month_base + kAxisSize},
                  Stroke{new_year ? axis_color : grid_color, new_year ? 0.7 : 0.5, LineStyle::solid});
    }
    if ((d.month - 1) % every == 0 && right - left > 2) {
      const std::string name = layout::fit_text(doc, chart.month_names[static_cast<std::size_t>(d.month - 1)], axis.face,
                                                axis.size, std::max(month_w * every, right - left) - 1);
      const double w = doc.text_width(name, axis.face, axis.size);
      canvas.text(name, std::clamp((left + right) / 2, scale.x0 + w / 2, scale.x1 - w / 2), month_base, axis);
    }
    if (d.month == 1 || m <= days.first) {
      // The year over its months in view.
      ChartDate last{d.year, 12, 31};
      const double y_right = scale.x_of(days_since_epoch(last, kChart) + 1);
      const std::string year = std::to_string(d.year);
      if (doc.text_width(year, year_style.face, year_style.size) + 4 <= y_right - left) {
        canvas.text(year, (std::max(left, scale.x0) + y_right) / 2, year_base, year_style);
      }
    }
  }
  if (short_span(days)) {
    const double day_base = month_base - kAxisRow;
    const TextStyle day_style{FontFace::regular, 6.5, tick_color, 1.2, Align::center};
    for (long day = days.first; day < days.end; ++day) {
      // 1970-01-01 was a Thursday: Mondays are the days with (day - 4) % 7 == 0.
      if (((day - 4) % 7 + 7) % 7 != 0) continue;
      const double x = scale.x_of(day);
      canvas.line({x, rows_bottom}, {x, rows_top}, Stroke{grid_color, 0.35, LineStyle::dotted});
      canvas.text(std::to_string(date_of_days(day).day), x, day_base, day_style);
    }
  }
  canvas.line({scale.x0, rows_top}, {scale.x1, rows_top}, Stroke{axis_color, 0.6, LineStyle::solid});

  // Rows: labels on the left, bars on the plot.
  const double bar = std::max(row_h * 0.62, 4.0);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    const TimelineItem& item = chart.items[row.item];
    const double mid = rows_top - row_h * (static_cast<double>(r) + 0.5);
    const double indent = !row.heading && !item.group.empty() ? kIndent : 0;
    const TextStyle label{row.heading ? FontFace::bold : FontFace::regular, size, label_color, 1.2, Align::left};
    canvas.text(layout::fit_text(doc, row.label, label.face, label.size, scale.x0 - kLabelGap - area.x - indent),
                area.x + indent, mid - size * 0.35, label);
    if (row.end <= scale.first_day || row.start >= scale.end_day) continue;  // outside the span: the label alone
    const double left = scale.x_of(row.start);
    const double right = std::max(scale.x_of(row.end), left + 3);
    if (row.heading) {
      // The span of the group: a slim dark bar with square ends.
      canvas.fill_rect(Box{left, mid - 1.75, right - left, 3.5}, title_color);
      continue;
    }
    const TimelinePhase& phase = chart.phases[item.phase];
    canvas.fill_rect(Box{left, mid - bar / 2, right - left, bar}, phase.color);
    if (chart.label_bars) {
      const TextStyle inside{FontFace::regular, std::min(6.5, bar - 1), layout::text_color_on(phase.color, label_color), 1.2,
                             Align::left};
      if (doc.text_width(layout::sanitize_utf8(phase.name), inside.face, inside.size) + 6 <= right - left) {
        canvas.text(phase.name, left + 3, mid - inside.size * 0.35, inside);
      }
    }
    if (item.overdue) {
      const double size_alert = std::min(kAlert, row_h - 1);
      draw_marker(canvas, {right + size_alert / 2 + 1.5, mid}, Marker::alert, size_alert, okabe_ito::vermillion);
    }
  }

  // Milestones over everything: a dashed line through the rows, the label at the top.
  for (std::size_t i = 0; i < chart.milestones.size(); ++i) {
    const PlacedMilestone& p = milestones[i];
    if (!p.shown) continue;
    const layout::Color color = chart.milestones[i].color;
    const double label_base = area.top() - kMilestoneRow * static_cast<double>(p.level + 1) + 2.5;
    // Through the rows, and from the calendar up to the label: not across the month names.
    canvas.line({p.x, rows_bottom}, {p.x, rows_top}, Stroke{color, 1, LineStyle::dashed});
    if (label_base - 1.5 > axis_top) canvas.line({p.x, axis_top}, {p.x, label_base - 1.5}, Stroke{color, 1, LineStyle::solid});
    const TextStyle style{FontFace::bold, kMilestoneSize, color, 1.2, Align::left};
    canvas.fill_rect(Box{p.left - 1.5, label_base - 2, p.right - p.left + 3, kMilestoneRow - 1}, layout::white);
    canvas.text(p.text, p.left, label_base, style);
  }
}

}  // namespace iso20k::charts
