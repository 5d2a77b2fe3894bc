#include "iso20k/reports/layout/no_break.h"

#include <doctest/doctest.h>

#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/text.h"
#include "support/pdf_probe.h"
#include "support/test_support.h"

namespace iso20k::layout {
namespace {

namespace t = iso20k::testing;

constexpr double kSize = 10;

double width(const Document& doc, std::string_view text) { return doc.text_width(text, FontFace::regular, kSize); }

// The width at which `text` wraps with a break right after `prefix` when that break is allowed: the
// whole text does not fit, `prefix` does with room to spare.
double width_breaking_after(const Document& doc, std::string_view text, std::string_view prefix) {
  return (width(doc, prefix) + width(doc, text)) / 2;
}

}  // namespace

TEST_CASE("no_break: keep_together joins with U+00A0 and plain_spaces turns it back") {
  CHECK(keep_together("ISO/IEC 20000-1:2018") == "ISO/IEC\u00A020000-1:2018");
  CHECK(keep_together("52.2 %") == "52.2\u00A0%");
  CHECK(keep_together("") == "");
  CHECK(plain_spaces("ISO/IEC\u00A020000-1:2018 and 3\u202F%") == "ISO/IEC 20000-1:2018 and 3\u202F%");
  CHECK(plain_spaces(keep_together("a b  c")) == "a b  c");
}

TEST_CASE("no_break: DejaVu has both no-break spaces, U+00A0 as wide as a space and U+202F narrower") {
  Document doc;
  for (FontFace face : {FontFace::regular, FontFace::bold, FontFace::mono}) {
    const double space = doc.text_width(" ", face, kSize);
    CHECK(doc.text_width(kNoBreakSpace, face, kSize) == doctest::Approx(space));
    const double narrow = doc.text_width(kNarrowNoBreakSpace, face, kSize);
    CHECK(narrow > 0);
    CHECK(narrow <= space);
  }
  CHECK(doc.text_width(kNarrowNoBreakSpace, FontFace::regular, kSize) < doc.text_width(" ", FontFace::regular, kSize));
}

TEST_CASE("no_break: the standard's name stays on one line, by keep_together or as a designation") {
  Document doc;
  // With ordinary spaces a phrase breaks where it must ...
  const std::string plain = "as set out in Clause 4.1";
  const double w = width_breaking_after(doc, plain, "as set out in Clause");
  const std::vector<std::string> broken = wrap_text(doc, plain, FontFace::regular, kSize, w);
  REQUIRE(broken.size() == 2);
  CHECK(broken[1] == "4.1");
  // ... with keep_together never.
  const std::vector<std::string> kept =
      wrap_text(doc, "as set out in " + keep_together("Clause 4.1"), FontFace::regular, kSize, w);
  REQUIRE(kept.size() == 2);
  CHECK(kept[0] == "as set out in");
  CHECK(kept[1] == "Clause\u00A04.1");
  // A standard's designation keeps its number even with an ordinary space, so the covers' subtitles
  // never break after "ISO/IEC".
  const std::pair<std::string, std::string> standards[] = {
      {"ISO/IEC 20000-1:2018", "ISO/IEC"}, {"ISO 9001", "ISO"}, {"BS EN 62443", "BS EN"}};
  for (const auto& [standard, designation] : standards) {
    CAPTURE(standard);
    const std::string text = "Assessment against " + standard;
    const std::vector<std::string> lines = wrap_text(doc, text, FontFace::regular, kSize,
                                                     width_breaking_after(doc, text, "Assessment against " + designation));
    REQUIRE(lines.size() == 2);
    const std::string number = standard.substr(standard.rfind(' ') + 1);
    const std::string last_word = designation.substr(designation.rfind(' ') + 1);
    CHECK(lines[1].ends_with(last_word + " " + number));
  }
  // Not for words that are no designation.
  CHECK(wrap_text(doc, "Level 3", FontFace::regular, kSize, width(doc, "Level 3") - 1) == std::vector<std::string>{"Level", "3"});
  // Runs of no-break spaces neither collapse nor vanish at a line's end.
  CHECK(wrap_text(doc, "a\u00A0\u00A0b", FontFace::regular, kSize, 500) == std::vector<std::string>{"a\u00A0\u00A0b"});
}

TEST_CASE("no_break: a slash or hyphen inside a word that fits the line is no break point") {
  Document doc;
  const std::string text = "the standard ISO/IEC-20000-1:2018";
  const double w = width_breaking_after(doc, text, "the standard ISO/IEC-");
  const std::vector<std::string> lines = wrap_text(doc, text, FontFace::regular, kSize, w);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "the standard");
  CHECK(lines[1] == "ISO/IEC-20000-1:2018");
  // Only a word wider than the line is broken, and then after its slash or hyphen.
  const std::string name = keep_together("ISO/IEC 20000-1:2018");
  const std::vector<std::string> narrow = wrap_text(doc, name, FontFace::regular, kSize, width(doc, "ISO/IEC\u00A020000-1"));
  REQUIRE(narrow.size() == 2);
  CHECK(narrow[0] == "ISO/IEC\u00A020000-");
  CHECK(narrow[1] == "1:2018");
}

