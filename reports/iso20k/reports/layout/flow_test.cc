#include "iso20k/reports/layout/flow.h"

#include <doctest/doctest.h>

#include <sstream>

#include "iso20k/reports/layout/cover.h"
#include "iso20k/reports/layout/error.h"
#include "support/pdf_probe.h"

namespace iso20k::layout {
namespace {

namespace t = iso20k::testing;

const std::string kFiller =
    "The service provider shall plan, establish, implement, maintain and continually improve the service "
    "management system, including the processes needed and their interactions, in accordance with the "
    "requirements of this document.";

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// A report with a cover, a table of contents and `sections` level-1 headings ("Section A overview"),
// each with `topics` level-2 headings ("Topic A1") followed by `paragraphs` paragraphs.
void build_report(const std::filesystem::path& path, int sections, int topics, int paragraphs) {
  Document doc;
  Flow flow(doc);
  Cover cover;
  cover.title = "Gap Assessment";
  cover.subtitle = "Sample";
  cover.organisation = "Example Ltd";
  cover.date = "14 March 2025";
  cover.prepared_by = "Example Consulting";
  cover.classification = "Confidential";
  add_cover(flow, cover);
  flow.table_of_contents();
  for (int s = 0; s < sections; ++s) {
    const std::string letter(1, static_cast<char>('A' + s));
    flow.heading(1, "Section " + letter + " overview");
    flow.paragraph(kFiller);
    for (int k = 1; k <= topics; ++k) {
      flow.heading(2, "Topic " + letter + std::to_string(k));
      for (int p = 0; p < paragraphs; ++p) flow.paragraph(kFiller);
    }
  }
  PageDecoration decoration;
  decoration.header_left = "Example Consulting";
  decoration.header_right = "Gap report";
  decoration.footer_left = "Confidential";
  flow.finish(decoration);
  doc.save(path);
}

// The first page at or after `from` whose text contains `needle`; 0 if none.
int page_with(const std::filesystem::path& pdf, const std::string& needle, int from) {
  const int pages = t::pdf_page_count(pdf);
  for (int p = from; p <= pages; ++p) {
    if (t::pdf_page_text(pdf, p).find(needle) != std::string::npos) return p;
  }
  return 0;
}

// The page number printed at the end of the contents line holding `title` (pdftotext -layout); 0 if none.
int toc_number(const std::string& toc_text, const std::string& title) {
  std::istringstream lines(toc_text);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t at = line.find(title);
    if (at == std::string::npos) continue;
    const std::string rest = line.substr(at + title.size());
    if (rest.empty() || rest[0] != ' ') continue;  // "Topic A1" must not match "Topic A10"
    std::istringstream words(rest);
    std::string last;
    for (std::string w; words >> w;) last = w;
    return last.empty() ? 0 : std::stoi(last);
  }
  return 0;
}

std::vector<std::string> titles(int sections, int topics) {
  std::vector<std::string> out;
  for (int s = 0; s < sections; ++s) {
    const std::string letter(1, static_cast<char>('A' + s));
    out.push_back("Section " + letter + " overview");
    for (int k = 1; k <= topics; ++k) out.push_back("Topic " + letter + std::to_string(k));
  }
  return out;
}

}  // namespace

TEST_CASE("flow: paragraphs continue across pages and lose no word") {
  t::TempDir dir("flow-paragraphs");
  Document doc;
  Flow flow(doc);
  std::string text;
  for (int i = 1; i <= 900; ++i) text += "w" + std::to_string(1000 + i) + (i % 7 == 0 ? ".  " : " ");
  flow.paragraph(text);
  flow.finish(PageDecoration{});
  doc.save(dir / "p.pdf");
  CHECK(t::pdf_page_count(dir / "p.pdf") >= 2);
  const std::string out = t::pdf_text(dir / "p.pdf");
  std::size_t last = 0;
  for (int i = 1; i <= 900; ++i) {
    const std::string word = "w" + std::to_string(1000 + i);
    INFO(word);
    const std::size_t at = out.find(word);
    REQUIRE(at != std::string::npos);
    CHECK(at >= last);  // in order
    CHECK(t::count(out, word) == 1);
    last = at;
  }
}

