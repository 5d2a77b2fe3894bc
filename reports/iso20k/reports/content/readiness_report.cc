#include "iso20k/reports/content/readiness_report.h"

#include <algorithm>
#include <cctype>
#include <array>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/format/text.h"
#include "iso20k/reports/content/blocker_table.h"
#include "iso20k/reports/content/finding_text.h"
#include "iso20k/reports/content/report_charts.h"
#include "iso20k/reports/content/report_frame.h"
#include "iso20k/reports/content/report_style.h"
#include "iso20k/reports/content/content_blocks.h"
#include "iso20k/reports/content/report_words.h"
#include "iso20k/reports/layout/table.h"
#include "iso20k/rules/evidence_state.h"

namespace iso20k::reports {
namespace {

void add_criteria(Blocks& out, const ReportInput& input, const ReportText& t) {
  const Assessment& a = input.assessment;
  const ScoringSettings& s = input.checklist.scoring;
  std::size_t seen = 0;
  for (const std::string& id : s.stage1_evidence) {
    const EvidenceItem* item = input.checklist.find_evidence(id);
    seen += rules::evidence_state(item, input.workspace.find_evidence(id), a.as_of).present ? 1 : 0;
  }
  const std::size_t total = s.stage1_evidence.size();
  const int majors = a.finding_counts[static_cast<std::size_t>(Grade::major)];
  const auto met = [&](bool ok) {
    return layout::TableCell(ok ? t("label.yes") : t("label.no"),
                             tint(ok ? charts::conformant_color : charts::nonconformant_color, 0.35), true);
  };
  layout::Table table;
  table.columns = {{t("col.criterion"), layout::ColumnWidth::share(1)},
                   {t("col.required"), layout::ColumnWidth::pt(90), layout::Align::right},
                   {t("col.actual"), layout::ColumnWidth::pt(80), layout::Align::right},
                   {t("col.met"), layout::ColumnWidth::pt(50), layout::Align::center}};
  table.rows.push_back({t("readiness.stage1-evidence"),
                        t("readiness.all-of", {{"seen", std::to_string(total)}, {"total", std::to_string(total)}}),
                        t("readiness.all-of", {{"seen", std::to_string(seen)}, {"total", std::to_string(total)}}),
                        met(seen == total)});
  table.rows.push_back({t("readiness.score"), t("readiness.at-least", {{"value", t.percent(s.stage2_min_score)}}),
                        t.percent(a.overall.score, 1), met(a.overall.score + 1e-9 >= s.stage2_min_score)});
  table.rows.push_back({t("readiness.coverage"),
                        t("readiness.at-least", {{"value", t.percent(s.stage2_min_coverage)}}),
                        t.percent(a.overall.coverage, 1), met(a.overall.coverage + 1e-9 >= s.stage2_min_coverage)});
  table.rows.push_back({t("readiness.majors"),
                        s.max_open_majors == 0 ? t("readiness.none")
                                               : t("readiness.at-most", {{"value", std::to_string(s.max_open_majors)}}),
                        std::to_string(majors), met(majors <= s.max_open_majors)});
  out.table(unkept(std::move(table)));
}

// Every blocker in one table with the stage it blocks.
void add_all_blockers(Blocks& out, const ReportInput& input, const ReportText& t, const ReadinessBudget& budget) {
  if (auto table = blocker_table(input, t, 0, budget.majors_listed)) {
    out.table(std::move(*table));
  } else {
    out.paragraph(t("summary.no-blockers"));
  }
}

// The documents the stage 1 audit needs, as the register records them: title, reference, version,
// date and what the review found.
void add_stage1_documents(Blocks& out, const ReportInput& input, const ReportText& t) {
  const Assessment& a = input.assessment;
  const Checklist& cl = input.checklist;
  out.paragraph(t("readiness.stage1-intro"));
  layout::Table table;
  table.font_size = 8;
  table.columns = {{t("col.document"), layout::ColumnWidth::share(1.6)},
                   {t("col.reference"), layout::ColumnWidth::share(1)},
                   {t("col.version"), layout::ColumnWidth::pt(44)},
                   {t("col.date"), layout::ColumnWidth::pt(62)},
                   {t("col.state"), layout::ColumnWidth::pt(78), layout::Align::center}};
  for (const std::string& id : cl.scoring.stage1_evidence) {
    const EvidenceItem* item = cl.find_evidence(id);
    const EvidenceRecord* record = input.workspace.find_evidence(id);
    const auto review = std::find_if(a.evidence.begin(), a.evidence.end(), [&](const ItemReview& r) { return r.item == id; });
    const Review found = review == a.evidence.end() ? Review::outstanding : review->review;
    const bool usable = found == Review::provided && review != a.evidence.end() && !review->stale &&
                        !review->expired && !review->unapproved;
    std::string state = t("review." + std::string(to_string(found)));
    if (review != a.evidence.end() && found != Review::absent && found != Review::outstanding) {
      if (review->unapproved) state += "\n" + t("readiness.unapproved");
      if (review->stale || review->expired) state += "\n" + t("readiness.out-of-date");
    }
    layout::TableCell state_cell(state, tint(usable ? charts::conformant_color : charts::nonconformant_color, 0.3), true);
    const std::optional<Date> date = record == nullptr ? std::nullopt : record->reviewed ? record->reviewed : record->issued;
    table.rows.push_back({item == nullptr || item->title.empty() ? id : item->title,
                          record == nullptr || record->reference.empty() ? "–" : record->reference,
                          record == nullptr || record->version.empty() ? "–" : record->version,
                          date ? t.short_date(*date) : "–", state_cell});
  }
  out.table(unkept(std::move(table)));
}

// Major findings in full while the budget allows; then every other finding in one table.
void add_findings(Blocks& out, const ReportInput& input, const ReportText& t, const ReadinessBudget& budget) {
  const Assessment& a = input.assessment;
  out.paragraph(t("readiness.counts-intro"));
  if (a.findings.empty()) {
    out.paragraph(t("findings.none"));
    return;
  }
  const auto count = [&](Grade g) { return std::to_string(a.finding_counts[static_cast<std::size_t>(g)]); };
  out.paragraph(t("findings.counts", {{"total", std::to_string(a.findings.size())},
                                      {"major", count(Grade::major)},
                                      {"minor", count(Grade::minor)},
                                      {"ofi", count(Grade::ofi)}}));
  std::vector<const Finding*> tabled;
  std::size_t in_full = 0;
  for (const Finding* f : by_grade(a)) {
    if (f->grade == Grade::major && in_full < budget.majors_in_full) {
      if (in_full++ == 0) out.heading(2, t("findings.group.major"));
      add_finding(out, input, t, *f, false);
    } else {
      tabled.push_back(f);
    }
  }
  if (tabled.empty()) return;
  out.heading(2, t(in_full > 0 ? "readiness.other-findings" : "readiness.all-findings"));
  layout::Table table;
  table.font_size = 8;
  table.columns = {{t("col.finding"), layout::ColumnWidth::pt(62)},
                   {t("col.grade"), layout::ColumnWidth::pt(52), layout::Align::center},
                   {t("col.statement"), layout::ColumnWidth::share(1)}};
  for (const Finding* f : tabled) {
    if (table.rows.size() == budget.findings_listed) break;
    table.rows.push_back({f->id, layout::TableCell(t.grade(f->grade), tint(grade_color(f->grade), 0.35), true),
                          clause_label(input.checklist, f->clause) + ": " + first_sentence(finding_words(input, t, *f).nonconformity)});
  }
  const std::size_t listed = table.rows.size();
  out.table(unkept(std::move(table)));
  if (listed < tabled.size()) out.note(t("readiness.findings-more", {{"count", std::to_string(tabled.size() - listed)}}));
}

// Areas of concern for the stage 1 audit: major findings where the management system itself is
// weak (clauses 4–6, 9 and 10).
void add_concerns(Blocks& out, const ReportInput& input, const ReportText& t) {
  const Assessment& a = input.assessment;
  out.heading(2, t("readiness.concerns"));
  if (a.concerns.empty()) {
    out.paragraph(t("readiness.no-concerns"));
    return;
  }
  std::vector<std::string> lines;
  for (const std::string& id : a.concerns) {
    const auto f = std::find_if(a.findings.begin(), a.findings.end(), [&](const Finding& x) { return x.id == id; });
    if (f == a.findings.end()) continue;
    lines.push_back(t("readiness.concern", {{"id", f->id}, {"clause", clause_label(input.checklist, f->clause)}}));
  }
  out.paragraph(t("readiness.concerns-intro"));
  out.bullets(std::move(lines));
}

// Version, date, who prepared the report and who receives it; a block to sign.
void add_document_control(Blocks& out, const ReportInput& input, const ReportText& t) {
  const Profile& p = input.workspace.profile;
  out.table(label_values(t, {{t("control.version"), p.report_version.empty() ? t("control.draft") : p.report_version},
                            {t("control.date"), t.date(input.assessment.as_of)},
                            {t("control.prepared-by"), t.firm() == join(p.assessors, ", ")
                                                           ? join(p.assessors, "\n")
                                                           : t.firm() + "\n" + join(p.assessors, "\n"),
                             true},
                            {t("control.distribution"), p.distribution.empty() ? t("label.none") : join(p.distribution, "\n"),
                             true}}));
  layout::Table sign;
  sign.zebra = false;
  sign.columns = {{t("col.role"), layout::ColumnWidth::pt(110)},
                  {t("col.name"), layout::ColumnWidth::share(1)},
                  {t("col.date"), layout::ColumnWidth::pt(80)},
                  {t("col.signature"), layout::ColumnWidth::share(1)}};
  const std::string lead = p.assessors.empty() ? std::string() : p.assessors.front();
  for (const auto& [role, name] : {std::pair{"control.role-prepared", lead}, std::pair{"control.role-reviewed", std::string()},
                                   std::pair{"control.role-approved", std::string()}}) {
    sign.rows.push_back({t(role), name, "", "\n\n"});
  }
  TableBlock block(std::move(sign), t("control.sign-off"));
  block.keep_whole = 1;
  out.table(std::move(block));
}

}  // namespace

ReportContent readiness_report_content(const ReportInput& input, const Template& tmpl, const ReadinessBudget& budget) {
  const ReportText t(tmpl, input);
  const Assessment& a = input.assessment;
  const std::string title = t("readiness.title");
  ReportContent content;
  content.metadata = report_metadata(input, t, title);
  content.cover = report_cover(input, t, title, t("readiness.subtitle"));
  content.decoration = report_decoration(t, title);
  content.section_page_breaks = false;
  SectionNumbers numbers(t);
  const auto body = [&](const std::string& id, Blocks& out) {
    if (id == "verdict") {
      out.paragraph(t("readiness.intro", {{"date", t.date(a.as_of)}}));
      out.banner(verdict_banner(t, a.verdict));
      out.heading(2, t("readiness.criteria"));
      add_criteria(out, input, t);
      out.note(t("readiness.criteria-note"));
    } else if (id == "readiness-by-clause") {
      out.paragraph(t("readiness.clauses-intro"));
      charts::BarChart chart = clause_score_chart(input, t);
      chart.title.clear();
      out.chart(std::move(chart));
    } else if (id == "scope") {
      out.table(label_values(t, scope_rows(input, t)));
    } else if (id == "stage1-documents") {
      add_stage1_documents(out, input, t);
    } else if (id == "findings") {
      add_findings(out, input, t, budget);
    } else if (id == "document-control") {
      add_document_control(out, input, t);
    } else if (id == "blockers") {
      add_all_blockers(out, input, t, budget);
      add_concerns(out, input, t);
    } else if (id == "finding-counts") {
      out.table(finding_counts(t, a, t("readiness.counts-intro")));
      if (budget.heat_map && !a.findings.empty()) out.chart(findings_heat_map(input, t, 0));
    } else if (id == "process-capability") {
      if (std::optional<charts::RadarChart> radar = capability_radar(input, t)) {
        ChartBlock block(std::move(*radar), t("readiness.capability-intro"));
        block.height_share = 0.72;
        block.max_height = 330;
        out.chart(std::move(block));
        if (const std::string note = capability_radar_note(input, t); !note.empty()) out.note(note);
      } else {
        out.paragraph(t("capability.none"));
      }
    }
  };
  content.sections = build_sections(ReportKind::readiness, section_order(tmpl, ReportKind::readiness), numbers, body);
  return content;
}

}  // namespace iso20k::reports
