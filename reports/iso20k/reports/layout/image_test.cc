#include "iso20k/reports/layout/image.h"

#include <doctest/doctest.h>

#include "iso20k/reports/layout/cover.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/image_format.h"
#include "support/pdf_probe.h"

namespace iso20k::layout {
namespace {

namespace t = iso20k::testing;

// A JPEG made by pdftoppm from a small rendered page.
std::filesystem::path make_jpeg(const t::TempDir& dir) {
  {
    Document doc;
    Canvas canvas(doc, doc.add_page());
    canvas.fill_rect(Box{0, 0, 300, 300}, hex(0x0072B2));
    doc.save(dir / "jpeg-source.pdf");
  }
  t::run("pdftoppm -jpeg -singlefile -r 10 " + t::quote(dir / "jpeg-source.pdf") + " " + t::quote(dir / "logo"));
  return dir / "logo.jpg";
}

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const LayoutError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("image format: PNG structure is checked chunk by chunk") {
  const std::vector<std::uint8_t> png = t::make_logo_png(8);
  const PngInfo info = check_png(png, "logo.png");
  CHECK(info.width == 240);
  CHECK(info.height == 80);
  CHECK(info.bit_depth == 8);
  CHECK(info.color_type == 6);
  CHECK(detect_image_format(png) == ImageFormat::png);

  std::vector<std::uint8_t> truncated(png.begin(), png.begin() + static_cast<std::ptrdiff_t>(png.size() / 2));
  CHECK(message_of([&] { check_png(truncated, "logo.png"); }) == "logo.png: corrupt PNG image (truncated IDAT chunk)");

  std::vector<std::uint8_t> no_end(png.begin(), png.end() - 12);  // IEND is the last 12 bytes
  CHECK(message_of([&] { check_png(no_end, "logo.png"); }) == "logo.png: corrupt PNG image (truncated: no IEND chunk)");

  std::vector<std::uint8_t> flipped = png;
  flipped[60] ^= 0x20;  // inside the IDAT data
  CHECK(message_of([&] { check_png(flipped, "logo.png"); }) == "logo.png: corrupt PNG image (checksum mismatch in IDAT chunk)");

  std::vector<std::uint8_t> only_signature(png.begin(), png.begin() + 8);
  CHECK(message_of([&] { check_png(only_signature, "x.png"); }) == "x.png: corrupt PNG image (no IHDR chunk)");
}

TEST_CASE("image format: JPEG markers are checked and truncation is detected") {
  t::TempDir dir("image-jpeg-format");
  const std::vector<std::uint8_t> jpeg = t::read_bytes(make_jpeg(dir));
  REQUIRE(jpeg.size() > 100);
  CHECK(detect_image_format(jpeg) == ImageFormat::jpeg);
  const JpegInfo info = check_jpeg(jpeg, "logo.jpg");
  CHECK(info.width == 83);  // 595.276 pt at 10 dpi
  CHECK(info.height == 117);
  CHECK(info.components == 3);
  CHECK(info.precision == 8);
  std::vector<std::uint8_t> cut(jpeg.begin(), jpeg.end() - 40);
  CHECK(message_of([&] { check_jpeg(cut, "logo.jpg"); }) == "logo.jpg: corrupt JPEG image (truncated: no end-of-image marker)");
  std::vector<std::uint8_t> header_only(jpeg.begin(), jpeg.begin() + 30);
  CHECK(message_of([&] { check_jpeg(header_only, "logo.jpg"); }).starts_with("logo.jpg: corrupt JPEG image (truncated"));
  CHECK(detect_image_format(std::vector<std::uint8_t>{'h', 'e', 'l', 'l', 'o'}) == ImageFormat::unknown);
}

TEST_CASE("image: PNG with transparency and JPEG logos load and embed at their size") {
  t::TempDir dir("image-load");
  t::write_bytes(dir / "logo.png", t::make_logo_png(8));
  const std::filesystem::path jpeg = make_jpeg(dir);
  Document doc;
  Canvas canvas(doc, doc.add_page());
  const Image png = load_image(doc, dir / "logo.png");
  CHECK(png.width == 240);
  CHECK(png.height == 80);
  const Box placed = draw_image(canvas, png, Box{56, 700, 120, 120});
  CHECK(placed == Box{56, 740, 120, 40});
  const Image jpg = load_image(doc, jpeg);
  CHECK(jpg.width == 83);
  CHECK(jpg.height == 117);
  draw_image(canvas, jpg, Box{56, 500, 100, 100}, Align::left, VAlign::top);
  doc.save(dir / "i.pdf");
  const std::string list = t::run("pdfimages -list " + t::quote(dir / "i.pdf")).output;
  INFO(list);
  CHECK(list.find(" 240    80  rgb ") != std::string::npos);
  CHECK(list.find(" 240    80  gray ") != std::string::npos);  // the alpha channel, as a soft mask
  CHECK(list.find("smask") != std::string::npos);
  CHECK(list.find("  83   117  rgb     3   8  jpeg") != std::string::npos);
  CHECK(t::run("qpdf --check " + t::quote(dir / "i.pdf")).status == 0);
}

TEST_CASE("image: missing, foreign, corrupt and 16-bit files give clear errors") {
  t::TempDir dir("image-errors");
  Document doc;
  const std::string base = (dir / "").string();
  CHECK(message_of([&] { load_image(doc, dir / "nope.png"); }) == base + "nope.png: image file not found");

  t::write_bytes(dir / "text.png", {'h', 'e', 'l', 'l', 'o'});
  CHECK(message_of([&] { load_image(doc, dir / "text.png"); }) == base + "text.png is neither a PNG nor a JPEG image");

  t::write_bytes(dir / "empty.png", {});
  CHECK(message_of([&] { load_image(doc, dir / "empty.png"); }) == base + "empty.png: the image file is empty");

  const std::vector<std::uint8_t> png = t::make_logo_png(8);
  t::write_bytes(dir / "cut.png", std::vector<std::uint8_t>(png.begin(), png.begin() + 2000));
  CHECK(message_of([&] { load_image(doc, dir / "cut.png"); }) == base + "cut.png: corrupt PNG image (truncated IDAT chunk)");

  t::write_bytes(dir / "deep.png", t::make_logo_png(16));
  CHECK(message_of([&] { load_image(doc, dir / "deep.png"); }) ==
        base + "deep.png is a 16-bit PNG, which would be embedded corrupted; save it with 8 bits per channel");

  const std::vector<std::uint8_t> jpeg = t::read_bytes(make_jpeg(dir));
  t::write_bytes(dir / "cut.jpg", std::vector<std::uint8_t>(jpeg.begin(), jpeg.end() - 40));
  CHECK(message_of([&] { load_image(doc, dir / "cut.jpg"); }) ==
        base + "cut.jpg: corrupt JPEG image (truncated: no end-of-image marker)");

  CHECK(message_of([&] { load_image(doc, dir.path()); }) == base.substr(0, base.size() - 1) + ": a folder, not a file");
  // The document is still fine after all that.
  Canvas(doc, doc.add_page()).text("ok", 72, 700, TextStyle{});
  CHECK(doc.to_bytes().size() > 1000);
}

TEST_CASE("image: a report with a bad logo fails before anything is written") {
  t::TempDir dir("image-cover");
  t::write_bytes(dir / "deep.png", t::make_logo_png(16));
  const std::vector<std::uint8_t> png = t::make_logo_png(8);
  t::write_bytes(dir / "cut.png", std::vector<std::uint8_t>(png.begin(), png.begin() + 900));
  for (const char* logo : {"missing.png", "deep.png", "cut.png"}) {
    INFO(logo);
    const std::filesystem::path out = dir / "report.pdf";
    const auto render = [&] {
      Document doc;
      Flow flow(doc);
      Cover cover;
      cover.title = "Title";
      cover.organisation = "Org";
      cover.logo = dir / logo;
      add_cover(flow, cover);
      flow.paragraph("body");
      flow.finish(PageDecoration{});
      doc.save(out);
    };
    CHECK_THROWS_AS(render(), LayoutError);
    CHECK_FALSE(std::filesystem::exists(out));
  }
  std::vector<std::string> left;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) left.push_back(entry.path().filename().string());
  std::sort(left.begin(), left.end());
  CHECK(left == std::vector<std::string>{"cut.png", "deep.png"});  // no output, no temporary file
}

TEST_CASE("image: fit_image keeps the aspect ratio and honours alignment") {
  const Box box{10, 20, 200, 100};
  CHECK(fit_image(400, 100, box) == Box{10, 45, 200, 50});
  CHECK(fit_image(100, 100, box) == Box{60, 20, 100, 100});
  CHECK(fit_image(100, 100, box, Align::left, VAlign::top) == Box{10, 20, 100, 100});
  CHECK(fit_image(100, 100, box, Align::right, VAlign::bottom) == Box{110, 20, 100, 100});
  CHECK(fit_image(400, 100, box, Align::center, VAlign::top) == Box{10, 70, 200, 50});
  CHECK(fit_image(0, 100, box).w == 0);
}

}  // namespace iso20k::layout
