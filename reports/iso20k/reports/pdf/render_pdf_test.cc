// Report content laid out as a PDF: the cover first, the contents listing each section with the page
// it starts on, each section on a new page under its heading (or run on, when the content says so),
// every kind of block placed in order, the running header and footer with "Page X of Y", the
// template's paper size and the metadata given; the same content gives the same bytes.
#include "iso20k/reports/pdf/render_pdf.h"

#include <doctest/doctest.h>

#include <sstream>

#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/error.h"
#include "support/pdf_probe.h"
#include "support/report_fixture.h"

namespace iso20k::reports {
namespace {

namespace t = iso20k::testing;

// A small report of two sections holding one block of every kind.
ReportContent content() {
  ReportContent c;
  c.metadata.title = "Test report";
  c.metadata.author = "Tester Consulting";
  c.cover.title = "Cover title";
  c.cover.organisation = "Org Ltd";
  c.decoration.header_left = "Tester Consulting";
  c.decoration.header_right = "Test report";
  c.decoration.footer_left = "Confidential";
  c.decoration.footer_center = "Org Ltd";
  c.decoration.number_plain_pages = true;
  Blocks first;
  first.paragraph("Opening paragraph of the first section.");
  first.heading(2, "Sub heading alpha");
  first.bullets({"bullet item one", "bullet item two"});
  layout::Table table;
  table.columns = {{"Column head", layout::ColumnWidth::share(1)}, {"Value", layout::ColumnWidth::pt(50)}};
  table.rows = {{"cell text one", "11"}, {"cell text two", "22"}};
  first.table(TableBlock(table, "Caption above the table"));
  first.key_figures({KeyFigure{"Overall score", "62%", "weighted", charts::okabe_ito::blue, std::nullopt}});
  first.banner(Banner{"Banner title", "Banner sentence.", charts::okabe_ito::orange});
  Blocks second;
  second.note("Small print of the second section.");
  charts::BarChart bars;
  bars.title = "Bar chart title";
  bars.labels = {"A", "B"};
  bars.values = {10, 20};
  second.chart(ChartBlock(bars, "Caption above the chart"));
  second.keep(40);
  second.paragraph("Closing paragraph.");
  c.sections = {Section{"cover", SectionRole::cover, "", {}}, Section{"contents", SectionRole::contents, "", {}},
                Section{"one", SectionRole::numbered, "1 First section", first.take()},
                Section{"two", SectionRole::appendix, "Appendix A Second section", second.take()}};
  return c;
}

std::filesystem::path write(const RenderedPdf& pdf, const std::filesystem::path& path) {
  t::write_bytes(path, pdf.bytes);
  return path;
}

// The page number at the end of the contents line holding `title` (pdftotext -layout); 0 if none.
int listed_page(const std::string& toc, const std::string& title) {
  std::istringstream lines(toc);
  for (std::string line; std::getline(lines, line);) {
    if (line.find(title) == std::string::npos) continue;
    std::istringstream words(line);
    std::string last;
    for (std::string w; words >> w;) last = w;
    return std::stoi(last);
  }
  return 0;
}

}  // namespace

TEST_CASE("render pdf: cover, contents, one page per section, every block in order") {
  t::TempDir dir("render-pdf");
  const Template tmpl = test::bundled_template("default");
  const RenderedPdf out = render_pdf(content(), tmpl);
  const std::filesystem::path pdf = write(out, dir / "r.pdf");
  REQUIRE(out.pages == 4);
  CHECK(t::pdf_page_count(pdf) == 4);

  const std::string cover = t::pdf_page_text(pdf, 1);
  CHECK(cover.find("Cover title") != std::string::npos);
  CHECK(cover.find("Org Ltd") != std::string::npos);
  CHECK(cover.find("Page 1 of 4") != std::string::npos);
  CHECK(cover.find("Confidential") == std::string::npos);  // no running footer on the cover

  const std::string toc = t::pdf_page_text(pdf, 2, true);
  CHECK(toc.find("Contents") != std::string::npos);
  CHECK(listed_page(toc, "1 First section") == 3);
  CHECK(listed_page(toc, "Sub heading alpha") == 3);
  CHECK(listed_page(toc, "Appendix A Second section") == 4);

  const std::string first = iso20k::test::squeeze(t::pdf_page_text(pdf, 3));
  std::size_t at = 0;
  for (const char* s : {"1 First section", "Opening paragraph of the first section.", "Sub heading alpha",
                        "bullet item one", "bullet item two", "Caption above the table", "Column head", "cell text one",
                        "22", "Overall score", "62%", "weighted", "Banner title", "Banner sentence."}) {
    const std::size_t found = first.find(s, at);
    CHECK_MESSAGE(found != std::string::npos, s);
    if (found != std::string::npos) at = found;
  }
  const std::string second = iso20k::test::squeeze(t::pdf_page_text(pdf, 4));
  CHECK(second.find("Appendix A Second section") < second.find("Small print of the second section."));
  CHECK(second.find("Caption above the chart") < second.find("Bar chart title"));
  CHECK(second.find("Closing paragraph.") != std::string::npos);
  for (int p = 2; p <= 4; ++p) {
    CAPTURE(p);
    const std::string text = t::pdf_page_text(pdf, p);
    for (const std::string& s : std::vector<std::string>{"Tester Consulting", "Test report", "Confidential", "Org Ltd",
                                "Page " + std::to_string(p) + " of 4"}) {
      CHECK_MESSAGE(text.find(s) != std::string::npos, s);
    }
  }
  const std::string info = t::pdf_info(pdf);
  CHECK(info.find("Title:           Test report") != std::string::npos);
  CHECK(info.find("Author:          Tester Consulting") != std::string::npos);
  CHECK(info.find("595.276 x 841.89 pts (A4)") != std::string::npos);
  CHECK(render_pdf(content(), tmpl).bytes == out.bytes);  // deterministic
}

TEST_CASE("render pdf: sections run on without page breaks, on the template's paper") {
  t::TempDir dir("render-pdf-run-on");
  ReportContent c = content();
  c.section_page_breaks = false;
  c.sections.erase(c.sections.begin());  // no cover: the contents come first
  const RenderedPdf out = render_pdf(c, test::bundled_template("default-letter"));
  const std::filesystem::path pdf = write(out, dir / "r.pdf");
  REQUIRE(out.pages == 2);
  const std::string body = iso20k::test::squeeze(t::pdf_page_text(pdf, 2));
  CHECK(body.find("1 First section") < body.find("Appendix A Second section"));
  CHECK(listed_page(t::pdf_page_text(pdf, 1, true), "Appendix A Second section") == 2);
  CHECK(t::pdf_info(pdf).find("612 x 792 pts (letter)") != std::string::npos);
}

TEST_CASE("render pdf: a logo that cannot be read is a layout error") {
  ReportContent c = content();
  c.cover.logo = "/nonexistent/iso20k/logo.png";
  CHECK_THROWS_AS(render_pdf(c, test::bundled_template("default")), layout::LayoutError);
}

}  // namespace iso20k::reports
