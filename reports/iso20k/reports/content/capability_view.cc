#include "iso20k/reports/content/capability_view.h"

#include "iso20k/reports/content/content_blocks.h"

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/report_style.h"
#include "iso20k/reports/content/report_words.h"
#include "iso20k/reports/layout/table.h"
#include "iso20k/score/capability.h"

namespace iso20k::reports {
namespace {

layout::Color rating_fill(Rating r) {
  switch (r) {
    case Rating::N: return tint(charts::okabe_ito::blue, 0.08);
    case Rating::P: return tint(charts::okabe_ito::blue, 0.3);
    case Rating::L: return tint(charts::okabe_ito::blue, 0.6);
    case Rating::F: return charts::okabe_ito::blue;
  }
  return layout::white;
}

}  // namespace

std::string process_name(const Checklist& checklist, const std::string& id) {
  const Process* p = checklist.find_process(id);
  return p == nullptr || p->name.empty() ? id : p->name;
}

void add_capability_table(Blocks& out, const ReportInput& input, const ReportText& text) {
  layout::Table table;
  table.font_size = 8;
  table.columns.push_back({text("col.process"), layout::ColumnWidth::share(1)});
  for (int i = 0; i < kAttributeCount; ++i) {
    std::string name = to_string(static_cast<Attribute>(i));  // "PA1.1"
    if (name.starts_with("PA")) name = name.substr(2);
    table.columns.push_back({name, layout::ColumnWidth::pt(25), layout::Align::center});
  }
  table.columns.push_back({text("col.level"), layout::ColumnWidth::pt(36), layout::Align::center});
  table.columns.push_back({text("col.target"), layout::ColumnWidth::pt(40), layout::Align::center});
  table.columns.push_back({text("col.gap"), layout::ColumnWidth::pt(32), layout::Align::center});
  for (const ProcessCapability& p : input.assessment.capability) {
    layout::TableRow row{process_name(input.checklist, p.process)};
    for (const AttributeRating& a : p.attributes) {
      if (a.rated) {
        row.push_back(layout::TableCell(to_string(a.rating), rating_fill(a.rating), true));
      } else {
        row.push_back("–");
      }
    }
    layout::TableCell level(std::to_string(p.level));
    level.bold = true;
    row.push_back(level);
    row.push_back(p.target_level ? std::to_string(*p.target_level) : "–");
    if (p.gap > 0) {
      row.push_back(layout::TableCell(std::to_string(p.gap), tint(charts::okabe_ito::vermillion, 0.3), true));
    } else {
      row.push_back(p.target_level ? "0" : "–");
    }
    table.rows.push_back(std::move(row));
  }
  out.table(unkept(std::move(table)));
  const RatingBands& b = input.checklist.scoring.bands;
  out.note(text("capability.legend", {{"n", text.percent(b.n_max)}, {"p", text.percent(b.p_max)}, {"l", text.percent(b.l_max)}}));
}

void add_capability_explanations(Blocks& out, const ReportInput& input, const ReportText& text) {
  layout::Table table;
  table.columns = {{text("col.process"), layout::ColumnWidth::pt(150)},
                   {text("col.level"), layout::ColumnWidth::pt(40), layout::Align::center},
                   {text("col.explanation"), layout::ColumnWidth::share(1)}};
  for (const ProcessCapability& p : input.assessment.capability) {
    table.rows.push_back({process_name(input.checklist, p.process), std::to_string(p.level),
                          phrases_text(capability_phrases(p), ReportWords(text, input.checklist), " ")});
  }
  out.table(unkept(std::move(table)));
}

}  // namespace iso20k::reports
