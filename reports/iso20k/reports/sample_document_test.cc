// The layout sample: a cover with a logo, the contents, text in several scripts, bullets, every chart and
// long tables, laid out the way a report kind will. It is written to $ISO20K_LAYOUT_SAMPLE (default
// /tmp/iso20k-layout-sample.pdf) so people can look at it, e.g.
//   build/tests/iso20k_tests -tc="layout sample*" && pdftoppm -r 60 -png /tmp/iso20k-layout-sample.pdf /tmp/sample
#include <doctest/doctest.h>

#include <cstdlib>

#include "iso20k/reports/charts/bar_chart.h"
#include "iso20k/reports/charts/heat_map.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/charts/radar_chart.h"
#include "iso20k/reports/charts/stacked_bar_chart.h"
#include "iso20k/reports/layout/cover.h"
#include "iso20k/reports/layout/flow.h"
#include "iso20k/reports/layout/table.h"
#include "support/pdf_probe.h"

namespace iso20k {
namespace {

namespace t = iso20k::testing;
using namespace iso20k::layout;
using namespace iso20k::charts;

const std::vector<std::string> kClauses{"4 Context of the organization",
                                        "5 Leadership",
                                        "6 Planning",
                                        "7 Support of the service management system",
                                        "8 Operation of the service management system",
                                        "9 Performance evaluation",
                                        "10 Improvement"};

const std::vector<std::string> kProcesses{
    "Service portfolio management", "Service level management",      "Supplier management",
    "Budgeting and accounting",     "Demand management",             "Capacity management",
    "Change management",            "Release and deployment management", "Incident management",
    "Problem management",           "Service continuity management", "Information security management"};

void render_sample(const std::filesystem::path& out, const std::filesystem::path& logo) {
  DocumentOptions options;
  options.metadata.title = "ISO/IEC 20000-1:2018 Gap Assessment";
  options.metadata.author = "Example Consulting LLP";
  options.metadata.subject = "Layout sample";
  options.metadata.creator = "iso20k layout sample";
  options.metadata.creation_date = std::chrono::sys_days{std::chrono::year{2025} / 3 / 14};
  Document doc(options);
  Flow flow(doc);
  const double width = flow.frame().w;

  Cover cover;
  cover.title = "ISO/IEC 20000-1:2018 Gap Assessment";
  cover.subtitle = "Readiness for the stage 1 certification audit";
  cover.organisation = "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u00c6r\u00f8 Services";
  cover.date = "14 March 2025";
  cover.prepared_by = "Example Consulting LLP\nLead assessor: Jane Doe";
  cover.classification = "Confidential";
  cover.logo = logo;
  add_cover(flow, cover);
  flow.table_of_contents();

  flow.heading(1, "1 Executive summary");
  flow.paragraph(
      "This report sets out the results of the gap assessment of the service management system (SMS) against "
      "ISO/IEC 20000-1:2018. Each requirement was assessed from documented information, records and interviews; "
      "the results are rolled up by clause and by process, and the findings are graded as major or minor "
      "nonconformities or opportunities for improvement (OFI).");
  flow.paragraph("The organization is not yet ready for the stage 1 audit. Three blockers remain:");
  flow.bullets(std::vector<std::string>{
      "The SMS scope does not name the services delivered from the Lyon site (clause 4.3).",
      "No management review has been held in the last twelve months (clause 9.3).",
      "Change management records do not show an assessment of risk for emergency changes (clause 8.5.1.3)."});

  flow.heading(2, "1.1 Readiness by clause");
  const std::vector<double> readiness{86, 74, 62, 81, 55, 48, 91};
  BarChart bars;
  bars.labels = kClauses;
  bars.values = readiness;
  for (double v : readiness) bars.colors.push_back(v >= 80 ? okabe_ito::blue : okabe_ito::orange);
  bars.legend = {{"At or above the threshold", okabe_ito::blue}, {"Below the threshold", okabe_ito::orange}};
  bars.threshold = 80;
  {
    auto [canvas, box] = flow.place(suggested_height(doc, bars, width));
    draw_bar_chart(canvas, bars, box);
  }
  flow.space(8);

  flow.heading(2, "1.2 Results by clause");
  StackedBarChart stacked;
  stacked.labels = kClauses;
  stacked.segments = {{"Conformant", conformant_color},
                      {"Partially conformant", partial_color},
                      {"Nonconformant", nonconformant_color},
                      {"Not assessed", not_assessed_color}};
  stacked.values = {{9, 3, 1, 0}, {8, 2, 2, 1}, {5, 4, 2, 1}, {14, 5, 3, 2}, {31, 12, 9, 4}, {6, 4, 3, 0}, {5, 1, 0, 1}};
  {
    auto [canvas, box] = flow.place(suggested_height(doc, stacked, width));
    draw_stacked_bar_chart(canvas, stacked, box);
  }

  flow.heading(1, "2 Process capability");
  flow.paragraph("Capability levels follow ISO/IEC 33020 (0 incomplete to 5 innovating). The target for "
                 "certification is level 3 for every process in scope.");
  RadarChart radar;
  radar.axes = kProcesses;
  radar.series = {{"Achieved", {3, 2, 2, 1, 2, 3, 2, 3, 4, 2, 1, 3}, okabe_ito::blue, true, LineStyle::solid},
                  {"Target", std::vector<double>(kProcesses.size(), 3), okabe_ito::vermillion, false, LineStyle::dashed}};
  {
    auto [canvas, box] = flow.place(330);
    draw_radar_chart(canvas, radar, box);
  }

  flow.heading(1, "3 Findings");
  HeatMap heat;
  heat.title = "Findings by clause and grade";
  heat.rows = kClauses;
  heat.columns = {"Major", "Minor", "OFI"};
  heat.column_colors = {major_color, minor_color, ofi_color};
  heat.values = {{0, 1, 2}, {1, 1, 0}, {0, 2, 3}, {0, 3, 4}, {2, 6, 5}, {1, 2, 1}, {0, 0, 2}};
  heat.note = "Darker cells hold more findings.";
  {
    auto [canvas, box] = flow.place(suggested_height(doc, heat, width));
    draw_heat_map(canvas, heat, box);
  }
  flow.space(10);

  Table findings;
  findings.columns = {{"No.", ColumnWidth::pt(34), Align::right},
                      {"Clause", ColumnWidth::pt(46)},
                      {"Grade", ColumnWidth::pt(62), Align::center},
                      {"Finding", ColumnWidth::share(1)}};
  const std::vector<std::pair<std::string, Color>> grades{{"Major", major_color}, {"Minor", minor_color}, {"OFI", ofi_color}};
  for (int i = 1; i <= 40; ++i) {
    const auto& [grade, color] = grades[static_cast<std::size_t>(i % 7 == 0 ? 0 : (i % 3 == 0 ? 2 : 1))];
    std::string text = "Evidence for requirement " + std::to_string(i) + " was incomplete";
    if (i % 4 == 0) text += ": the procedure exists but the records of its application in the last quarter were not retained, so effectiveness cannot be shown";
    findings.rows.push_back(TableRow{std::to_string(i), "8." + std::to_string(1 + i % 7), {grade, color, true}, text});
  }
  add_table(flow, findings);

  flow.heading(1, "4 Text in other scripts");
  flow.paragraph("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u00c6r\u00f8 \u2013 \u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac \u2013 "
                 "\u041a\u0438\u0440\u0438\u043b\u043b\u0438\u0446\u0430 \u2013 \u0141\u00f3d\u017a, \u0160koda, "
                 "\u00d8resund, Stra\u00dfe, \u00e7a va, na\u00efve.");
  std::string long_word;
  for (int i = 0; i < 20; ++i) long_word += "Servicemanagementsystem";
  flow.paragraph("A word far wider than the page is broken between characters: " + long_word + ".");

  flow.heading(1, "Appendix A Requirements");
  Table requirements;
  requirements.columns = {{"Identifier", ColumnWidth::pt(70)}, {"Requirement", ColumnWidth::share(3)}, {"Result", ColumnWidth::share(1), Align::center}};
  const std::vector<std::pair<std::string, Color>> results{{"Conformant", conformant_color}, {"Partially conformant", partial_color},
                                                           {"Nonconformant", nonconformant_color}, {"Not assessed", not_assessed_color}};
  for (int i = 1; i <= 120; ++i) {
    const auto& [result, color] = results[static_cast<std::size_t>(i % 11 == 0 ? 2 : (i % 5 == 0 ? 1 : (i % 13 == 0 ? 3 : 0)))];
    requirements.rows.push_back(TableRow{"R-" + std::to_string(1000 + i),
                                         "The organization shall determine and retain documented information needed for item " + std::to_string(i) + ".",
                                         {result, mix(white, color, 0.35)}});  // soft tints read well in long tables
  }
  add_table(flow, requirements);

  PageDecoration decoration;
  decoration.header_left = "Example Consulting LLP";
  decoration.header_right = "ISO/IEC 20000-1:2018 Gap Assessment";
  decoration.footer_left = "Confidential \u2013 prepared for Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u00c6r\u00f8";
  flow.finish(decoration);
  doc.save(out);
}

}  // namespace

TEST_CASE("layout sample: renders, passes qpdf, embeds every font and is reproducible") {
  t::TempDir dir("layout-sample");
  t::write_bytes(dir / "logo.png", t::make_logo_png(8));
  const char* env = std::getenv("ISO20K_LAYOUT_SAMPLE");
  const std::filesystem::path sample = env != nullptr && *env != 0 ? env : "/tmp/iso20k-layout-sample.pdf";
  render_sample(sample, dir / "logo.png");
  render_sample(dir / "again.pdf", dir / "logo.png");
  CHECK(t::same_file(sample, dir / "again.pdf"));

  const t::CommandResult check = t::run("qpdf --check " + t::quote(sample));
  INFO(check.output);
  CHECK(check.status == 0);
  for (const std::string& line : t::pdf_font_lines(sample)) {
    INFO(line);
    CHECK(line.find(" yes yes ") != std::string::npos);
  }
  const int pages = t::pdf_page_count(sample);
  CHECK(pages >= 8);
  const std::string text = t::pdf_text(sample);
  CHECK(text.find("Page " + std::to_string(pages) + " of " + std::to_string(pages)) != std::string::npos);
  for (const std::string& clause : kClauses) CHECK(text.find(clause) != std::string::npos);
  CHECK(text.find("Readiness threshold 80%") != std::string::npos);
  CHECK(text.find("\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac") != std::string::npos);
  CHECK(text.find("R-1120") != std::string::npos);
}

}  // namespace iso20k
