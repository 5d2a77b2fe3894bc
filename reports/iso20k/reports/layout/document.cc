#include "iso20k/reports/layout/document.h"

#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>

#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/no_break.h"
#include "iso20k/reports/layout/to_unicode.h"
#include "iso20k/reports/layout/utf8.h"

namespace iso20k::layout {
namespace {

void on_libharu_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
  // Never throw through libharu's C frames: record the first error and let Document::check throw.
  auto* state = static_cast<Document::ErrorState*>(user_data);
  if (state->error == 0) {
    state->error = error;
    state->detail = detail;
  }
}

// Every base letter, digit, punctuation mark and combining accent that DejaVu builds accented glyphs
// from. libharu 2.3.0 loses the components of composite glyphs that were not used on their own, so we
// measure these once per font, which marks them as used and gets them embedded.
constexpr std::string_view kBaseGlyphs =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    " .,;:!?'\"()[]{}<>-_/\\|&%@#*+=~^$`"
    "\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC\u00A3\u00A7\u00B0\u00B7\u00AB\u00BB"
    "\u0131\u0237"                                            // dotless i and j
    "\u00B4\u00A8\u00B8\u02C6\u02C7\u02D8\u02D9\u02DA\u02DB\u02DC\u02DD\u0060"  // spacing accents
    "\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030A\u030B\u030C\u0326\u0327\u0328"
    "\u0391\u0392\u0393\u0394\u0395\u0396\u0397\u0398\u0399\u039A\u039B\u039C\u039D\u039E\u039F"
    "\u03A0\u03A1\u03A3\u03A4\u03A5\u03A6\u03A7\u03A8\u03A9\u03B1\u03B2\u03B3\u03B4\u03B5\u03B6"
    "\u03B7\u03B8\u03B9\u03BA\u03BB\u03BC\u03BD\u03BE\u03BF\u03C0\u03C1\u03C2\u03C3\u03C4\u03C5"
    "\u03C6\u03C7\u03C8\u03C9\u0384\u0385"
    "\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u041A\u041B\u041C\u041D\u041E\u041F"
    "\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042A\u042B\u042C\u042D\u042E"
    "\u042F\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u043A\u043B\u043C\u043D\u043E"
    "\u043F\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044A\u044B\u044C\u044D"
    "\u044E\u044F\u0406\u0456\u0404\u0454";

const char* font_file_name(FontFace face) {
  switch (face) {
    case FontFace::regular: return "DejaVuSans.ttf";
    case FontFace::bold: return "DejaVuSans-Bold.ttf";
    case FontFace::mono: return "DejaVuSansMono.ttf";
  }
  return "DejaVuSans.ttf";
}

std::size_t face_index(FontFace face) { return static_cast<std::size_t>(face); }

HPDF_REAL real(double v) { return static_cast<HPDF_REAL>(v); }

}  // namespace

std::filesystem::path default_font_dir() { return ISO20K_FONT_DIR; }

