#include "iso20k/reports/layout/image.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/image_format.h"

namespace iso20k::layout {

Image load_image(Document& doc, const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw LayoutError(name + ": image file not found");
  if (!std::filesystem::is_regular_file(path, ec)) throw LayoutError(name + ": not a regular file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LayoutError(name + ": cannot open image file: " + std::strerror(errno));
  const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) throw LayoutError(name + ": cannot read image file");
  if (bytes.empty()) throw LayoutError(name + ": the image file is empty");
  if (bytes.size() > 0x7FFFFFFFu) throw LayoutError(name + ": the image file is too large");

  HPDF_Image handle = nullptr;
  switch (detect_image_format(bytes)) {
    case ImageFormat::png: {
      const PngInfo info = check_png(bytes, name);
      if (info.bit_depth == 16) {
        throw LayoutError(name +
                          ": 16-bit PNG images are not supported (they would be embedded corrupted); "
                          "save the image with 8 bits per channel");
      }
      handle = HPDF_LoadPngImageFromMem(doc.handle(), bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
      doc.check(name + ": cannot load PNG image");
      break;
    }
    case ImageFormat::jpeg:
      check_jpeg(bytes, name);
      handle = HPDF_LoadJpegImageFromMem(doc.handle(), bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
      doc.check(name + ": cannot load JPEG image");
      break;
    case ImageFormat::unknown:
      throw LayoutError(name + ": not a PNG or JPEG image");
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
