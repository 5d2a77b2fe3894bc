#include "iso20k/reports/charts/stacked_bar_chart.h"

#include <doctest/doctest.h>

#include "support/chart_support.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/layout/error.h"
#include "support/render_fixture.h"

namespace iso20k::charts {
namespace {

namespace t = iso20k::testing;
using layout::Box;

StackedBarChart results(std::vector<std::vector<double>> values, std::vector<std::string> labels) {
  StackedBarChart chart;
  chart.labels = std::move(labels);
  chart.segments = {{"Conformant", conformant_color},
                    {"Partially conformant", partial_color},
                    {"Nonconformant", nonconformant_color},
                    {"Not assessed", not_assessed_color}};
  chart.values = std::move(values);
  return chart;
}

}  // namespace

TEST_CASE("stacked bar chart: counts in the segments, totals, ticks and legend, apart and inside the box") {
  t::TempDir dir("stacked-text");
  StackedBarChart chart = results({{9, 3, 1, 0}, {31, 12, 9, 4}, {0, 0, 0, 0}},
                                  {"4 Context of the organization", "8 Operation of the service management system", "10 Improvement"});
  chart.title = "Results by clause";
  const Box box{56, 400, 483, 180};
  t::render_page(dir / "s.pdf", [&](layout::Canvas& c) { draw_stacked_bar_chart(c, chart, box); });
  const std::string text = t::pdf_text(dir / "s.pdf");
  for (const char* s : {"Results by clause", "Conformant", "Partially conformant", "Nonconformant", "Not assessed",
                        "Requirements", "31", "12", "13\n", "56\n", "60\n", "10 Improvement"}) {
    INFO(std::string(s));
    CHECK(text.find(s) != std::string::npos);
  }
  test::check_words_inside_and_apart(dir / "s.pdf", box, 841.89);
}

TEST_CASE("stacked bar chart: segment lengths are proportional to the counts, in order") {
  t::TempDir dir("stacked-geometry");
  const StackedBarChart chart = results({{10, 5, 3, 2}}, {"clause"});
  const Box box{56, 400, 483, 120};
  t::render_page(dir / "s.pdf", [&](layout::Canvas& c) { draw_stacked_bar_chart(c, chart, box); });
  const t::Raster page = t::render_page(dir / "s.pdf", 1, 144, dir.path(), false);
  // Only the rows of the plot: the legend below repeats the colours in small swatches.
  const int plot_top = static_cast<int>((841.89 - box.top()) * 2);
  const int plot_bottom = static_cast<int>((841.89 - box.y - 60) * 2);
  const t::PixelBox green = t::find_color(page, 0x00, 0x9E, 0x73, 3, plot_top, plot_bottom);
  const t::PixelBox yellow = t::find_color(page, 0xF0, 0xE4, 0x42, 3, plot_top, plot_bottom);
  const t::PixelBox red = t::find_color(page, 0xD5, 0x5E, 0x00, 3, plot_top, plot_bottom);
  const t::PixelBox grey = t::find_color(page, 0xBF, 0xC6, 0xCE, 3, plot_top, plot_bottom);
  REQUIRE(green.count > 100);
  REQUIRE(grey.count > 20);
  CHECK(green.x1 < yellow.x0);
  CHECK(yellow.x1 < red.x0);
  CHECK(red.x1 < grey.x0);
  const double unit = (grey.x1 - green.x0 + 1) / 20.0;  // 20 requirements in all
  CHECK(green.width() == doctest::Approx(10 * unit).epsilon(0.03));
  CHECK(yellow.width() == doctest::Approx(5 * unit).epsilon(0.06));
  CHECK(red.width() == doctest::Approx(3 * unit).epsilon(0.1));
}

TEST_CASE("stacked bar chart: mismatched, negative or non-finite counts are rejected") {
  layout::Document doc;
  layout::Canvas canvas(doc, doc.add_page());
  const Box box{56, 400, 483, 180};
  CHECK_THROWS_WITH_AS(draw_stacked_bar_chart(canvas, results({{1, 2, 3}}, {"a"}), box),
                       "stacked bar chart: bar \"a\" has 3 values for 4 segments", layout::LayoutError);
  CHECK_THROWS_WITH_AS(draw_stacked_bar_chart(canvas, results({{1, 2, 3, 4}}, {"a", "b"}), box),
                       "stacked bar chart: 2 labels but 1 bars", layout::LayoutError);
  CHECK_THROWS_WITH_AS(draw_stacked_bar_chart(canvas, results({{1, -2, 3, 4}}, {"a"}), box),
                       "stacked bar chart: counts cannot be negative", layout::LayoutError);
  CHECK_THROWS_WITH_AS(draw_stacked_bar_chart(canvas, results({{1, std::nan(""), 3, 4}}, {"a"}), box),
                       "stacked bar chart: values must be finite numbers", layout::LayoutError);
}

TEST_CASE("stacked bar chart: shares in whole percent add up to 100") {
  CHECK(rounded_percentages(std::vector<double>{1, 1, 1}) == std::vector<int>{34, 33, 33});
  CHECK(rounded_percentages(std::vector<double>{2, 1}) == std::vector<int>{67, 33});
  CHECK(rounded_percentages(std::vector<double>{98, 12, 30, 2}) == std::vector<int>{69, 9, 21, 1});
  CHECK(rounded_percentages(std::vector<double>{0, 0}) == std::vector<int>{0, 0});
  CHECK(rounded_percentages(std::vector<double>{5, 0, 0, 0}) == std::vector<int>{100, 0, 0, 0});
  CHECK(rounded_percentages(std::vector<double>{}).empty());
}

TEST_CASE("stacked bar chart, normalised: every bar full width, segments proportional to their shares") {
  t::TempDir dir("stacked-normalised");
  StackedBarChart chart = results({{10, 10, 0, 0}, {1, 3, 0, 0}}, {"big", "small"});
  chart.normalise = true;
  const Box box{56, 400, 483, 140};
  t::render_page(dir / "s.pdf", [&](layout::Canvas& c) { draw_stacked_bar_chart(c, chart, box); });
  const t::Raster page = t::render_page(dir / "s.pdf", 1, 144, dir.path(), false);
  const int plot_top = static_cast<int>((841.89 - box.top()) * 2);
  const int plot_bottom = static_cast<int>((841.89 - box.y - 60) * 2);
  const int middle = (plot_top + plot_bottom) / 2;
  // The first bar in the upper half of the plot, the second in the lower.
  const t::PixelBox green1 = t::find_color(page, 0x00, 0x9E, 0x73, 3, plot_top, middle);
  const t::PixelBox yellow1 = t::find_color(page, 0xF0, 0xE4, 0x42, 3, plot_top, middle);
  const t::PixelBox green2 = t::find_color(page, 0x00, 0x9E, 0x73, 3, middle, plot_bottom);
  const t::PixelBox yellow2 = t::find_color(page, 0xF0, 0xE4, 0x42, 3, middle, plot_bottom);
  REQUIRE(green1.count > 100);
  REQUIRE(green2.count > 50);
  // Both bars span the same width, whatever their counts (20 and 4).
  CHECK(green1.x0 == doctest::Approx(green2.x0).epsilon(0.01));
  CHECK(yellow1.x1 == doctest::Approx(yellow2.x1).epsilon(0.01));
  const double full = yellow1.x1 - green1.x0 + 1;
  CHECK(green1.width() == doctest::Approx(full * 0.5).epsilon(0.03));
  CHECK(green2.width() == doctest::Approx(full * 0.25).epsilon(0.05));
  CHECK(yellow2.width() == doctest::Approx(full * 0.75).epsilon(0.03));
  const std::string text = t::pdf_text(dir / "s.pdf");
  // pdftotext spaces "n = 4" as it pleases: compare without spaces.
  const auto squeeze = [](std::string s) {
    std::erase(s, ' ');
    return s;
  };
  for (const char* s : {"n = 20", "n = 4", "50%", "25%", "75%", "100%"}) {
    INFO(std::string(s));
    CHECK(squeeze(text).find(squeeze(s)) != std::string::npos);
  }
  test::check_words_inside_and_apart(dir / "s.pdf", box, 841.89);
}

TEST_CASE("stacked bar chart, normalised: German labels fit, an empty bar says n = 0, and the old mode is unchanged") {
  t::TempDir dir("stacked-german");
  StackedBarChart chart;
  chart.title = "Nachweisstatus nach Art";
  chart.labels = {"Dokumente", "Aufzeichnungen", "Befragungen", "Beobachtungen",
                  "Kennzahlen der Überwachung, Messung, Analyse und Bewertung der Dienstleistungen"};
  chart.segments = {{"Vorgelegt", evidence_provided_color}, {"Teilweise", evidence_partial_color},
                    {"Fehlt", evidence_absent_color}, {"Ausstehend", evidence_outstanding_color}};
  chart.values = {{98, 12, 30, 2}, {40, 10, 8, 6}, {12, 2, 1, 0}, {4, 1, 0, 3}, {0, 0, 0, 0}};
  chart.normalise = true;
  chart.axis_label = "Anteil der Nachweise (%)";
  chart.percent_suffix = " %";
  const Box box{56, 400, 483, suggested_height(layout::Document(), chart, 483)};
  t::render_page(dir / "g.pdf", [&](layout::Canvas& c) { draw_stacked_bar_chart(c, chart, box); });
  const std::string text = t::pdf_text(dir / "g.pdf");
  const auto squeeze = [](std::string s) {
    std::erase(s, ' ');
    return s;
  };
  for (const char* s : {"n = 142", "n = 0", "69 %", "Ausstehend", "Anteil der Nachweise (%)"}) {
    INFO(std::string(s));
    CHECK(squeeze(text).find(squeeze(s)) != std::string::npos);
  }
  test::check_words_inside_and_apart(dir / "g.pdf", box, 841.89);

  // Without normalise the total, not "n = ", stands at the bar end.
  chart.normalise = false;
  t::render_page(dir / "c.pdf", [&](layout::Canvas& c) { draw_stacked_bar_chart(c, chart, box); });
  const std::string counts = t::pdf_text(dir / "c.pdf");
  CHECK(counts.find("n = ") == std::string::npos);
  CHECK(counts.find("142") != std::string::npos);
}

}  // namespace iso20k::charts