std::string libharu_error_text(HPDF_STATUS error, HPDF_STATUS detail) {
  std::string text;
  switch (error) {
    case HPDF_FAILD_TO_ALLOC_MEM: text = "out of memory"; break;
    case HPDF_FILE_IO_ERROR: text = "file input/output error"; break;
    case HPDF_FILE_OPEN_ERROR: text = "cannot open file"; break;
    case HPDF_INVALID_IMAGE: text = "invalid image"; break;
    case HPDF_INVALID_JPEG_DATA: text = "invalid JPEG data"; break;
    case HPDF_UNSUPPORTED_JPEG_FORMAT: text = "unsupported JPEG format"; break;
    case HPDF_INVALID_PNG_IMAGE: text = "invalid PNG image"; break;
    case HPDF_LIBPNG_ERROR: text = "the PNG decoder (libpng) failed"; break;
    case HPDF_INVALID_COLOR_SPACE: text = "unsupported colour space"; break;
    case HPDF_TTF_CANNOT_EMBEDDING_FONT: text = "the font's licence forbids embedding"; break;
    case HPDF_TTF_INVALID_CMAP: text = "the font has no usable Unicode character map"; break;
    case HPDF_TTF_INVALID_FOMAT: text = "not a TrueType font"; break;
    case HPDF_TTF_MISSING_TABLE: text = "the TrueType font lacks a required table"; break;
    case HPDF_INVALID_FONT_NAME: text = "unknown font name"; break;
    case HPDF_FONT_EXISTS: text = "font loaded twice"; break;
    case HPDF_INVALID_ENCODING_NAME: text = "unknown text encoding"; break;
    case HPDF_INVALID_DATE_TIME: text = "invalid date"; break;
    case HPDF_INVALID_PARAMETER: text = "invalid parameter"; break;
    case HPDF_PAGE_INVALID_GMODE: text = "drawing operation not allowed in the current graphics mode"; break;
    case HPDF_PAGE_INVALID_SIZE: text = "invalid page size"; break;
    case HPDF_PAGE_INVALID_FONT_SIZE: text = "invalid font size"; break;
    case HPDF_PAGE_FONT_NOT_FOUND: text = "no font selected"; break;
    case HPDF_PAGE_OUT_OF_RANGE: text = "page out of range"; break;
    case HPDF_REAL_OUT_OF_RANGE: text = "number out of range"; break;
    case HPDF_STRING_OUT_OF_RANGE: text = "text too long"; break;
    case HPDF_EXCEED_GSTATE_LIMIT: text = "too many nested graphics states"; break;
    case HPDF_PAGE_CANNOT_RESTORE_GSTATE: text = "unbalanced graphics state restore"; break;
    case HPDF_ZLIB_ERROR: text = "compression (zlib) failed"; break;
    case HPDF_INVALID_DOCUMENT: text = "invalid document"; break;
    case HPDF_INVALID_DESTINATION: text = "invalid link destination"; break;
    case HPDF_INVALID_OUTLINE: text = "invalid outline entry"; break;
    default: text = "libharu error"; break;
  }
  char code[64];
  std::snprintf(code, sizeof code, " (libharu error 0x%04lX, detail %lu)", static_cast<unsigned long>(error),
                static_cast<unsigned long>(detail));
  return text + code;
}

Document::Document(const DocumentOptions& options)
    : options_(options), error_(std::make_unique<ErrorState>()) {
  pdf_ = HPDF_New(on_libharu_error, error_.get());
  if (pdf_ == nullptr) throw LayoutError("cannot create a PDF document: out of memory");
  try {
    HPDF_SetCompressionMode(pdf_, HPDF_COMP_ALL);
    check("enabling compression");
    HPDF_UseUTFEncodings(pdf_);
    HPDF_SetCurrentEncoder(pdf_, "UTF-8");
    check("selecting the UTF-8 encoder");

    if (options_.paper == PaperSize::a4) {
      page_width_ = 595.276, page_height_ = 841.89;
    } else {
      page_width_ = 612, page_height_ = 792;
    }
    if (options_.orientation == Orientation::landscape) std::swap(page_width_, page_height_);
    const Margins& m = options_.margins;
    if (m.left < 0 || m.right < 0 || m.top < 0 || m.bottom < 0 || m.left + m.right > page_width_ - 72 ||
        m.top + m.bottom > page_height_ - 72) {
      throw LayoutError("margins leave less than one inch for text on the page");
    }

    const std::filesystem::path dir = options_.font_dir.empty() ? default_font_dir() : options_.font_dir;
    load_font(FontFace::regular, dir / font_file_name(FontFace::regular));
    load_font(FontFace::bold, dir / font_file_name(FontFace::bold));
    load_font(FontFace::mono, dir / font_file_name(FontFace::mono));
    set_metadata(options_.metadata);
  } catch (...) {
    HPDF_Free(pdf_);
    throw;
  }
}

Document::~Document() { HPDF_Free(pdf_); }

void Document::check(std::string_view what) const {
  if (error_->error == 0) return;
  const ErrorState state = *error_;
  *error_ = ErrorState{};
  HPDF_ResetError(pdf_);
  throw LayoutError(std::string(what) + ": " + libharu_error_text(state.error, state.detail));
}

void Document::check(std::string_view what, HPDF_Page page) const {
  if (error_->error == 0) return;
  const ErrorState state = *error_;
  HPDF_ResetError(pdf_);
  const HPDF_UINT16 mode = HPDF_Page_GetGMode(page);
  if (mode == HPDF_GMODE_TEXT_OBJECT) HPDF_Page_EndText(page);
  if (mode == HPDF_GMODE_PATH_OBJECT) HPDF_Page_EndPath(page);
  while (HPDF_Page_GetGStateDepth(page) > 1) HPDF_Page_GRestore(page);
  HPDF_ResetError(pdf_);
  *error_ = ErrorState{};
  throw LayoutError(std::string(what) + ": " + libharu_error_text(state.error, state.detail));
}

