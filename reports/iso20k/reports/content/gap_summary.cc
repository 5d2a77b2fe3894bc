// The executive summary: key figures, the verdict, blockers, the most important gaps and the score
// of each clause against the stage 2 threshold.
#include <algorithm>

#include "iso20k/format/text.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/blocker_table.h"
#include "iso20k/reports/content/gap_sections.h"
#include "iso20k/reports/content/report_charts.h"
#include "iso20k/reports/content/report_style.h"
#include "iso20k/reports/content/report_frame.h"
#include "iso20k/reports/content/report_words.h"
#include "iso20k/reports/layout/table.h"

namespace iso20k::reports {
namespace {

constexpr std::size_t kTopGaps = 5;
constexpr std::size_t kStrengths = 5;
constexpr std::size_t kThemes = 4;

// The assessor's text split at blank lines, each paragraph's lines joined.
std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += (current.empty() ? "" : " ") + line.substr(line.find_first_not_of(" \t"));
    }
    start = end + 1;
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}
constexpr std::size_t kSummaryMajors = 0;  // the most important gaps follow anyway

std::vector<const Finding*> most_important(const Assessment& a, std::size_t n) {
  std::vector<const Finding*> all;
  for (const Finding& f : a.findings) all.push_back(&f);
  std::stable_sort(all.begin(), all.end(), [](const Finding* x, const Finding* y) {
    if (x->grade != y->grade) return x->grade < y->grade;  // major, minor, OFI
    if (x->weight != y->weight) return x->weight > y->weight;
    return x->requirements.size() > y->requirements.size();  // the wider gap first
  });
  if (all.size() > n) all.resize(n);
  return all;
}

bool in_clause(const std::string& number, const std::string& clause) {
  return number == clause || (number.size() > clause.size() && number.compare(0, clause.size(), clause) == 0 &&
                              number[clause.size()] == '.');
}

// Sub-clauses (second level) that meet the stage 2 score on at least half of their weight assessed
// and have no nonconformity; then processes at or above their target capability.
void add_strengths(GapContext& c) {
  const Assessment& a = c.input.assessment;
  const Checklist& cl = c.input.checklist;
  const ReportText& t = c.text;
  struct Strong {
    const Clause* clause;
    double score;
  };
  std::vector<Strong> strong;
  for (const Clause& sub : cl.clauses) {
    if (sub.depth != 1) continue;
    {
      const auto s = std::find_if(a.clauses.begin(), a.clauses.end(), [&](const ClauseScore& x) { return x.clause == sub.number; });
      if (s == a.clauses.end() || s->rollup.assessed_weight <= 0 || s->rollup.coverage < 0.5 ||
          s->rollup.score + 1e-9 < cl.scoring.stage2_min_score) {
        continue;
      }
      const bool gap = std::any_of(a.findings.begin(), a.findings.end(), [&](const Finding& f) {
        return f.grade != Grade::ofi && in_clause(f.clause, sub.number);
      });
      if (!gap) strong.push_back({&sub, s->rollup.score});
    }
  }
  std::stable_sort(strong.begin(), strong.end(), [](const Strong& x, const Strong& y) { return x.score > y.score; });
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < strong.size() && i < kStrengths; ++i) {
    lines.push_back(t("summary.strength-clause", {{"clause", clause_label(cl, strong[i].clause->number)},
                                                  {"score", t.percent(strong[i].score)}}));
  }
  for (const ProcessCapability& p : a.capability) {
    if (!p.target_level || p.level < *p.target_level) continue;
    const Process* process = cl.find_process(p.process);
    lines.push_back(t("summary.strength-process", {{"process", process != nullptr ? process->name : p.process},
                                                   {"level", std::to_string(p.level)}}));
  }
  c.out.heading(2, t("summary.strengths"));
  if (lines.empty()) {
    c.out.paragraph(t("summary.no-strengths"));
  } else {
    c.out.paragraph(t("summary.strengths-intro"));
    c.out.bullets(std::move(lines));
  }
}