TEST_CASE("flow: a heading is never left alone at the bottom of a page") {
  t::TempDir dir("flow-keep");
  const auto render = [&](double leave, const std::filesystem::path& path) {
    Document doc;
    Flow flow(doc);
    flow.paragraph("First page text.");
    flow.take(flow.remaining() - leave);
    flow.heading(2, "Lonely heading");
    flow.paragraph("First line of the section. " + kFiller);
    flow.finish(PageDecoration{});
    doc.save(path);
    return flow.headings();
  };
  // Room for the heading itself (about 39 pt) but not for the heading and two lines of text.
  const std::vector<HeadingRecord> moved = render(45, dir / "moved.pdf");
  CHECK(t::pdf_page_text(dir / "moved.pdf", 1).find("Lonely heading") == std::string::npos);
  CHECK(t::pdf_page_text(dir / "moved.pdf", 2).find("Lonely heading") != std::string::npos);
  CHECK(t::pdf_page_text(dir / "moved.pdf", 2).find("First line of the section") != std::string::npos);
  REQUIRE(moved.size() == 1);
  CHECK(moved[0].top == doctest::Approx(Document{}.frame().top()));  // space before dropped at the top

  // With room for the heading and two lines, both stay on the first page.
  render(75, dir / "kept.pdf");
  CHECK(t::pdf_page_text(dir / "kept.pdf", 1).find("Lonely heading") != std::string::npos);
  CHECK(t::pdf_page_text(dir / "kept.pdf", 1).find("First line of the section") != std::string::npos);
}

TEST_CASE("flow: headings are kept with a following table or chart block too") {
  Document doc;
  Flow flow(doc);
  flow.paragraph("text");
  flow.take(flow.remaining() - 60);
  flow.heading(1, "Chart heading");
  const Box box = flow.take(120);  // the block does not fit under the heading: both move
  REQUIRE(flow.headings().size() == 1);
  CHECK(doc.page_count() == 2);
  CHECK(flow.headings()[0].page == doc.page(1));
  CHECK(box.top() < flow.headings()[0].top);
  CHECK(box.top() > doc.frame().top() - 60);
}

TEST_CASE("flow: no single line of a paragraph is left at the bottom or top of a page") {
  t::TempDir dir("flow-widows");
  std::string text;
  for (int i = 1; i <= 10; ++i) text += (i > 1 ? "\n" : "") + std::string("line") + two_digits(i);
  const double leading = Theme{}.body().leading();
  const auto render = [&](double room, const std::filesystem::path& path) {
    Document doc;
    Flow flow(doc);
    flow.paragraph("start");
    flow.take(flow.remaining() - room);
    flow.paragraph(text);
    flow.finish(PageDecoration{});
    doc.save(path);
  };
  render(1.5 * leading, dir / "orphan.pdf");  // one line would fit: the paragraph moves whole
  CHECK(t::pdf_page_text(dir / "orphan.pdf", 1).find("line01") == std::string::npos);
  CHECK(t::pdf_page_text(dir / "orphan.pdf", 2).find("line01") != std::string::npos);

  render(9.5 * leading, dir / "widow.pdf");  // nine would fit: eight stay, two go
  const std::string first = t::pdf_page_text(dir / "widow.pdf", 1);
  const std::string second = t::pdf_page_text(dir / "widow.pdf", 2);
  CHECK(first.find("line08") != std::string::npos);
  CHECK(first.find("line09") == std::string::npos);
  CHECK(second.find("line09") != std::string::npos);
  CHECK(second.find("line10") != std::string::npos);
}

