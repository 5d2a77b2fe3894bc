#pragma once
// Trend of scores over successive assessments: dates along x (spaced by time, evenly where they would
// crowd), 0..100 % up y, one line per series (overall and a few clauses) with its own point shape and
// line style, every point labelled with its value, and a legend. For 2 to 12 assessments.
#include <optional>
#include <string>
#include <vector>

#include "iso20k/reports/charts/chart_date.h"
#include "iso20k/reports/layout/canvas.h"

namespace iso20k::charts {

struct TrendSeries {
  std::string name;            // e.g. "Overall", "8 Operation"
  std::vector<double> values;  // one per date, 0..max
  layout::Color color;
  layout::LineStyle line = layout::LineStyle::solid;
};

struct TrendChart {
  std::string title;
  std::vector<ChartDate> dates;          // 2..12, ascending, no two alike
  std::vector<std::string> date_labels;  // under the points, one per date; empty: "Mar 2025" (with the day where a month repeats)
  std::vector<TrendSeries> series;       // at least one
  MonthNames month_names = english_month_abbreviations();
  std::string axis_label = "Score (%)";
  std::string value_suffix = "%";        // after the values at the points, e.g. " %"
  double max = 100;
  std::optional<double> threshold;       // a dashed line, e.g. the readiness threshold
  std::string threshold_label = "Readiness threshold";
  bool label_values = true;
};

// Where the points of the dates lie horizontally, in a box `box` (as draw_trend_chart places them).
std::vector<double> trend_x_positions(const layout::Document& doc, const TrendChart& chart, const layout::Box& box);

double suggested_height(const layout::Document& doc, const TrendChart& chart, double width);

// Throws LayoutError for fewer than 2 or more than 12 dates, dates out of order or invalid, no series,
// a series with the wrong number of values, or a value outside 0..max or not finite.
void draw_trend_chart(layout::Canvas& canvas, const TrendChart& chart, const layout::Box& box);

}  // namespace iso20k::charts