void Document::load_font(FontFace face, const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    throw LayoutError("font file not found: " + file.string() +
                      " (install the fonts-dejavu-core package or point ISO20K_FONT_DIR at DejaVu)");
  }
  const char* name = HPDF_LoadTTFontFromFile(pdf_, file.c_str(), HPDF_TRUE);
  check("loading font " + file.string());
  HPDF_Font font = HPDF_GetFont(pdf_, name, "UTF-8");
  check("loading font " + file.string());
  const bool mapped = fix_to_unicode(font);
  check("writing the character map of font " + file.string());
  if (!mapped) throw LayoutError("libharu wrote font " + file.string() + " without a ToUnicode character map");
  FontEntry& entry = fonts_[face_index(face)];
  entry.font = font;
  entry.ascent = HPDF_Font_GetAscent(font) / 1000.0;
  entry.descent = HPDF_Font_GetDescent(font) / 1000.0;
  HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(kBaseGlyphs.data()),
                      static_cast<HPDF_UINT>(kBaseGlyphs.size()));
  check("measuring font " + file.string());
}

void Document::set_metadata(const Metadata& metadata) {
  const auto set = [this](HPDF_InfoType type, const std::string& value) {
    if (value.empty()) return;
    HPDF_SetInfoAttr(pdf_, type, plain_spaces(sanitize_utf8(value)).c_str());
    check("setting document metadata");
  };
  set(HPDF_INFO_TITLE, metadata.title);
  set(HPDF_INFO_AUTHOR, metadata.author);
  set(HPDF_INFO_SUBJECT, metadata.subject);
  set(HPDF_INFO_KEYWORDS, metadata.keywords);
  set(HPDF_INFO_CREATOR, metadata.creator);
  if (metadata.creation_date) {
    using namespace std::chrono;
    const year_month_day ymd{*metadata.creation_date};
    HPDF_Date date{};
    date.year = static_cast<int>(ymd.year());
    date.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    date.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    date.ind = 'Z';
    HPDF_SetInfoDateAttr(pdf_, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(pdf_, HPDF_INFO_MOD_DATE, date);
    check("setting the document date");
  }
}

Box Document::frame() const {
  const Margins& m = options_.margins;
  return Box{m.left, m.bottom, page_width_ - m.left - m.right, page_height_ - m.top - m.bottom};
}

HPDF_Page Document::add_page() { return insert_page(pages_.size()); }

HPDF_Page Document::insert_page(std::size_t index) {
  if (index > pages_.size()) throw LayoutError("page index out of range");
  HPDF_Page page = index == pages_.size() ? HPDF_AddPage(pdf_) : HPDF_InsertPage(pdf_, pages_[index]);
  check("adding a page");
  HPDF_Page_SetWidth(page, real(page_width_));
  HPDF_Page_SetHeight(page, real(page_height_));
  check("sizing a page");
  pages_.insert(pages_.begin() + static_cast<std::ptrdiff_t>(index), page);
  return page;
}

HPDF_Page Document::page(std::size_t index) const {
  if (index >= pages_.size()) throw LayoutError("page index out of range");
  return pages_[index];
}

std::size_t Document::page_index(HPDF_Page page) const {
  for (std::size_t i = 0; i < pages_.size(); ++i) {
    if (pages_[i] == page) return i;
  }
  throw LayoutError("page does not belong to this document");
}

HPDF_Font Document::font(FontFace face) const { return fonts_[face_index(face)].font; }

double Document::ascent(FontFace face) const { return fonts_[face_index(face)].ascent; }

double Document::descent(FontFace face) const { return fonts_[face_index(face)].descent; }

double Document::text_width(std::string_view text, FontFace face, double size) const {
  const FontEntry& entry = fonts_[face_index(face)];
  double total = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t next = next_code_point(text, i);
    const char32_t cp = decode_code_point(text, i);
    auto it = entry.advance.find(cp);
    if (it == entry.advance.end()) {
      // A no-break space is drawn as an ordinary space (no_break.h), so it is measured as one.
      const std::string_view glyph = cp == 0xA0 ? std::string_view(" ") : text.substr(i, next - i);
      const HPDF_TextWidth w = HPDF_Font_TextWidth(
          entry.font, reinterpret_cast<const HPDF_BYTE*>(glyph.data()), static_cast<HPDF_UINT>(glyph.size()));
      check("measuring text");
      it = entry.advance.emplace(cp, static_cast<double>(w.width) / 1000.0).first;
    }
    total += it->second;
    i = next;
  }
  return total * size;
}

