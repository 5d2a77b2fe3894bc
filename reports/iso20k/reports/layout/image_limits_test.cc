// Image limits: what a PNG or JPEG header claims is checked before libharu (and libpng under it)
// decodes anything — a crafted header must give a clear error, never an abort inside libpng or a
// decode until memory runs out; an interlaced PNG is refused before rendering, not during it.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <functional>

#include "iso20k/format/input_file.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/image.h"
#include "iso20k/reports/layout/image_format.h"
#include "support/pdf_probe.h"

namespace iso20k::layout {
namespace {

namespace t = iso20k::testing;

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const LayoutError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("image limits: a PNG claiming 2^31-1 x 2^31-1 pixels is refused before libharu decodes it") {
  const std::vector<std::uint8_t> png = t::make_png_header(0x7FFFFFFF, 0x7FFFFFFF);
  CHECK(check_png(png, "huge.png").width == 0x7FFFFFFFu);  // the structure itself is sound
  CHECK(message_of([&] { check_image(png, "huge.png"); }) ==
        "huge.png is 2147483647 × 2147483647 pixels; images of at most 8000 × 8000 pixels are embedded: scale it "
        "down");
  // Through load_image, which would hand it to libharu: an error, and the document is still usable.
  t::TempDir dir("image-limits-huge");
  t::write_bytes(dir / "huge.png", png);
  Document doc;
  CHECK(message_of([&] { load_image(doc, dir / "huge.png"); }).find("is 2147483647 × 2147483647 pixels") !=
        std::string::npos);
  t::write_bytes(dir / "logo.png", t::make_logo_png(8));
  CHECK(load_image(doc, dir / "logo.png").width == 240);
}

TEST_CASE("image limits: a 60000 x 60000 PNG or JPEG is refused, 8000 pixels each way are not") {
  CHECK(message_of([&] { check_image(t::make_png_header(60000, 60000), "big.png"); }).find(
            "is 60000 × 60000 pixels; images of at most 8000 × 8000") != std::string::npos);
  CHECK(message_of([&] { check_image(t::make_logo_png(8, 8001, 2), "wide.png"); }).find("is 8001 × 2 pixels") !=
        std::string::npos);
  CHECK(message_of([&] { check_image(t::make_logo_png(8, 8000, 2), "wide.png"); }) == "(no error)");
  CHECK(message_of([&] { check_image(t::make_logo_png(8, 2, 8000), "tall.png"); }) == "(no error)");

  const std::vector<std::uint8_t> jpeg = t::make_jpeg_header(60000, 60000);
  CHECK(check_jpeg(jpeg, "big.jpg").width == 60000);
  CHECK(message_of([&] { check_image(jpeg, "big.jpg"); }).find("is 60000 × 60000 pixels") != std::string::npos);
  CHECK(message_of([&] { check_image(t::make_jpeg_header(8000, 600), "ok.jpg"); }) == "(no error)");
}

TEST_CASE("image limits: an interlaced PNG is refused before rendering") {
  const std::vector<std::uint8_t> png = t::make_png_header(240, 80, 8, 1);
  CHECK(check_png(png, "adam7.png").interlaced);
  CHECK(message_of([&] { check_image(png, "adam7.png"); }) ==
        "adam7.png is an interlaced PNG, which cannot be embedded; save it without interlacing (Adam7)");
  t::TempDir dir("image-limits-interlaced");
  t::write_bytes(dir / "adam7.png", png);
  Document doc;
  CHECK(message_of([&] { load_image(doc, dir / "adam7.png"); }).find("is an interlaced PNG") != std::string::npos);
}

TEST_CASE("image limits: a PNG whose chunks are sound but whose image data is not is refused, not aborted on") {
  // libharu hands PNGs to libpng without a recovery point: either of these aborted the process.
  std::vector<std::uint8_t> corrupt{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  {
    std::vector<std::uint8_t> ihdr;
    t::put32(ihdr, 64);
    t::put32(ihdr, 32);
    ihdr.insert(ihdr.end(), {8, 6, 0, 0, 0});
    t::png_chunk(corrupt, "IHDR", ihdr);
    t::png_chunk(corrupt, "IDAT", {0x78, 0x01, 0xFF, 0xFF, 0x12, 0x34, 0x56, 0x78, 0x9A});  // block type 3
    t::png_chunk(corrupt, "IEND", {});
  }
  CHECK(message_of([&] { check_image(corrupt, "bad.png"); }).starts_with(
      "bad.png: corrupt PNG image (libpng cannot read it: "));
  const std::vector<std::uint8_t> short_data = t::make_png_header(240, 80);  // an empty zlib stream
  CHECK(message_of([&] { check_image(short_data, "short.png"); }) ==
        "short.png: corrupt PNG image (libpng cannot read it: Not enough image data)");
  t::TempDir dir("image-limits-data");
  t::write_bytes(dir / "bad.png", corrupt);
  Document doc;
  CHECK(message_of([&] { load_image(doc, dir / "bad.png"); }).find("libpng cannot read it") != std::string::npos);
  t::write_bytes(dir / "logo.png", t::make_logo_png(8));
  CHECK(load_image(doc, dir / "logo.png").height == 80);  // the document is still fine
}

TEST_CASE("image limits: a PNG libharu would fail on at render time is refused at the check (logo_fuzz)") {
  // A palette PNG with its tRNS chunk twice: libpng warns, and libharu takes the warning for an
  // error — the template check passed and the report then failed. Found by logo_fuzz.
  std::vector<std::uint8_t> png{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  std::vector<std::uint8_t> ihdr;
  t::put32(ihdr, 16);
  t::put32(ihdr, 8);
  ihdr.insert(ihdr.end(), {4, 3, 0, 0, 0});
  t::png_chunk(png, "IHDR", ihdr);
  t::png_chunk(png, "PLTE", {0, 0, 0, 255, 0, 0, 0, 255, 0});
  t::png_chunk(png, "tRNS", {0, 255, 255});
  t::png_chunk(png, "tRNS", {0, 255, 255});
  t::png_chunk(png, "IDAT", {0x78, 0xDA, 0x63, 0x12, 0x82, 0x02, 0x26, 0xCA, 0x18, 0x00, 0xA4, 0xD0, 0x04, 0x91});
  t::png_chunk(png, "IEND", {});
  CHECK(message_of([&] { check_image(png, "twice.png"); }).starts_with(
      "twice.png: corrupt PNG image (libpng cannot read it: "));
}

TEST_CASE("image limits: an image file over 20 MB is refused without being read") {
  t::TempDir dir("image-limits-size");
  const std::filesystem::path big = dir / "big.png";
  t::write_bytes(big, t::make_logo_png(8));
  std::filesystem::resize_file(big, kImageInput.bytes + 1);  // sparse: nothing is written
  Document doc;
  CHECK(message_of([&] { load_image(doc, big); }) ==
        big.string() + ": the file is larger than the 20 MB allowed for images");
}

TEST_CASE("image limits: a FIFO or a device as an image is refused without blocking") {
  t::TempDir dir("image-limits-fifo");
  const std::filesystem::path fifo = dir / "logo.png";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  Document doc;
  CHECK(message_of([&] { load_image(doc, fifo); }).find("a named pipe (FIFO), not a regular file") !=
        std::string::npos);
  CHECK(message_of([&] { load_image(doc, "/dev/zero"); }).find("a device, not a regular file") != std::string::npos);
}

}  // namespace iso20k::layout
