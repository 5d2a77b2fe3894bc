// Image files are recognised by content and their structure checked before libharu sees them: each
// malformed or unsupported PNG and JPEG built byte by byte here gets its own message. (Whole images
// loaded, embedded and cut short: image_test.cc.)
#include "iso20k/reports/layout/image_format.h"

#include <doctest/doctest.h>

#include <functional>
#include <vector>

#include "iso20k/reports/layout/error.h"

namespace iso20k::layout {
namespace {

using Bytes = std::vector<std::uint8_t>;

void put32(Bytes& out, std::uint32_t v) {
  for (int s = 24; s >= 0; s -= 8) out.push_back(static_cast<std::uint8_t>(v >> s));
}

std::uint32_t crc(const std::uint8_t* p, std::size_t n) {
  std::uint32_t c = 0xFFFFFFFFu;
  for (std::size_t i = 0; i < n; ++i) {
    c ^= p[i];
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
  }
  return c ^ 0xFFFFFFFFu;
}

void chunk(Bytes& out, const char* type, const Bytes& data) {
  put32(out, static_cast<std::uint32_t>(data.size()));
  const std::size_t start = out.size();
  out.insert(out.end(), type, type + 4);
  out.insert(out.end(), data.begin(), data.end());
  put32(out, crc(out.data() + start, out.size() - start));
}

Bytes ihdr(std::uint32_t w, std::uint32_t h, std::uint8_t depth, std::uint8_t colour, std::uint8_t interlace = 0) {
  Bytes d;
  put32(d, w);
  put32(d, h);
  d.insert(d.end(), {depth, colour, 0, 0, interlace});
  return d;
}

const Bytes kZlib = {0x78, 0x9C, 0x01, 0x00};  // a zlib header (0x789C is a multiple of 31) and a little more

// Signature, then the chunks as given.
Bytes png(const std::vector<std::pair<const char*, Bytes>>& chunks) {
  Bytes out = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  for (const auto& [type, data] : chunks) chunk(out, type, data);
  return out;
}

std::string png_problem(const Bytes& bytes) {
  try {
    check_png(bytes, "logo.png");
  } catch (const LayoutError& e) {
    return e.what();
  }
  return "(no error)";
}

// SOI, an optional DHT, a frame header (SOF `sof`), a scan header, some data, EOI.
Bytes jpeg(std::uint8_t sof = 0xC0, std::uint8_t precision = 8, std::uint16_t width = 40, std::uint8_t components = 3,
           bool scan_first = false) {
  Bytes frame = {0xFF, sof, 0x00, static_cast<std::uint8_t>(8 + 3 * components), precision, 0x00, 0x10,
                 static_cast<std::uint8_t>(width >> 8), static_cast<std::uint8_t>(width & 0xFF), components};
  for (std::uint8_t k = 0; k < components; ++k) frame.insert(frame.end(), {static_cast<std::uint8_t>(k + 1), 0x11, 0x00});
  const Bytes scan = {0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00};
  Bytes out = {0xFF, 0xD8, 0xFF, 0xC4, 0x00, 0x03, 0x00, 0xFF, 0xFF};  // DHT (not a frame), then fill bytes
  out.insert(out.end(), {0xE0, 0x00, 0x02});                         // an empty APP0
  if (scan_first) out.insert(out.end(), scan.begin(), scan.end());
  out.insert(out.end(), frame.begin(), frame.end());
  if (!scan_first) out.insert(out.end(), scan.begin(), scan.end());
  out.insert(out.end(), {0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9});
  return out;
}

std::string jpeg_problem(const Bytes& bytes) {
  try {
    check_jpeg(bytes, "logo.jpg");
  } catch (const LayoutError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("image format: recognised by signature, not by name") {
  CHECK(detect_image_format(png({})) == ImageFormat::png);
  CHECK(detect_image_format(Bytes{0xFF, 0xD8, 0xFF}) == ImageFormat::jpeg);
  CHECK(detect_image_format(Bytes{0xFF, 0xD8}) == ImageFormat::unknown);
  CHECK(detect_image_format(Bytes{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A}) == ImageFormat::unknown);  // 7 of 8 bytes
  CHECK(detect_image_format(Bytes{'G', 'I', 'F', '8', '9', 'a'}) == ImageFormat::unknown);
  CHECK(png_problem(jpeg()) == "logo.png: corrupt PNG image (no PNG signature)");
  CHECK(jpeg_problem(png({})) == "logo.jpg: corrupt JPEG image (no JPEG signature)");
}

TEST_CASE("image format: a well-formed PNG gives its size, depth and colour type") {
  const PngInfo rgba = check_png(png({{"IHDR", ihdr(640, 200, 8, 6)}, {"IDAT", kZlib}, {"IDAT", {0}}, {"IEND", {}}}), "x");
  CHECK(rgba.width == 640);
  CHECK(rgba.height == 200);
  CHECK(rgba.bit_depth == 8);
  CHECK(rgba.color_type == 6);
  // A palette image with its palette, interlaced, and a chunk libharu does not need.
  const PngInfo palette = check_png(
      png({{"IHDR", ihdr(1, 1, 4, 3, 1)}, {"tEXt", {'a', 0, 'b'}}, {"PLTE", {0, 0, 0}}, {"IDAT", kZlib}, {"IEND", {}}}), "x");
  CHECK(palette.color_type == 3);
  CHECK(palette.bit_depth == 4);
}

TEST_CASE("image format: each PNG structure problem has its own message") {
  const Bytes idat = kZlib;
  CHECK(png_problem(png({{"IDAT", idat}, {"IEND", {}}})) == "logo.png: corrupt PNG image (the first chunk is not IHDR)");
  CHECK(png_problem(png({{"IHDR", {0, 0, 0, 1}}, {"IDAT", idat}, {"IEND", {}}})) == "logo.png: corrupt PNG image (bad IHDR chunk)");
  CHECK(png_problem(png({{"IHDR", ihdr(1, 1, 8, 6)}, {"IHDR", ihdr(1, 1, 8, 6)}, {"IDAT", idat}, {"IEND", {}}})) ==
        "logo.png: corrupt PNG image (bad IHDR chunk)");
  CHECK(png_problem(png({{"IHDR", ihdr(0, 10, 8, 6)}, {"IDAT", idat}, {"IEND", {}}})) ==
        "logo.png: corrupt PNG image (invalid image size)");
  CHECK(png_problem(png({{"IHDR", ihdr(10, 0x80000000u, 8, 6)}, {"IDAT", idat}, {"IEND", {}}})) ==
        "logo.png: corrupt PNG image (invalid image size)");
  CHECK(png_problem(png({{"IHDR", ihdr(1, 1, 4, 2)}, {"IDAT", idat}, {"IEND", {}}})) ==
        "logo.png: corrupt PNG image (invalid bit depth or colour type)");  // RGB takes 8 or 16 bits
  CHECK(png_problem(png({{"IHDR", ihdr(1, 1, 16, 3)}, {"IDAT", idat}, {"IEND", {}}})) ==
        "logo.png: corrupt PNG image (invalid bit depth or colour type)");  // palettes at most 8
  CHECK(png_problem(png({{"IHDR", ihdr(1, 1, 8, 5)}, {"IDAT", idat}, {"IEND", {}}})) ==
        "logo.png: corrupt PNG image (invalid bit depth or colour type)");  // no colour type 5
  CHECK(png_problem(png({{"IHDR", ihdr(1, 1, 8, 6, 2)}, {"IDAT", idat}, {"IEND", {}}})) ==
        "logo.png: corrupt PNG image (unknown compression, filter or interlace method)");
  CHECK(png_problem(png({{"IHDR", ihdr(1, 1, 8, 3)}, {"IDAT", idat}, {"IEND", {}}})) ==
        "logo.png: corrupt PNG image (palette image without a palette)");
  CHECK(png_problem(png({{"IHDR", ihdr(1, 1, 8, 6)}, {"IDAT", {0x78}}, {"IEND", {}}})) ==
        "logo.png: corrupt PNG image (image data too short)");
  CHECK(png_problem(png({{"IHDR", ihdr(1, 1, 8, 6)}, {"IDAT", {0x00, 0x00}}, {"IEND", {}}})) ==
        "logo.png: corrupt PNG image (image data is not a zlib stream)");
  CHECK(png_problem(png({{"IHDR", ihdr(1, 1, 8, 6)}, {"IDAT", {0x78, 0x9D}}, {"IEND", {}}})) ==
        "logo.png: corrupt PNG image (image data is not a zlib stream)");  // header check fails
  CHECK(png_problem(png({{"IHDR", ihdr(1, 1, 8, 6)}, {"IEND", {}}})) == "logo.png: corrupt PNG image (no image data)");
  Bytes cut = png({{"IHDR", ihdr(1, 1, 8, 6)}});
  cut.insert(cut.end(), {0, 0, 0, 4, 'I'});
  CHECK(png_problem(cut) == "logo.png: corrupt PNG image (truncated chunk header)");
}

TEST_CASE("image format: a well-formed JPEG gives its size, components and precision") {
  const JpegInfo info = check_jpeg(jpeg(), "x");
  CHECK(info.width == 40);
  CHECK(info.height == 16);
  CHECK(info.components == 3);
  CHECK(info.precision == 8);
  CHECK(check_jpeg(jpeg(0xC2, 8, 40, 1), "x").components == 1);  // progressive, grey
  CHECK(check_jpeg(jpeg(0xC1, 8, 40, 4), "x").components == 4);  // extended sequential, CMYK
}

TEST_CASE("image format: unsupported and malformed JPEGs say which") {
  CHECK(jpeg_problem(jpeg(0xC3)) ==
        "logo.jpg: unsupported JPEG image (only baseline and progressive JPEGs can be embedded)");  // lossless
  CHECK(jpeg_problem(jpeg(0xC9)) ==
        "logo.jpg: unsupported JPEG image (only baseline and progressive JPEGs can be embedded)");  // arithmetic
  CHECK(jpeg_problem(jpeg(0xC0, 12)) == "logo.jpg: unsupported JPEG image (12-bit samples; use 8-bit)");
  CHECK(jpeg_problem(jpeg(0xC0, 8, 40, 2)) == "logo.jpg: unsupported JPEG image (2 colour components)");
  CHECK(jpeg_problem(jpeg(0xC0, 8, 0)) == "logo.jpg: corrupt JPEG image (invalid image size)");
  CHECK(jpeg_problem(jpeg(0xC0, 8, 40, 3, true)) == "logo.jpg: corrupt JPEG image (image data before the frame header)");
  CHECK(jpeg_problem(Bytes{0xFF, 0xD8, 0xFF, 0xD9}) == "logo.jpg: corrupt JPEG image (no image data)");
  CHECK(jpeg_problem(Bytes{0xFF, 0xD8, 0xFF, 0x00}) == "logo.jpg: corrupt JPEG image (truncated segment)");
  CHECK(jpeg_problem(Bytes{0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x02, 0x00}) == "logo.jpg: corrupt JPEG image (marker expected)");
  CHECK(jpeg_problem(Bytes{0xFF, 0xD8, 0xFF, 0xFF}) == "logo.jpg: corrupt JPEG image (truncated before the image data)");
  CHECK(jpeg_problem(Bytes{0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x00}) == "logo.jpg: corrupt JPEG image (truncated segment)");
  Bytes no_end = jpeg();
  no_end.resize(no_end.size() - 2);
  CHECK(jpeg_problem(no_end) == "logo.jpg: corrupt JPEG image (truncated: no end-of-image marker)");
}

}  // namespace iso20k::layout
