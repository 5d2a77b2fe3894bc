#include "iso20k/reports/content/report_charts.h"

#include <cmath>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/report_words.h"

namespace iso20k::reports {
namespace {

using charts::okabe_ito::blue;
using charts::okabe_ito::orange;

const Rollup* rollup_of(const Assessment& a, const std::string& clause) {
  for (const ClauseScore& c : a.clauses) {
    if (c.clause == clause) return &c.rollup;
  }
  return nullptr;
}

std::vector<std::string> top_level_clauses(const ReportInput& input) {
  std::vector<std::string> out;
  for (const Clause& c : input.checklist.clauses) {
    if (c.parent < 0) out.push_back(c.number);
  }
  if (out.empty()) {  // no clause tree: the assessment's top-level clauses by their numbers
    for (const ClauseScore& c : input.assessment.clauses) {
      if (c.clause.find('.') == std::string::npos) out.push_back(c.clause);
    }
  }
  return out;
}

// Whole percent: the chart's own labels know no decimal separator but the point, and the text beside
// the chart gives the exact figures.
double percent(double fraction) { return std::round(fraction * 100); }

}  // namespace

std::string clause_label(const Checklist& checklist, const std::string& number) {
  const Clause* c = checklist.find_clause(number);
  return c == nullptr || c->title.empty() ? number : number + " " + c->title;
}

std::string clause_at_depth(const Checklist& checklist, const std::string& number, int depth) {
  const Clause* c = checklist.find_clause(number);
  if (c == nullptr) return number;
  while (c->depth > depth && c->parent >= 0) c = &checklist.clauses[static_cast<std::size_t>(c->parent)];
  return c->number;
}

charts::BarChart clause_score_chart(const ReportInput& input, const ReportText& text) {
  charts::BarChart chart;
  chart.title = text("chart.clause-scores.title");
  chart.axis_label = text("chart.clause-scores.axis");
  chart.threshold = percent(input.checklist.scoring.stage2_min_score);
  chart.threshold_label = text("chart.threshold");
  chart.value_suffix = text("format.percent", {{"value", ""}});
  bool above = false;
  bool below = false;
  bool unassessed = false;
  for (const std::string& clause : top_level_clauses(input)) {
    const Rollup* r = rollup_of(input.assessment, clause);
    const bool assessed = r != nullptr && r->assessed_weight > 0;
    const double value = assessed ? percent(r->score) : 0;
    chart.labels.push_back(clause_label(input.checklist, clause));
    chart.values.push_back(value);
    if (!assessed) {
      chart.colors.push_back(charts::not_assessed_color);
      unassessed = true;
    } else if (value + 1e-9 >= *chart.threshold) {
      chart.colors.push_back(blue);
      above = true;
    } else {
      chart.colors.push_back(orange);
      below = true;
    }
  }
  if (above) chart.legend.push_back({text("chart.legend.at-threshold"), blue});
  if (below) chart.legend.push_back({text("chart.legend.below-threshold"), orange});
  if (unassessed) chart.legend.push_back({text("chart.legend.not-assessed"), charts::not_assessed_color});
  chart.legend.push_back({text("chart.threshold"), charts::okabe_ito::vermillion, charts::Swatch::dashed_line});
  return chart;
}

std::optional<charts::RadarChart> capability_radar(const ReportInput& input, const ReportText& text) {
  const Assessment& a = input.assessment;
  if (a.capability.size() < 3) return std::nullopt;
  charts::RadarChart chart;
  chart.title = text("chart.capability.title");
  chart.max = 5;
  chart.rings = 5;
  charts::RadarSeries achieved{text("chart.capability.achieved"), {}, blue, true, layout::LineStyle::solid};
  charts::RadarSeries target{text("chart.capability.target"), {}, charts::okabe_ito::vermillion, false,
                             layout::LineStyle::dashed};
  bool any_target = false;
  for (const ProcessCapability& p : a.capability) {
    const Process* process = input.checklist.find_process(p.process);
    chart.axes.push_back(process != nullptr && !process->name.empty() ? process->name : p.process);
    achieved.values.push_back(p.level);
    target.values.push_back(p.target_level.value_or(p.level));
    any_target = any_target || p.target_level.has_value();
  }
  chart.series.push_back(std::move(achieved));
  if (any_target) chart.series.push_back(std::move(target));
  return chart;
}

std::string capability_radar_note(const ReportInput& input, const ReportText& text) {
  bool with = false;
  bool without = false;
  for (const ProcessCapability& p : input.assessment.capability) {
    (p.target_level ? with : without) = true;
  }
  return with && without ? text("chart.capability.no-target") : std::string();
}

charts::StackedBarChart results_by_clause_chart(const ReportInput& input, const ReportText& text) {
  charts::StackedBarChart chart;
  chart.title = text("chart.results.title");
  chart.axis_label = text("chart.results.axis");
  // Shares, not counts: clause 8 has ten times the requirements of clause 5, and a reader compares
  // how far each clause is, not how big it is (the count stands at the bar's end).
  chart.normalise = true;
  chart.percent_suffix = percent_suffix(text);
  chart.count_prefix = text("chart.count-prefix") + "\u00A0";  // a no-break space: the count stays with it
  chart.segments = {{text.result(Result::conformant), charts::conformant_color},
                    {text.result(Result::partial), charts::partial_color},
                    {text.result(Result::nonconformant), charts::nonconformant_color},
                    {text.result(Result::not_assessed), charts::not_assessed_color}};
  bool not_applicable = false;
  for (const std::string& clause : top_level_clauses(input)) {
    const Rollup* r = rollup_of(input.assessment, clause);
    std::vector<double> row(5, 0);
    if (r != nullptr) {
      for (std::size_t i = 0; i < 5; ++i) row[i] = r->counts[i];
    }
    not_applicable = not_applicable || row[4] > 0;
    chart.labels.push_back(clause_label(input.checklist, clause));
    chart.values.push_back(std::move(row));
  }
  if (not_applicable) {
    chart.segments.push_back({text.result(Result::not_applicable), layout::hex(0xE3E7EC)});
  } else {
    for (std::vector<double>& row : chart.values) row.pop_back();
  }
  return chart;
}

charts::HeatMap findings_heat_map(const ReportInput& input, const ReportText& text, int depth) {
  charts::HeatMap chart;
  chart.title = text("chart.findings.title");
  chart.columns = {text.grade(Grade::major), text.grade(Grade::minor), text.grade(Grade::ofi)};
  chart.column_colors = {charts::major_color, charts::minor_color, charts::ofi_color};
  chart.note = text("chart.findings.note-fixed");
  // The same shades for the same counts in every report, so that two reports compare at a glance.
  charts::HeatScale scale = charts::finding_count_scale();
  scale.title = text("chart.findings.scale");
  for (charts::HeatBand& band : scale.bands) {
    if (band.label == "0") continue;
    band.label = text("chart.findings.band", {{"range", band.label}});
  }
  chart.scale = std::move(scale);
  std::vector<std::string> rows;
  if (depth <= 0) {
    rows = top_level_clauses(input);
  } else {
    for (const Clause& c : input.checklist.clauses) {
      if (c.depth != depth) continue;
      for (const Finding& f : input.assessment.findings) {
        if (clause_at_depth(input.checklist, f.clause, depth) == c.number) {
          rows.push_back(c.number);
          break;
        }
      }
    }
  }
  for (const std::string& row : rows) {
    std::vector<double> counts(3, 0);
    for (const Finding& f : input.assessment.findings) {
      if (clause_at_depth(input.checklist, f.clause, std::max(depth, 0)) == row) {
        counts[static_cast<std::size_t>(f.grade)] += 1;
      }
    }
    chart.rows.push_back(clause_label(input.checklist, row));
    chart.values.push_back(std::move(counts));
  }
  return chart;
}

std::string percent_suffix(const ReportText& text) {
  const std::string zero = text.percent(0);  // "0%" or "0 %" (with a no-break or narrow space)
  return zero.size() > 1 && zero[0] == '0' ? zero.substr(1) : "%";
}

std::optional<charts::CapabilityChart> capability_chart(const ReportInput& input, const ReportText& text) {
  const Assessment& a = input.assessment;
  if (a.capability.empty()) return std::nullopt;
  charts::CapabilityChart chart;
  chart.title = text("chart.capability.title");
  for (int level = 0; level <= 5; ++level) chart.level_labels.push_back(text("capability.level." + std::to_string(level)));
  chart.achieved_label = text("chart.capability.achieved");
  chart.target_label = text("chart.capability.target");
  chart.below_target_label = text("chart.capability.below");
  // The chart fills in the levels: the placeholders pass through the template's formatting unchanged.
  const std::map<std::string, std::string> literal{{"target", "{target}"}, {"achieved", "{achieved}"}};
  chart.gap_text = text("chart.capability.gap", literal);
  chart.met_text = text("chart.capability.met", literal);
  for (const ProcessCapability& p : a.capability) {
    charts::CapabilityRow row;
    const Process* process = input.checklist.find_process(p.process);
    row.label = process != nullptr ? process->name : p.process;
    row.achieved = p.level;
    if (p.target_level) row.target = *p.target_level;
    chart.rows.push_back(std::move(row));
  }
  return chart;
}

namespace {

charts::ChartDate chart_date(Date d) {
  const charts::ChartDate c = charts::date_of_days(d.days);
  return c;
}

}  // namespace

std::optional<charts::TimelineChart> plan_timeline(const ReportInput& input, const ReportText& text) {
  const Assessment& a = input.assessment;
  charts::TimelineChart chart;
  chart.title = text("chart.plan.title");
  const std::array colors{charts::okabe_ito::vermillion, charts::okabe_ito::orange, charts::okabe_ito::blue,
                          charts::okabe_ito::green};
  for (int phase = 1; phase <= 4; ++phase) {
    chart.phases.push_back({text("chart.plan.phase", {{"number", std::to_string(phase)}}), colors[phase - 1]});
  }
  for (int m = 1; m <= 12; ++m) chart.month_names[m - 1] = text("month.short." + std::to_string(m));
  chart.overdue_label = text("plan.overdue");
  // Each open action from the assessment date (or its due date, when that is earlier: overdue) to its
  // due date; the last due date of phases 1–2 and of all phases are the earliest stage 1 and stage 2
  // audits the plan allows.
  std::optional<Date> documents_done;
  std::optional<Date> all_done;
  for (const PlannedAction& p : a.plan) {
    if (!p.due || p.status == ActionStatus::done || p.status == ActionStatus::cancelled) continue;
    const Date start = p.due->days < a.as_of.days ? *p.due : a.as_of;
    chart.items.push_back({p.id + " " + action_title(input, text, p), chart_date(start), chart_date(*p.due),
                           static_cast<std::size_t>(std::clamp(p.phase, 1, 4) - 1), p.overdue,
                           text("chart.plan.phase", {{"number", std::to_string(p.phase)}})});
    if (p.phase <= 2 && (!documents_done || documents_done->days < p.due->days)) documents_done = p.due;
    if (!all_done || all_done->days < p.due->days) all_done = p.due;
  }
  if (chart.items.empty()) return std::nullopt;
  std::stable_sort(chart.items.begin(), chart.items.end(), [](const charts::TimelineItem& x, const charts::TimelineItem& y) {
    return x.phase < y.phase;
  });
  chart.milestones.push_back({text("chart.plan.assessed"), chart_date(a.as_of), charts::title_color});
  const Date stage1 = a.verdict != Verdict::not_ready || !documents_done ? a.as_of : *documents_done;
  const Date stage2 = a.verdict == Verdict::stage2 || !all_done ? stage1 : *all_done;
  if (stage1.days != a.as_of.days) {
    chart.milestones.push_back({text("chart.plan.stage1"), chart_date(stage1), charts::okabe_ito::blue});
  }
  if (stage2.days != stage1.days || stage2.days != a.as_of.days) {
    chart.milestones.push_back({text("chart.plan.stage2"), chart_date(stage2), charts::okabe_ito::green});
  }
  return chart;
}

charts::StackedBarChart evidence_status_chart(const ReportInput& input, const ReportText& text) {
  charts::StackedBarChart chart;
  chart.title = text("chart.evidence.title");
  chart.axis_label = text("chart.evidence.axis");
  chart.normalise = true;
  chart.percent_suffix = percent_suffix(text);
  chart.count_prefix = text("chart.count-prefix") + "\u00A0";  // a no-break space: the count stays with it
  chart.segments = {{text("review.provided"), charts::evidence_provided_color},
                    {text("review.partial"), charts::evidence_partial_color},
                    {text("review.absent"), charts::evidence_absent_color},
                    {text("review.outstanding"), charts::evidence_outstanding_color}};
  for (EvidenceKind kind : {EvidenceKind::document, EvidenceKind::record, EvidenceKind::interview,
                            EvidenceKind::observation, EvidenceKind::metric}) {
    std::vector<double> row(4, 0);
    for (const ItemReview& r : input.assessment.evidence) {
      const EvidenceItem* item = input.checklist.find_evidence(r.item);
      if (item == nullptr || item->kind != kind) continue;
      row[r.review == Review::provided ? 0 : r.review == Review::partial ? 1 : r.review == Review::absent ? 2 : 3] += 1;
    }
    if (row[0] + row[1] + row[2] + row[3] == 0) continue;
    chart.labels.push_back(text(std::string("evidence.kind.") + to_string(kind)));
    chart.values.push_back(std::move(row));
  }
  return chart;
}

std::optional<charts::TrendChart> score_trend(const ReportInput& input, const std::vector<Assessment>& earlier,
                                              const ReportText& text) {
  if (earlier.empty()) return std::nullopt;
  std::vector<const Assessment*> runs;
  for (const Assessment& a : earlier) runs.push_back(&a);
  runs.push_back(&input.assessment);
  std::stable_sort(runs.begin(), runs.end(), [](const Assessment* x, const Assessment* y) { return x->as_of.days < y->as_of.days; });
  charts::TrendChart chart;
  chart.title = text("chart.trend.title");
  chart.axis_label = text("chart.trend.axis");
  chart.value_suffix = percent_suffix(text);
  chart.threshold = input.checklist.scoring.stage2_min_score * 100;
  chart.threshold_label = text("chart.threshold");
  for (int m = 1; m <= 12; ++m) chart.month_names[m - 1] = text("month.short." + std::to_string(m));
  charts::TrendSeries overall{text("chart.trend.overall"), {}, charts::okabe_ito::blue, layout::LineStyle::solid};
  charts::TrendSeries hls{text("chart.trend.hls"), {}, charts::okabe_ito::orange, layout::LineStyle::dashed};
  charts::TrendSeries sms{text("chart.trend.sms"), {}, charts::okabe_ito::green, layout::LineStyle::dotted};
  for (const Assessment* a : runs) {
    chart.dates.push_back(chart_date(a->as_of));
    overall.values.push_back(a->overall.score * 100);
    hls.values.push_back(a->hls.score * 100);
    sms.values.push_back(a->sms.score * 100);
  }
  chart.series = {std::move(overall), std::move(hls), std::move(sms)};
  return chart;
}

}  // namespace iso20k::reports
