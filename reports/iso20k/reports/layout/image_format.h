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

// The largest image embedded, in pixels each way (docs/templates.md, "Limits"): libharu decodes a
// PNG whole into memory (4 bytes a pixel), and libpng aborts the process on sizes it cannot
// allocate, so the size a header claims is checked before libharu sees the file. Image files are
// also limited to kImageInput (format/input_file.h, 20 MB) before they are read.
inline constexpr std::uint32_t kMaxImageSide = 8000;

struct PngInfo {
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  int bit_depth = 0;
  int color_type = 0;
  bool interlaced = false;  // Adam7
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

// What may be given to libharu: a PNG or a JPEG (recognised by content) whose structure is sound
// (check_png, check_jpeg), at most kMaxImageSide pixels wide and high, and for a PNG neither
// interlaced (libharu cannot embed Adam7 images) nor of 16 bits per channel (embedded corrupted),
// and whose image data decodes row by row (libpng, with a recovery point libharu does not give it:
// a corrupt deflate stream or missing rows would abort the process inside libharu).
// Throws LayoutError "<name>: ..." saying which and what to do; returns the format otherwise.
ImageFormat check_image(std::span<const std::uint8_t> bytes, const std::string& name);

}  // namespace iso20k::layout
