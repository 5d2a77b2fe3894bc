// libFuzzer harness for the logo check: arbitrary bytes as a logo (layout::check_image: PNG chunk
// structure, checksums, limits, the image data decoded row by row; JPEG markers and frame). An
// image it accepts is then handed to libharu, as a report would: that must not crash or abort.
// Invariants (abort on failure): only LayoutError is thrown; an accepted image is a PNG or JPEG of
// at most kMaxImageSide pixels each way, a PNG of at most 8 bits per channel and not interlaced,
// which libharu loads. See README.md.
#include <hpdf.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>

#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/image_format.h"

using namespace iso20k::layout;

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

void ignore_error(HPDF_STATUS, HPDF_STATUS, void*) {}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::span<const std::uint8_t> bytes(data, size);
  ImageFormat format = ImageFormat::unknown;
  try {
    format = check_image(bytes, "logo");
  } catch (const LayoutError&) {
    return 0;
  }
  std::uint32_t width = 0, height = 0;
  if (format == ImageFormat::png) {
    const PngInfo info = check_png(bytes, "logo");
    if (info.bit_depth > 8 || info.interlaced) fail("a 16-bit or interlaced PNG accepted");
    width = info.width;
    height = info.height;
  } else if (format == ImageFormat::jpeg) {
    const JpegInfo info = check_jpeg(bytes, "logo");
    width = info.width;
    height = info.height;
  } else {
    fail("an image of no known format accepted");
  }
  if (width == 0 || height == 0 || width > kMaxImageSide || height > kMaxImageSide) fail("an image size out of limits accepted");
  if (static_cast<std::uint64_t>(width) * height > (1u << 20)) return 0;  // keep each run quick
  HPDF_Doc pdf = HPDF_New(ignore_error, nullptr);
  if (pdf == nullptr) return 0;
  const HPDF_UINT n = static_cast<HPDF_UINT>(size);
  const HPDF_Image image = format == ImageFormat::png ? HPDF_LoadPngImageFromMem(pdf, data, n)
                                                      : HPDF_LoadJpegImageFromMem(pdf, data, n);
  if (format == ImageFormat::png && image == nullptr) fail("libharu cannot load a PNG the check accepted");
  HPDF_Free(pdf);
  return 0;
}