TEST_CASE("no_break: a percent sign never wraps from its number, even with an ordinary space") {
  Document doc;
  for (const std::string unit : {"%", "\u2030"}) {
    const std::string text = "The overall score is 0.0 " + unit;
    const double w = width_breaking_after(doc, text, "The overall score is 0.0");
    const std::vector<std::string> lines = wrap_text(doc, text, FontFace::regular, kSize, w);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "The overall score is");
    CHECK(lines[1] == "0.0 " + unit);
  }
  // widest_word sees "52.2 %" as one word too, so a column sized by it never breaks it.
  CHECK(widest_word(doc, "score 52.2 %", FontFace::regular, kSize) == doctest::Approx(width(doc, "52.2 %")));
  CHECK(wrap_text(doc, "52.2 %", FontFace::regular, kSize, width(doc, "52.2 %")) == std::vector<std::string>{"52.2 %"});
  // A date breaks normally.
  const std::string date = "as at 17 February 2026";
  const std::vector<std::string> lines =
      wrap_text(doc, date, FontFace::regular, kSize, width_breaking_after(doc, date, "as at 17 February"));
  CHECK(lines == std::vector<std::string>{"as at 17 February", "2026"});
}

TEST_CASE("no_break: a no-break space is drawn as a space, so the text copies and searches as typed") {
  t::TempDir dir("no-break");
  {
    Document doc;
    Canvas canvas(doc, doc.add_page());
    const TextStyle style{FontFace::regular, kSize, black, 1.4, Align::left};
    canvas.text("against " + keep_together("ISO/IEC 20000-1:2018"), 56, 700, style);
    canvas.text("score 52.2" + std::string(kNarrowNoBreakSpace) + "%", 56, 680, style);
    doc.add_outline(nullptr, keep_together("Clause 4 context"), doc.page(0), 720);
    doc.save(dir / "a.pdf");
  }
  const test::RunResult text = test::run("pdftotext -enc UTF-8 " + t::quote(dir / "a.pdf") + " -");
  CHECK(text.err.empty());
  CHECK(text.out.find("against ISO/IEC 20000-1:2018") != std::string::npos);
  CHECK(text.out.find("\u00A0") == std::string::npos);
  CHECK(text.out.find("score 52.2 %") != std::string::npos);  // poppler gives U+202F as a plain space
  const t::PdfStructure structure = t::pdf_structure(dir / "a.pdf");
  REQUIRE(structure.outlines.size() == 1);
  CHECK(structure.outlines[0].title == "Clause 4 context");
}

}  // namespace iso20k::layout
