#pragma once
// What a report says, in no output format: its sections in order, each a list of blocks (headings,
// paragraphs, lists, tables, key figures, banners, charts) holding finished text in the template's
// language and plain data. The content builders (gap_content.h, readiness_content.h) write it; the
// PDF layer (pdf/render_pdf.h) lays it out on pages, and the HTML layer (html/render_html.h) writes the
// same blocks as one HTML document.
//
// Tables and charts reuse the plain data structs of layout/table.h and charts/: cells, colours and
// series are data, not drawing. The few layout hints a block carries (keep a caption with the start
// of its table, a chart's height as a share of the text width) say what belongs together, not where.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "iso20k/reports/charts/bar_chart.h"
#include "iso20k/reports/charts/capability_chart.h"
#include "iso20k/reports/charts/timeline_chart.h"
#include "iso20k/reports/charts/trend_chart.h"
#include "iso20k/reports/charts/heat_map.h"
#include "iso20k/reports/charts/radar_chart.h"
#include "iso20k/reports/charts/stacked_bar_chart.h"
#include "iso20k/reports/layout/color.h"
#include "iso20k/reports/layout/cover.h"
#include "iso20k/reports/layout/document.h"
#include "iso20k/reports/layout/page_decoration.h"
#include "iso20k/reports/layout/table.h"
#include "iso20k/reports/template/report_sections.h"

namespace iso20k::reports {

enum class TextRole { body, small };

struct Heading {
  int level = 2;  // 1 is the section's own heading; blocks use 2 and 3
  std::string text;
};

struct Paragraph {
  std::string text;
  TextRole role = TextRole::body;
};

struct Bullets {
  std::vector<std::string> items;
};

struct TableBlock {
  TableBlock() = default;
  explicit TableBlock(layout::Table t, std::string caption_text = {}, TextRole role = TextRole::body)
      : table(std::move(t)), caption(std::move(caption_text)), caption_role(role) {}

  layout::Table table;
  std::string caption;               // a line above the table, kept with its start; empty: none
  TextRole caption_role = TextRole::body;
  bool keep_start = true;            // keep the caption with the table's start: the whole table when
  double keep_whole = 0.4;           // it takes at most this share of a page, else its header and
                                     // first two rows
  double widest_column = 130;        // fixed columns widen to their widest word up to this (points)
};

struct KeyFigure {
  std::string label;  // "Overall score"
  std::string value;  // "62%"
  std::string note;   // "weighted scoring model"
  layout::Color color;                // of the value and the tile's top rule
  std::optional<layout::Color> fill;  // a tinted tile, e.g. for the verdict
};

// A row of tiles across the text width.
struct KeyFigures {
  std::vector<KeyFigure> figures;
};

// A coloured band: a bold title and a sentence beside a bar in `color` (the verdict).
struct Banner {
  std::string title;
  std::string text;
  layout::Color color;
};

using ChartData = std::variant<charts::BarChart, charts::StackedBarChart, charts::HeatMap, charts::RadarChart,
                               charts::CapabilityChart, charts::TimelineChart, charts::TrendChart>;

struct ChartBlock {
  ChartBlock() = default;
  explicit ChartBlock(ChartData data, std::string caption_text = {})
      : chart(std::move(data)), caption(std::move(caption_text)) {}

  ChartData chart;
  std::string caption;     // a paragraph above the chart, kept with it; empty: none
  // The height as a share of the text width, at most max_height points; 0: the chart's suggested
  // height (the radar: square-ish).
  double height_share = 0;
  double max_height = 0;
};

// Keep the next `points` of content together (e.g. a clause heading with its first sub-clause).
struct KeepTogether {
  double points = 0;
};

using Block = std::variant<Heading, Paragraph, Bullets, TableBlock, KeyFigures, Banner, ChartBlock, KeepTogether>;

// The body of a section as it is written, block by block.
class Blocks {
 public:
  void heading(int level, std::string text) { items_.emplace_back(Heading{level, std::move(text)}); }
  void paragraph(std::string text, TextRole role = TextRole::body) {
    items_.emplace_back(Paragraph{std::move(text), role});
  }
  void note(std::string text) { paragraph(std::move(text), TextRole::small); }
  void bullets(std::vector<std::string> items) { items_.emplace_back(Bullets{std::move(items)}); }
  void table(TableBlock table) { items_.emplace_back(std::move(table)); }
  void table(layout::Table table) { items_.emplace_back(TableBlock(std::move(table))); }
  void key_figures(std::vector<KeyFigure> figures) { items_.emplace_back(KeyFigures{std::move(figures)}); }
  void banner(Banner banner) { items_.emplace_back(std::move(banner)); }
  void chart(ChartBlock chart) { items_.emplace_back(std::move(chart)); }
  void chart(ChartData chart) { items_.emplace_back(ChartBlock(std::move(chart))); }
  void keep(double points) { items_.emplace_back(KeepTogether{points}); }

  const std::vector<Block>& items() const { return items_; }
  std::vector<Block> take() { return std::move(items_); }

 private:
  std::vector<Block> items_;
};

struct Section {
  std::string id;                        // the template's section id
  SectionRole role = SectionRole::numbered;
  std::string heading;                   // "3 Results by clause"; empty for the cover and contents
  std::vector<Block> blocks;
};

struct ReportContent {
  layout::Metadata metadata;
  layout::Cover cover;
  layout::PageDecoration decoration;
  bool section_page_breaks = true;  // every numbered section and appendix starts a page
  std::vector<Section> sections;    // in the template's order
};

}  // namespace iso20k::reports
