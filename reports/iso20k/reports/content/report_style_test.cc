// A template's branding as the layout sees it: its colours on headings, rules and the cover, header
// text readable on the primary colour, the contents titled in its language, its paper size; and the
// one colour each result, grade and verdict has in every report.
#include "iso20k/reports/content/report_style.h"

#include <doctest/doctest.h>

#include "iso20k/reports/charts/palette.h"
#include "support/report_fixture.h"

namespace iso20k::reports {

TEST_CASE("report style: the theme takes the template's colours and contents title") {
  Template tmpl = test::bundled_template("default");
  const layout::Theme theme = report_theme(tmpl);
  CHECK(theme.primary == layout::hex(0x1B365D));
  CHECK(theme.accent == layout::hex(0x0072B2));
  CHECK(theme.ink == layout::hex(0x1F2933));
  CHECK(theme.h1.text.color == theme.primary);
  CHECK(theme.h2.text.color == theme.primary);
  CHECK(theme.h3.text.color == theme.ink);
  CHECK(theme.header_text == layout::white);  // white reads best on navy
  CHECK(theme.contents_title == "Contents");
  CHECK(report_theme(test::bundled_template("default-de")).contents_title == "Inhalt");

  // A pale primary colour gets the ink colour for the text on it.
  tmpl.branding.primary = Rgb{0.95, 0.9, 0.6};
  tmpl.branding.text = Rgb{0.1, 0.1, 0.1};
  const layout::Theme pale = report_theme(tmpl);
  CHECK(pale.primary == layout::Color{0.95, 0.9, 0.6});
  CHECK(pale.header_text == layout::Color{0.1, 0.1, 0.1});
  CHECK(to_color(Rgb{0.25, 0.5, 0.75}) == layout::Color{0.25, 0.5, 0.75});
}

TEST_CASE("report style: the paper size of the template and the metadata given") {
  layout::Metadata m;
  m.title = "Gap report";
  const layout::DocumentOptions a4 = document_options(test::bundled_template("default"), m);
  CHECK(a4.paper == layout::PaperSize::a4);
  CHECK(a4.metadata.title == "Gap report");
  CHECK(document_options(test::bundled_template("default-letter"), m).paper == layout::PaperSize::letter);
}

TEST_CASE("report style: one colour per result, grade and verdict, and tints towards white") {
  CHECK(result_color(Result::conformant) == charts::conformant_color);
  CHECK(result_color(Result::partial) == charts::partial_color);
  CHECK(result_color(Result::nonconformant) == charts::nonconformant_color);
  CHECK(result_color(Result::not_assessed) == charts::not_assessed_color);
  CHECK(result_color(Result::not_applicable) == charts::not_assessed_color);
  CHECK(grade_color(Grade::major) == charts::major_color);
  CHECK(grade_color(Grade::minor) == charts::minor_color);
  CHECK(grade_color(Grade::ofi) == charts::ofi_color);
  CHECK(verdict_color(Verdict::not_ready) == charts::okabe_ito::vermillion);
  CHECK(verdict_color(Verdict::stage1) == charts::okabe_ito::orange);
  CHECK(verdict_color(Verdict::stage2) == charts::okabe_ito::green);

  const layout::Color c{0.2, 0.4, 0.6};
  CHECK(tint(c, 0) == layout::white);
  const layout::Color full = tint(c, 1);
  CHECK(full.r == doctest::Approx(c.r));
  CHECK(full.g == doctest::Approx(c.g));
  CHECK(full.b == doctest::Approx(c.b));
  const layout::Color half = tint(c, 0.5);
  CHECK(half.r == doctest::Approx(0.6));
  CHECK(half.g == doctest::Approx(0.7));
  CHECK(half.b == doctest::Approx(0.8));
  const layout::Color light = tint(c);  // 30 % by default
  CHECK(light.r == doctest::Approx(0.76));
}

}  // namespace iso20k::reports
