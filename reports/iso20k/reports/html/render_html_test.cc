// The HTML layer: one well-formed (XML-parsable) document with every block and chart kind, text
// escaped, the template's language, paper size and colours, a contents list whose links all land, the
// logo embedded, and the same bytes every time — for hand-made content and for the real gap report.
#include "iso20k/reports/html/render_html.h"

#include <doctest/doctest.h>

#include <pugixml.hpp>

#include <set>
#include <string>
#include <vector>

#include "iso20k/reports/content/gap_report.h"
#include "iso20k/reports/layout/error.h"
#include "support/pdf_probe.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

namespace t = iso20k::testing;

pugi::xml_document parse(const std::string& html) {
  pugi::xml_document doc;
  const pugi::xml_parse_result r = doc.load_buffer(html.data(), html.size(), pugi::parse_default | pugi::parse_doctype);
  INFO(r.description() << " at offset " << r.offset << ": "
                       << html.substr(r.offset > 60 ? r.offset - 60 : 0, 120));
  REQUIRE(r);
  return doc;
}

std::size_t count_nodes(const pugi::xml_node& root, const char* xpath) { return root.select_nodes(xpath).size(); }

// All the text under `node`, as a reader sees it (without the style sheet).
std::string visible_text(const pugi::xml_node& node) {
  std::string out;
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_pcdata) out += child.value();
    if (child.type() == pugi::node_element && std::string(child.name()) != "style") out += visible_text(child);
  }
  return out;
}

charts::ChartDate date(int y, int m, int d) { return charts::ChartDate{y, m, d}; }

// Content with every block kind and every chart kind.
ReportContent sample() {
  ReportContent c;
  c.metadata.title = "Gap <Assessment> & more";
  c.metadata.author = "Tester \"Q\"";
  c.cover.title = "ISO/IEC 20000-1 Gap Assessment";
  c.cover.subtitle = "Sub & title";
  c.cover.organisation = "Ångström <Services>";
  c.cover.date = "14 March 2026";
  c.cover.prepared_by = "Firm A\nLondon";
  c.cover.classification = "Confidential";
  c.cover.details = {{"Checklist", "20000-1:2018"}, {"Assessors", "J. Doe"}};
  c.cover.badge = "Ready for stage 1";
  c.decoration.header_left = "Firm & Co";
  c.decoration.footer_left = "Confidential \"internal\"";
  c.decoration.page_number_format = "Seite {page} von {pages}";
  c.sections.push_back(Section{"cover", SectionRole::cover, "", {}});
  c.sections.push_back(Section{"contents", SectionRole::contents, "", {}});

  Blocks b;
  b.heading(2, "1.1 Key <figures>");
  b.paragraph("A paragraph with <tags> & \"quotes\".\nSecond line.");
  b.note("Small print.");
  b.bullets({"one", "two & three"});
  b.key_figures({{"Overall score", "62%", "weighted", layout::hex(0x0072B2), std::nullopt},
                 {"Verdict", "Not ready", "", layout::hex(0xD55E00), layout::hex(0xFBE3D6)}});
  b.banner(Banner{"Not ready", "Two majors are open.", layout::hex(0xD55E00)});
  layout::Table table;
  table.columns = {{"Id", layout::ColumnWidth::pt(60), layout::Align::left},
                   {"Text", layout::ColumnWidth::share(2), layout::Align::left},
                   {"Score", layout::ColumnWidth::share(1), layout::Align::right}};
  table.rows = {{"F-01", "A finding <b>", layout::TableCell("72%", layout::hex(0xD55E00), true)},
                {"F-02", "Entries\nsecond entry"},
                {"Total"}};
  table.rows[1][1].hanging = 8;
  table.total_row = true;
  b.table(TableBlock(table, "Table caption"));
  b.heading(3, "Charts");

  charts::BarChart bar;
  bar.title = "Score by clause";
  bar.labels = {"4 Context", "5 Leadership"};
  bar.values = {72.5, 40};
  bar.threshold = 60;
  bar.legend = {{"At threshold", layout::hex(0x009E73)}};
  b.chart(ChartBlock(bar, "Bar caption"));
  charts::StackedBarChart stacked;
  stacked.title = "Results";
  stacked.labels = {"4", "5"};
  stacked.segments = {{"Conformant", charts::conformant_color}, {"Nonconformant", charts::nonconformant_color}};
  stacked.values = {{3, 1}, {10, 30}};
  stacked.normalise = true;
  b.chart(stacked);
  charts::HeatMap heat;
  heat.title = "Findings";
  heat.rows = {"8 Operation", "8.1 Planning"};
  heat.row_levels = {0, 1};
  heat.columns = {"Major", "Minor"};
  heat.values = {{0, 5}, {2, 1}};
  heat.column_colors = {charts::major_color, charts::minor_color};
  heat.scale = charts::finding_count_scale();
  heat.scale->title = "Findings per cell";
  heat.note = "Darker: more findings.";
  b.chart(heat);
  charts::RadarChart radar;
  radar.title = "Capability";
  radar.axes = {"Incident", "Change", "Problem", "Release"};
  radar.series = {{"Achieved", {1, 2, 3, 1}, charts::okabe_ito::blue, true},
                  {"Target", {3, 3, 3, 3}, charts::okabe_ito::black, false, layout::LineStyle::dashed}};
  b.chart(radar);
  charts::CapabilityChart capability;
  capability.title = "Achieved vs target";
  capability.rows = {{"Incident", 1, 3}, {"Change", 3, 2}, {"Problem", 2, std::nullopt}};
  capability.level_labels = {"Incomplete", "Performed", "Managed", "Established", "Predictable", "Innovating"};
  b.chart(capability);
  charts::TimelineChart timeline;
  timeline.title = "Plan";
  timeline.phases = {{"Major", charts::major_color}, {"Minor", charts::minor_color}};
  timeline.items = {{"A-01 Policy", date(2026, 3, 1), date(2026, 4, 30), 0, true, "Phase 1"},
                    {"A-02 Records", date(2026, 4, 15), date(2026, 7, 31), 1, false, "Phase 1"}};
  timeline.milestones = {{"Stage 1 audit", date(2026, 6, 1)}};
  b.chart(timeline);
  charts::TrendChart trend;
  trend.title = "Trend";
  trend.dates = {date(2025, 3, 1), date(2025, 9, 1), date(2026, 3, 1)};
  trend.series = {{"Overall", {40, 55.5, 62}, charts::okabe_ito::blue}};
  trend.threshold = 70;
  b.chart(trend);
  b.keep(40);
  c.sections.push_back(Section{"summary", SectionRole::numbered, "1 Summary & <scope>", b.take()});
  Blocks annex;
  annex.paragraph("The annex.");
  c.sections.push_back(Section{"annex", SectionRole::appendix, "A Annex", annex.take()});
  return c;
}

}  // namespace

