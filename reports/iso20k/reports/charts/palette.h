#pragma once
// The Okabe-Ito palette (distinguishable with the common colour-vision deficiencies) and the colours the
// charts use for assessment results and finding grades.
#include <array>

#include "iso20k/reports/layout/color.h"

namespace iso20k::charts {

using layout::Color;
using layout::hex;

namespace okabe_ito {
constexpr Color blue = hex(0x0072B2);
constexpr Color orange = hex(0xE69F00);
constexpr Color green = hex(0x009E73);
constexpr Color vermillion = hex(0xD55E00);
constexpr Color purple = hex(0xCC79A7);
constexpr Color sky = hex(0x56B4E9);
constexpr Color yellow = hex(0xF0E442);
constexpr Color black = hex(0x000000);
}  // namespace okabe_ito

// Series colours in order of use.
constexpr std::array<Color, 8> series_colors{okabe_ito::blue,   okabe_ito::orange, okabe_ito::green,
                                             okabe_ito::vermillion, okabe_ito::purple, okabe_ito::sky,
                                             okabe_ito::yellow, okabe_ito::black};

// Results of requirements.
constexpr Color conformant_color = okabe_ito::green;
constexpr Color partial_color = okabe_ito::yellow;
constexpr Color nonconformant_color = okabe_ito::vermillion;
constexpr Color not_assessed_color = hex(0xBFC6CE);  // neutral grey

// Evidence review states (evidence status by kind).
constexpr Color evidence_provided_color = okabe_ito::green;
constexpr Color evidence_partial_color = okabe_ito::yellow;   // provided with defects: expired, draft, unapproved
constexpr Color evidence_absent_color = okabe_ito::vermillion;
constexpr Color evidence_outstanding_color = not_assessed_color;  // requested, not yet reviewed

// Finding grades.
constexpr Color major_color = okabe_ito::vermillion;
constexpr Color minor_color = okabe_ito::orange;
constexpr Color ofi_color = okabe_ito::blue;

// Chart furniture.
constexpr Color grid_color = hex(0xE3E7EC);
constexpr Color axis_color = hex(0x9AA5B1);
constexpr Color label_color = hex(0x1F2933);
constexpr Color tick_color = hex(0x616E7C);
constexpr Color title_color = hex(0x1B365D);

}  // namespace iso20k::charts
