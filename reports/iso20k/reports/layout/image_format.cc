#include "iso20k/reports/layout/image_format.h"

#include <png.h>

#include <array>
#include <csetjmp>
#include <cstring>
#include <vector>

#include "iso20k/reports/layout/error.h"

namespace iso20k::layout {
namespace {

constexpr std::array<std::uint8_t, 8> kPngSignature{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

std::uint32_t be32(std::span<const std::uint8_t> b, std::size_t i) {
  return static_cast<std::uint32_t>(b[i]) << 24 | static_cast<std::uint32_t>(b[i + 1]) << 16 |
         static_cast<std::uint32_t>(b[i + 2]) << 8 | static_cast<std::uint32_t>(b[i + 3]);
}

std::uint32_t be16(std::span<const std::uint8_t> b, std::size_t i) {
  return static_cast<std::uint32_t>(b[i]) << 8 | static_cast<std::uint32_t>(b[i + 1]);
}

std::uint32_t crc32(std::span<const std::uint8_t> data) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (std::uint8_t byte : data) {
    crc ^= byte;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return crc ^ 0xFFFFFFFFu;
}

[[noreturn]] void corrupt_png(const std::string& name, const std::string& why) {
  throw LayoutError(name + ": corrupt PNG image (" + why + ")");
}

[[noreturn]] void corrupt_jpeg(const std::string& name, const std::string& why) {
  throw LayoutError(name + ": corrupt JPEG image (" + why + ")");
}

bool valid_png_depth(int color_type, int depth) {
  switch (color_type) {
    case 0: return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3: return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6: return depth == 8 || depth == 16;
    default: return false;
  }
}

}  // namespace

ImageFormat detect_image_format(std::span<const std::uint8_t> bytes) {
  if (bytes.size() >= kPngSignature.size() && std::equal(kPngSignature.begin(), kPngSignature.end(), bytes.begin())) {
    return ImageFormat::png;
  }
  if (bytes.size() >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return ImageFormat::jpeg;
  return ImageFormat::unknown;
}

PngInfo check_png(std::span<const std::uint8_t> bytes, const std::string& name) {
  if (detect_image_format(bytes) != ImageFormat::png) corrupt_png(name, "no PNG signature");
  PngInfo info;
  bool seen_header = false;
  bool seen_palette = false;
  bool seen_data = false;
  bool seen_end = false;
  std::size_t pos = kPngSignature.size();
  while (pos < bytes.size() && !seen_end) {
    if (bytes.size() - pos < 12) corrupt_png(name, "truncated chunk header");
    const std::uint32_t length = be32(bytes, pos);
    const std::string type(reinterpret_cast<const char*>(bytes.data() + pos + 4), 4);
    if (length > 0x7FFFFFFFu || bytes.size() - pos - 12 < length) corrupt_png(name, "truncated " + type + " chunk");
    const std::span<const std::uint8_t> data = bytes.subspan(pos + 8, length);
    if (crc32(bytes.subspan(pos + 4, length + 4)) != be32(bytes, pos + 8 + length)) {
      corrupt_png(name, "checksum mismatch in " + type + " chunk");
    }
    if (!seen_header && type != "IHDR") corrupt_png(name, "the first chunk is not IHDR");
    if (type == "IHDR") {
      if (seen_header || length != 13) corrupt_png(name, "bad IHDR chunk");
      seen_header = true;
      info.width = be32(data, 0);
      info.height = be32(data, 4);
      info.bit_depth = data[8];
      info.color_type = data[9];
      if (info.width == 0 || info.height == 0 || info.width > 0x7FFFFFFFu || info.height > 0x7FFFFFFFu) {
        corrupt_png(name, "invalid image size");
      }
      if (!valid_png_depth(info.color_type, info.bit_depth)) corrupt_png(name, "invalid bit depth or colour type");
      if (data[10] != 0 || data[11] != 0 || data[12] > 1) corrupt_png(name, "unknown compression, filter or interlace method");
      info.interlaced = data[12] == 1;
    } else if (type == "PLTE") {
      seen_palette = true;
    } else if (type == "IDAT") {
      if (!seen_data) {
        if (length < 2) corrupt_png(name, "image data too short");
        const std::uint32_t header = be16(data, 0);
        if ((data[0] & 0x0F) != 8 || header % 31 != 0) corrupt_png(name, "image data is not a zlib stream");
      }
      seen_data = true;
    } else if (type == "IEND") {
      seen_end = true;
    }
    pos += 12 + length;
  }
  if (!seen_header) corrupt_png(name, "no IHDR chunk");
  if (info.color_type == 3 && !seen_palette) corrupt_png(name, "palette image without a palette");
  if (!seen_data) corrupt_png(name, "no image data");
  if (!seen_end) corrupt_png(name, "truncated: no IEND chunk");
  return info;
}

JpegInfo check_jpeg(std::span<const std::uint8_t> bytes, const std::string& name) {
  if (detect_image_format(bytes) != ImageFormat::jpeg) corrupt_jpeg(name, "no JPEG signature");
  JpegInfo info;
  bool seen_frame = false;
  std::size_t pos = 2;
  for (;;) {
    if (pos >= bytes.size() || bytes[pos] != 0xFF) corrupt_jpeg(name, "marker expected");
    while (pos < bytes.size() && bytes[pos] == 0xFF) ++pos;  // fill bytes
    if (pos >= bytes.size()) corrupt_jpeg(name, "truncated before the image data");
    const std::uint8_t marker = bytes[pos++];
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;  // no length
    if (marker == 0xD8 || marker == 0xD9) corrupt_jpeg(name, "no image data");
    if (bytes.size() - pos < 2) corrupt_jpeg(name, "truncated segment");
    const std::uint32_t length = be16(bytes, pos);
    if (length < 2 || bytes.size() - pos < length) corrupt_jpeg(name, "truncated segment");
    const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame) {
      if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2) {
        throw LayoutError(name + ": unsupported JPEG image (only baseline and progressive JPEGs can be embedded)");
      }
      if (length < 8) corrupt_jpeg(name, "short frame header");
      info.precision = bytes[pos + 2];
      info.height = be16(bytes, pos + 3);
      info.width = be16(bytes, pos + 5);
      info.components = bytes[pos + 7];
      if (info.precision != 8) throw LayoutError(name + ": unsupported JPEG image (" +
                                                 std::to_string(info.precision) + "-bit samples; use 8-bit)");
      if (info.components != 1 && info.components != 3 && info.components != 4) {
        throw LayoutError(name + ": unsupported JPEG image (" + std::to_string(info.components) + " colour components)");
      }
      if (info.width == 0 || info.height == 0) corrupt_jpeg(name, "invalid image size");
      seen_frame = true;
    }
    if (marker == 0xDA) {
      if (!seen_frame) corrupt_jpeg(name, "image data before the frame header");
      pos += length;
      break;
    }
    pos += length;
  }
  // The entropy-coded data runs to an EOI marker; a missing one means the file was cut short.
  for (std::size_t i = bytes.size() - 1; i > pos; --i) {
    if (bytes[i - 1] == 0xFF && bytes[i] == 0xD9) return info;
  }
  corrupt_jpeg(name, "truncated: no end-of-image marker");
}

namespace {

// Decoding a PNG with libpng as libharu will, but with a recovery point: libharu gives libpng no
// way back from an error, so a file whose chunks are sound but whose compressed image data is not
// (a corrupt deflate stream, too few rows) makes libpng abort the whole process. Every row is
// decoded here, one row in memory at a time; libpng's error (or warning: libharu fails on those
// too) comes back as text. Plain C below
// setjmp: nothing with a destructor lives in this frame.
struct PngMemory {
  const std::uint8_t* data;
  std::size_t size;
  std::size_t at;
  char error[200];
};

void png_read_memory(png_structp png, png_bytep out, png_size_t length) {
  auto* m = static_cast<PngMemory*>(png_get_io_ptr(png));
  if (length > m->size - m->at) png_error(png, "unexpected end of file");
  std::memcpy(out, m->data + m->at, length);
  m->at += length;
}

void png_on_error(png_structp png, png_const_charp message) {
  auto* m = static_cast<PngMemory*>(png_get_error_ptr(png));
  std::snprintf(m->error, sizeof m->error, "%s", message);
  png_longjmp(png, 1);
}

// libharu takes a libpng warning for an error (a duplicate tRNS chunk, say, fails the load at render
// time), so the check does too.
void png_on_warning(png_structp png, png_const_charp message) { png_on_error(png, message); }

// True when every row decodes; otherwise `m.error` says why.
bool png_decodes(PngMemory& m, png_bytep row, std::size_t row_bytes) {
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &m, png_on_error, png_on_warning);
  if (png == nullptr) {
    std::snprintf(m.error, sizeof m.error, "out of memory");
    return false;
  }
  png_infop info = png_create_info_struct(png);
  if (info == nullptr || setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
    return false;
  }
  png_set_read_fn(png, &m, png_read_memory);
  png_read_info(png, info);
  const png_uint_32 height = png_get_image_height(png, info);
  if (png_get_rowbytes(png, info) > row_bytes) png_error(png, "rows longer than the header says");
  for (png_uint_32 y = 0; y < height; ++y) png_read_row(png, row, nullptr);
  png_read_end(png, nullptr);
  png_destroy_read_struct(&png, &info, nullptr);
  return true;
}

void check_png_data(std::span<const std::uint8_t> bytes, const PngInfo& info, const std::string& name) {
  const std::size_t channels = info.color_type == 2 ? 3 : info.color_type == 4 ? 2 : info.color_type == 6 ? 4 : 1;
  const std::size_t row_bytes = (static_cast<std::size_t>(info.width) * channels * static_cast<std::size_t>(info.bit_depth) + 7) / 8;
  std::vector<png_byte> row(row_bytes + 1);
  PngMemory m{bytes.data(), bytes.size(), 0, {}};
  if (!png_decodes(m, row.data(), row.size())) corrupt_png(name, std::string("libpng cannot read it: ") + m.error);
}

void check_size(std::uint32_t width, std::uint32_t height, const std::string& name) {
  if (width <= kMaxImageSide && height <= kMaxImageSide) return;
  throw LayoutError(name + " is " + std::to_string(width) + " × " + std::to_string(height) +
                    " pixels; images of at most " + std::to_string(kMaxImageSide) + " × " +
                    std::to_string(kMaxImageSide) + " pixels are embedded: scale it down");
}

}  // namespace

ImageFormat check_image(std::span<const std::uint8_t> bytes, const std::string& name) {
  const ImageFormat format = detect_image_format(bytes);
  switch (format) {
    case ImageFormat::png: {
      const PngInfo info = check_png(bytes, name);
      check_size(info.width, info.height, name);
      if (info.bit_depth > 8) {
        throw LayoutError(name + " is a " + std::to_string(info.bit_depth) +
                          "-bit PNG, which would be embedded corrupted; save it with 8 bits per channel");
      }
      if (info.interlaced) {
        throw LayoutError(name + " is an interlaced PNG, which cannot be embedded; save it without "
                                 "interlacing (Adam7)");
      }
      check_png_data(bytes, info, name);
      break;
    }
    case ImageFormat::jpeg: {
      const JpegInfo info = check_jpeg(bytes, name);
      check_size(info.width, info.height, name);
      break;
    }
    case ImageFormat::unknown:
      throw LayoutError(name + " is neither a PNG nor a JPEG image");
  }
  return format;
}

}  // namespace iso20k::layout
