#include "iso20k/reports/layout/document.h"

#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/error.h"
#include "support/pdf_probe.h"

namespace iso20k::layout {
namespace {

namespace t = iso20k::testing;

const std::string kLatin = "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u00c6r\u00f8";
const std::string kGreek = "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac";
const std::string kCyrillic = "\u041a\u0438\u0440\u0438\u043b\u043b\u0438\u0446\u0430";

DocumentOptions sample_options() {
  DocumentOptions options;
  options.metadata.title = "Gap report \u2013 " + kLatin;
  options.metadata.author = "Example Consulting";
  options.metadata.subject = "ISO/IEC 20000-1:2018 gap assessment";
  options.metadata.keywords = "ISO 20000, SMS, gap";
  options.metadata.creator = "iso20k test";
  options.metadata.creation_date = std::chrono::sys_days{std::chrono::year{2025} / 3 / 14};
  return options;
}

void write_sample(const std::filesystem::path& path, const DocumentOptions& options) {
  Document doc(options);
  Canvas canvas(doc, doc.add_page());
  const TextStyle body{FontFace::regular, 12, black, 1.4, Align::left};
  canvas.text(kLatin, 72, 700, body);
  canvas.text(kGreek, 72, 680, TextStyle{FontFace::bold, 12, black, 1.4, Align::left});
  canvas.text(kCyrillic, 72, 660, TextStyle{FontFace::mono, 12, black, 1.4, Align::left});
  canvas.fill_rect(Box{72, 600, 100, 20}, hex(0x0072B2), 0.5);
  doc.save(path);
}

}  // namespace

TEST_CASE("document: accented Latin, Greek and Cyrillic text survive in all three fonts") {
  t::TempDir dir("doc-unicode");
  write_sample(dir / "a.pdf", sample_options());
  const std::string text = t::pdf_text(dir / "a.pdf");
  CHECK(text.find(kLatin) != std::string::npos);
  CHECK(text.find(kGreek) != std::string::npos);
  CHECK(text.find(kCyrillic) != std::string::npos);
}

TEST_CASE("document: every font is embedded and the file passes qpdf --check") {
  t::TempDir dir("doc-fonts");
  write_sample(dir / "a.pdf", sample_options());
  const std::vector<std::string> fonts = t::pdf_font_lines(dir / "a.pdf");
  REQUIRE(fonts.size() == 3);
  for (const std::string& line : fonts) {
    INFO(line);
    CHECK(line.find("CID TrueType") != std::string::npos);
    CHECK(line.find(" yes yes ") != std::string::npos);  // emb, sub columns
  }
  CHECK(fonts[0].find("DejaVuSans") != std::string::npos);
  CHECK(fonts[1].find("DejaVuSans-Bold") != std::string::npos);
  CHECK(fonts[2].find("DejaVuSansMono") != std::string::npos);
  const t::CommandResult check = t::run("qpdf --check " + t::quote(dir / "a.pdf"));
  INFO(check.output);
  CHECK(check.status == 0);
  CHECK(check.output.find("No syntax or stream encoding errors found") != std::string::npos);
}

TEST_CASE("document: metadata and page size are written as given") {
  t::TempDir dir("doc-meta");
  write_sample(dir / "a.pdf", sample_options());
  const std::string info = t::pdf_info(dir / "a.pdf");
  INFO(info);
  CHECK(info.find("Title:           Gap report \u2013 " + kLatin + "\n") != std::string::npos);
  CHECK(info.find("Author:          Example Consulting\n") != std::string::npos);
  CHECK(info.find("Subject:         ISO/IEC 20000-1:2018 gap assessment\n") != std::string::npos);
  CHECK(info.find("Keywords:        ISO 20000, SMS, gap\n") != std::string::npos);
  CHECK(info.find("Creator:         iso20k test\n") != std::string::npos);
  CHECK(info.find("CreationDate:    2025-03-14T00:00:00Z\n") != std::string::npos);
  CHECK(info.find("ModDate:         2025-03-14T00:00:00Z\n") != std::string::npos);
  CHECK(info.find("Page size:       595.276 x 841.89 pts (A4)") != std::string::npos);

  DocumentOptions letter = sample_options();
  letter.paper = PaperSize::letter;
  letter.orientation = Orientation::landscape;
  write_sample(dir / "b.pdf", letter);
  CHECK(t::pdf_info(dir / "b.pdf").find("Page size:       792 x 612 pts") != std::string::npos);

  DocumentOptions undated = sample_options();
  undated.metadata.creation_date.reset();
  write_sample(dir / "c.pdf", undated);
  CHECK(t::pdf_info(dir / "c.pdf").find("CreationDate") == std::string::npos);
}

TEST_CASE("document: identical input gives byte-identical files, with no clock and no random ID") {
  t::TempDir dir("doc-determinism");
  write_sample(dir / "a.pdf", sample_options());
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // a clock would now read differently
  write_sample(dir / "b.pdf", sample_options());
  CHECK(t::same_file(dir / "a.pdf", dir / "b.pdf"));
  const std::vector<std::uint8_t> bytes = t::read_bytes(dir / "a.pdf");
  const std::string raw(bytes.begin(), bytes.end());
  CHECK(raw.find("/ID") == std::string::npos);

  // ...and the comparison can fail: another date gives another file.
  DocumentOptions other = sample_options();
  other.metadata.creation_date = std::chrono::sys_days{std::chrono::year{2025} / 3 / 15};
  write_sample(dir / "c.pdf", other);
  CHECK_FALSE(t::same_file(dir / "a.pdf", dir / "c.pdf"));
}

TEST_CASE("document: to_bytes equals the saved file and save replaces an existing file") {
  t::TempDir dir("doc-bytes");
  Document doc(sample_options());
  Canvas(doc, doc.add_page()).text("hello", 72, 700, TextStyle{});
  const std::vector<std::uint8_t> bytes = doc.to_bytes();
  REQUIRE(bytes.size() > 5);
  CHECK(std::string(bytes.begin(), bytes.begin() + 5) == "%PDF-");
  t::write_bytes(dir / "out.pdf", {'o', 'l', 'd'});
  doc.save(dir / "out.pdf");
  CHECK(t::read_bytes(dir / "out.pdf") == bytes);
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("document: a failed save leaves no file behind") {
  t::TempDir dir("doc-failed-save");
  Document doc(sample_options());
  doc.add_page();
  const std::filesystem::path target = dir / "missing-dir" / "out.pdf";
  CHECK_THROWS_WITH_AS(doc.save(target), doctest::Contains("cannot create"), LayoutError);
  CHECK_FALSE(std::filesystem::exists(target));
  CHECK(std::filesystem::is_empty(dir.path()));

  Document empty(sample_options());
  CHECK_THROWS_WITH_AS(empty.save(dir / "empty.pdf"), "cannot write a PDF without pages", LayoutError);
  CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("document: libharu errors become exceptions and the document stays usable") {
  Document doc;
  Canvas canvas(doc, doc.add_page());
  TextStyle bad;
  bad.size = 0;  // libharu rejects a zero font size
  CHECK_THROWS_WITH_AS(canvas.text("x", 72, 700, bad), doctest::Contains("drawing text: invalid font size"), LayoutError);
  canvas.text("still fine", 72, 680, TextStyle{});
  CHECK(doc.to_bytes().size() > 1000);
}

TEST_CASE("document: a missing font directory is a clear error") {
  DocumentOptions options;
  options.font_dir = "/nonexistent/fonts";
  CHECK_THROWS_WITH_AS(Document{options},
                       "font file not found: /nonexistent/fonts/DejaVuSans.ttf (install the fonts-dejavu-core "
                       "package or point ISO20K_FONT_DIR at DejaVu)",
                       LayoutError);
}

TEST_CASE("document: margins must leave room for text") {
  DocumentOptions options;
  options.margins = Margins{400, 56, 400, 56};
  CHECK_THROWS_AS(Document{options}, LayoutError);
  CHECK(Document{}.frame() == Box{56, 64, 595.276 - 112, 841.89 - 136});
}

TEST_CASE("document: pages can be inserted before others and are found by index") {
  Document doc;
  HPDF_Page a = doc.add_page();
  HPDF_Page b = doc.add_page();
  HPDF_Page c = doc.insert_page(1);
  CHECK(doc.page_count() == 3);
  CHECK(doc.page(0) == a);
  CHECK(doc.page(1) == c);
  CHECK(doc.page(2) == b);
  CHECK(doc.page_index(b) == 2);
  CHECK(HPDF_GetPageByIndex(doc.handle(), 1) == c);
  CHECK_THROWS_AS(doc.page(3), LayoutError);
  CHECK_THROWS_AS(doc.insert_page(5), LayoutError);
}

TEST_CASE("document: accented glyphs keep their base letters (composite glyph workaround)") {
  // Each pair is drawn alone in its own document, large; the accented letter must have at least the
  // ink of its base letter, which it would not if libharu had dropped the base glyph.
  t::TempDir dir("doc-composite");
  const auto ink = [&](const std::string& glyph, FontFace face) {
    Document doc;
    Canvas(doc, doc.add_page()).text(glyph, 100, 500, TextStyle{face, 150, black, 1.2, Align::left});
    doc.save(dir / "g.pdf");
    return t::dark_pixels(t::render_gray(dir / "g.pdf", 1, 36, dir.path()));
  };
  const std::vector<std::pair<std::string, std::string>> pairs{
      {"\u00c9", "E"}, {"\u00c5", "A"}, {"\u00e9", "e"}, {"\u03ac", "\u03b1"}, {"\u0439", "\u0438"}, {"\u0401", "\u0415"}};
  for (FontFace face : {FontFace::regular, FontFace::bold, FontFace::mono}) {
    for (const auto& [accented, base] : pairs) {
      INFO(accented, " vs ", base);
      const std::size_t base_ink = ink(base, face);
      REQUIRE(base_ink > 200);
      CHECK(ink(accented, face) > base_ink);
    }
  }
}

}  // namespace iso20k::layout
