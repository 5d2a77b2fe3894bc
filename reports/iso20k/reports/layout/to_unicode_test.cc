#include "iso20k/reports/layout/to_unicode.h"

#include <doctest/doctest.h>

#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/flow.h"
#include "support/pdf_probe.h"
#include "support/test_support.h"

namespace iso20k::layout {
namespace {

namespace t = iso20k::testing;

// Text in every script and sign the reports use: German, typographic quotes and dashes, the ellipsis,
// currency, comparison signs, Greek, Cyrillic.
const std::vector<std::string> kMixed = {
    "Gr\u00fc\u00dfe aus M\u00fcnchen: \u00c4rger \u00fcber \u00d6l, Stra\u00dfe \u00e4\u00f6\u00fc \u00c4\u00d6\u00dc \u00df",
    "\u201cQuoted\u201d \u2018single\u2019 \u201eDeutsch\u201c \u2013 en dash \u2014 em dash \u2026 ellipsis",
    "Budget 1.200 \u20ac \u00b7 score \u2265 75 % \u00b7 coverage \u2264 90 % \u00b7 \u00a7 4.1 \u00b0C \u00a9",
    "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac \u041a\u0438\u0440\u0438\u043b\u043b\u0438\u0446\u0430 \u0130stanbul \u0141\u00f3d\u017a \u010ce\u0161tina",
};

void write_mixed(const std::filesystem::path& path) {
  Document doc;
  Canvas canvas(doc, doc.add_page());
  double y = 760;
  for (FontFace face : {FontFace::regular, FontFace::bold, FontFace::mono}) {
    for (const std::string& line : kMixed) {
      canvas.text(line, 56, y, TextStyle{face, 9, black, 1.4, Align::left});
      y -= 16;
    }
  }
  Flow flow(doc);
  flow.new_page();
  flow.heading(1, "\u00dcbersicht \u2013 Ergebnisse \u2265 50 %");
  flow.paragraph(kMixed[0] + " " + kMixed[1]);
  doc.save(path);
}

}  // namespace

TEST_CASE("to_unicode: the CMap maps every two-byte code to itself in bfranges, never with begincidrange") {
  const std::string cmap = identity_to_unicode_cmap();
  CHECK(cmap.find("begincidrange") == std::string::npos);
  CHECK(cmap.find("/CMapType 2 def") != std::string::npos);
  CHECK(cmap.find("<0000> <FFFF>") != std::string::npos);  // the code space
  CHECK(t::count(cmap, " beginbfrange") == 3);              // 100 + 100 + 48
  CHECK(cmap.find("100 beginbfrange") != std::string::npos);
  CHECK(cmap.find("48 beginbfrange") != std::string::npos);
  CHECK(cmap.find("<0000> <00FF> <0000>") != std::string::npos);
  CHECK(cmap.find("<2000> <20FF> <2000>") != std::string::npos);  // dashes, quotes, the euro sign
  CHECK(cmap.find("<FF00> <FFFF> <FF00>") != std::string::npos);
  CHECK(cmap.find("<D800>") == std::string::npos);  // surrogates are no characters
  CHECK(cmap.find("<DF00>") == std::string::npos);
}

TEST_CASE("to_unicode: pdftotext reads mixed scripts back exactly and says nothing on stderr") {
  t::TempDir dir("to-unicode");
  write_mixed(dir / "mixed.pdf");
  const test::RunResult text = test::run("pdftotext -enc UTF-8 " + t::quote(dir / "mixed.pdf") + " -");
  REQUIRE(text.exit_code == 0);
  CHECK(text.err.empty());
  for (const std::string& line : kMixed) {
    INFO(line);
    CHECK(t::count(text.out, line) >= 3);  // regular, bold and mono (the first two again in the flow)
  }
  CHECK(text.out.find("\u00dcbersicht \u2013 Ergebnisse \u2265 50 %") != std::string::npos);
  // pdffonts too reads the fonts without a word.
  const test::RunResult fonts = test::run("pdffonts " + t::quote(dir / "mixed.pdf"));
  CHECK(fonts.err.empty());
}

TEST_CASE("to_unicode: the fonts stay embedded subsets with a ToUnicode map, and the bytes deterministic") {
  t::TempDir dir("to-unicode-fonts");
  write_mixed(dir / "a.pdf");
  write_mixed(dir / "b.pdf");
  CHECK(t::same_file(dir / "a.pdf", dir / "b.pdf"));
  const std::vector<std::string> fonts = t::pdf_font_lines(dir / "a.pdf");
  REQUIRE(fonts.size() == 3);
  for (const std::string& line : fonts) {
    INFO(line);
    CHECK(line.find("CID TrueType") != std::string::npos);
    CHECK(line.find("Identity-H") != std::string::npos);
    CHECK(line.find("yes yes yes") != std::string::npos);  // emb, sub, uni
  }
  CHECK(test::run("qpdf --check " + t::quote(dir / "a.pdf")).exit_code == 0);
}

}  // namespace iso20k::layout
