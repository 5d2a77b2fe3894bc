#include "iso20k/reports/layout/text.h"

#include <doctest/doctest.h>

#include <cstring>

#include "iso20k/format/text.h"
#include "iso20k/reports/layout/utf8.h"

namespace iso20k::layout {
namespace {

}  // namespace

TEST_CASE("text_width equals libharu's own measure of the whole string") {
  Document doc;
  const std::string text = "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u00c6r\u00f8 \u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac";
  for (FontFace face : {FontFace::regular, FontFace::bold, FontFace::mono}) {
    const HPDF_TextWidth w = HPDF_Font_TextWidth(doc.font(face), reinterpret_cast<const HPDF_BYTE*>(text.data()),
                                                 static_cast<HPDF_UINT>(text.size()));
    CHECK(doc.text_width(text, face, 12) == doctest::Approx(w.width * 12 / 1000.0).epsilon(1e-9));
  }
  // Mono: every glyph the same width, so 10 characters are 10 times one.
  CHECK(doc.text_width("0123456789", FontFace::mono, 10) == doctest::Approx(10 * doc.text_width("M", FontFace::mono, 10)));
  CHECK(doc.text_width("", FontFace::regular, 10) == 0);
}

TEST_CASE("wrap_text breaks at spaces and keeps every word") {
  Document doc;
  const std::string text =
      "The organization shall determine external and internal issues that are relevant to its purpose and "
      "that affect its ability to achieve the intended outcomes of its service management system.";
  const double width = 150;
  const std::vector<std::string> lines = wrap_text(doc, text, FontFace::regular, 10, width);
  REQUIRE(lines.size() > 2);
  for (const std::string& line : lines) {
    CHECK(doc.text_width(line, FontFace::regular, 10) <= width + 1e-6);
    CHECK(line.front() != ' ');
    CHECK(line.back() != ' ');
  }
  CHECK(join(lines, " ") == text);
  // Greedy: the first word of each next line would not have fitted on the line before.
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string next_word = lines[i + 1].substr(0, lines[i + 1].find(' '));
    CHECK(doc.text_width(lines[i] + " " + next_word, FontFace::regular, 10) > width);
  }
}

TEST_CASE("wrap_text breaks a word wider than the line between code points") {
  Document doc;
  std::string word;
  for (int i = 0; i < 60; ++i) word += "\u00c6r\u00f8\u0416";  // multi-byte letters throughout
  const double width = 40;
  REQUIRE(doc.text_width(word, FontFace::regular, 10) > 10 * width);
  const std::vector<std::string> lines = wrap_text(doc, "before " + word + " after", FontFace::regular, 10, width);
  REQUIRE(lines.size() >= 10);
  CHECK(lines.front() == "before");
  CHECK(lines.back().ends_with("after"));
  std::string rejoined;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    CHECK(doc.text_width(lines[i], FontFace::regular, 10) <= width + 1e-6);
    CHECK(sanitize_utf8(lines[i]) == lines[i]);  // every piece is valid UTF-8
    rejoined += lines[i];
  }
  std::erase(rejoined, ' ');
  CHECK(rejoined == word + "after");
}

TEST_CASE("wrap_text breaks a word wider than the line after a hyphen or other punctuation where it can") {
  Document doc;
  const auto w = [&](const std::string& s) { return doc.text_width(s, FontFace::regular, 10); };
  // Room for "HVIT-PROCEDURES" but not for "HVIT-PROCEDURES-01,": the break comes after the hyphen.
  const double width = w("HVIT-PROCEDURES-0");
  CHECK(wrap_text(doc, "HVIT-PROCEDURES-01, SharePoint", FontFace::regular, 10, width) ==
        std::vector<std::string>{"HVIT-PROCEDURES-", "01, SharePoint"});
  CHECK(wrap_text(doc, "post-implementation", FontFace::regular, 10, w("post-implementa")) ==
        std::vector<std::string>{"post-", "implementation"});
  // Code: after "(" and "_", never inside a name when a break opportunity fits.
  const std::vector<std::string> code =
      wrap_text(doc, "(meets_target(metric(\"MET-CMDB-UNTRACED-CHANGES\"))", FontFace::regular, 10, w("(meets_target(metric(\"MET-"));
  CHECK(join(code, "") == "(meets_target(metric(\"MET-CMDB-UNTRACED-CHANGES\"))");
  CHECK(code.front() == "(meets_target(metric(\"MET-");
  CHECK(code.size() == 3);  // then "CMDB-UNTRACED-" and "CHANGES\"))"
  for (const std::string& line : code) CHECK(w(line) <= w("(meets_target(metric(\"MET-") + 1e-6);
  // A piece between two break opportunities that is still too wide is broken between code points.
  const std::vector<std::string> pieces = wrap_text(doc, "ab-" + std::string(40, 'x') + "-cd", FontFace::regular, 10, w("xxxxxxxxxx"));
  CHECK(pieces.front() == "ab-");
  CHECK(join(pieces, "") == "ab-" + std::string(40, 'x') + "-cd");
  for (const std::string& line : pieces) CHECK(w(line) <= w("xxxxxxxxxx") + 1e-6);
}

TEST_CASE("wrap_text honours newlines, collapses spaces and keeps empty lines") {
  Document doc;
  CHECK(wrap_text(doc, "", FontFace::regular, 10, 100) == std::vector<std::string>{""});
  CHECK(wrap_text(doc, "one\n\ntwo   three ", FontFace::regular, 10, 300) ==
        std::vector<std::string>{"one", "", "two three"});
  CHECK(wrap_text(doc, "a\tb", FontFace::regular, 10, 300) == std::vector<std::string>{"a b"});
}

TEST_CASE("wrap_text with a line limit ends the last line with an ellipsis") {
  Document doc;
  const std::vector<std::string> lines =
      wrap_text(doc, "alpha beta gamma delta epsilon zeta eta theta iota kappa", FontFace::regular, 10, 60, 2);
  REQUIRE(lines.size() == 2);
  CHECK(lines[1].ends_with("\u2026"));
  CHECK(doc.text_width(lines[1], FontFace::regular, 10) <= 60 + 1e-6);
  CHECK(wrap_text(doc, "short", FontFace::regular, 10, 60, 2) == std::vector<std::string>{"short"});
}

TEST_CASE("fit_text shortens with an ellipsis only when needed") {
  Document doc;
  CHECK(fit_text(doc, "Confidential", FontFace::regular, 8, 200) == "Confidential");
  const std::string cut = fit_text(doc, "ISO/IEC 20000-1 Gap Assessment for Example Ltd", FontFace::regular, 8, 60);
  CHECK(cut.ends_with("\u2026"));
  CHECK(doc.text_width(cut, FontFace::regular, 8) <= 60 + 1e-6);
  CHECK(cut.starts_with("ISO/IEC"));
}

TEST_CASE("baseline_offset centres the glyphs in the line box") {
  Document doc;
  const TextStyle style{FontFace::regular, 10, black, 1.4, Align::left};
  const double offset = baseline_offset(doc, style);
  const double ascent = doc.ascent(FontFace::regular) * 10;
  const double descent = -doc.descent(FontFace::regular) * 10;
  CHECK(offset - ascent == doctest::Approx(style.leading() - offset - descent));
}

}  // namespace iso20k::layout