TEST_CASE("html: one well-formed document with every block and chart kind") {
  const Template tmpl = test::bundled_template("default");
  const std::string html = render_html(sample(), tmpl);
  CHECK(html.starts_with("<!DOCTYPE html>\n<html"));
  const pugi::xml_document doc = parse(html);
  const pugi::xml_node root = doc.child("html");
  CHECK(std::string(root.attribute("lang").value()) == "en");
  CHECK(std::string(root.child("head").child_value("title")) == "Gap <Assessment> & more");
  CHECK(root.select_node("//meta[@name='author']").node().attribute("content").value() == std::string("Tester \"Q\""));
  const pugi::xml_node body = root.child("body");
  // The cover, the contents, two sections.
  CHECK(count_nodes(body, "section[@class='cover']") == 1);
  CHECK(count_nodes(body, "nav[@class='contents']") == 1);
  CHECK(count_nodes(body, "section[@class='body']") == 2);
  CHECK(std::string(body.select_node("section[@id='s-summary']/h1").node().child_value()) == "1 Summary & <scope>");
  // Every block kind.
  CHECK(count_nodes(body, "//h2") == 1);
  CHECK(count_nodes(body, "//h3") == 1);
  CHECK(count_nodes(body, "//p[@class='small']") == 1);
  CHECK(count_nodes(body, "//section[@class='body']//ul/li") == 2);
  CHECK(count_nodes(body, "//div[@class='tile']") == 2);
  CHECK(count_nodes(body, "//div[@class='banner']") == 1);
  CHECK(count_nodes(body, "//table[@class='data zebra']/thead/tr/th") == 3);
  CHECK(count_nodes(body, "//table[@class='data zebra']/tbody/tr") == 3);
  CHECK(count_nodes(body, "//table[@class='data zebra']/tbody/tr[@class='total']") == 1);
  CHECK(count_nodes(body, "//table[@class='data zebra']/tbody/tr/td") == 9);  // short rows filled out
  CHECK(count_nodes(body, "//th[@class='r']") == 1);
  CHECK(count_nodes(body, "//td[@class='r' and contains(@style, 'background: #d55e00;') and contains(@style, 'bold')]") == 1);
  CHECK(count_nodes(body, "//span[@class='entry']") == 2);
  // Every chart kind, as inline SVG.
  CHECK(count_nodes(body, "//figure[@class='chart']") == 7);
  CHECK(count_nodes(body, "//*[local-name()='svg']") == 7);
  // The heat map's fixed scale: its legend of the bands, per hue.
  const std::string text = visible_text(body);
  for (const char* s : {"Findings per cell", "3–4", "5+", "Darker: more findings.", "72.5%", "Readiness threshold 60%",
                        "Stage 1 audit", "target 3, achieved 1", "target 2 met", "Sep 2025", "55.5%", "n = 40",
                        "25%", "Ångström <Services>", "Ready for stage 1", "PREPARED BY"}) {
    CHECK_MESSAGE(text.find(s) != std::string::npos, std::string(s));
  }
  // Text is escaped everywhere; nothing raw gets through.
  CHECK(html.find("<tags>") == std::string::npos);
  CHECK(html.find("A finding <b>") == std::string::npos);
  CHECK(html.find("A finding &lt;b&gt;") != std::string::npos);
}

