#pragma once
// Test helper: one A4 page with something drawn on it, saved as a PDF.
#include <filesystem>
#include <functional>

#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/document.h"

namespace iso20k::testing {

inline void render_page(const std::filesystem::path& path, const std::function<void(layout::Canvas&)>& draw) {
  layout::Document doc;
  layout::Canvas canvas(doc, doc.add_page());
  draw(canvas);
  doc.save(path);
}

}  // namespace iso20k::testing
