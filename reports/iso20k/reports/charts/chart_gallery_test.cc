// The chart gallery: every chart of this folder on sample data, in English and German, laid out in a
// flow the way a report places them. Written to $ISO20K_CHART_GALLERY (default
// /tmp/iso20k-chart-gallery.pdf) so that people can look at it, e.g.
//   build/tests/iso20k_tests -tc="chart gallery*" && pdftoppm -r 70 -png /tmp/iso20k-chart-gallery.pdf /tmp/gallery
#include <doctest/doctest.h>

#include <cstdlib>

#include "iso20k/reports/charts/capability_chart.h"
#include "iso20k/reports/charts/heat_map.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/charts/stacked_bar_chart.h"
#include "iso20k/reports/charts/timeline_chart.h"
#include "iso20k/reports/charts/trend_chart.h"
#include "iso20k/reports/layout/flow.h"
#include "support/pdf_probe.h"

namespace iso20k::charts {
namespace {

namespace t = iso20k::testing;
using namespace iso20k::layout;

const MonthNames kGermanMonths{"Jan", "Feb", "M\u00e4r", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"};

template <typename Chart, typename Draw>
void place(Flow& flow, const Chart& chart, Draw draw) {
  auto [canvas, box] = flow.place(suggested_height(flow.document(), chart, flow.frame().w));
  draw(canvas, chart, box);
  flow.space(14);
}

StackedBarChart results_by_clause() {
  StackedBarChart chart;
  chart.title = "Results by clause";
  chart.labels = {"4 Context of the organization", "5 Leadership", "6 Planning", "7 Support of the service management system",
                  "8 Operation of the service management system", "9 Performance evaluation", "10 Improvement"};
  chart.segments = {{"Conformant", conformant_color}, {"Partially conformant", partial_color},
                    {"Nonconformant", nonconformant_color}, {"Not assessed", not_assessed_color}};
  chart.values = {{9, 3, 1, 0}, {8, 2, 2, 1}, {5, 4, 2, 1}, {14, 5, 3, 2}, {81, 32, 21, 8}, {6, 4, 3, 0}, {5, 1, 0, 1}};
  chart.normalise = true;
  chart.axis_label = "Share of requirements";
  return chart;
}

StackedBarChart evidence_by_kind(bool german) {
  StackedBarChart chart;
  chart.normalise = true;
  chart.values = {{98, 12, 30, 2}, {40, 10, 8, 6}, {12, 2, 1, 0}, {4, 1, 0, 3}, {9, 0, 3, 2}};
  if (german) {
    chart.title = "Nachweisstatus nach Art des Nachweises";
    chart.labels = {"Dokumente", "Aufzeichnungen", "Befragungen", "Beobachtungen", "Kennzahlen"};
    chart.segments = {{"Vorgelegt", evidence_provided_color}, {"Teilweise (mit M\u00e4ngeln)", evidence_partial_color},
                      {"Fehlt", evidence_absent_color}, {"Ausstehend", evidence_outstanding_color}};
    chart.axis_label = "Anteil der erwarteten Nachweise";
    chart.percent_suffix = " %";
  } else {
    chart.title = "Evidence status by kind";
    chart.labels = {"Documents", "Records", "Interviews", "Observations", "Metrics"};
    chart.segments = {{"Provided", evidence_provided_color}, {"Partial (with defects)", evidence_partial_color},
                      {"Absent", evidence_absent_color}, {"Outstanding", evidence_outstanding_color}};
    chart.axis_label = "Share of expected evidence";
  }
  return chart;
}

HeatMap findings_in_clause_8(bool german) {
  HeatMap map;
  map.rows = {"8 Operation of the service management system", "8.1 Operational planning and control", "8.2 Service portfolio",
              "8.3 Relationship and agreement", "8.4 Supply and demand", "8.5 Service design, build and transition",
              "8.6 Resolution and fulfilment", "8.7 Service assurance"};
  map.row_levels = {0, 1, 1, 1, 1, 1, 1, 1};
  map.values = {{3, 11, 14}, {0, 1, 2}, {0, 2, 1}, {1, 3, 0}, {0, 0, 1}, {2, 4, 6}, {0, 1, 3}, {0, 0, 1}};
  map.column_colors = {major_color, minor_color, ofi_color};
  map.scale = finding_count_scale();
  if (german) {
    map.title = "Feststellungen in Abschnitt 8 nach Unterabschnitt und Einstufung";
    map.rows = {"8 Betrieb des Servicemanagementsystems", "8.1 Betriebliche Planung und Steuerung", "8.2 Serviceportfolio",
                "8.3 Beziehungen und Vereinbarungen", "8.4 Angebot und Nachfrage",
                "8.5 Gestaltung, Entwicklung und \u00dcberf\u00fchrung von Services", "8.6 L\u00f6sung und Erf\u00fcllung",
                "8.7 Servicesicherung"};
    map.columns = {"Schwerwiegende Abweichung", "Geringf\u00fcgige Abweichung", "Verbesserungspotenzial"};
    map.scale->title = "Anzahl je Zelle";
    map.note = "Feste Farbstufen: gleiche Anzahl, gleicher Farbton in jedem Bericht.";
  } else {
    map.title = "Findings in clause 8 by sub-clause and grade";
    map.columns = {"Major", "Minor", "OFI"};
    map.scale->title = "Findings per cell";
    map.note = "Fixed shades: the same count has the same shade in every report.";
  }
  return map;
}

CapabilityChart capability(bool german) {
  CapabilityChart chart;
  chart.rows = {{"Service portfolio management", 3, 3}, {"Service level management", 2, 3}, {"Supplier management", 2, std::nullopt},
                {"Budgeting and accounting", 1, 2}, {"Capacity management", 3, 2}, {"Change management", 1, 3},
                {"Release and deployment management", 2, 3}, {"Incident management", 4, 3}, {"Problem management", 0, 2},
                {"Information security management", 3, std::nullopt}};
  if (german) {
    chart.title = "Prozessreifegrad: erreicht und Ziel";
    chart.rows.resize(5);
    chart.rows[0].label = "Management des Serviceportfolios";
    chart.rows[1].label = "Service-Level-Management";
    chart.rows[2].label = "Lieferantenmanagement";
    chart.rows[3].label = "Budgetierung und Kostenrechnung f\u00fcr Dienstleistungen";
    chart.rows[4].label = "Kapazit\u00e4tsmanagement";
    chart.level_labels = {"Unvollst\u00e4ndig", "Durchgef\u00fchrt", "Gesteuert", "Etabliert", "Vorhersagbar", "Innovierend"};
    chart.achieved_label = "Erreichter Reifegrad";
    chart.target_label = "Ziel";
    chart.below_target_label = "Unter dem Ziel";
    chart.gap_text = "Ziel {target}, erreicht {achieved}";
    chart.met_text = "Ziel {target} erreicht";
  } else {
    chart.title = "Process capability: achieved against target";
    chart.level_labels = {"Incomplete", "Performed", "Managed", "Established", "Predictable", "Innovating"};
  }
  return chart;
}

TimelineChart plan() {
  TimelineChart chart;
  chart.title = "Improvement plan to certification";
  chart.phases = {{"Major", major_color}, {"Minor", minor_color}, {"OFI", ofi_color}};
  const std::string g1 = "Phase 1: close the major nonconformities";
  const std::string g2 = "Phase 2: minor nonconformities";
  const std::string g3 = "Phase 3: improvements";
  chart.items = {
      {"A-01 Name the services of the Lyon site in the SMS scope", {2025, 3, 3}, {2025, 4, 11}, 0, true, g1},
      {"A-02 Hold and minute a management review", {2025, 3, 17}, {2025, 5, 30}, 0, false, g1},
      {"A-03 Assess the risk of emergency changes", {2025, 4, 7}, {2025, 6, 27}, 0, false, g1},
      {"A-04 Approve the service continuity plan", {2025, 4, 14}, {2025, 5, 9}, 1, true, g2},
      {"A-05 Retain supplier performance reviews", {2025, 5, 5}, {2025, 7, 18}, 1, false, g2},
      {"A-06 Record capacity forecasts", {2025, 5, 19}, {2025, 8, 29}, 1, false, g2},
      {"A-07 Review the information security policy", {2025, 6, 2}, {2025, 7, 11}, 1, false, g2},
      {"A-08 Measure customer satisfaction", {2025, 6, 16}, {2025, 9, 26}, 2, false, g3},
      {"A-09 Automate the incident KPIs", {2025, 7, 1}, {2025, 10, 31}, 2, false, g3},
      {"A-10 Trend analysis of problems", {2025, 8, 4}, {2025, 11, 28}, 2, false, g3},
      {"A-11 Lessons learnt from releases", {2025, 9, 1}, {2025, 12, 19}, 2, false, g3}};
  chart.milestones = {{"Today", {2025, 5, 14}, okabe_ito::vermillion}, {"Stage 1 audit", {2025, 9, 8}}, {"Stage 2 audit", {2025, 11, 17}}};
  return chart;
}

TimelineChart long_plan() {
  TimelineChart chart;
  chart.title = "Ma\u00dfnahmenplan bis zur Zertifizierung (60 Ma\u00dfnahmen)";
  chart.month_names = kGermanMonths;
  chart.phases = {{"Schwerwiegend", major_color}, {"Geringf\u00fcgig", minor_color}, {"Verbesserungspotenzial", ofi_color}};
  chart.overdue_label = "\u00dcberf\u00e4llig";
  const std::vector<std::string> topics{"Lenkung dokumentierter Information", "Managementbewertung", "Risikobeurteilung f\u00fcr Notfall\u00e4nderungen",
                                        "Lieferantenbewertung", "Kapazit\u00e4tsplanung", "Kundenzufriedenheitsmessung"};
  for (int i = 0; i < 60; ++i) {
    const long start = days_since_epoch({2025, 1, 6}, "gallery") + (i * 37) % 500;
    const long length = 20 + (i * 53) % 140;
    chart.items.push_back({"M-" + std::to_string(101 + i) + " " + topics[static_cast<std::size_t>(i) % topics.size()],
                           date_of_days(start), date_of_days(start + length), static_cast<std::size_t>(i % 7 == 0 ? 0 : (i % 3 == 0 ? 2 : 1)),
                           start + length < days_since_epoch({2025, 6, 2}, "gallery")});
  }
  chart.milestones = {{"Heute", {2025, 6, 2}, okabe_ito::vermillion}, {"Stufe-1-Audit", {2025, 10, 13}}, {"Stufe-2-Audit", {2026, 2, 9}}};
  return chart;
}

TimelineChart audit_weeks() {
  TimelineChart chart;
  chart.title = "Audit preparation (six weeks)";
  chart.phases = {{"Preparation", okabe_ito::sky}, {"Audit", okabe_ito::blue}, {"Follow-up", okabe_ito::green}};
  chart.items = {{"Send the document list", {2025, 6, 2}, {2025, 6, 4}, 0}, {"Document review", {2025, 6, 5}, {2025, 6, 13}, 0},
                 {"Interviews on site", {2025, 6, 16}, {2025, 6, 20}, 1}, {"Findings meeting", {2025, 6, 23}, {2025, 6, 23}, 1},
                 {"Corrective action plan", {2025, 6, 24}, {2025, 7, 11}, 2}};
  chart.milestones = {{"Opening meeting", {2025, 6, 16}}, {"Closing meeting", {2025, 6, 23}}};
  return chart;
}

TrendChart trend(bool german) {
  TrendChart chart;
  chart.dates = {{2024, 3, 14}, {2024, 6, 20}, {2024, 9, 12}, {2024, 12, 5}, {2025, 3, 6}};
  chart.threshold = 80;
  if (german) {
    chart.title = "Entwicklung des Erf\u00fcllungsgrads";
    chart.month_names = kGermanMonths;
    chart.series = {{"Gesamt", {48, 57, 63, 69, 74}, okabe_ito::blue},
                    {"8 Betrieb", {41, 55, 61, 66, 72}, okabe_ito::orange, LineStyle::dashed},
                    {"9 Bewertung der Leistung", {30, 35, 52, 71, 80}, okabe_ito::green}};
    chart.axis_label = "Erf\u00fcllungsgrad (%)";
    chart.value_suffix = " %";
    chart.threshold_label = "Schwelle Stufe 2";
  } else {
    chart.title = "Score over the last five assessments";
    chart.series = {{"Overall", {48, 57, 63, 69, 74}, okabe_ito::blue},
                    {"8 Operation", {41, 55, 61, 66, 72}, okabe_ito::orange, LineStyle::dashed},
                    {"9 Performance evaluation", {30, 35, 52, 71, 80}, okabe_ito::green}};
    chart.threshold_label = "Stage 2 threshold";
  }
  return chart;
}

void render_gallery(const std::filesystem::path& out) {
  DocumentOptions options;
  options.metadata.title = "iso20k chart gallery";
  options.metadata.creator = "iso20k chart gallery";
  Document doc(options);
  Flow flow(doc);
  const auto stacked = [](Canvas& c, const StackedBarChart& chart, const Box& box) { draw_stacked_bar_chart(c, chart, box); };
  const auto heat = [](Canvas& c, const HeatMap& chart, const Box& box) { draw_heat_map(c, chart, box); };
  const auto cap = [](Canvas& c, const CapabilityChart& chart, const Box& box) { draw_capability_chart(c, chart, box); };
  const auto gantt = [](Canvas& c, const TimelineChart& chart, const Box& box) { draw_timeline_chart(c, chart, box); };
  const auto line = [](Canvas& c, const TrendChart& chart, const Box& box) { draw_trend_chart(c, chart, box); };

  flow.heading(1, "1 Results and evidence");
  place(flow, results_by_clause(), stacked);
  place(flow, evidence_by_kind(false), stacked);
  place(flow, evidence_by_kind(true), stacked);
  flow.page_break();
  flow.heading(1, "2 Findings");
  place(flow, findings_in_clause_8(false), heat);
  place(flow, findings_in_clause_8(true), heat);
  flow.page_break();
  flow.heading(1, "3 Capability");
  place(flow, capability(false), cap);
  place(flow, capability(true), cap);
  flow.page_break();
  flow.heading(1, "4 Plan");
  place(flow, plan(), gantt);
  place(flow, audit_weeks(), gantt);
  flow.page_break();
  place(flow, long_plan(), gantt);
  flow.page_break();
  flow.heading(1, "5 Trend");
  place(flow, trend(false), line);
  place(flow, trend(true), line);
  flow.finish(PageDecoration{});
  doc.save(out);
}

}  // namespace

TEST_CASE("chart gallery: every new chart renders, reproducibly, with its text") {
  t::TempDir dir("chart-gallery");
  const char* env = std::getenv("ISO20K_CHART_GALLERY");
  const std::filesystem::path gallery = env != nullptr && *env != 0 ? env : "/tmp/iso20k-chart-gallery.pdf";
  render_gallery(gallery);
  render_gallery(dir / "again.pdf");
  CHECK(t::same_file(gallery, dir / "again.pdf"));
  const std::string text = t::pdf_text(gallery);
  for (const char* s : {"n = 142", "Findings per cell", "target 3, achieved 1", "Stage 1 audit", "Heute", "Stage 2 threshold 80%"}) {
    INFO(std::string(s));
    CHECK(text.find(s) != std::string::npos);
  }
}

}  // namespace iso20k::charts