// The top-level clauses where the nonconformities gather, the most serious first, with the
// sub-clauses they are in.
void add_themes(GapContext& c) {
  const Assessment& a = c.input.assessment;
  const Checklist& cl = c.input.checklist;
  const ReportText& t = c.text;
  struct Theme {
    const Clause* clause;
    int majors = 0, minors = 0;
    std::vector<std::string> where;
  };
  std::vector<Theme> themes;
  for (const Clause& top : cl.clauses) {
    if (top.depth != 0) continue;
    Theme theme{&top, 0, 0, {}};
    for (const Finding& f : a.findings) {
      if (f.grade == Grade::ofi || !in_clause(f.clause, top.number)) continue;
      (f.grade == Grade::major ? theme.majors : theme.minors) += 1;
      const std::string sub = clause_at_depth(cl, f.clause, 1);
      if (std::find(theme.where.begin(), theme.where.end(), sub) == theme.where.end()) theme.where.push_back(sub);
    }
    if (theme.majors + theme.minors > 0) themes.push_back(std::move(theme));
  }
  std::stable_sort(themes.begin(), themes.end(), [](const Theme& x, const Theme& y) {
    return x.majors != y.majors ? x.majors > y.majors : x.minors > y.minors;
  });
  c.out.heading(2, t("summary.themes"));
  if (themes.empty()) {
    c.out.paragraph(t("summary.no-themes"));
    return;
  }
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < themes.size() && i < kThemes; ++i) {
    const Theme& th = themes[i];
    std::vector<std::string> where;
    for (const std::string& n : th.where) where.push_back(clause_label(cl, n));
    lines.push_back(t("summary.theme", {{"clause", clause_label(cl, th.clause->number)},
                                        {"majors", std::to_string(th.majors)},
                                        {"minors", std::to_string(th.minors)},
                                        {"where", t.list(where)}}));
  }
  c.out.paragraph(t("summary.themes-intro"));
  c.out.bullets(std::move(lines));
}

// What stands between the organisation and a certificate, by the verdict.
std::string path_text(const GapContext& c) {
  const Assessment& a = c.input.assessment;
  const ReportText& t = c.text;
  int stage1 = 0, stage2 = 0, decision = 0;
  for (const Blocker& b : a.blockers) (b.stage == 1 ? stage1 : b.stage == 2 ? stage2 : decision) += 1;
  // Counted nouns in the template's words, singular or plural: "1 item", "3 items", "1 major
  // nonconformity"; a count of none in its own word.
  const auto counted = [&](int n, const char* one, const char* many) {
    return n == 0 ? t("label.none") : t(n == 1 ? one : many, {{"count", std::to_string(n)}});
  };
  const std::map<std::string, std::string> counts{
      {"stage1", counted(stage1, "summary.count-item", "summary.count-items")},
      {"stage2", counted(stage2, "summary.count-item", "summary.count-items")},
      {"decision", counted(decision, "summary.count-major", "summary.count-majors")}};
  const std::string then = decision > 0 ? " " + t("summary.path-decision", counts) : std::string();
  if (a.verdict == Verdict::not_ready) return t("summary.path-not-ready", counts) + then;
  if (a.verdict == Verdict::stage1) return t("summary.path-stage1", counts) + then;
  return decision > 0 ? t("summary.path-stage2-blocked", counts) : t("summary.path-stage2", counts);
}

// One line per phase of the plan: its actions and when the last is due.
std::vector<std::string> phase_lines(const GapContext& c) {
  const ReportText& t = c.text;
  std::vector<std::string> lines;
  for (int phase = 1; phase <= 4; ++phase) {
    int actions = 0;
    std::optional<Date> last;
    for (const PlannedAction& p : c.input.assessment.plan) {
      if (p.phase != phase || p.status == ActionStatus::done || p.status == ActionStatus::cancelled) continue;
      ++actions;
      if (p.due && (!last || last->days < p.due->days)) last = p.due;
    }
    if (actions == 0) continue;
    const std::map<std::string, std::string> v{{"number", std::to_string(phase)},
                                               {"title", t("phase." + std::to_string(phase))},
                                               {"actions", t(actions == 1 ? "summary.count-action" : "summary.count-actions",
                                                             {{"count", std::to_string(actions)}})},
                                               {"due", last ? t.date(*last) : std::string()}};
    lines.push_back(t(last ? "summary.phase" : "summary.phase-undated", v));
  }
  return lines;
}

}  // namespace