HPDF_ExtGState Document::opacity_state(double fill_alpha, double stroke_alpha) {
  const auto key = std::make_pair(static_cast<int>(std::lround(fill_alpha * 1000)),
                                  static_cast<int>(std::lround(stroke_alpha * 1000)));
  if (auto it = opacity_states_.find(key); it != opacity_states_.end()) return it->second;
  HPDF_ExtGState state = HPDF_CreateExtGState(pdf_);
  check("creating a transparency state");
  HPDF_ExtGState_SetAlphaFill(state, real(key.first / 1000.0));
  HPDF_ExtGState_SetAlphaStroke(state, real(key.second / 1000.0));
  check("setting transparency");
  opacity_states_.emplace(key, state);
  return state;
}

HPDF_Destination Document::destination(HPDF_Page page, double top) {
  HPDF_Destination dst = HPDF_Page_CreateDestination(page);
  check("creating a link destination");
  const HPDF_REAL y = real(std::max(0.0, top));
  // libharu 2.3.0 insists on a zoom factor; build [page /XYZ left top null] the way SetXYZ does, so
  // following a link keeps the reader's zoom.
  HPDF_Destination_SetXYZ(dst, 0, y, 1);
  check("creating a link destination");
  HPDF_Array_Clear(dst);
  HPDF_STATUS status = HPDF_Array_Add(dst, page);
  status += HPDF_Array_AddName(dst, "XYZ");
  status += HPDF_Array_AddReal(dst, 0);
  status += HPDF_Array_AddReal(dst, y);
  status += HPDF_Array_Add(dst, HPDF_Null_New(dst->mmgr));
  check("creating a link destination");
  if (status != HPDF_OK) throw LayoutError("creating a link destination failed");
  return dst;
}

HPDF_Outline Document::add_outline(HPDF_Outline parent, std::string_view title) {
  HPDF_Outline outline =
      HPDF_CreateOutline(pdf_, parent, plain_spaces(sanitize_utf8(title)).c_str(), HPDF_GetEncoder(pdf_, "UTF-8"));
  check("creating a bookmark");
  HPDF_Outline_SetOpened(outline, parent == nullptr ? HPDF_TRUE : HPDF_FALSE);
  check("creating a bookmark");
  HPDF_SetPageMode(pdf_, HPDF_PAGE_MODE_USE_OUTLINE);
  check("showing bookmarks");
  return outline;
}

void Document::point_outline(HPDF_Outline outline, HPDF_Page page, double top) {
  HPDF_Outline_SetDestination(outline, destination(page, top));
  check("pointing a bookmark at its page");
}

HPDF_Outline Document::add_outline(HPDF_Outline parent, std::string_view title, HPDF_Page page, double top) {
  HPDF_Outline outline = add_outline(parent, title);
  point_outline(outline, page, top);
  return outline;
}

std::vector<std::uint8_t> Document::to_bytes() {
  if (pages_.empty()) throw LayoutError("cannot write a PDF without pages");
  HPDF_SaveToStream(pdf_);
  HPDF_ResetStream(pdf_);  // rewind: without it a second save reads back zeros
  check("writing the PDF");
  const HPDF_UINT32 size = HPDF_GetStreamSize(pdf_);
  std::vector<std::uint8_t> bytes;
  bytes.reserve(size);
  HPDF_BYTE buffer[65536];
  for (;;) {
    HPDF_UINT32 n = sizeof buffer;
    const HPDF_STATUS status = HPDF_ReadFromStream(pdf_, buffer, &n);
    bytes.insert(bytes.end(), buffer, buffer + n);
    if (status == HPDF_STREAM_EOF) break;
    if (status != HPDF_OK) {
      check("reading the PDF back");
      throw LayoutError("reading the PDF back failed: " + libharu_error_text(status, 0));
    }
  }
  if (error_->error == HPDF_STREAM_EOF) {
    *error_ = ErrorState{};
    HPDF_ResetError(pdf_);
  }
  check("reading the PDF back");
  if (bytes.size() != size) throw LayoutError("reading the PDF back gave a truncated file");
  return bytes;
}

void Document::save(const std::filesystem::path& path) {
  const std::vector<std::uint8_t> bytes = to_bytes();
  std::filesystem::path temp = path;
  temp += ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) {
      throw LayoutError("cannot create " + temp.string() + ": " + std::strerror(errno));
    }
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      const std::string reason = std::strerror(errno);
      std::error_code ignored;
      std::filesystem::remove(temp, ignored);
      throw LayoutError("cannot write " + temp.string() + ": " + reason);
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
    throw LayoutError("cannot rename " + temp.string() + " to " + path.string() + ": " + ec.message());
  }
}

}  // namespace iso20k::layout
