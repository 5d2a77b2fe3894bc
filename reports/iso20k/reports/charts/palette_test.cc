#include "iso20k/reports/charts/palette.h"

#include <doctest/doctest.h>

namespace iso20k::charts {

TEST_CASE("palette: Okabe-Ito colours as published") {
  CHECK(okabe_ito::blue == layout::Color{0, 114 / 255.0, 178 / 255.0});
  CHECK(okabe_ito::orange == layout::Color{230 / 255.0, 159 / 255.0, 0});
  CHECK(okabe_ito::green == layout::Color{0, 158 / 255.0, 115 / 255.0});
  CHECK(okabe_ito::vermillion == layout::Color{213 / 255.0, 94 / 255.0, 0});
  CHECK(okabe_ito::purple == layout::Color{204 / 255.0, 121 / 255.0, 167 / 255.0});
  CHECK(okabe_ito::sky == layout::Color{86 / 255.0, 180 / 255.0, 233 / 255.0});
  CHECK(okabe_ito::yellow == layout::Color{240 / 255.0, 228 / 255.0, 66 / 255.0});
  CHECK(okabe_ito::black == layout::Color{0, 0, 0});
  CHECK(series_colors.front() == okabe_ito::blue);
}

TEST_CASE("palette: text on status colours picks the more legible of white and ink") {
  const layout::Color ink = layout::hex(0x1F2933);
  CHECK(layout::text_color_on(okabe_ito::blue, ink) == layout::white);
  CHECK(layout::text_color_on(okabe_ito::vermillion, ink) == layout::white);
  CHECK(layout::text_color_on(okabe_ito::yellow, ink) == ink);
  CHECK(layout::text_color_on(okabe_ito::orange, ink) == ink);
  CHECK(layout::text_color_on(layout::white, ink) == ink);
  CHECK(layout::contrast(layout::white, layout::black) == doctest::Approx(21));
}

}  // namespace iso20k::charts
