#pragma once
// Value axes: round tick values, and the plot the horizontal bar charts share — category labels in a
// column on the left, one row per category, and a value axis from 0 to a maximum along the bottom with
// gridlines, tick labels and the axis title.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/reports/layout/canvas.h"

namespace iso20k::charts {

// Ticks 0, s, 2s, ... up to the first multiple of s at or above `max`, where s is 1, 2, 2.5 or 5 times a
// power of ten giving about `target` intervals. For max <= 0: {0, 1}.
std::vector<double> nice_ticks(double max, int target = 5);

constexpr double category_label_size = 8;  // category labels beside bars, rows of heat maps
constexpr double tick_size = 7.5;          // tick labels, and values at the ends of bars

// The width of the widest of `labels` (regular face, `size` points) and 2 points of air, at most
// `max_width`: the column the labels are right-aligned in.
double label_column_width(const layout::Document& doc, std::span<const std::string> labels, double size,
                          double max_width);

// Where the parts of a horizontal bar plot lie.
struct BarPlot {
  layout::Box area;         // all of it: labels, bars, the axis and its title
  double label_width = 0;   // the category labels' column, at the left edge of area
  double x0 = 0;            // where 0 lies
  double x1 = 0;            // where max lies
  double bottom = 0;        // the rows lie between bottom and top; the tick labels under bottom
  double top = 0;
  double max = 1;
  std::size_t rows = 1;

  double scale() const { return (x1 - x0) / max; }               // points per unit
  double x_of(double v) const;                                    // v clamped to 0..max
  double row_height() const { return (top - bottom) / static_cast<double>(rows); }
  double middle(std::size_t row) const;                           // the centre line of a row, from the top
  double bar_height() const;
  std::size_t label_lines() const;                                // 2 where rows are tall enough, else 1
};

// The height of a bar plot of `rows` rows (at least one) with `top_room` points above the first row.
double bar_plot_height(std::size_t rows, double top_room);

// Lays the plot out in `area` for `labels` (one row each) and values 0..max, leaving `end_room` points
// right of the maximum for the values at the bar ends and `top_room` above the first row. Throws
// LayoutError("<chart>: box too small for the chart") when there is no room for the bars.
BarPlot lay_out_bar_plot(const layout::Document& doc, const layout::Box& area, std::span<const std::string> labels,
                         double max, double end_room, double top_room, std::string_view chart);

// Gridlines across the rows and tick labels under them at each tick up to max, and `title` centred
// below the tick labels (nothing for an empty title). `suffix` follows each tick value (e.g. "%").
void draw_value_axis(layout::Canvas& canvas, const BarPlot& plot, std::span<const double> ticks,
                     const std::string& title, std::string_view suffix = {});

// The line at zero, drawn over the bars' starts.
void draw_baseline(layout::Canvas& canvas, const BarPlot& plot);

// The label of row `row`: wrapped to the label column (two lines where the rows are tall enough),
// right-aligned and centred on the row.
void draw_category_label(layout::Canvas& canvas, const BarPlot& plot, std::size_t row, const std::string& label);

}  // namespace iso20k::charts
