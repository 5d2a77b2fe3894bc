#pragma once
// Checking a template's logo before any report is rendered: the path must stay inside the template's
// folder (no absolute paths, no "..", no symbolic link leading out), and the file must be a sound
// PNG with at most 8 bits per channel (libharu embeds 16-bit PNGs corrupted) or a sound JPEG.
#include <filesystem>
#include <string>

namespace iso20k::reports {

struct LogoCheck {
  std::string path;   // absolute, symbolic links resolved; empty when refused
  std::string error;  // why it was refused; empty when accepted
};

// `file` as written in the template, relative to `folder` (the folder of template.xml).
LogoCheck check_logo(const std::filesystem::path& folder, const std::string& file);

}  // namespace iso20k::reports
