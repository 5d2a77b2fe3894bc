#pragma once
// A PDF document: owns the libharu handle, the three embedded fonts (DejaVu Sans regular and bold,
// DejaVu Sans Mono), the page list and the metadata. Every libharu failure becomes a LayoutError.
//
// Output is deterministic: no clock, no random document ID, fixed resource names, so the same calls
// give byte-identical files. Text is UTF-8 throughout.
#include <hpdf.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "iso20k/reports/layout/geometry.h"
#include <chrono>

namespace iso20k::layout {

enum class PaperSize { a4, letter };
enum class Orientation { portrait, landscape };
enum class FontFace { regular, bold, mono };

struct Metadata {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string creator;                 // the application, e.g. "iso20k 0.1.0"
  std::optional<std::chrono::sys_days> creation_date;  // written as midnight UTC; absent: no date in the file
};

struct DocumentOptions {
  PaperSize paper = PaperSize::a4;
  Orientation orientation = Orientation::portrait;
  Margins margins;
  Metadata metadata;
  std::filesystem::path font_dir;  // empty: ISO20K_FONT_DIR, where fonts-dejavu-core installs them
};

// The font directory compiled in (ISO20K_FONT_DIR).
std::filesystem::path default_font_dir();

class Document {
 public:
  explicit Document(const DocumentOptions& options = {});
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  Document(Document&&) = delete;
  Document& operator=(Document&&) = delete;

  const DocumentOptions& options() const { return options_; }
  double page_width() const { return page_width_; }
  double page_height() const { return page_height_; }
  // The text frame: the page minus the margins.
  Box frame() const;

  // Pages, in document order. insert_page(i) puts a new page before the page now at index i.
  HPDF_Page add_page();
  HPDF_Page insert_page(std::size_t index);
  std::size_t page_count() const { return pages_.size(); }
  HPDF_Page page(std::size_t index) const;
  std::size_t page_index(HPDF_Page page) const;  // throws when the page is not in this document

  HPDF_Font font(FontFace face) const;
  // Width of UTF-8 text in points (text must be valid UTF-8: see sanitize_utf8).
  double text_width(std::string_view text, FontFace face, double size) const;
  // Font ascent and descent (negative) for one point of size.
  double ascent(FontFace face) const;
  double descent(FontFace face) const;

  // A graphics state with the given fill and stroke opacity (0..1), created once per value.
  HPDF_ExtGState opacity_state(double fill_alpha, double stroke_alpha);

  // An outline (bookmark) entry under `parent` (nullptr: top level) pointing at `top` on `page`.
  // Entries appear in the order they are added; one may be added first and pointed somewhere later.
  HPDF_Outline add_outline(HPDF_Outline parent, std::string_view title, HPDF_Page page, double top);
  HPDF_Outline add_outline(HPDF_Outline parent, std::string_view title);
  void point_outline(HPDF_Outline outline, HPDF_Page page, double top);
  // A destination on `page` that scrolls to `top` and keeps the reader's zoom.
  HPDF_Destination destination(HPDF_Page page, double top);

  // The PDF as bytes, or written to `path` through a temporary file renamed into place (so a failure
  // never leaves a partial file). Both may be called more than once.
  std::vector<std::uint8_t> to_bytes();
  void save(const std::filesystem::path& path);

  HPDF_Doc handle() const { return pdf_; }
  // Throws a LayoutError if libharu reported an error since the last check; `what` says what we were
  // doing. Called after every libharu call that can fail.
  void check(std::string_view what) const;
  // The same for drawing on `page`: on error, first closes any text object, path or saved graphics
  // state the failed operation left open, so the page stays usable.
  void check(std::string_view what, HPDF_Page page) const;

  struct ErrorState {
    HPDF_STATUS error = 0;
    HPDF_STATUS detail = 0;
  };

 private:
  struct FontEntry {
    HPDF_Font font = nullptr;
    double ascent = 0;
    double descent = 0;
    mutable std::unordered_map<char32_t, double> advance;  // per 1 pt, filled on demand
  };

  void load_font(FontFace face, const std::filesystem::path& file);
  void set_metadata(const Metadata& metadata);

  DocumentOptions options_;
  std::unique_ptr<ErrorState> error_;  // stable address for the libharu error handler
  HPDF_Doc pdf_ = nullptr;
  double page_width_ = 0;
  double page_height_ = 0;
  std::array<FontEntry, 3> fonts_;
  std::vector<HPDF_Page> pages_;
  std::map<std::pair<int, int>, HPDF_ExtGState> opacity_states_;
};

// Message for a libharu error code, e.g. "cannot open file" for HPDF_FILE_OPEN_ERROR.
std::string libharu_error_text(HPDF_STATUS error, HPDF_STATUS detail);

}  // namespace iso20k::layout
