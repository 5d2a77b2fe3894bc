#include "iso20k/reports/charts/timeline_chart.h"

#include <doctest/doctest.h>

#include <cmath>

#include "iso20k/reports/layout/error.h"
#include "support/chart_support.h"
#include "support/render_fixture.h"

namespace iso20k::charts {
namespace {

namespace t = iso20k::testing;
using layout::Box;

int px(double points) { return static_cast<int>(std::lround(points * 2)); }  // at 144 dpi

TimelineChart plan() {
  TimelineChart chart;
  chart.title = "Improvement plan";
  chart.phases = {{"Major", major_color}, {"Minor", minor_color}, {"OFI", ofi_color}};
  chart.items = {{"A-01 Define the SMS scope", {2025, 3, 3}, {2025, 4, 11}, 0, true, "Phase 1"},
                 {"A-02 Management review", {2025, 4, 1}, {2025, 6, 30}, 1, false, "Phase 1"},
                 {"A-03 Emergency change risk", {2025, 5, 5}, {2025, 9, 12}, 2, false, "Phase 2"}};
  chart.milestones = {{"Today", {2025, 5, 20}, okabe_ito::vermillion}, {"Stage 1 audit", {2025, 10, 6}}};
  return chart;
}

}  // namespace

TEST_CASE("timeline: groups, months, years, milestones and the overdue sign, inside the box and apart") {
  t::TempDir dir("timeline-text");
  layout::Document measure;
  const TimelineChart chart = plan();
  const Box box{56, 400, 483, suggested_height(measure, chart, 483)};
  t::render_page(dir / "p.pdf", [&](layout::Canvas& c) { draw_timeline_chart(c, chart, box); });
  const std::string text = t::pdf_text(dir / "p.pdf");
  for (const char* s : {"Improvement plan", "Phase 1", "Phase 2", "A-02 Management review", "Mar", "Oct", "2025", "Today",
                        "Stage 1 audit", "Overdue", "Major", "OFI"}) {
    INFO(std::string(s));
    CHECK(text.find(s) != std::string::npos);
  }
  test::check_words_inside_and_apart(dir / "p.pdf", box, 841.89);
}

TEST_CASE("timeline: the span is whole months, bars as long as their days, milestones at their dates") {
  t::TempDir dir("timeline-geometry");
  TimelineChart chart;
  chart.phases = {{"one", layout::hex(0x0072B2)}, {"two", layout::hex(0x009E73)}};
  chart.items = {{"ten days", {2025, 3, 1}, {2025, 3, 10}, 0}, {"thirty days", {2025, 4, 1}, {2025, 4, 30}, 1}};
  chart.milestones = {{"M", {2025, 5, 15}, layout::hex(0xCC79A7)}};
  chart.label_bars = false;
  const Box box{56, 400, 483, 160};
  layout::Document measure;
  const TimelineScale scale = timeline_scale(measure, chart, box);
  CHECK(scale.first_day == days_since_epoch({2025, 3, 1}, "t"));
  CHECK(scale.end_day == days_since_epoch({2025, 6, 1}, "t"));
  CHECK(scale.x_of(scale.first_day) == doctest::Approx(scale.x0));
  CHECK(scale.x_of(scale.end_day + 40) == doctest::Approx(scale.x1));  // clamped

  t::render_page(dir / "p.pdf", [&](layout::Canvas& c) { draw_timeline_chart(c, chart, box); });
  const t::Raster page = t::render_page(dir / "p.pdf", 1, 144, dir.path(), false);
  const int top = px(841.89 - box.top());
  const int bottom = px(841.89 - box.y - 20);  // above the legend
  const t::PixelBox ten = t::find_color(page, 0x00, 0x72, 0xB2, 3, top, bottom);
  const t::PixelBox thirty = t::find_color(page, 0x00, 0x9E, 0x73, 3, top, bottom);
  REQUIRE(ten.count > 50);
  REQUIRE(thirty.count > 50);
  CHECK(thirty.width() == doctest::Approx(3 * ten.width()).epsilon(0.04));
  CHECK(ten.x0 == doctest::Approx(px(scale.x_of(days_since_epoch({2025, 3, 1}, "t")))).epsilon(0.01));
  CHECK(thirty.x0 == doctest::Approx(px(scale.x_of(days_since_epoch({2025, 4, 1}, "t")))).epsilon(0.01));
  // The milestone's line in the middle of its day; its label above is in the same colour, so look at
  // the rows only.
  const t::PixelBox line = t::find_color(page, 0xCC, 0x79, 0xA7, 20, ten.y0, thirty.y1);
  REQUIRE(line.count > 5);
  const long day = days_since_epoch({2025, 5, 15}, "t");
  CHECK((line.x0 + line.x1) / 2.0 == doctest::Approx(px((scale.x_of(day) + scale.x_of(day + 1)) / 2)).epsilon(0.01));
  CHECK(t::pdf_text(dir / "p.pdf").find("Overdue") == std::string::npos);  // nothing overdue, no legend entry

  // A span given: what lies outside it is not drawn at its edges.
  chart.from = ChartDate{2025, 4, 1};
  chart.to = ChartDate{2025, 4, 30};
  chart.milestones.push_back({"Outside", {2025, 6, 1}});
  t::render_page(dir / "s.pdf", [&](layout::Canvas& c) { draw_timeline_chart(c, chart, box); });
  const t::Raster span = t::render_page(dir / "s.pdf", 1, 144, dir.path(), false);
  CHECK(t::find_color(span, 0x00, 0x72, 0xB2, 3, top, bottom).count == 0);  // "ten days" lies in March
  CHECK(t::find_color(span, 0x00, 0x9E, 0x73, 3, top, bottom).width() ==
        doctest::Approx(px(timeline_scale(measure, chart, box).x1 - timeline_scale(measure, chart, box).x0)).epsilon(0.02));
  const std::string text = t::pdf_text(dir / "s.pdf");
  CHECK(text.find("Outside") == std::string::npos);
  CHECK(text.find("ten days") != std::string::npos);
}

TEST_CASE("timeline: sixty compact rows over two years with German months, and a span of weeks with its days") {
  t::TempDir dir("timeline-sizes");
  TimelineChart chart;
  chart.month_names = {"Jan", "Feb", "M\u00e4r", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"};
  chart.phases = {{"Schwerwiegend", major_color}, {"Geringf\u00fcgig", minor_color}, {"Verbesserung", ofi_color}};
  chart.overdue_label = "\u00dcberf\u00e4llig";
  for (int i = 0; i < 60; ++i) {
    const int month = 1 + i % 12;
    chart.items.push_back({"M-" + std::to_string(100 + i) + " Ma\u00dfnahme zur Verbesserung der Dokumentenlenkung und Aufzeichnungen",
                           {2025 + i / 40, month, 1 + i % 20}, {2025 + i / 40 + (month > 9 ? 1 : 0), 1 + (month + 2) % 12, 28},
                           static_cast<std::size_t>(i % 3), i % 11 == 0});
  }
  chart.milestones = {{"Stufe-1-Audit", {2025, 11, 10}}, {"Stufe-2-Audit", {2026, 2, 16}}, {"Heute", {2025, 11, 20}, okabe_ito::vermillion}};
  layout::Document measure;
  const double height = suggested_height(measure, chart, 483);
  CHECK(height < 706);  // fits the text frame of an A4 page
  const Box box{56, 64, 483, height};
  t::render_page(dir / "long.pdf", [&](layout::Canvas& c) { draw_timeline_chart(c, chart, box); });
  const std::string text = t::pdf_text(dir / "long.pdf");
  for (const char* s : {"M-100", "M-159", "Nov", "2026", "Stufe-1-Audit", "Heute", "\u00dcberf\u00e4llig", "\u2026"}) {
    INFO(std::string(s));
    CHECK(text.find(s) != std::string::npos);
  }
  test::check_words_inside_and_apart(dir / "long.pdf", box, 841.89);

  TimelineChart weeks;
  weeks.phases = {{"Audit", okabe_ito::blue}};
  weeks.items = {{"Document review", {2025, 6, 2}, {2025, 6, 6}, 0}, {"Interviews", {2025, 6, 9}, {2025, 6, 20}, 0}};
  weeks.milestones = {{"Closing meeting", {2025, 6, 20}}};
  const Box small{56, 400, 483, suggested_height(measure, weeks, 483)};
  t::render_page(dir / "weeks.pdf", [&](layout::Canvas& c) { draw_timeline_chart(c, weeks, small); });
  const std::string days = t::pdf_text(dir / "weeks.pdf");
  for (const char* s : {"Jun", "2", "9", "16", "23", "30", "Closing meeting"}) {  // the Mondays of June 2025
    INFO(std::string(s));
    CHECK(days.find(s) != std::string::npos);
  }
  test::check_words_inside_and_apart(dir / "weeks.pdf", small, 841.89);
}

TEST_CASE("timeline: bad dates, reversed items, unknown phases and reversed spans are rejected") {
  layout::Document doc;
  layout::Canvas canvas(doc, doc.add_page());
  const Box box{56, 400, 483, 200};
  TimelineChart chart = plan();
  chart.items[1].end = {2025, 3, 31};
  CHECK_THROWS_WITH_AS(draw_timeline_chart(canvas, chart, box),
                       "timeline: \"A-02 Management review\" ends (2025-03-31) before it starts (2025-04-01)", layout::LayoutError);
  chart = plan();
  chart.items[0].start = {2025, 2, 29};
  CHECK_THROWS_WITH_AS(draw_timeline_chart(canvas, chart, box), "timeline: invalid date 2025-02-29", layout::LayoutError);
  chart = plan();
  chart.milestones[0].date = {2025, 13, 1};
  CHECK_THROWS_WITH_AS(draw_timeline_chart(canvas, chart, box), "timeline: invalid date 2025-13-01", layout::LayoutError);
  chart = plan();
  chart.items[2].phase = 3;
  CHECK_THROWS_WITH_AS(draw_timeline_chart(canvas, chart, box), "timeline: \"A-03 Emergency change risk\" has phase 3 of 3",
                       layout::LayoutError);
  chart = plan();
  chart.from = ChartDate{2025, 6, 1};
  chart.to = ChartDate{2025, 5, 1};
  CHECK_THROWS_WITH_AS(draw_timeline_chart(canvas, chart, box), "timeline: the span ends before it starts", layout::LayoutError);
}

}  // namespace iso20k::charts
