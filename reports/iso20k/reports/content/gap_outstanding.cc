// Evidence still outstanding: the items of the checklist asked for or not yet reviewed, whose review
// could still change results — mandatory documented information and stage 1 documents first, then
// by how many requirements wait on them. The full list is the request list (iso20k init).
#include <algorithm>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/gap_sections.h"
#include "iso20k/reports/content/report_charts.h"
#include "iso20k/reports/content/report_style.h"

namespace iso20k::reports {
namespace {

struct Waiting {
  const EvidenceItem* item;
  const EvidenceRecord* record;
  bool stage1;
  int requirements;  // how many requirements' results wait on it
};

}  // namespace

void add_outstanding_evidence(GapContext& c) {
  const Assessment& a = c.input.assessment;
  const Checklist& cl = c.input.checklist;
  const ReportText& t = c.text;
  std::map<std::string, int, std::less<>> waiting_on;
  for (const RequirementResult& r : a.results) {
    for (const std::string& id : r.outstanding) ++waiting_on[id];
  }
  std::vector<Waiting> items;
  for (const ItemReview& review : a.evidence) {
    if (review.review != Review::outstanding) continue;
    const EvidenceItem* item = cl.find_evidence(review.item);
    if (item == nullptr) continue;
    const auto n = waiting_on.find(review.item);
    const bool stage1 = std::find(cl.scoring.stage1_evidence.begin(), cl.scoring.stage1_evidence.end(), item->id) !=
                        cl.scoring.stage1_evidence.end();
    items.push_back({item, c.input.workspace.find_evidence(item->id), stage1, n == waiting_on.end() ? 0 : n->second});
  }
  c.out.chart(evidence_status_chart(c.input, t));
  if (items.empty()) {
    c.out.paragraph(t("outstanding.none"));
    return;
  }
  std::stable_sort(items.begin(), items.end(), [](const Waiting& x, const Waiting& y) {
    if (x.item->mandatory != y.item->mandatory) return x.item->mandatory;
    if (x.stage1 != y.stage1) return x.stage1;
    return x.requirements > y.requirements;
  });
  c.out.paragraph(t("outstanding.intro", {{"count", std::to_string(items.size())}}));
  layout::Table table;
  table.font_size = 8;
  table.columns = {{t("col.evidence-item"), layout::ColumnWidth::share(1)},
                   {t("col.kind"), layout::ColumnWidth::pt(62)},
                   {t("col.owner"), layout::ColumnWidth::pt(90)},
                   {t("col.waiting"), layout::ColumnWidth::pt(60), layout::Align::right}};
  for (std::size_t i = 0; i < items.size() && i < c.budget.outstanding_listed; ++i) {
    const Waiting& w = items[i];
    std::string title = w.item->title.empty() ? w.item->id : w.item->title;
    if (w.item->mandatory) title += " · " + t("outstanding.mandatory");
    if (w.stage1) title += " · " + t("outstanding.stage1");
    layout::TableCell what(title);
    if (w.item->mandatory || w.stage1) what.fill = tint(charts::okabe_ito::orange, 0.2);
    const std::string owner = w.record != nullptr && !w.record->owner.empty() ? w.record->owner : "–";
    table.rows.push_back({what, t(std::string("evidence.kind-name.") + to_string(w.item->kind)), owner,
                          std::to_string(w.requirements)});
  }
  c.out.table(unkept(std::move(table)));
  if (items.size() > c.budget.outstanding_listed) {
    c.out.note(t("outstanding.more", {{"count", std::to_string(items.size() - c.budget.outstanding_listed)}}));
  }
}

}  // namespace iso20k::reports