TEST_CASE("flow: paragraphs align left, centre or right, with the given line height") {
  t::TempDir dir("flow-align");
  Document doc;
  const Box frame = doc.frame();
  Flow flow(doc);
  TextStyle style = Theme{}.body();
  flow.paragraph("leftword", style);
  style.align = Align::center;
  flow.paragraph("centreword", style);
  style.align = Align::right;
  flow.paragraph("rightword", style);
  style.align = Align::left;
  style.line_height = 2;
  flow.paragraph("firstline\nsecondline", style);
  flow.finish(PageDecoration{});
  doc.save(dir / "a.pdf");
  const std::vector<t::Word> words = t::pdf_words(dir / "a.pdf", 1);
  const auto find = [&](const std::string& text) {
    for (const t::Word& w : words) {
      if (w.text == text) return w;
    }
    FAIL("word not found: ", text);
    return t::Word{};
  };
  CHECK(find("leftword").x0 == doctest::Approx(frame.left()).epsilon(0.001));
  CHECK((find("centreword").x0 + find("centreword").x1) / 2 == doctest::Approx(frame.left() + frame.w / 2).epsilon(0.001));
  CHECK(find("rightword").x1 == doctest::Approx(frame.right()).epsilon(0.001));
  CHECK(find("secondline").y0 - find("firstline").y0 == doctest::Approx(20).epsilon(0.001));
  CHECK(find("centreword").y0 - find("leftword").y0 == doctest::Approx(14 + Theme{}.paragraph_space).epsilon(0.001));
}

TEST_CASE("flow: blocks taller than the page and bad heading levels are errors") {
  Document doc;
  Flow flow(doc);
  CHECK_THROWS_WITH_AS(flow.take(2000), doctest::Contains("does not fit on a page"), LayoutError);
  CHECK_THROWS_WITH_AS(flow.heading(4, "x"), "heading level 4 is not 1, 2 or 3", LayoutError);
  CHECK_THROWS_WITH_AS(flow.heading(0, "x"), "heading level 0 is not 1, 2 or 3", LayoutError);
}

TEST_CASE("flow: bullet lists show every item with a bullet") {
  t::TempDir dir("flow-bullets");
  Document doc;
  Flow flow(doc);
  const std::vector<std::string> items{"Document the service catalogue", "Approve the SMS scope", kFiller};
  flow.bullets(items);
  flow.finish(PageDecoration{});
  doc.save(dir / "b.pdf");
  const std::string out = t::pdf_text(dir / "b.pdf");
  CHECK(t::count(out, "\u2022") == 3);
  CHECK(out.find("Document the service catalogue") != std::string::npos);
  CHECK(out.find("Approve the SMS scope") != std::string::npos);
}

TEST_CASE("table of contents: page numbers are the pages the headings are on") {
  t::TempDir dir("toc-numbers");
  build_report(dir / "r.pdf", 3, 2, 6);
  const int pages = t::pdf_page_count(dir / "r.pdf");
  REQUIRE(pages >= 6);
  const std::string toc = t::pdf_page_text(dir / "r.pdf", 2, true);
  CHECK(toc.find("Contents") != std::string::npos);
  for (const std::string& title : titles(3, 2)) {
    INFO(title);
    const int listed = toc_number(toc, title);
    CHECK(listed >= 3);
    CHECK(listed == page_with(dir / "r.pdf", title, 3));
  }
}

TEST_CASE("table of contents: every entry is a link to its heading's page") {
  t::TempDir dir("toc-links");
  build_report(dir / "r.pdf", 3, 2, 6);
  const t::PdfStructure pdf = t::pdf_structure(dir / "r.pdf");
  REQUIRE(pdf.links.size() >= 2);
  const std::vector<t::PdfLink>& links = pdf.links[1];  // the contents page
  const std::vector<std::string> all = titles(3, 2);
  REQUIRE(links.size() == all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    INFO(all[i]);
    CHECK(links[i].target == page_with(dir / "r.pdf", all[i], 3));
    if (i > 0) CHECK(links[i].top < links[i - 1].top);  // in reading order down the page
  }
  for (std::size_t p = 0; p < pdf.links.size(); ++p) {
    if (p != 1) CHECK(pdf.links[p].empty());
  }
}

