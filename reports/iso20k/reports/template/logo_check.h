#pragma once
// Checking a template's logo before any report is rendered: the path must stay inside the template's
// folder (no absolute paths, no "..", no symbolic link leading out), a regular file of at most
// 20 MB (kImageInput), and an image libharu can embed (layout::check_image: a sound PNG or JPEG of
// at most 8000 × 8000 pixels; a PNG neither interlaced nor of 16 bits per channel).
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
