#pragma once
// Checking image files before libharu sees them. libharu aborts the whole process on some broken PNGs
// (libpng errors without a recovery point) and embeds 16-bit PNGs and truncated JPEGs as garbage, so
// files are recognised by content and their structure is verified here first.
#include <cstdint>
#include <span>
#include <string>

namespace iso20k::layout {

enum class ImageFormat { png, jpeg, unknown };

// By signature, not by file name.
ImageFormat detect_image_format(std::span<const std::uint8_t> bytes);

struct PngInfo {
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  int bit_depth = 0;
  int color_type = 0;
};

// Verifies the chunk structure (lengths, CRCs, IHDR first with valid fields, PLTE for palette images,
// IDAT with a zlib header, IEND last). Throws LayoutError "<name>: corrupt PNG image (...)" otherwise.
PngInfo check_png(std::span<const std::uint8_t> bytes, const std::string& name);

struct JpegInfo {
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  int components = 0;
  int precision = 0;
};

// Verifies the marker structure up to the image data, that the frame is baseline or progressive DCT
// with 8-bit samples and 1, 3 or 4 components, and that the data ends with an EOI marker (not truncated).
JpegInfo check_jpeg(std::span<const std::uint8_t> bytes, const std::string& name);

}  // namespace iso20k::layout
