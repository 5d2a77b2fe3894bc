#pragma once
// Test helpers (header-only, used by the *_test.cc files under reports/): temporary directories,
// running poppler-utils and qpdf on rendered PDFs, and small image fixtures made on the fly.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#ifndef BOOST_BIND_GLOBAL_PLACEHOLDERS
#define BOOST_BIND_GLOBAL_PLACEHOLDERS  // property_tree still includes the deprecated boost/bind.hpp
#endif
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include "support/test_support.h"

namespace iso20k::testing {

namespace fs = std::filesystem;

using test::quote;  // single-quoted for /bin/sh
inline std::string quote(const fs::path& p) { return quote(p.string()); }

struct CommandResult {
  int status = -1;  // exit status
  std::string output;
};

// Runs a shell command and captures its standard output (standard error is discarded).
inline CommandResult run(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run: " + command);
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) result.output.append(buf.data(), n);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// A fresh directory under the system temp dir, removed with its contents at scope exit.
class TempDir {
 public:
  explicit TempDir(std::string_view name) {
    path_ = fs::temp_directory_path() / ("iso20k-" + std::string(name) + "-" + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(std::string_view name) const { return path_ / name; }

 private:
  fs::path path_;
};

// pdftotext output (raw reading order, or -layout); pages are 1-based, 0 = all.
inline std::string pdf_text(const fs::path& pdf, int first = 0, int last = 0, bool layout = false) {
  std::string cmd = "pdftotext -enc UTF-8";
  if (layout) cmd += " -layout";
  if (first > 0) cmd += " -f " + std::to_string(first);
  if (last > 0) cmd += " -l " + std::to_string(last);
  return run(cmd + " " + quote(pdf) + " -").output;
}

inline std::string pdf_page_text(const fs::path& pdf, int page, bool layout = false) {
  return pdf_text(pdf, page, page, layout);
}

inline std::string pdf_info(const fs::path& pdf) { return run("pdfinfo -isodates " + quote(pdf)).output; }

inline int pdf_page_count(const fs::path& pdf) {
  const std::string info = pdf_info(pdf);
  const std::size_t at = info.find("Pages:");
  if (at == std::string::npos) return -1;
  return std::stoi(info.substr(at + 6));
}

inline std::size_t count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

inline std::vector<std::uint8_t> read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_bytes(const fs::path& path, const std::vector<std::uint8_t>& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

inline bool same_file(const fs::path& a, const fs::path& b) {
  return run("cmp -s " + quote(a) + " " + quote(b)).status == 0;
}

// The lines of `pdffonts` after its two header lines.
inline std::vector<std::string> pdf_font_lines(const fs::path& pdf) {
  const std::string out = run("pdffonts " + quote(pdf)).output;
  std::vector<std::string> lines;
  std::size_t start = 0;
  int index = 0;
  while (start < out.size()) {
    std::size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    if (index++ >= 2 && end > start) lines.push_back(out.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// A page rasterised by pdftoppm (PGM for grey, PPM for colour), row-major, top row first.
struct Raster {
  int width = 0;
  int height = 0;
  int channels = 1;
  std::vector<std::uint8_t> pixels;
  int at(int x, int y, int channel = 0) const {
    return pixels[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) *
                      static_cast<std::size_t>(channels) +
                  static_cast<std::size_t>(channel)];
  }
};

inline Raster render_page(const fs::path& pdf, int page, int dpi, const fs::path& dir, bool gray) {
  const fs::path stem = dir / ((gray ? "gray-" : "rgb-") + std::to_string(page));
  run(std::string("pdftoppm ") + (gray ? "-gray " : "") + "-singlefile -r " + std::to_string(dpi) + " -f " +
      std::to_string(page) + " -l " + std::to_string(page) + " " + quote(pdf) + " " + quote(stem));
  const std::vector<std::uint8_t> bytes = read_bytes(fs::path(stem.string() + (gray ? ".pgm" : ".ppm")));
  Raster image;
  // "P5" or "P6", width, height, maxval, one whitespace, then the samples
  if (bytes.size() < 2 || bytes[0] != 'P' || (bytes[1] != '5' && bytes[1] != '6')) return image;
  image.channels = bytes[1] == '5' ? 1 : 3;
  std::size_t pos = 2;
  std::vector<int> numbers;
  while (numbers.size() < 3 && pos < bytes.size()) {
    while (pos < bytes.size() && std::isspace(bytes[pos])) ++pos;
    int v = 0;
    while (pos < bytes.size() && std::isdigit(bytes[pos])) v = v * 10 + (bytes[pos++] - '0');
    numbers.push_back(v);
  }
  ++pos;
  image.width = numbers[0];
  image.height = numbers[1];
  image.pixels.assign(bytes.begin() + static_cast<std::ptrdiff_t>(pos), bytes.end());
  return image;
}

inline Raster render_gray(const fs::path& pdf, int page, int dpi, const fs::path& dir) {
  return render_page(pdf, page, dpi, dir, true);
}

inline std::size_t dark_pixels(const Raster& image, int threshold = 128) {
  std::size_t n = 0;
  for (std::uint8_t p : image.pixels) n += p < threshold ? 1 : 0;
  return n;
}

// The bounding box (in pixels) of the pixels within `tolerance` of colour (r, g, b), optionally only
// inside the pixel rows [row0, row1). count = 0 when there are none.
struct PixelBox {
  int x0 = 0, y0 = 0, x1 = -1, y1 = -1;
  std::size_t count = 0;
  int width() const { return x1 - x0 + 1; }
};

inline PixelBox find_color(const Raster& image, int r, int g, int b, int tolerance = 3, int row0 = 0, int row1 = -1) {
  PixelBox box;
  if (row1 < 0) row1 = image.height;
  for (int y = std::max(0, row0); y < std::min(row1, image.height); ++y) {
    for (int x = 0; x < image.width; ++x) {
      if (std::abs(image.at(x, y, 0) - r) > tolerance || std::abs(image.at(x, y, 1) - g) > tolerance ||
          std::abs(image.at(x, y, 2) - b) > tolerance) {
        continue;
      }
      if (box.count++ == 0) {
        box.x0 = box.x1 = x;
        box.y0 = box.y1 = y;
      } else {
        box.x0 = std::min(box.x0, x);
        box.x1 = std::max(box.x1, x);
        box.y0 = std::min(box.y0, y);
        box.y1 = std::max(box.y1, y);
      }
    }
  }
  return box;
}

// --- Word positions from `pdftotext -bbox`, to find overlapping or clipped labels. ---

struct Word {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, origin top-left (as pdftotext reports them)
};

inline std::vector<Word> pdf_words(const fs::path& pdf, int page) {
  const std::string html =
      run("pdftotext -bbox -f " + std::to_string(page) + " -l " + std::to_string(page) + " " + quote(pdf) + " -").output;
  std::vector<Word> words;
  const auto attribute = [](const std::string& tag, const std::string& name) {
    const std::size_t at = tag.find(name + "=\"");
    return at == std::string::npos ? 0.0 : std::stod(tag.substr(at + name.size() + 2));
  };
  for (std::size_t at = html.find("<word "); at != std::string::npos; at = html.find("<word ", at + 1)) {
    const std::size_t close = html.find('>', at);
    const std::size_t end = html.find("</word>", close);
    if (close == std::string::npos || end == std::string::npos) break;
    const std::string tag = html.substr(at, close - at);
    words.push_back(Word{html.substr(close + 1, end - close - 1), attribute(tag, "xMin"), attribute(tag, "yMin"),
                         attribute(tag, "xMax"), attribute(tag, "yMax")});
  }
  return words;
}

// True when the two words share more than `slack` points in both directions.
inline bool overlap(const Word& a, const Word& b, double slack = 0.5) {
  return std::min(a.x1, b.x1) - std::max(a.x0, b.x0) > slack && std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > slack;
}

// Pairs of overlapping words, as "a / b" for messages; empty when none.
inline std::vector<std::string> overlapping_words(const std::vector<Word>& words) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (std::size_t j = i + 1; j < words.size(); ++j) {
      if (overlap(words[i], words[j])) out.push_back(words[i].text + " / " + words[j].text);
    }
  }
  return out;
}

// --- Links and bookmarks, read from `qpdf --json`. ---

struct PdfLink {
  double top = 0;     // top edge of the clickable area
  int target = 0;     // 1-based page the link jumps to
};

struct PdfOutline {
  std::string title;
  int page = 0;       // 1-based
  double top = 0;     // the top of the view it opens (/XYZ), in points from the bottom of the page
  std::vector<PdfOutline> kids;
};

struct PdfStructure {
  std::vector<std::vector<PdfLink>> links;  // per page (index 0 = page 1), in annotation order
  std::vector<PdfOutline> outlines;
};

namespace detail {
using boost::property_tree::ptree;

inline const ptree* child(const ptree& tree, const std::string& key) {
  const auto it = tree.find(key);
  return it == tree.not_found() ? nullptr : &it->second;
}

inline std::vector<const ptree*> items(const ptree* array) {
  std::vector<const ptree*> out;
  if (array != nullptr) {
    for (const auto& entry : *array) out.push_back(&entry.second);
  }
  return out;
}

inline PdfOutline outline(const ptree& node) {
  PdfOutline o;
  o.title = node.get<std::string>("title", "");
  o.page = node.get<int>("destpageposfrom1", 0);
  const std::vector<const ptree*> dest = items(child(node, "dest"));
  if (dest.size() >= 4 && dest[1]->data() == "/XYZ") o.top = std::stod(dest[3]->data());
  for (const ptree* kid : items(child(node, "kids"))) o.kids.push_back(outline(*kid));
  return o;
}
}  // namespace detail

inline PdfStructure pdf_structure(const fs::path& pdf) {
  using detail::child;
  using detail::items;
  using detail::ptree;
  std::istringstream json(run("qpdf --json " + quote(pdf)).output);
  ptree root;
  boost::property_tree::read_json(json, root);
  PdfStructure out;
  std::vector<const ptree*> qpdf = items(child(root, "qpdf"));
  if (qpdf.size() < 2) return out;
  const ptree& objects = *qpdf[1];
  const auto value = [&](const std::string& ref) { return child(objects, "obj:" + ref) ? child(*child(objects, "obj:" + ref), "value") : nullptr; };
  std::vector<std::string> page_refs;
  for (const ptree* page : items(child(root, "pages"))) page_refs.push_back(page->get<std::string>("object"));
  const auto page_number = [&](const std::string& ref) {
    for (std::size_t i = 0; i < page_refs.size(); ++i) {
      if (page_refs[i] == ref) return static_cast<int>(i + 1);
    }
    return 0;
  };
  for (const std::string& ref : page_refs) {
    std::vector<PdfLink> links;
    const ptree* page = value(ref);
    for (const ptree* annot_ref : items(page ? child(*page, "/Annots") : nullptr)) {
      const ptree* annot = annot_ref->data().empty() ? annot_ref : value(annot_ref->data());
      if (annot == nullptr || annot->get<std::string>("/Subtype", "") != "/Link") continue;
      const ptree* dest = child(*annot, "/Dest");
      if (dest != nullptr && !dest->data().empty()) dest = value(dest->data());
      const std::vector<const ptree*> d = items(dest);
      const std::vector<const ptree*> rect = items(child(*annot, "/Rect"));
      PdfLink link;
      link.target = d.empty() ? 0 : page_number(d[0]->data());
      link.top = rect.size() == 4 ? std::stod(rect[3]->data()) : 0;
      links.push_back(link);
    }
    out.links.push_back(std::move(links));
  }
  for (const ptree* o : items(child(root, "outlines"))) out.outlines.push_back(detail::outline(*o));
  return out;
}

// --- PNG fixtures: a minimal encoder (stored deflate blocks), so tests need no image tools. ---

inline std::uint32_t png_crc(const std::uint8_t* data, std::size_t n) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (std::size_t i = 0; i < n; ++i) {
    crc ^= data[i];
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return crc ^ 0xFFFFFFFFu;
}

inline void put32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  for (int s = 24; s >= 0; s -= 8) out.push_back(static_cast<std::uint8_t>(v >> s));
}

inline void png_chunk(std::vector<std::uint8_t>& out, const char* type, const std::vector<std::uint8_t>& data) {
  put32(out, static_cast<std::uint32_t>(data.size()));
  const std::size_t start = out.size();
  out.insert(out.end(), type, type + 4);
  out.insert(out.end(), data.begin(), data.end());
  put32(out, png_crc(out.data() + start, out.size() - start));
}

struct Rgba {
  std::uint8_t r, g, b, a;
};

// A PNG of colour type 6 (RGBA) with 8 or 16 bits per channel.
inline std::vector<std::uint8_t> make_png(std::uint32_t width, std::uint32_t height, int bit_depth,
                                          const std::function<Rgba(std::uint32_t, std::uint32_t)>& pixel) {
  std::vector<std::uint8_t> raw;
  for (std::uint32_t y = 0; y < height; ++y) {
    raw.push_back(0);  // filter: none
    for (std::uint32_t x = 0; x < width; ++x) {
      const Rgba p = pixel(x, y);
      for (std::uint8_t c : {p.r, p.g, p.b, p.a}) {
        raw.push_back(c);
        if (bit_depth == 16) raw.push_back(c);
      }
    }
  }
  std::vector<std::uint8_t> z{0x78, 0x01};
  for (std::size_t pos = 0; pos < raw.size() || pos == 0;) {
    const std::size_t n = std::min<std::size_t>(65535, raw.size() - pos);
    const bool last = pos + n >= raw.size();
    z.push_back(last ? 1 : 0);
    z.push_back(static_cast<std::uint8_t>(n & 0xFF));
    z.push_back(static_cast<std::uint8_t>(n >> 8));
    z.push_back(static_cast<std::uint8_t>(~n & 0xFF));
    z.push_back(static_cast<std::uint8_t>((~n >> 8) & 0xFF));
    z.insert(z.end(), raw.begin() + static_cast<std::ptrdiff_t>(pos), raw.begin() + static_cast<std::ptrdiff_t>(pos + n));
    pos += n;
    if (last) break;
  }
  std::uint32_t a = 1, b = 0;
  for (std::uint8_t c : raw) {
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  put32(z, (b << 16) | a);

  std::vector<std::uint8_t> png{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  std::vector<std::uint8_t> ihdr;
  put32(ihdr, width);
  put32(ihdr, height);
  ihdr.insert(ihdr.end(), {static_cast<std::uint8_t>(bit_depth), 6, 0, 0, 0});
  png_chunk(png, "IHDR", ihdr);
  png_chunk(png, "IDAT", z);
  png_chunk(png, "IEND", {});
  return png;
}

// A PNG whose chunk structure is sound (checksums right, an IDAT starting a zlib stream) but whose
// pixels are not there: what a crafted file claiming `width` × `height` pixels looks like to
// anything that does not decode it. `interlace` 1 is Adam7.
inline std::vector<std::uint8_t> make_png_header(std::uint32_t width, std::uint32_t height, int bit_depth = 8,
                                                 int interlace = 0) {
  std::vector<std::uint8_t> png{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  std::vector<std::uint8_t> ihdr;
  put32(ihdr, width);
  put32(ihdr, height);
  ihdr.insert(ihdr.end(), {static_cast<std::uint8_t>(bit_depth), 6, 0, 0, static_cast<std::uint8_t>(interlace)});
  png_chunk(png, "IHDR", ihdr);
  png_chunk(png, "IDAT", {0x78, 0x01, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x01});
  png_chunk(png, "IEND", {});
  return png;
}

// A JPEG whose markers are sound (SOF0 with 8-bit samples and 3 components, a scan, EOI) claiming
// `width` × `height` pixels (at most 65535 each way, the format's limit).
inline std::vector<std::uint8_t> make_jpeg_header(std::uint16_t width, std::uint16_t height) {
  const auto hi = [](std::uint16_t v) { return static_cast<std::uint8_t>(v >> 8); };
  const auto lo = [](std::uint16_t v) { return static_cast<std::uint8_t>(v & 0xFF); };
  return {0xFF, 0xD8,                                                  // SOI
          0xFF, 0xC0, 0x00, 0x11, 0x08, hi(height), lo(height), hi(width), lo(width), 0x03,
          0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,        // SOF0
          0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3F, 0x00,  // SOS
          0x12, 0x34, 0x56,                                            // entropy-coded data
          0xFF, 0xD9};                                                 // EOI
}

// A simple logo: a navy rounded mark with a blue bar on a transparent background.
inline std::vector<std::uint8_t> make_logo_png(int bit_depth = 8, std::uint32_t width = 240, std::uint32_t height = 80) {
  return make_png(width, height, bit_depth, [=](std::uint32_t x, std::uint32_t y) {
    const double cx = x - height / 2.0, cy = y - height / 2.0;
    if (cx * cx + cy * cy < (height * 0.42) * (height * 0.42)) return Rgba{0x1B, 0x36, 0x5D, 255};
    if (x > height && y > height * 0.4 && y < height * 0.6) return Rgba{0x00, 0x72, 0xB2, 255};
    return Rgba{255, 255, 255, 0};
  });
}

}  // namespace iso20k::testing
