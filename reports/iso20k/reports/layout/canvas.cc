#include "iso20k/reports/layout/canvas.h"

#include <algorithm>
#include <array>

#include "iso20k/reports/layout/no_break.h"
#include "iso20k/reports/layout/utf8.h"

namespace iso20k::layout {
namespace {

HPDF_REAL real(double v) { return static_cast<HPDF_REAL>(v); }
HPDF_REAL unit(double v) { return real(std::clamp(v, 0.0, 1.0)); }

}  // namespace

void Canvas::apply(const Stroke& stroke) {
  HPDF_Page_SetRGBStroke(page_, unit(stroke.color.r), unit(stroke.color.g), unit(stroke.color.b));
  HPDF_Page_SetLineWidth(page_, real(stroke.width));
  if (stroke.style == LineStyle::dashed) {
    const std::array<HPDF_UINT16, 2> pattern{4, 3};
    HPDF_Page_SetDash(page_, pattern.data(), 2, 0);
  } else if (stroke.style == LineStyle::dotted) {
    const std::array<HPDF_UINT16, 2> pattern{1, 2};
    HPDF_Page_SetDash(page_, pattern.data(), 2, 0);
  }
}

void Canvas::fill_rect(const Box& box, Color fill, double opacity) {
  HPDF_ExtGState translucent = opacity < 1.0 ? doc_->opacity_state(opacity, 1.0) : nullptr;
  HPDF_Page_GSave(page_);
  if (translucent != nullptr) HPDF_Page_SetExtGState(page_, translucent);
  HPDF_Page_SetRGBFill(page_, unit(fill.r), unit(fill.g), unit(fill.b));
  HPDF_Page_Rectangle(page_, real(box.x), real(box.y), real(box.w), real(box.h));
  HPDF_Page_Fill(page_);
  HPDF_Page_GRestore(page_);
  doc_->check("filling a rectangle", page_);
}

void Canvas::stroke_rect(const Box& box, const Stroke& stroke) {
  HPDF_Page_GSave(page_);
  apply(stroke);
  HPDF_Page_Rectangle(page_, real(box.x), real(box.y), real(box.w), real(box.h));
  HPDF_Page_Stroke(page_);
  HPDF_Page_GRestore(page_);
  doc_->check("drawing a rectangle", page_);
}

void Canvas::line(Point from, Point to, const Stroke& stroke) {
  HPDF_Page_GSave(page_);
  apply(stroke);
  if (stroke.style == LineStyle::dotted) HPDF_Page_SetLineCap(page_, HPDF_ROUND_END);
  HPDF_Page_MoveTo(page_, real(from.x), real(from.y));
  HPDF_Page_LineTo(page_, real(to.x), real(to.y));
  HPDF_Page_Stroke(page_);
  HPDF_Page_GRestore(page_);
  doc_->check("drawing a line", page_);
}

void Canvas::polygon(std::span<const Point> points, const std::optional<Color>& fill, double fill_opacity,
                     const std::optional<Stroke>& stroke) {
  if (points.size() < 2 || (!fill && !stroke)) return;
  const auto path = [&] {
    HPDF_Page_MoveTo(page_, real(points[0].x), real(points[0].y));
    for (std::size_t i = 1; i < points.size(); ++i) HPDF_Page_LineTo(page_, real(points[i].x), real(points[i].y));
    HPDF_Page_ClosePath(page_);
  };
  if (fill) {
    HPDF_ExtGState translucent = fill_opacity < 1.0 ? doc_->opacity_state(fill_opacity, 1.0) : nullptr;
    HPDF_Page_GSave(page_);
    if (translucent != nullptr) HPDF_Page_SetExtGState(page_, translucent);
    HPDF_Page_SetRGBFill(page_, unit(fill->r), unit(fill->g), unit(fill->b));
    path();
    HPDF_Page_Fill(page_);
    HPDF_Page_GRestore(page_);
  }
  if (stroke) {
    HPDF_Page_GSave(page_);
    apply(*stroke);
    HPDF_Page_SetLineJoin(page_, HPDF_ROUND_JOIN);
    path();
    HPDF_Page_Stroke(page_);
    HPDF_Page_GRestore(page_);
  }
  doc_->check("drawing a polygon", page_);
}

void Canvas::circle(Point centre, double radius, const std::optional<Color>& fill,
                    const std::optional<Stroke>& stroke) {
  if (!fill && !stroke) return;
  HPDF_Page_GSave(page_);
  if (stroke) apply(*stroke);
  if (fill) HPDF_Page_SetRGBFill(page_, unit(fill->r), unit(fill->g), unit(fill->b));
  HPDF_Page_Circle(page_, real(centre.x), real(centre.y), real(radius));
  if (fill && stroke) {
    HPDF_Page_FillStroke(page_);
  } else if (fill) {
    HPDF_Page_Fill(page_);
  } else {
    HPDF_Page_Stroke(page_);
  }
  HPDF_Page_GRestore(page_);
  doc_->check("drawing a circle", page_);
}

void Canvas::text(std::string_view text, double x, double baseline, const TextStyle& style) {
  const std::string clean = plain_spaces(sanitize_utf8(text));
  if (clean.empty()) return;
  double left = x;
  if (style.align != Align::left) {
    const double w = doc_->text_width(clean, style.face, style.size);
    left = style.align == Align::center ? x - w / 2 : x - w;
  }
  HPDF_Page_BeginText(page_);
  HPDF_Page_SetFontAndSize(page_, doc_->font(style.face), real(style.size));
  HPDF_Page_SetRGBFill(page_, unit(style.color.r), unit(style.color.g), unit(style.color.b));
  HPDF_Page_TextOut(page_, real(left), real(baseline), clean.c_str());
  HPDF_Page_EndText(page_);
  doc_->check("drawing text", page_);
}

void Canvas::lines(std::span<const std::string> lines, double x, double top, double width, const TextStyle& style) {
  const double offset = baseline_offset(*doc_, style);
  const double anchor = style.align == Align::left ? x : (style.align == Align::center ? x + width / 2 : x + width);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    text(lines[i], anchor, top - offset - static_cast<double>(i) * style.leading(), style);
  }
}

void Canvas::image(HPDF_Image image, const Box& box) {
  HPDF_Page_DrawImage(page_, image, real(box.x), real(box.y), real(box.w), real(box.h));
  doc_->check("drawing an image", page_);
}

void Canvas::link(const Box& area, HPDF_Page target, double target_top) {
  const HPDF_Rect rect{real(area.left()), real(area.bottom()), real(area.right()), real(area.top())};
  HPDF_Annotation annot = HPDF_Page_CreateLinkAnnot(page_, rect, doc_->destination(target, target_top));
  doc_->check("creating a link", page_);
  HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
  HPDF_LinkAnnot_SetHighlightMode(annot, HPDF_ANNOT_INVERT_BOX);
  doc_->check("styling a link", page_);
}

}  // namespace iso20k::layout
