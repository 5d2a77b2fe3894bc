#include "iso20k/reports/layout/image.h"

#include <algorithm>
#include <span>

#include "iso20k/format/input_file.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/image_format.h"

namespace iso20k::layout {

Image load_image(Document& doc, const std::filesystem::path& path) {
  const std::string name = path.string();
  InputRead in = read_input_file(name, kImageInput);
  if (!in.ok()) {
    throw LayoutError(name + ": " + (in.error == "no such file" ? std::string("image file not found") : in.error));
  }
  if (in.bytes.empty()) throw LayoutError(name + ": the image file is empty");
  const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(in.bytes.data()), in.bytes.size());
  // Checked before libharu sees it: libpng aborts the process on some files, decodes huge ones
  // until memory runs out and cannot embed interlaced ones.
  HPDF_Image handle = nullptr;
  switch (check_image(bytes, name)) {
    case ImageFormat::png:
      handle = HPDF_LoadPngImageFromMem(doc.handle(), bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
      doc.check(name + ": cannot load PNG image");
      break;
    case ImageFormat::jpeg:
      handle = HPDF_LoadJpegImageFromMem(doc.handle(), bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
      doc.check(name + ": cannot load JPEG image");
      break;
    case ImageFormat::unknown:
      break;
  }
  if (handle == nullptr) throw LayoutError(name + ": cannot load image");
  return Image{handle, static_cast<double>(HPDF_Image_GetWidth(handle)),
               static_cast<double>(HPDF_Image_GetHeight(handle))};
}

Box fit_image(double width, double height, const Box& box, Align align, VAlign valign) {
  if (width <= 0 || height <= 0 || box.w <= 0 || box.h <= 0) return Box{box.x, box.y, 0, 0};
  const double scale = std::min(box.w / width, box.h / height);
  const double w = width * scale;
  const double h = height * scale;
  const double x = align == Align::left ? box.x : (align == Align::center ? box.x + (box.w - w) / 2 : box.right() - w);
  const double y = valign == VAlign::bottom ? box.y : (valign == VAlign::middle ? box.y + (box.h - h) / 2 : box.top() - h);
  return Box{x, y, w, h};
}

Box draw_image(Canvas& canvas, const Image& image, const Box& box, Align align, VAlign valign) {
  const Box placed = fit_image(image.width, image.height, box, align, valign);
  if (placed.w > 0 && placed.h > 0) canvas.image(image.handle, placed);
  return placed;
}

}  // namespace iso20k::layout
