// Point markers tell series apart by shape as well as colour: each drawn centred on its point at the
// size asked for (circle, square, triangle, diamond, the upright target bar, the alert circle with a
// white "!"), and the series' shapes in a fixed cycle.
#include "iso20k/reports/charts/marker.h"

#include <doctest/doctest.h>

#include "support/pdf_probe.h"
#include "support/render_fixture.h"

namespace iso20k::charts {
namespace {

namespace t = iso20k::testing;

// Within the nominal extent, less at most 2.5 points: the white halo eats into the edges, and more
// into sharp corners.
bool about(double measured, double nominal) { return measured <= nominal + 0.5 && measured >= nominal - 2.5; }

constexpr layout::Color kInk = layout::hex(0xD55E00);  // vermillion: 213, 94, 0

// The marker drawn at 20 points centred on (100, 700), rendered at 144 dpi (2 pixels a point): the
// box of its colour, in points, centre relative to the point.
struct Drawn {
  double width = 0, height = 0, centre_x = 0, centre_y = 0;
  std::size_t count = 0;
  std::size_t white_inside = 0;  // white pixels inside the box
};

Drawn draw(Marker marker) {
  t::TempDir dir("marker");
  t::render_page(dir / "m.pdf", [&](layout::Canvas& c) { draw_marker(c, {100, 700}, marker, 20, kInk); });
  const t::Raster page = t::render_page(dir / "m.pdf", 1, 144, dir.path(), false);
  const t::PixelBox box = t::find_color(page, 213, 94, 0, 24);
  Drawn d;
  d.count = box.count;
  if (box.count == 0) return d;
  d.width = (box.x1 - box.x0 + 1) / 2.0;
  d.height = (box.y1 - box.y0 + 1) / 2.0;
  d.centre_x = (box.x0 + box.x1 + 1) / 4.0 - 100;
  d.centre_y = (841.89 - 700) - (box.y0 + box.y1 + 1) / 4.0;  // up is positive
  for (int y = box.y0; y <= box.y1; ++y) {
    for (int x = box.x0; x <= box.x1; ++x) d.white_inside += page.at(x, y, 1) > 240 && page.at(x, y, 2) > 240;
  }
  return d;
}

}  // namespace

TEST_CASE("marker: circle, square, triangle and diamond at their sizes, centred on the point") {
  const Drawn circle = draw(Marker::circle);
  CHECK(about(circle.width, 20));
  CHECK(about(circle.height, 20));
  CHECK(circle.centre_x == doctest::Approx(0).epsilon(0.01).scale(20));
  CHECK(circle.centre_y == doctest::Approx(0).epsilon(0.01).scale(20));
  CHECK(circle.white_inside < circle.count / 2);  // the corners of its box only

  const Drawn square = draw(Marker::square);  // 0.9 × the size across
  CHECK(about(square.width, 18));
  CHECK(about(square.height, 18));
  CHECK(square.white_inside == 0);  // solid

  const Drawn triangle = draw(Marker::triangle);  // 2.3 r wide, from 0.92 r below to 1.15 r above
  CHECK(about(triangle.width, 23));
  CHECK(about(triangle.height, 20.7));
  CHECK(triangle.centre_y == doctest::Approx((11.5 - 9.2) / 2).epsilon(0.05).scale(20));  // apex up

  const Drawn diamond = draw(Marker::diamond);  // 2.4 r both ways
  CHECK(about(diamond.width, 24));
  CHECK(about(diamond.height, 24));
  CHECK(diamond.centre_x == doctest::Approx(0).epsilon(0.01).scale(20));
}

TEST_CASE("marker: the target is an upright bar, the alert a circle with a white mark, none is nothing") {
  const Drawn target = draw(Marker::target);
  CHECK(target.width == doctest::Approx(3).epsilon(0.2));
  CHECK(target.height == doctest::Approx(20).epsilon(0.04));
  CHECK(target.centre_x == doctest::Approx(0).epsilon(0.01).scale(20));

  const Drawn alert = draw(Marker::alert);
  const Drawn circle = draw(Marker::circle);
  CHECK(alert.width == doctest::Approx(circle.width).epsilon(0.03));
  CHECK(alert.white_inside > circle.white_inside + 20);  // the "!" inside

  CHECK(draw(Marker::none).count == 0);
}

TEST_CASE("marker: series take circle, square, triangle, diamond, then again") {
  CHECK(series_marker(0) == Marker::circle);
  CHECK(series_marker(1) == Marker::square);
  CHECK(series_marker(2) == Marker::triangle);
  CHECK(series_marker(3) == Marker::diamond);
  CHECK(series_marker(4) == Marker::circle);
  CHECK(series_marker(9) == Marker::square);
}

}  // namespace iso20k::charts
