#pragma once
// Drawing on one page: rectangles, lines, polygons, circles, text, images and internal links, in PDF
// coordinates (points, origin bottom-left). A Canvas is a cheap handle; make one wherever needed.
#include <hpdf.h>

#include <optional>
#include <span>
#include <string_view>

#include "iso20k/reports/layout/color.h"
#include "iso20k/reports/layout/document.h"
#include "iso20k/reports/layout/geometry.h"
#include "iso20k/reports/layout/text.h"

namespace iso20k::layout {

enum class LineStyle { solid, dashed, dotted };

struct Stroke {
  Color color = black;
  double width = 0.5;
  LineStyle style = LineStyle::solid;
};

class Canvas {
 public:
  Canvas(Document& doc, HPDF_Page page) : doc_(&doc), page_(page) {}

  Document& document() const { return *doc_; }
  HPDF_Page page() const { return page_; }

  void fill_rect(const Box& box, Color fill, double opacity = 1.0);
  void stroke_rect(const Box& box, const Stroke& stroke);
  void line(Point from, Point to, const Stroke& stroke);
  // A closed polygon, filled (with opacity 0..1) and/or outlined.
  void polygon(std::span<const Point> points, const std::optional<Color>& fill, double fill_opacity,
               const std::optional<Stroke>& stroke);
  void circle(Point centre, double radius, const std::optional<Color>& fill, const std::optional<Stroke>& stroke);

  // One line of text; `x` is the left edge, centre or right edge according to style.align.
  void text(std::string_view text, double x, double baseline, const TextStyle& style);
  // Lines stacked downwards from `top`, aligned inside [x, x + width].
  void lines(std::span<const std::string> lines, double x, double top, double width, const TextStyle& style);
  double text_width(std::string_view text, FontFace face, double size) const {
    return doc_->text_width(text, face, size);
  }

  void image(HPDF_Image image, const Box& box);
  // A clickable area that jumps to `target_top` on `target`.
  void link(const Box& area, HPDF_Page target, double target_top);

 private:
  void apply(const Stroke& stroke);

  Document* doc_;
  HPDF_Page page_;
};

}  // namespace iso20k::layout
