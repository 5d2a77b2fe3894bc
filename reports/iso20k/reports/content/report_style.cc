#include "iso20k/reports/content/report_style.h"

#include "iso20k/reports/charts/palette.h"

namespace iso20k::reports {

layout::Color to_color(const Rgb& rgb) { return layout::Color{rgb.r, rgb.g, rgb.b}; }

layout::Theme report_theme(const Template& tmpl) {
  layout::Theme theme;
  const layout::Color primary = to_color(tmpl.branding.primary);
  const layout::Color ink = to_color(tmpl.branding.text);
  theme.ink = ink;
  theme.primary = primary;
  theme.accent = to_color(tmpl.branding.accent);
  theme.header_text = layout::text_color_on(primary, ink);
  theme.h1.text.color = primary;
  theme.h2.text.color = primary;
  theme.h3.text.color = ink;
  theme.contents_title = tmpl.text("label.contents");
  return theme;
}

layout::DocumentOptions document_options(const Template& tmpl, const layout::Metadata& metadata) {
  layout::DocumentOptions options;
  options.paper = tmpl.page == PageSize::letter ? layout::PaperSize::letter : layout::PaperSize::a4;
  options.metadata = metadata;
  return options;
}

layout::Color result_color(Result r) {
  switch (r) {
    case Result::conformant: return charts::conformant_color;
    case Result::partial: return charts::partial_color;
    case Result::nonconformant: return charts::nonconformant_color;
    case Result::not_assessed:
    case Result::not_applicable: return charts::not_assessed_color;
  }
  return charts::not_assessed_color;
}

layout::Color grade_color(Grade g) {
  switch (g) {
    case Grade::major: return charts::major_color;
    case Grade::minor: return charts::minor_color;
    case Grade::ofi: return charts::ofi_color;
  }
  return charts::ofi_color;
}

layout::Color verdict_color(Verdict v) {
  switch (v) {
    case Verdict::not_ready: return charts::okabe_ito::vermillion;
    case Verdict::stage1: return charts::okabe_ito::orange;
    case Verdict::stage2: return charts::okabe_ito::green;
  }
  return charts::okabe_ito::vermillion;
}

layout::Color tint(layout::Color c, double strength) { return layout::mix(layout::white, c, strength); }

}  // namespace iso20k::reports
