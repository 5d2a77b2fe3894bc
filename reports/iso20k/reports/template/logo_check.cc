#include "iso20k/reports/template/logo_check.h"

#include <cstdint>
#include <fstream>
#include <iterator>
#include <vector>

#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/image_format.h"

namespace iso20k::reports {
namespace {

namespace fs = std::filesystem;

LogoCheck refuse(std::string why) { return LogoCheck{{}, std::move(why)}; }

// True when `inner` is `outer` or lies below it (both absolute and normalised).
bool is_inside(const fs::path& outer, const fs::path& inner) {
  auto o = outer.begin();
  auto i = inner.begin();
  for (; o != outer.end(); ++o, ++i) {
    if (o->empty()) continue;  // a trailing separator
    if (i == inner.end() || *o != *i) return false;
  }
  return true;
}

}  // namespace

LogoCheck check_logo(const fs::path& folder, const std::string& file) {
  if (file.empty()) return refuse("the logo file name is empty");
  const fs::path written(file);
  if (written.is_absolute()) {
    return refuse("the logo '" + file + "' is an absolute path; give a path relative to the template folder");
  }
  std::error_code ec;
  const fs::path base = fs::canonical(folder, ec);
  if (ec) return refuse("cannot resolve the template folder " + folder.string() + ": " + ec.message());
  const fs::path resolved = fs::weakly_canonical(base / written, ec);
  if (ec) return refuse("cannot resolve the logo '" + file + "': " + ec.message());
  if (!is_inside(base, resolved)) {
    return refuse("the logo '" + file + "' resolves to " + resolved.string() +
                  ", outside the template folder " + base.string() +
                  "; a template may only use images inside its own folder");
  }
  if (!fs::exists(resolved, ec)) return refuse("logo file not found: " + resolved.string());
  if (!fs::is_regular_file(resolved, ec)) return refuse("the logo " + resolved.string() + " is not a regular file");

  std::ifstream in(resolved, std::ios::binary);
  if (!in) return refuse("cannot open the logo " + resolved.string());
  const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) return refuse("cannot read the logo " + resolved.string());
  if (bytes.empty()) return refuse("the logo " + resolved.string() + " is empty");
  try {
    switch (layout::detect_image_format(bytes)) {
      case layout::ImageFormat::png: {
        const layout::PngInfo info = layout::check_png(bytes, resolved.string());
        if (info.bit_depth > 8) {
          return refuse("the logo " + resolved.string() + " is a " + std::to_string(info.bit_depth) +
                        "-bit PNG, which would be embedded corrupted; save it with 8 bits per channel");
        }
        break;
      }
      case layout::ImageFormat::jpeg:
        layout::check_jpeg(bytes, resolved.string());
        break;
      case layout::ImageFormat::unknown:
        return refuse("the logo " + resolved.string() + " is neither a PNG nor a JPEG image");
    }
  } catch (const layout::LayoutError& e) {
    return refuse(e.what());
  }
  return LogoCheck{resolved.string(), {}};
}

}  // namespace iso20k::reports
