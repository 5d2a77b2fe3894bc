#include "iso20k/reports/pdf/render_pdf.h"

#include <algorithm>
#include <type_traits>

#include "iso20k/reports/content/report_style.h"
#include "iso20k/reports/layout/cover.h"
#include "iso20k/reports/layout/flow.h"
#include "iso20k/reports/pdf/report_blocks.h"
#include "iso20k/reports/pdf/table_fit.h"

namespace iso20k::reports {
namespace {

const layout::TextStyle& style_of(const layout::Flow& flow, TextRole role, layout::TextStyle& scratch) {
  scratch = role == TextRole::small ? flow.theme().small() : flow.theme().body();
  return scratch;
}

void place_table(layout::Flow& flow, const TableBlock& block) {
  layout::Table table = block.table;
  fit_columns(flow, table, block.widest_column);
  layout::TextStyle style;
  const double lead =
      block.caption.empty() ? 0 : paragraph_height(flow, block.caption, style_of(flow, block.caption_role, style));
  if (block.keep_start) keep_with_table(flow, lead, table, block.keep_whole);
  if (!block.caption.empty()) flow.paragraph(block.caption, style_of(flow, block.caption_role, style));
  layout::add_table(flow, table);
}

void place_chart(layout::Flow& flow, const ChartBlock& block) {
  double height = 0;
  if (block.height_share > 0) {
    height = flow.frame().w * block.height_share;
    if (block.max_height > 0) height = std::min(height, block.max_height);
  }
  if (!block.caption.empty()) {
    const double chart_height = height > 0 ? height : chart_height_in(flow, block.chart);
    flow.keep(paragraph_height(flow, block.caption, flow.theme().body()) + chart_height);
    flow.paragraph(block.caption);
  }
  add_chart(flow, block.chart, height);
}

void place(layout::Flow& flow, const Block& block) {
  std::visit(
      [&](const auto& b) {
        using T = std::decay_t<decltype(b)>;
        layout::TextStyle style;
        if constexpr (std::is_same_v<T, Heading>) {
          flow.heading(b.level, b.text);
        } else if constexpr (std::is_same_v<T, Paragraph>) {
          flow.paragraph(b.text, style_of(flow, b.role, style));
        } else if constexpr (std::is_same_v<T, Bullets>) {
          flow.bullets(b.items);
        } else if constexpr (std::is_same_v<T, TableBlock>) {
          place_table(flow, b);
        } else if constexpr (std::is_same_v<T, KeyFigures>) {
          add_key_figures(flow, b.figures);
        } else if constexpr (std::is_same_v<T, Banner>) {
          add_banner(flow, b);
        } else if constexpr (std::is_same_v<T, ChartBlock>) {
          place_chart(flow, b);
        } else if constexpr (std::is_same_v<T, KeepTogether>) {
          flow.keep(b.points);
        }
      },
      block);
}

}  // namespace

RenderedPdf render_pdf(const ReportContent& content, const Template& tmpl) {
  layout::Document doc(document_options(tmpl, content.metadata));
  layout::Flow flow(doc, report_theme(tmpl));
  for (const Section& section : content.sections) {
    if (section.role == SectionRole::cover) {
      layout::add_cover(flow, content.cover);
      continue;
    }
    if (section.role == SectionRole::contents) {
      flow.table_of_contents();
      continue;
    }
    if (content.section_page_breaks) flow.page_break();
    flow.heading(1, section.heading);
    for (const Block& block : section.blocks) place(flow, block);
  }
  flow.finish(content.decoration);
  RenderedPdf out;
  out.pages = doc.page_count();
  out.bytes = doc.to_bytes();
  return out;
}

}  // namespace iso20k::reports
