// Appendix: the evidence register as the assessment saw it — every evidence item of the checklist
// with its status, reference, dates, owner and approval, and whether it was valid, out of date or
// expired; metrics with their value against target.
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/gap_sections.h"
#include "iso20k/reports/content/report_style.h"
#include "iso20k/reports/layout/table.h"
#include "iso20k/rules/evidence_state.h"

namespace iso20k::reports {
namespace {

void add_items(GapContext& c, EvidenceKind kind) {
  const ReportText& t = c.text;
  const Checklist& cl = c.input.checklist;
  layout::Table table;
  table.font_size = 7.5;
  table.columns = {{t("col.item"), layout::ColumnWidth::share(2.2)},
                   {t("col.status"), layout::ColumnWidth::pt(44)},
                   {t("col.reference"), layout::ColumnWidth::share(2.0)},
                   {t("col.dates"), layout::ColumnWidth::pt(80)},
                   {t("col.owner"), layout::ColumnWidth::share(1.2)},
                   {t("col.state"), layout::ColumnWidth::pt(50), layout::Align::center}};
  for (const EvidenceItem& e : cl.evidence) {
    if (e.kind != kind) continue;
    const EvidenceRecord* r = c.input.workspace.find_evidence(e.id);
    const rules::EvidenceState s = rules::evidence_state(&e, r, c.input.assessment.as_of);
    std::string item = e.id + "\n" + e.title;
    if (e.mandatory) item += " (" + t("evidence.mandatory") + ")";
    std::string dates;
    const auto add_date = [&](const char* id, const std::optional<Date>& d) {
      if (d) dates += (dates.empty() ? "" : "\n") + t(id, {{"date", t.short_date(*d)}});
    };
    std::string state;
    layout::Color fill = layout::white;
    if (r == nullptr) {
      state = t("evidence.not-seen");
      fill = tint(charts::not_assessed_color, 0.6);
    } else {
      add_date("evidence.issued", r->issued);
      add_date("evidence.reviewed", r->reviewed);
      add_date("evidence.expires", r->expires);
      if (s.valid) {
        state = t("evidence.valid");
        fill = tint(charts::conformant_color, 0.3);
      } else if (!s.present) {
        state = t("evidence.not-seen");
        fill = tint(charts::nonconformant_color, 0.3);
      } else if (s.expired) {
        state = t("evidence.expired");
        fill = tint(charts::nonconformant_color, 0.3);
      } else if (s.stale) {
        state = t("evidence.stale");
        fill = tint(charts::partial_color, 0.45);
      } else {
        state = t("evidence.unapproved");
        fill = tint(charts::partial_color, 0.45);
      }
    }
    const std::string status = r == nullptr ? t("evidence.not-registered") : t.evidence_status(r->status);
    std::string reference = r == nullptr ? "" : r->reference;
    if (r != nullptr && !r->version.empty()) {
      reference = t("evidence.reference-version", {{"reference", reference}, {"version", r->version}});
    }
    std::string owner = r == nullptr ? "" : r->owner;
    if (r != nullptr && !r->approved_by.empty()) {
      owner += (owner.empty() ? "" : "\n") + t("evidence.approved-by", {{"name", r->approved_by}});
    }
    table.rows.push_back({item, status, reference, dates, owner, layout::TableCell(state, fill)});
  }
  if (!table.rows.empty()) {
    c.out.heading(2, t(std::string("evidence.kind.") + to_string(kind)));
    c.out.table(unkept(std::move(table)));
  }
}

void add_metrics(GapContext& c) {
  const ReportText& t = c.text;
  layout::Table table;
  table.font_size = 7.5;
  table.columns = {{t("col.item"), layout::ColumnWidth::share(2.7)},
                   {t("col.value"), layout::ColumnWidth::pt(60), layout::Align::right},
                   {t("col.target"), layout::ColumnWidth::pt(70), layout::Align::right},
                   {t("col.period"), layout::ColumnWidth::share(0.8)},
                   {t("col.source"), layout::ColumnWidth::share(1)},
                   {t("col.met"), layout::ColumnWidth::pt(52), layout::Align::center}};
  for (const EvidenceItem& e : c.input.checklist.evidence) {
    if (e.kind != EvidenceKind::metric) continue;
    const MetricRecord* r = c.input.workspace.find_metric(e.id);
    const rules::MetricState s = rules::metric_state(&e, r);
    const std::string unit = r != nullptr && !r->unit.empty() ? r->unit : e.unit;
    const auto with_unit = [&](double v) {
      const std::string n = t.weight(v);
      return unit.empty() ? n : unit == "%" ? t("format.percent", {{"value", n}}) : n + " " + unit;
    };
    const std::string target = t(e.better == Better::higher ? "metric.higher" : "metric.lower", {{"target", with_unit(s.target)}});
    layout::TableCell met;
    if (!s.present) {
      met = layout::TableCell(t("metric.no-value"), tint(charts::not_assessed_color, 0.6));
    } else if (s.met) {
      met = layout::TableCell(t("metric.met"), tint(charts::conformant_color, 0.3));
    } else {
      met = layout::TableCell(t("metric.not-met"), tint(charts::nonconformant_color, 0.3));
    }
    table.rows.push_back({e.id + "\n" + e.title, s.present ? with_unit(s.value) : "–", target,
                          r == nullptr ? "" : r->period, r == nullptr ? "" : r->source, met});
  }
  if (!table.rows.empty()) {
    c.out.heading(2, t("evidence.kind.metric"));
    c.out.table(unkept(std::move(table)));
  }
}

}  // namespace

void add_evidence_register(GapContext& c) {
  c.out.paragraph(c.text("evidence.intro"));
  for (EvidenceKind kind : {EvidenceKind::document, EvidenceKind::record, EvidenceKind::interview, EvidenceKind::observation}) {
    add_items(c, kind);
  }
  add_metrics(c);
}

}  // namespace iso20k::reports