TEST_CASE("outline: bookmarks nest level-2 headings under their level-1 heading") {
  t::TempDir dir("toc-outline");
  build_report(dir / "r.pdf", 2, 3, 2);
  const t::PdfStructure pdf = t::pdf_structure(dir / "r.pdf");
  REQUIRE(pdf.outlines.size() == 3);
  CHECK(pdf.outlines[0].title == "Contents");
  CHECK(pdf.outlines[0].page == 2);
  for (int s = 0; s < 2; ++s) {
    const t::PdfOutline& section = pdf.outlines[static_cast<std::size_t>(s) + 1];
    const std::string letter(1, static_cast<char>('A' + s));
    CHECK(section.title == "Section " + letter + " overview");
    CHECK(section.page == page_with(dir / "r.pdf", section.title, 3));
    REQUIRE(section.kids.size() == 3);
    for (int k = 0; k < 3; ++k) {
      const t::PdfOutline& topic = section.kids[static_cast<std::size_t>(k)];
      CHECK(topic.title == "Topic " + letter + std::to_string(k + 1));
      CHECK(topic.page == page_with(dir / "r.pdf", topic.title, 3));
      CHECK(topic.kids.empty());
    }
  }
}

TEST_CASE("table of contents: a contents list longer than a page shifts the page numbers") {
  t::TempDir dir("toc-long");
  Document doc;
  Flow flow(doc);
  Cover cover;
  cover.title = "Long report";
  add_cover(flow, cover);
  flow.table_of_contents();
  for (int i = 1; i <= 70; ++i) {
    flow.heading(1, "Heading " + two_digits(i));
    flow.paragraph(kFiller);
  }
  flow.finish(PageDecoration{});
  doc.save(dir / "l.pdf");
  const std::filesystem::path pdf = dir / "l.pdf";
  const t::PdfStructure structure = t::pdf_structure(pdf);
  // The contents pages are the ones with links: right after the cover, more than one of them.
  int toc_pages = 0;
  std::size_t links = 0;
  while (static_cast<std::size_t>(toc_pages) + 1 < structure.links.size() &&
         !structure.links[static_cast<std::size_t>(toc_pages) + 1].empty()) {
    links += structure.links[static_cast<std::size_t>(toc_pages) + 1].size();
    ++toc_pages;
  }
  CHECK(toc_pages >= 2);
  CHECK(links == 70);
  const int body = 2 + toc_pages;
  CHECK(t::pdf_page_text(pdf, body).find("Heading 01") != std::string::npos);
  CHECK(t::pdf_page_text(pdf, body - 1).find("Heading 70") != std::string::npos);  // the last contents page
  const std::string toc = t::pdf_text(pdf, 2, body - 1, true);
  for (int i = 1; i <= 70; ++i) {
    const std::string title = "Heading " + two_digits(i);
    INFO(title);
    CHECK(toc_number(toc, title) == page_with(pdf, title, body));
  }
}

TEST_CASE("page decoration: every page but the cover says Page X of Y and carries the header") {
  t::TempDir dir("decoration");
  build_report(dir / "r.pdf", 2, 2, 5);
  const int pages = t::pdf_page_count(dir / "r.pdf");
  REQUIRE(pages >= 3);
  const std::string cover = t::pdf_page_text(dir / "r.pdf", 1);
  CHECK(cover.find("Page 1 of") == std::string::npos);
  CHECK(cover.find("Gap report") == std::string::npos);
  for (int p = 2; p <= pages; ++p) {
    INFO("page ", p);
    const std::string text = t::pdf_page_text(dir / "r.pdf", p);
    CHECK(text.find("Page " + std::to_string(p) + " of " + std::to_string(pages)) != std::string::npos);
    CHECK(text.find("Example Consulting") != std::string::npos);
    CHECK(text.find("Gap report") != std::string::npos);
    CHECK(text.find("Confidential") != std::string::npos);
  }
  CHECK(format_page_number("Seite {page} von {pages}", 3, 12) == "Seite 3 von 12");
  CHECK(format_page_number("{page}/{pages}", 1, 1) == "1/1");
}

TEST_CASE("flow: finish may only run once and the contents only once") {
  Document doc;
  Flow flow(doc);
  flow.table_of_contents();
  CHECK_THROWS_AS(flow.table_of_contents(), LayoutError);
  flow.paragraph("x");
  flow.finish(PageDecoration{});
  CHECK_THROWS_AS(flow.finish(PageDecoration{}), LayoutError);
}

}  // namespace iso20k::layout
