#include "iso20k/reports/template/logo_check.h"

#include <cstdint>
#include <span>

#include "iso20k/format/input_file.h"
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
  const InputRead in = read_input_file(resolved.string(), kImageInput);
  if (!in.ok()) {
    return refuse(in.error.starts_with("no such file") ? "logo file not found: " + resolved.string()
                                                       : "the logo " + resolved.string() + " cannot be used: " + in.error);
  }
  if (in.bytes.empty()) return refuse("the logo " + resolved.string() + " is empty");
  const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(in.bytes.data()), in.bytes.size());
  try {
    layout::check_image(bytes, "the logo " + resolved.string());
  } catch (const layout::LayoutError& e) {
    return refuse(e.what());
  }
  return LogoCheck{resolved.string(), {}};
}

}  // namespace iso20k::reports
