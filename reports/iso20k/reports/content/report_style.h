#pragma once
// How a template's branding and page size become the layout layer's theme and document options, and
// the colours reports use for results, grades and verdicts (colour-blind safe, from charts/palette.h).
#include "iso20k/reports/layout/color.h"
#include "iso20k/reports/layout/document.h"
#include "iso20k/reports/layout/theme.h"
#include "iso20k/model/assessment.h"
#include "iso20k/reports/template/template.h"

namespace iso20k::reports {

layout::Color to_color(const Rgb& rgb);

// The default theme recoloured with the template's primary, accent and text colours, and the
// contents titled in the template's language.
layout::Theme report_theme(const Template& tmpl);

// Paper size from the template; metadata as given.
layout::DocumentOptions document_options(const Template& tmpl, const layout::Metadata& metadata);

layout::Color result_color(Result r);
layout::Color grade_color(Grade g);
layout::Color verdict_color(Verdict v);
// A light tint of `c` for table cells that hold text in the ink colour.
layout::Color tint(layout::Color c, double strength = 0.3);

}  // namespace iso20k::reports
