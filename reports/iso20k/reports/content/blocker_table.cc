#include "iso20k/reports/content/blocker_table.h"

#include <algorithm>

#include "iso20k/reports/layout/table.h"

namespace iso20k::reports {

std::optional<TableBlock> blocker_table(const ReportInput& input, const ReportText& text, int stage,
                                        std::size_t majors_listed) {
  const Assessment& a = input.assessment;
  std::vector<const Finding*> majors;
  std::vector<const Blocker*> others;
  for (int s : {1, 2, 3}) {
    if (stage != 0 && s != stage) continue;
    for (const Blocker& b : a.blockers) {
      if (b.stage != s) continue;
      const auto f = std::find_if(a.findings.begin(), a.findings.end(),
                                  [&](const Finding& x) { return x.id == b.reference && x.grade == Grade::major; });
      if (f != a.findings.end()) {
        majors.push_back(&*f);
      } else {
        others.push_back(&b);
      }
    }
  }
  layout::Table table;
  table.columns = {{text("col.subject"), layout::ColumnWidth::pt(112)},
                   {text("col.blocker"), layout::ColumnWidth::share(1)}};
  if (stage == 0) {
    table.columns.insert(table.columns.begin(), {text("col.stage"), layout::ColumnWidth::pt(62), layout::Align::center});
  }
  const auto row = [&](int s, std::string reference, std::string what, bool strong = false) {
    layout::TableRow r;
    if (stage == 0) r.push_back(s == 3 ? text("blockers.decision") : std::to_string(s));
    r.push_back(std::move(reference));
    r.push_back(std::move(what));
    if (strong) {
      for (layout::TableCell& c : r) c.bold = true;
    }
    table.rows.push_back(std::move(r));
  };
  // What a blocker refers to, as a reader knows it: the document's title, or the criterion.
  const auto what = [&](const std::string& reference) {
    if (reference == "score") return text("readiness.score");
    if (reference == "coverage") return text("readiness.coverage");
    const EvidenceItem* item = input.checklist.find_evidence(reference);
    return item != nullptr && !item->title.empty() ? item->title : reference;
  };
  // What blocks, in the template's words, from what the blocker refers to; the engine's sentence for
  // a kind of blocker this table does not know.
  const ScoringSettings& sc = input.checklist.scoring;
  const auto says = [&](const Blocker& b) {
    if (b.reference == "score") {
      return text("blocker.score", {{"score", text.percent(a.overall.score, 1)}, {"min", text.percent(sc.stage2_min_score, 1)}});
    }
    if (b.reference == "coverage") {
      return text("blocker.coverage",
                  {{"coverage", text.percent(a.overall.coverage, 1)}, {"min", text.percent(sc.stage2_min_coverage, 1)}});
    }
    const auto review = std::find_if(a.evidence.begin(), a.evidence.end(), [&](const ItemReview& r) { return r.item == b.reference; });
    if (b.stage == 1 && review != a.evidence.end() && review->review != Review::provided) {
      const char* id = review->review == Review::absent ? "blocker.absent"
                       : review->review == Review::partial ? "blocker.partial"
                                                           : "blocker.outstanding";
      return text(id, {{"title", what(b.reference)}});
    }
    return b.text;
  };
  for (const Blocker* b : others) row(b->stage, what(b->reference), says(*b));
  if (!majors.empty()) {
    row(3, majors.front()->id + (majors.size() > 1 ? " … " + majors.back()->id : ""),
        text("blockers.majors", {{"count", std::to_string(majors.size())}}) +
            (majors_listed > 0 ? " " + text("blockers.majors-listed") : std::string()),
        true);
    std::stable_sort(majors.begin(), majors.end(), [](const Finding* x, const Finding* y) { return x->weight > y->weight; });
    for (std::size_t i = 0; i < majors.size() && i < majors_listed; ++i) {
      row(3, majors[i]->id,
          text("blockers.major-item", {{"clause", majors[i]->clause}, {"nonconformity", majors[i]->nonconformity}}));
    }
  }
  if (table.rows.empty()) return std::nullopt;
  TableBlock block(std::move(table));
  block.keep_whole = 0.4;
  return block;
}

}  // namespace iso20k::reports
