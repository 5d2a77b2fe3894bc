#pragma once
// The plan as a timeline (Gantt-like): one row per action or phase with a bar from its start to its end,
// coloured by grade or phase (the name inside the bar where it fits), months along the top with the
// years above them (and the days of the weeks for spans of a few weeks), vertical milestone lines with
// their labels ("Stage 1 audit", "Today"), and overdue items marked with an alert sign. Rows may be
// grouped under headings. Sizes: 1 to some 60 rows, spans of a few weeks to a few years.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "iso20k/reports/charts/chart_date.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/canvas.h"

namespace iso20k::charts {

struct TimelinePhase {
  std::string name;  // e.g. "Major", "Phase 1: documentation"
  layout::Color color;
};

struct TimelineItem {
  std::string label;      // e.g. "A-07 Define the change policy"
  ChartDate start;
  ChartDate end;          // inclusive; not before start
  std::size_t phase = 0;  // index into TimelineChart::phases
  bool overdue = false;
  std::string group{};    // a run of items with the same non-empty group sits under one heading row
};

struct TimelineMilestone {
  std::string label;  // e.g. "Stage 1 audit"
  ChartDate date;
  layout::Color color = title_color;
};

struct TimelineChart {
  std::string title;
  std::vector<TimelinePhase> phases;
  std::vector<TimelineItem> items;
  std::vector<TimelineMilestone> milestones;
  MonthNames month_names = english_month_abbreviations();
  std::string overdue_label = "Overdue";  // legend
  bool label_bars = true;                 // the phase's name inside each bar wide enough for it
  // The span shown; absent: whole months around the items and milestones.
  std::optional<ChartDate> from;
  std::optional<ChartDate> to;
};

// Where the days lie: the plot between x0 and x1 shows the days first_day .. end_day (exclusive).
struct TimelineScale {
  double x0 = 0;
  double x1 = 0;
  long first_day = 0;  // days since 1970-01-01 (chart_date.h)
  long end_day = 1;
  double x_of(long day) const;  // the left edge of `day`, clamped to the plot
};

// The scale `chart` gets in a box `box` (the same as draw_timeline_chart uses).
TimelineScale timeline_scale(const layout::Document& doc, const TimelineChart& chart, const layout::Box& box);

double suggested_height(const layout::Document& doc, const TimelineChart& chart, double width);

// Throws LayoutError for an invalid date, an item ending before it starts, an item's phase that does not
// exist, or `to` before `from`.
void draw_timeline_chart(layout::Canvas& canvas, const TimelineChart& chart, const layout::Box& box);

}  // namespace iso20k::charts