TEST_CASE("html: the contents link to every section and level-2 heading, and every link lands") {
  const std::string html = render_html(sample(), test::bundled_template("default"));
  const pugi::xml_document doc = parse(html);
  std::set<std::string> ids;
  for (const pugi::xpath_node& n : doc.select_nodes("//*[@id]")) {
    CHECK(ids.insert(n.node().attribute("id").value()).second);  // unique
  }
  std::vector<std::string> links;
  for (const pugi::xpath_node& n : doc.select_nodes("//nav[@class='contents']//a")) {
    const std::string href = n.node().attribute("href").value();
    REQUIRE(href.starts_with("#"));
    CHECK(ids.count(href.substr(1)) == 1);
    links.push_back(n.node().child_value());
  }
  CHECK(links == std::vector<std::string>{"1 Summary & <scope>", "1.1 Key <figures>", "A Annex"});
}

TEST_CASE("html: paged media from the template and the decoration") {
  Template tmpl = test::bundled_template("default");
  const ReportContent content = sample();
  std::string html = render_html(content, tmpl);
  CHECK(html.find("size: A4;") != std::string::npos);
  CHECK(html.find("\"Seite \" counter(page) \" von \" counter(pages)") != std::string::npos);
  // Quotes and ampersands in the running texts are CSS escapes: the style sheet holds no '&' or '<'.
  CHECK(html.find("content: \"Firm \\26  Co\"") != std::string::npos);
  CHECK(html.find("\"Confidential \\22 internal\\22 \"") != std::string::npos);
  const std::size_t style = html.find("<style>");
  const std::size_t end = html.find("</style>");
  REQUIRE(end != std::string::npos);
  const std::string sheet = html.substr(style + 7, end - style - 7);
  CHECK(sheet.find('&') == std::string::npos);
  CHECK(sheet.find('<') == std::string::npos);
  CHECK(sheet.find("section.body { break-before: page;") != std::string::npos);
  CHECK(sheet.find("thead { display: table-header-group; }") != std::string::npos);
  CHECK(sheet.find("'DejaVu Sans'") != std::string::npos);

  tmpl.page = PageSize::letter;
  tmpl.language = "de";
  tmpl.branding.primary = Rgb{0.5, 0, 0};
  ReportContent flowing = content;
  flowing.section_page_breaks = false;
  html = render_html(flowing, tmpl);
  CHECK(html.find("size: letter;") != std::string::npos);
  CHECK(html.find("lang=\"de\" xml:lang=\"de\"") != std::string::npos);
  CHECK(html.find("background: #800000;") != std::string::npos);  // table headers in the primary colour
  CHECK(html.find("section.body { break-before: page;") == std::string::npos);
}

TEST_CASE("html: the same bytes every time") {
  const Template tmpl = test::bundled_template("default");
  CHECK(render_html(sample(), tmpl) == render_html(sample(), tmpl));
}

TEST_CASE("html: the cover's logo embedded as a data URI, a broken one refused as the PDF refuses it") {
  t::TempDir dir("html-logo");
  const Template tmpl = test::bundled_template("default");
  ReportContent content = sample();
  t::write_bytes(dir / "logo.png", t::make_logo_png());
  content.cover.logo = dir / "logo.png";
  const pugi::xml_document doc = parse(render_html(content, tmpl));
  const std::string src = doc.select_node("//img[@class='logo']").node().attribute("src").value();
  CHECK(src.starts_with("data:image/png;base64,iVBORw0KGgo"));

  t::write_bytes(dir / "bad.png", {0x89, 'P', 'N', 'G', 0, 1, 2});
  content.cover.logo = dir / "bad.png";
  CHECK_THROWS_AS(render_html(content, tmpl), layout::LayoutError);
  content.cover.logo = dir / "missing.png";
  CHECK_THROWS_AS(render_html(content, tmpl), layout::LayoutError);
}

TEST_CASE("html: the real gap report, with its annex, parses and shows every section and finding") {
  const ReportInput in = test::example_input("northgate-msp");
  const Template tmpl = test::bundled_template("default");
  ReportOptions options;
  options.detail = true;
  const ReportContent content = gap_report_content(in, tmpl, options);
  const std::string html = render_html(content, tmpl);
  const pugi::xml_document doc = parse(html);
  std::vector<std::string> headings;
  for (const pugi::xpath_node& n : doc.select_nodes("//section[@class='body']/h1")) headings.push_back(n.node().child_value());
  std::vector<std::string> expected;
  for (const Section& s : content.sections) {
    if (s.role == SectionRole::numbered || s.role == SectionRole::appendix) expected.push_back(s.heading);
  }
  CHECK(headings == expected);
  const std::string text = visible_text(doc.child("html").child("body"));
  for (const Finding& f : in.assessment.findings) {
    INFO(f.id);
    CHECK(text.find(f.id) != std::string::npos);
  }
  CHECK(count_nodes(doc, "//*[local-name()='svg']") >= 3);
}

}  // namespace iso20k::reports