void add_executive_summary(GapContext& c) {
  const Assessment& a = c.input.assessment;
  const ReportText& t = c.text;
  const ScoringSettings& s = c.input.checklist.scoring;
  c.out.paragraph(t("summary.intro", {{"date", t.date(a.as_of)}}));
  if (const std::string& own = c.input.workspace.profile.summary; !own.empty()) {
    c.out.heading(2, t("summary.assessor", {{"assessors", join(c.input.workspace.profile.assessors, "; ")}}));
    for (std::string& paragraph : paragraphs(own)) c.out.paragraph(std::move(paragraph));
  }

  int assessed = 0;
  for (const RequirementResult& r : a.results) {
    assessed += r.result == Result::conformant || r.result == Result::partial || r.result == Result::nonconformant;
  }
  const auto counts = [&](Grade g) { return std::to_string(a.finding_counts[static_cast<std::size_t>(g)]); };
  const int total_findings = a.finding_counts[0] + a.finding_counts[1] + a.finding_counts[2];
  const layout::Color primary = c.theme.primary;
  const bool score_ok = a.overall.score + 1e-9 >= s.stage2_min_score;
  const bool coverage_ok = a.overall.coverage + 1e-9 >= s.stage2_min_coverage;
  c.out.key_figures(
      {KeyFigure{t("summary.tile.score"), t.percent(a.overall.score, 1), t("summary.tile.score-note", {{"model", t.model(a.model)}}),
                 score_ok ? primary : charts::okabe_ito::vermillion, std::nullopt},
       KeyFigure{t("summary.tile.coverage"), t.percent(a.overall.coverage, 1),
                 t("summary.tile.coverage-note",
                   {{"assessed", std::to_string(assessed)}, {"requirements", std::to_string(a.results.size())}}),
                 coverage_ok ? primary : charts::okabe_ito::vermillion, std::nullopt},
       KeyFigure{t("summary.tile.findings"), std::to_string(total_findings),
                 t("summary.tile.findings-note",
                   {{"major", counts(Grade::major)}, {"minor", counts(Grade::minor)}, {"ofi", counts(Grade::ofi)}}),
                 a.finding_counts[0] > 0 ? charts::okabe_ito::vermillion : primary, std::nullopt}});
  c.out.banner(verdict_banner(t, a.verdict));
  c.out.paragraph(t("summary.result", {{"score", t.percent(a.overall.score, 1)},
                                        {"coverage", t.percent(a.overall.coverage, 1)},
                                        {"min-score", t.percent(s.stage2_min_score)},
                                        {"min-coverage", t.percent(s.stage2_min_coverage)},
                                        {"max-majors", std::to_string(s.max_open_majors)},
                                        {"majors", s.max_open_majors == 0
                                                       ? t("summary.majors-none")
                                                       : t("summary.majors-some",
                                                           {{"max-majors", std::to_string(s.max_open_majors)}})}}));

  add_strengths(c);
  add_themes(c);

  c.out.heading(2, t("summary.path"));
  c.out.paragraph(path_text(c));
  if (auto table = blocker_table(c.input, t, 0, kSummaryMajors)) c.out.table(std::move(*table));
  if (std::vector<std::string> phases = phase_lines(c); !phases.empty()) {
    c.out.paragraph(t("summary.roadmap"));
    c.out.bullets(std::move(phases));
  }

  c.out.heading(2, t("summary.top-gaps"));
  const std::vector<const Finding*> top = most_important(a, kTopGaps);
  if (top.empty()) {
    c.out.paragraph(t("summary.no-gaps"));
  } else {
    layout::Table table;
    table.columns = {{t("col.finding"), layout::ColumnWidth::pt(48)},
                     {t("col.clause"), layout::ColumnWidth::pt(50)},
                     {t("col.grade"), layout::ColumnWidth::pt(58), layout::Align::center},
                     {t("col.gap"), layout::ColumnWidth::share(1)}};
    for (const Finding* f : top) {
      table.rows.push_back({f->id, f->clause, layout::TableCell(t.grade(f->grade), tint(grade_color(f->grade), 0.35), true),
                            finding_words(c.input, t, *f).nonconformity});
    }
    TableBlock block(std::move(table), t("summary.top-gaps-intro"));
    block.keep_whole = 0.6;
    c.out.table(std::move(block));
  }
}

}  // namespace iso20k::reports
