#pragma once
// Raster images (logos) from PNG or JPEG files, scaled into a box with their aspect ratio preserved.
#include <hpdf.h>

#include <filesystem>

#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/document.h"
#include "iso20k/reports/layout/geometry.h"
#include "iso20k/reports/layout/text.h"

namespace iso20k::layout {

struct Image {
  HPDF_Image handle = nullptr;
  double width = 0;   // pixels
  double height = 0;
};

// Loads a PNG (8-bit or less per channel, alpha allowed) or a baseline/progressive JPEG, recognised by
// content. Throws LayoutError naming the file when it is missing, unreadable, of another format, corrupt
// or a 16-bit PNG. Nothing is added to the document then.
Image load_image(Document& doc, const std::filesystem::path& path);

enum class VAlign { top, middle, bottom };

// The largest box with the image's aspect ratio that fits in `box`, placed by `align` / `valign`.
Box fit_image(double width, double height, const Box& box, Align align = Align::center,
              VAlign valign = VAlign::middle);

// Draws the image fitted into `box`; returns where it went.
Box draw_image(Canvas& canvas, const Image& image, const Box& box, Align align = Align::center,
               VAlign valign = VAlign::middle);

}  // namespace iso20k::layout
