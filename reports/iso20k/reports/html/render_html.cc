#include "iso20k/reports/html/render_html.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <filesystem>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "iso20k/format/input_file.h"
#include "iso20k/format/number_text.h"
#include "iso20k/format/xml_escape.h"
#include "iso20k/reports/charts/axis.h"
#include "iso20k/reports/charts/palette.h"
#include "iso20k/reports/content/report_style.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/reports/layout/geometry.h"
#include "iso20k/reports/layout/image_format.h"
#include "iso20k/reports/layout/theme.h"

namespace iso20k::reports {
namespace {

using layout::Color;

// ---------------------------------------------------------------------------------------------
// Text

std::string esc(std::string_view s) { return xml_escape(s); }
std::string attr(std::string_view s) { return xml_escape(s, XmlContext::attribute); }

// Element text with its line breaks kept.
std::string esc_lines(std::string_view s) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t nl = s.find('\n', start);
    out += esc(s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    if (nl == std::string_view::npos) break;
    out += "<br/>";
    start = nl + 1;
  }
  return out;
}

// A CSS string literal that holds no '&', '<' or '>' (so the style sheet reads the same as HTML and
// as XML): those, quotes, backslashes and control characters as CSS escapes.
std::string css_string(std::string_view s) {
  static const char* digits = "0123456789ABCDEF";
  std::string out = "\"";
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\' || c == '&' || c == '<' || c == '>' || u < 0x20 || u == 0x7F) {
      out += '\\';
      if (u >= 16) out += digits[u >> 4];
      out += digits[u & 15];
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// A number for CSS and SVG: at most two decimals, never locale-dependent.
std::string n(double v) { return trimmed_text(std::isfinite(v) ? v : 0, 2); }

std::string css(Color c) {
  static const char* digits = "0123456789abcdef";
  std::string out = "#";
  for (const double v : {c.r, c.g, c.b}) {
    const int b = static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255));
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

// The number of characters (code points) of UTF-8 text.
std::size_t chars(std::string_view s) {
  std::size_t count = 0;
  for (const char c : s) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

// About how wide `s` is in DejaVu Sans at `size` points (SVG text is placed without font metrics).
double text_w(std::string_view s, double size, bool bold = false) {
  return static_cast<double>(chars(s)) * size * (bold ? 0.6 : 0.55);
}

// `s` cut to about `width` with an ellipsis.
std::string fit(const std::string& s, double size, double width, bool bold = false) {
  if (text_w(s, size, bold) <= width) return s;
  const double per = size * (bold ? 0.6 : 0.55);
  const auto keep = static_cast<std::size_t>(std::max(1.0, width / per - 1));
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool lead = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    if (lead && count++ == keep) break;
    out += s[i];
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

// `s` wrapped at spaces into lines about `width` wide, at most `max_lines` (the last one cut).
std::vector<std::string> wrap(const std::string& s, double size, double width, std::size_t max_lines,
                              bool bold = false) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    const std::string word = s.substr(start, end - start);
    const std::string joined = line.empty() ? word : line + " " + word;
    if (!line.empty() && text_w(joined, size, bold) > width) {
      lines.push_back(line);
      line = word;
    } else {
      line = joined;
    }
    start = end + 1;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  if (lines.size() > max_lines) {
    std::string rest = lines[max_lines - 1];
    for (std::size_t i = max_lines; i < lines.size(); ++i) rest += " " + lines[i];
    lines.resize(max_lines);
    lines.back() = rest;
  }
  for (std::string& l : lines) l = fit(l, size, width, bold);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// SVG

enum class Anchor { start, middle, end };

struct TextSpec {
  double size = 7.5;
  Color color = charts::label_color;
  Anchor anchor = Anchor::start;
  bool bold = false;
};

class Svg {
 public:
  void rect(double x, double y, double w, double h, Color fill, std::string_view more = {}) {
    if (w <= 0 || h <= 0) return;
    o_ += "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w) + "\" height=\"" + n(h) + "\" fill=\"" +
          css(fill) + "\"" + std::string(more) + "/>\n";
  }
  void line(double x1, double y1, double x2, double y2, Color stroke, double width = 0.5,
            layout::LineStyle style = layout::LineStyle::solid) {
    o_ += "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\"" +
          css(stroke) + "\" stroke-width=\"" + n(width) + "\"" + dash(style) + "/>\n";
  }
  void poly(const std::vector<std::pair<double, double>>& points, bool closed, Color stroke, double width,
            layout::LineStyle style, std::string_view fill = "none", double fill_opacity = 1) {
    std::string pts;
    for (const auto& p : points) pts += (pts.empty() ? "" : " ") + n(p.first) + "," + n(p.second);
    o_ += std::string(closed ? "<polygon" : "<polyline") + " points=\"" + pts + "\" fill=\"" + std::string(fill) +
          "\"" + (fill_opacity < 1 ? " fill-opacity=\"" + n(fill_opacity) + "\"" : "") + " stroke=\"" +
          css(stroke) + "\" stroke-width=\"" + n(width) + "\"" + dash(style) + " stroke-linejoin=\"round\"/>\n";
  }
  void text(double x, double y, const std::string& s, const TextSpec& t) {
    if (s.empty()) return;
    o_ += "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" font-size=\"" + n(t.size) + "\" fill=\"" + css(t.color) + "\"";
    if (t.anchor == Anchor::middle) o_ += " text-anchor=\"middle\"";
    if (t.anchor == Anchor::end) o_ += " text-anchor=\"end\"";
    if (t.bold) o_ += " font-weight=\"bold\"";
    o_ += ">" + esc(s) + "</text>\n";
  }
  // Lines of text from the baseline `y` of the first, `leading` apart.
  void lines(double x, double y, const std::vector<std::string>& ls, const TextSpec& t, double leading) {
    for (std::size_t i = 0; i < ls.size(); ++i) text(x, y + leading * static_cast<double>(i), ls[i], t);
  }
  void circle(double cx, double cy, double r, Color fill, std::string_view more = {}) {
    o_ += "<circle cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"" + n(r) + "\" fill=\"" + css(fill) + "\"" +
          std::string(more) + "/>\n";
  }
  void marker(charts::Marker m, double x, double y, double size, Color color) {
    const double r = size / 2;
    const std::string ring = " stroke=\"#ffffff\" stroke-width=\"0.8\"";
    switch (m) {
      case charts::Marker::none: return;
      case charts::Marker::circle: circle(x, y, r, color, ring); return;
      case charts::Marker::square: rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, color, ring); return;
      case charts::Marker::triangle:
        poly({{x, y - r * 1.1}, {x + r, y + r * 0.8}, {x - r, y + r * 0.8}}, true, layout::white, 0.8,
             layout::LineStyle::solid, css(color));
        return;
      case charts::Marker::diamond:
      case charts::Marker::target:
        poly({{x, y - r * 1.2}, {x + r, y}, {x, y + r * 1.2}, {x - r, y}}, true, layout::white, 0.8,
             layout::LineStyle::solid, css(color));
        return;
      case charts::Marker::alert:
        circle(x, y, r, color, ring);
        text(x, y + r * 0.6, "!", TextSpec{size * 0.8, layout::white, Anchor::middle, true});
        return;
    }
  }
  void group(std::string_view transform, const Svg& inner) {
    o_ += "<g transform=\"" + std::string(transform) + "\">\n" + inner.o_ + "</g>\n";
  }
  std::string finish(double width, double height, const std::string& label) const {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-label=\"" + attr(label) +
           "\" width=\"" + n(width) + "pt\" height=\"" + n(height) + "pt\" viewBox=\"0 0 " + n(width) + " " +
           n(height) + "\" font-family=\"DejaVu Sans, sans-serif\">\n" + o_ + "</svg>\n";
  }

 private:
  static std::string dash(layout::LineStyle style) {
    switch (style) {
      case layout::LineStyle::solid: return {};
      case layout::LineStyle::dashed: return " stroke-dasharray=\"4 2.5\"";
      case layout::LineStyle::dotted: return " stroke-dasharray=\"1 2\"";
    }
    return {};
  }
  std::string o_;
};

constexpr double kTitleSize = 9.5;
constexpr double kLabel = charts::category_label_size;
constexpr double kTick = charts::tick_size;

// The chart's title from the top; returns where the plot may start.
double draw_title(Svg& svg, const std::string& title, double width) {
  if (title.empty()) return 4;
  const std::vector<std::string> ls = wrap(title, kTitleSize, width, 2, true);
  svg.lines(0, kTitleSize + 2, ls, TextSpec{kTitleSize, charts::title_color, Anchor::start, true}, kTitleSize * 1.3);
  return kTitleSize * 1.3 * static_cast<double>(ls.size()) + 8;
}

// Legend rows, centred, from `top`; returns the height they took.
double draw_legend(Svg* svg, std::span<const charts::LegendItem> items, double width, double top) {
  if (items.empty()) return 0;
  constexpr double kSize = 7.5;
  constexpr double kSwatch = 14;
  constexpr double kRow = 13;
  std::vector<std::vector<std::size_t>> rows(1);
  std::vector<double> row_w(1, 0);
  const auto item_w = [&](const charts::LegendItem& it) { return kSwatch + 4 + text_w(it.label, kSize) + 12; };
  for (std::size_t i = 0; i < items.size(); ++i) {
    const double w = std::min(item_w(items[i]), width);
    if (!rows.back().empty() && row_w.back() + w > width) {
      rows.emplace_back();
      row_w.push_back(0);
    }
    rows.back().push_back(i);
    row_w.back() += w;
  }
  if (svg != nullptr) {
    for (std::size_t r = 0; r < rows.size(); ++r) {
      double x = (width - row_w[r]) / 2;
      const double y = top + kRow * static_cast<double>(r) + kRow / 2;
      for (const std::size_t i : rows[r]) {
        const charts::LegendItem& it = items[i];
        switch (it.swatch) {
          case charts::Swatch::box: svg->rect(x, y - 4, kSwatch, 8, it.color); break;
          case charts::Swatch::line: svg->line(x, y, x + kSwatch, y, it.color, 1.5); break;
          case charts::Swatch::dashed_line:
            svg->line(x, y, x + kSwatch, y, it.color, 1.5, layout::LineStyle::dashed);
            break;
          case charts::Swatch::marker: break;
        }
        if (it.marker != charts::Marker::none) svg->marker(it.marker, x + kSwatch / 2, y, 6, it.color);
        const double label_w = std::min(item_w(it), width) - kSwatch - 15;
        svg->text(x + kSwatch + 4, y + kSize * 0.35, fit(it.label, kSize, label_w), TextSpec{kSize});
        x += std::min(item_w(it), width);
      }
    }
  }
  return kRow * static_cast<double>(rows.size()) + 4;
}

// The label column of horizontal bar plots: as wide as the widest label, up to `share` of the width.
double label_column(std::span<const std::string> labels, double width, double share = 0.36) {
  double w = 0;
  for (const std::string& l : labels) w = std::max(w, text_w(l, kLabel));
  return std::min(w + 6, width * share);
}

// The rows of a horizontal bar plot: tall enough for two lines where a label needs them.
double row_height(std::span<const std::string> labels, double label_w) {
  const bool wraps = std::any_of(labels.begin(), labels.end(),
                                 [&](const std::string& l) { return text_w(l, kLabel) > label_w - 4; });
  return wraps ? 22 : (labels.size() > 12 ? 15 : 19);
}

// A category label right-aligned at `x`, in up to two lines centred on `mid`.
void category_label(Svg& svg, double x, double mid, const std::string& label, double width, double row_h) {
  const std::vector<std::string> ls = wrap(label, kLabel, width - 4, row_h >= 2 * kLabel * 1.15 ? 2 : 1);
  const double lead = kLabel * 1.15;
  const double first = mid + kLabel * 0.35 - lead * static_cast<double>(ls.size() - 1) / 2;
  svg.lines(x, first, ls, TextSpec{kLabel, charts::label_color, Anchor::end}, lead);
}

// Gridlines and tick labels of a value axis from x0 (0) to x1 (max) under rows top..bottom, and the
// axis title under them; returns the y under everything.
double value_axis(Svg& svg, double x0, double x1, double top, double bottom, double max,
                  const std::string& title, std::string_view suffix) {
  for (const double t : charts::nice_ticks(max)) {
    if (t > max + 1e-9) break;
    const double x = x0 + (x1 - x0) * t / max;
    svg.line(x, top, x, bottom, charts::grid_color, 0.5);
    svg.text(x, bottom + 10, compact_text(t, 1) + std::string(suffix), TextSpec{kTick, charts::tick_color, Anchor::middle});
  }
  svg.line(x0, top, x0, bottom, charts::axis_color, 0.8);
  double y = bottom + 12;
  if (!title.empty()) {
    svg.text((x0 + x1) / 2, y + 10, fit(title, kTick, x1 - x0), TextSpec{kTick, charts::tick_color, Anchor::middle});
    y += 14;
  }
  return y;
}

double clamp_value(double v, double max) { return std::clamp(std::isfinite(v) ? v : 0, 0.0, max); }

template <typename T>
const T& at_or(const std::vector<T>& v, std::size_t i, const T& fallback) {
  return i < v.size() ? v[i] : fallback;
}

// ---- the charts, each into a box `width` points wide; the height is the chart's own ----------

std::string bar_chart(const charts::BarChart& c, double width) {
  Svg svg;
  const double top = draw_title(svg, c.title, width);
  const double max = c.max > 0 ? c.max : 1;
  const double label_w = label_column(c.labels, width);
  const double row_h = row_height(c.labels, label_w);
  const double x0 = label_w + 4;
  const double end_room = text_w(rounded_text(max, 0) + c.value_suffix, kTick) + 8;
  const double x1 = std::max(x0 + 40, width - end_room);
  const double rows_top = top + (c.threshold ? 12 : 2);
  const double bottom = rows_top + row_h * static_cast<double>(c.labels.size());
  double y = value_axis(svg, x0, x1, rows_top - 2, bottom, max, c.axis_label, c.value_suffix);
  for (std::size_t i = 0; i < c.labels.size(); ++i) {
    const double mid = rows_top + row_h * (static_cast<double>(i) + 0.5);
    category_label(svg, label_w, mid, c.labels[i], label_w, row_h);
    const double v = at_or(c.values, i, 0.0);
    const double x = x0 + (x1 - x0) * clamp_value(v, max) / max;
    svg.rect(x0, mid - row_h * 0.32, x - x0, row_h * 0.64, at_or(c.colors, i, charts::okabe_ito::blue));
    svg.text(x + 3, mid + kTick * 0.35, compact_text(v, 1) + c.value_suffix, TextSpec{kTick});
  }
  if (c.threshold) {
    const double x = x0 + (x1 - x0) * clamp_value(*c.threshold, max) / max;
    svg.line(x, bottom, x, rows_top - 3, charts::okabe_ito::vermillion, 1.2, layout::LineStyle::dashed);
    const std::string label = (c.threshold_label.empty() ? "" : c.threshold_label + " ") +
                              compact_text(*c.threshold, 1) + c.value_suffix;
    const double w = text_w(label, kTick, true);
    svg.text(std::clamp(x - w / 2, 0.0, std::max(0.0, width - w)), rows_top - 5, label,
             TextSpec{kTick, charts::okabe_ito::vermillion, Anchor::start, true});
  }
  y += draw_legend(&svg, c.legend, width, y + 2);
  return svg.finish(width, y + 4, c.title);
}

std::string stacked_bar_chart(const charts::StackedBarChart& c, double width) {
  Svg svg;
  const double top = draw_title(svg, c.title, width);
  std::vector<double> totals;
  double max = 0;
  for (const std::vector<double>& row : c.values) {
    double t = 0;
    for (const double v : row) t += std::max(0.0, std::isfinite(v) ? v : 0);
    totals.push_back(t);
    max = std::max(max, t);
  }
  const double axis_max = c.normalise ? 100 : std::max(1.0, charts::nice_ticks(max).back());
  const double label_w = label_column(c.labels, width);
  const double row_h = row_height(c.labels, label_w);
  const double x0 = label_w + 4;
  double end_room = 0;
  for (const double t : totals) {
    end_room = std::max(end_room, text_w((c.normalise ? c.count_prefix : "") + compact_text(t, 1), kTick, true));
  }
  const double x1 = std::max(x0 + 40, width - end_room - 8);
  const double rows_top = top + 2;
  const double bottom = rows_top + row_h * static_cast<double>(c.labels.size());
  double y = value_axis(svg, x0, x1, rows_top - 2, bottom, axis_max, c.axis_label,
                        c.normalise ? std::string_view(c.percent_suffix) : std::string_view());
  const double scale = (x1 - x0) / axis_max;
  for (std::size_t i = 0; i < c.labels.size(); ++i) {
    const double mid = rows_top + row_h * (static_cast<double>(i) + 0.5);
    category_label(svg, label_w, mid, c.labels[i], label_w, row_h);
    const std::vector<double> row = at_or(c.values, i, std::vector<double>{});
    std::vector<double> counts;
    for (std::size_t s = 0; s < c.segments.size(); ++s) counts.push_back(std::max(0.0, at_or(row, s, 0.0)));
    const std::vector<int> shares = charts::rounded_percentages(counts);
    double x = x0;
    for (std::size_t s = 0; s < c.segments.size(); ++s) {
      const double value = counts[s];
      const double w = c.normalise ? (totals[i] > 0 ? (x1 - x0) * value / totals[i] : 0) : value * scale;
      if (w <= 0) continue;
      const Color fill = c.segments[s].color;
      svg.rect(x, mid - row_h * 0.34, w, row_h * 0.68, fill);
      const std::string text = c.normalise ? std::to_string(shares[s]) + c.percent_suffix : compact_text(value, 1);
      if (text_w(text, kTick) + 4 <= w) {
        svg.text(x + w / 2, mid + kTick * 0.35, text,
                 TextSpec{kTick, layout::text_color_on(fill, charts::label_color), Anchor::middle});
      }
      x += w;
    }
    if (c.show_totals) {
      const std::string total = c.normalise ? c.count_prefix + compact_text(totals[i], 1) : compact_text(totals[i], 1);
      svg.text((c.normalise ? x1 : x) + 4, mid + kTick * 0.35, total, TextSpec{kTick, charts::label_color, Anchor::start, true});
    }
  }
  std::vector<charts::LegendItem> legend;
  for (const charts::StackedSegment& s : c.segments) legend.push_back({s.name, s.color});
  y += draw_legend(&svg, legend, width, y + 2);
  return svg.finish(width, y + 4, c.title);
}

Color hue_of(const charts::HeatMap& c, std::size_t column) {
  return at_or(c.column_colors, column, charts::okabe_ito::blue);
}

std::string heat_map(const charts::HeatMap& c, double width) {
  Svg svg;
  double y = draw_title(svg, c.title, width);
  double label_w = 0;
  // Rows at the top level are bold where the rows have levels (a clause over its sub-clauses).
  const auto bold_row = [&](std::size_t r) { return !c.row_levels.empty() && at_or(c.row_levels, r, 0) == 0; };
  for (std::size_t r = 0; r < c.rows.size(); ++r) {
    label_w = std::max(label_w, text_w(c.rows[r], kLabel, bold_row(r)) + 8.0 * at_or(c.row_levels, r, 0));
  }
  if (c.scale) label_w = std::max(label_w, text_w(c.scale->title, 7) + 4);  // the legend's title in the same column
  const double cols = static_cast<double>(std::max<std::size_t>(1, c.columns.size()));
  label_w = std::min(label_w + 8, std::max(width * 0.3, width - cols * 56));
  const double cell_w = std::min(90.0, (width - label_w) / cols);
  const double x0 = label_w;
  constexpr double kCellH = 15;
  // Column headers, two lines at most.
  const double head_h = 2 * kLabel * 1.2 + 4;
  for (std::size_t col = 0; col < c.columns.size(); ++col) {
    const std::vector<std::string> ls = wrap(c.columns[col], kLabel, cell_w - 4, 2, true);
    const double cx = x0 + cell_w * (static_cast<double>(col) + 0.5);
    svg.lines(cx, y + head_h - 4 - kLabel * 1.2 * static_cast<double>(ls.size() - 1), ls,
              TextSpec{kLabel, charts::label_color, Anchor::middle, true}, kLabel * 1.2);
  }
  y += head_h + 2;
  double max = 0;
  for (const std::vector<double>& row : c.values) {
    for (const double v : row) max = std::max(max, std::isfinite(v) ? v : 0);
  }
  for (std::size_t r = 0; r < c.rows.size(); ++r) {
    const double indent = 8.0 * at_or(c.row_levels, r, 0);
    svg.text(indent + 2, y + kCellH / 2 + kLabel * 0.35, fit(c.rows[r], kLabel, label_w - indent - 6, bold_row(r)),
             TextSpec{kLabel, charts::label_color, Anchor::start, bold_row(r)});
    const std::vector<double> row = at_or(c.values, r, std::vector<double>{});
    for (std::size_t col = 0; col < c.columns.size(); ++col) {
      const double v = std::max(0.0, at_or(row, col, 0.0));
      const double intensity = c.scale ? at_or(c.scale->bands, charts::heat_band(*c.scale, v), charts::HeatBand{}).intensity
                                       : (max > 0 ? v / max : 0);
      const Color fill = charts::heat_fill(hue_of(c, col), intensity);
      const double x = x0 + cell_w * static_cast<double>(col);
      svg.rect(x + 0.75, y + 0.75, cell_w - 1.5, kCellH - 1.5, fill);
      svg.text(x + cell_w / 2, y + kCellH / 2 + 8.5 * 0.35, compact_text(v, 1),
               TextSpec{8.5, layout::text_color_on(fill, charts::label_color), Anchor::middle, v > 0});
    }
    y += kCellH;
  }
  if (c.scale && !c.scale->bands.empty()) {
    // The fixed scale: the bands' labels over a row of swatches per hue.
    std::vector<std::size_t> hues;
    for (std::size_t col = 0; col < c.columns.size(); ++col) {
      const bool seen = std::any_of(hues.begin(), hues.end(), [&](std::size_t h) { return hue_of(c, h) == hue_of(c, col); });
      if (!seen) hues.push_back(col);
    }
    if (hues.empty()) hues.push_back(0);
    constexpr double kRow = 11;
    const double sw = std::min(30.0, (width - x0) / static_cast<double>(c.scale->bands.size()));
    y += 8;
    svg.text(label_w - 6, y + kRow - 3, fit(c.scale->title, 7, label_w - 8), TextSpec{7, charts::label_color, Anchor::end});
    for (std::size_t b = 0; b < c.scale->bands.size(); ++b) {
      svg.text(x0 + sw * (static_cast<double>(b) + 0.5), y + kRow - 3, fit(c.scale->bands[b].label, 7, sw - 2),
               TextSpec{7, charts::tick_color, Anchor::middle});
    }
    y += kRow;
    for (const std::size_t h : hues) {
      if (hues.size() > 1) {
        svg.text(label_w - 6, y + kRow - 3, fit(at_or(c.columns, h, std::string()), 7, label_w - 8),
                 TextSpec{7, charts::label_color, Anchor::end});
      }
      for (std::size_t b = 0; b < c.scale->bands.size(); ++b) {
        svg.rect(x0 + sw * static_cast<double>(b) + 0.75, y + 1, sw - 1.5, kRow - 2,
                 charts::heat_fill(hue_of(c, h), c.scale->bands[b].intensity));
      }
      y += kRow;
    }
  }
  if (!c.note.empty()) {
    const std::vector<std::string> ls = wrap(c.note, 7, width, 3);
    svg.lines(0, y + 12, ls, TextSpec{7, charts::tick_color}, 9);
    y += 6 + 9 * static_cast<double>(ls.size());
  }
  return svg.finish(width, y + 6, c.title);
}

std::string radar_chart(const charts::RadarChart& c, double width, double height) {
  Svg svg;
  const double top = draw_title(svg, c.title, width);
  std::vector<charts::LegendItem> legend;
  for (const charts::RadarSeries& s : c.series) {
    legend.push_back({s.name, s.color,
                      s.filled ? charts::Swatch::box
                               : (s.line == layout::LineStyle::solid ? charts::Swatch::line : charts::Swatch::dashed_line)});
  }
  const double legend_h = draw_legend(nullptr, legend, width, 0);
  if (height <= 0) height = std::min(width * 0.72, 380.0);
  const double plot_h = std::max(120.0, height - top - legend_h);
  const double label_w = std::min(110.0, width * 0.22);
  const double r = std::max(30.0, std::min((width - 2 * label_w) / 2 - 12, plot_h / 2 - 30));
  const double cx = width / 2;
  const double cy = top + plot_h / 2;
  const std::size_t axes = std::max<std::size_t>(c.axes.size(), 1);
  const double max = c.max > 0 ? c.max : 1;
  const int rings = std::max(1, c.rings);
  const auto point = [&](std::size_t i, double v) {
    const double a = -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(axes);
    const double d = r * clamp_value(v, max) / max;
    return std::pair<double, double>{cx + d * std::cos(a), cy + d * std::sin(a)};
  };
  for (int k = 1; k <= rings; ++k) {
    const double v = max * k / rings;
    std::vector<std::pair<double, double>> ring;
    for (std::size_t i = 0; i < axes; ++i) ring.push_back(point(i, v));
    svg.poly(ring, true, charts::grid_color, 0.6, layout::LineStyle::solid);
    svg.text(cx + 2, cy - r * k / rings - 1.5, compact_text(v, 1), TextSpec{6.5, charts::tick_color});
  }
  for (std::size_t i = 0; i < c.axes.size(); ++i) {
    const auto [x, y] = point(i, max);
    svg.line(cx, cy, x, y, charts::axis_color, 0.5);
    const double a = -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(axes);
    const double lx = cx + (r + 8) * std::cos(a);
    const double ly = cy + (r + 8) * std::sin(a);
    const Anchor anchor = std::cos(a) > 0.3 ? Anchor::start : (std::cos(a) < -0.3 ? Anchor::end : Anchor::middle);
    const std::vector<std::string> ls = wrap(c.axes[i], kLabel, label_w, 3);
    const double lead = kLabel * 1.15;
    const double block = lead * static_cast<double>(ls.size());
    double first = ly + kLabel * 0.35 - (block - lead) / 2;
    if (std::sin(a) < -0.5) first = ly - block + lead;          // above the top
    if (std::sin(a) > 0.5) first = ly + kLabel;                   // below the bottom
    svg.lines(lx, first, ls, TextSpec{kLabel, charts::label_color, anchor}, lead);
  }
  for (const charts::RadarSeries& s : c.series) {
    std::vector<std::pair<double, double>> pts;
    for (std::size_t i = 0; i < axes; ++i) pts.push_back(point(i, at_or(s.values, i, 0.0)));
    svg.poly(pts, true, s.color, s.filled ? 1.2 : 1.5, s.line, s.filled ? css(s.color) : "none", s.filled ? 0.25 : 1);
    for (const auto& p : pts) svg.circle(p.first, p.second, 1.8, s.color);
  }
  draw_legend(&svg, legend, width, top + plot_h + 2);
  return svg.finish(width, top + plot_h + legend_h + 4, c.title);
}

std::string capability_chart(const charts::CapabilityChart& c, double width) {
  Svg svg;
  const double top = draw_title(svg, c.title, width);
  const int max_level = std::max(1, c.max_level);
  std::vector<std::string> labels;
  for (const charts::CapabilityRow& row : c.rows) labels.push_back(row.label);
  const double label_w = label_column(labels, width, 0.36);
  double note_w = 0;
  for (const charts::CapabilityRow& row : c.rows) {
    if (!row.target) continue;
    const bool below = row.achieved < *row.target;
    note_w = std::max(note_w, text_w(charts::capability_note(below ? c.gap_text : c.met_text, *row.target, row.achieved), 7));
  }
  note_w = std::min(note_w + 4, width * 0.24);
  const double x0 = label_w + 4;
  const double x1 = std::max(x0 + 60, width - note_w - 20);
  const auto x_of = [&](double v) { return x0 + (x1 - x0) * clamp_value(v, max_level) / max_level; };
  constexpr double kRow = 18;
  const double rows_top = top + 2;
  const double bottom = rows_top + kRow * static_cast<double>(c.rows.size());
  bool below_any = false;
  for (int l = 0; l <= max_level; ++l) {
    const double x = x_of(l);
    svg.line(x, rows_top - 2, x, bottom, charts::grid_color, 0.5);
    svg.text(x, bottom + 10, std::to_string(l), TextSpec{kTick, charts::tick_color, Anchor::middle, true});
    if (static_cast<std::size_t>(l) < c.level_labels.size()) {
      const std::vector<std::string> ls = wrap(c.level_labels[static_cast<std::size_t>(l)], 6, (x1 - x0) / max_level - 1, 2);
      svg.lines(x, bottom + 19, ls, TextSpec{6, charts::tick_color, Anchor::middle}, 7);
    }
  }
  svg.line(x0, rows_top - 2, x0, bottom, charts::axis_color, 0.8);
  for (std::size_t i = 0; i < c.rows.size(); ++i) {
    const charts::CapabilityRow& row = c.rows[i];
    const double mid = rows_top + kRow * (static_cast<double>(i) + 0.5);
    category_label(svg, label_w, mid, row.label, label_w, kRow);
    const bool below = row.target && row.achieved < *row.target;
    below_any = below_any || below;
    const double x = x_of(row.achieved);
    svg.rect(x0, mid - 4.5, x - x0, 9, below ? c.below_target_color : c.achieved_color);
    double value_x = x + 3;
    if (row.target) {
      const double tx = x_of(*row.target);
      svg.line(tx, mid - 7, tx, mid + 7, c.target_color, 1.2);
      svg.marker(charts::Marker::diamond, tx, mid, 7, c.target_color);
      if (std::abs(tx - x) < 8) value_x = std::max(x, tx) + 6;
      const std::string note = charts::capability_note(below ? c.gap_text : c.met_text, *row.target, row.achieved);
      svg.text(x1 + 16, mid + 7 * 0.35, fit(note, 7, note_w), TextSpec{7, below ? c.below_target_color : charts::tick_color});
    }
    svg.text(value_x, mid + kTick * 0.35, compact_text(row.achieved, 1), TextSpec{kTick});
  }
  double y = bottom + (c.level_labels.empty() ? 16 : 36);
  std::vector<charts::LegendItem> legend{{c.achieved_label, c.achieved_color},
                                         {c.target_label, c.target_color, charts::Swatch::marker, charts::Marker::diamond}};
  if (below_any) legend.push_back({c.below_target_label, c.below_target_color});
  y += draw_legend(&svg, legend, width, y);
  return svg.finish(width, y + 4, c.title);
}

long first_of_month(long day) {
  charts::ChartDate d = charts::date_of_days(day);
  d.day = 1;
  return charts::days_since_epoch(d, "timeline chart");
}

long first_of_next_month(long day) {
  charts::ChartDate d = charts::date_of_days(day);
  d.day = 1;
  if (++d.month > 12) {
    d.month = 1;
    ++d.year;
  }
  return charts::days_since_epoch(d, "timeline chart");
}

std::string timeline_chart(const charts::TimelineChart& c, double width) {
  constexpr const char* kChart = "timeline chart";
  Svg svg;
  double y = draw_title(svg, c.title, width);
  // The days shown, as the PDF's timeline chooses them: `from` .. `to`, else whole months around all.
  long lo = 0;
  long hi = 1;
  bool any = false;
  const auto take = [&](long a, long b) {
    lo = any ? std::min(lo, a) : a;
    hi = any ? std::max(hi, b) : b;
    any = true;
  };
  for (const charts::TimelineItem& item : c.items) {
    take(charts::days_since_epoch(item.start, kChart), charts::days_since_epoch(item.end, kChart) + 1);
  }
  for (const charts::TimelineMilestone& m : c.milestones) {
    const long d = charts::days_since_epoch(m.date, kChart);
    take(d, d + 1);
  }
  long first = first_of_month(lo);
  long end = first_of_next_month(std::max(lo, hi - 1));
  if (c.from) first = charts::days_since_epoch(*c.from, kChart);
  if (c.to) end = charts::days_since_epoch(*c.to, kChart) + 1;
  if (end <= first) end = first + 1;
  // Rows: a heading row before each run of items of one group.
  struct Row {
    std::string label;
    const charts::TimelineItem* item = nullptr;
  };
  std::vector<Row> rows;
  std::string group;
  for (const charts::TimelineItem& item : c.items) {
    if (!item.group.empty() && item.group != group) rows.push_back({item.group, nullptr});
    group = item.group;
    rows.push_back({item.label, &item});
  }
  double label_w = 0;
  for (const Row& row : rows) label_w = std::max(label_w, text_w(row.label, kLabel, row.item == nullptr) + (row.item && !row.item->group.empty() ? 8 : 0));
  label_w = std::min(label_w + 8, width * 0.4);
  const double x0 = label_w + 4;
  const double x1 = width - 10;
  const auto x_of = [&](long day) {
    return x0 + (x1 - x0) * static_cast<double>(std::clamp(day, first, end) - first) / static_cast<double>(end - first);
  };
  // Milestone labels on top, then the years and the months.
  // Milestone labels in up to two rows, each where it fits beside the ones before it.
  struct Placed {
    std::string label;
    double left = 0;
    int row = 0;
  };
  std::vector<Placed> placed;
  std::vector<double> row_right{-1e9, -1e9};
  for (const charts::TimelineMilestone& m : c.milestones) {
    const long d = charts::days_since_epoch(m.date, kChart);
    const std::string label = fit(m.label, 7, std::min(140.0, x1 - x0), true);
    const double w = text_w(label, 7, true);
    const double x = (x_of(d) + x_of(d + 1)) / 2;
    const double left = std::clamp(x - w / 2, 0.0, std::max(0.0, width - w));
    const int row = left >= row_right[0] + 4 ? 0 : (left >= row_right[1] + 4 ? 1 : 0);
    row_right[static_cast<std::size_t>(row)] = left + w;
    placed.push_back({label, left, row});
  }
  const bool two_rows = std::any_of(placed.begin(), placed.end(), [](const Placed& p) { return p.row == 1; });
  const double milestone_top = y;
  if (!c.milestones.empty()) y += two_rows ? 21 : 12;
  const double calendar_top = y;
  y += 24;
  const double rows_top = y;
  constexpr double kRow = 14;
  const double bottom = rows_top + kRow * static_cast<double>(rows.size());
  int last_year = 0;
  for (long m = first_of_month(first); m < end; m = first_of_next_month(m)) {
    const charts::ChartDate d = charts::date_of_days(m);
    const long next = first_of_next_month(m);
    const double a = x_of(m);
    const double b = x_of(next);
    if (m >= first) svg.line(a, calendar_top + 12, a, bottom, charts::grid_color, 0.5);
    const std::string name = at_or(std::vector<std::string>(c.month_names.begin(), c.month_names.end()),
                                   static_cast<std::size_t>(d.month - 1), std::string());
    if (text_w(name, 7) + 2 <= b - a) {
      svg.text((a + b) / 2, calendar_top + 21, name, TextSpec{7, charts::tick_color, Anchor::middle});
    }
    if (d.year != last_year) {
      svg.text(std::max(a, x0) + 1, calendar_top + 9, std::to_string(d.year), TextSpec{7, charts::label_color, Anchor::start, true});
      last_year = d.year;
    }
  }
  svg.line(x0, calendar_top + 12, x1, calendar_top + 12, charts::axis_color, 0.5);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    const double top = rows_top + kRow * static_cast<double>(i);
    const double mid = top + kRow / 2;
    if (row.item == nullptr) {
      svg.rect(0, top + 0.5, width, kRow - 1, layout::hex(0xF2F5F9));
      svg.text(2, mid + kLabel * 0.35, fit(row.label, kLabel, width - 4, true), TextSpec{kLabel, charts::title_color, Anchor::start, true});
      continue;
    }
    const charts::TimelineItem& item = *row.item;
    const double indent = item.group.empty() ? 0 : 8;
    svg.text(indent + 2, mid + kLabel * 0.35, fit(row.label, kLabel, label_w - indent - 4), TextSpec{kLabel});
    const long s = charts::days_since_epoch(item.start, kChart);
    const long e = charts::days_since_epoch(item.end, kChart) + 1;
    if (e <= first || s >= end) continue;
    const double a = x_of(s);
    const double b = std::max(x_of(e), a + 1.5);
    const charts::TimelinePhase phase = at_or(c.phases, item.phase, charts::TimelinePhase{"", charts::okabe_ito::blue});
    svg.rect(a, top + 2.5, b - a, kRow - 5, phase.color);
    if (c.label_bars && text_w(phase.name, 6.5) + 4 <= b - a) {
      svg.text((a + b) / 2, mid + 6.5 * 0.35, phase.name,
               TextSpec{6.5, layout::text_color_on(phase.color, charts::label_color), Anchor::middle});
    }
    if (item.overdue) svg.marker(charts::Marker::alert, std::min(b + 6, width - 5), mid, 8, charts::okabe_ito::vermillion);
  }
  for (std::size_t i = 0; i < c.milestones.size(); ++i) {
    const charts::TimelineMilestone& m = c.milestones[i];
    const long d = charts::days_since_epoch(m.date, kChart);
    if (d < first || d >= end) continue;
    const double x = (x_of(d) + x_of(d + 1)) / 2;
    const double label_y = milestone_top + 8 + 9 * placed[i].row;
    svg.line(x, label_y + 3, x, calendar_top + 4, m.color, 0.8, layout::LineStyle::solid);
    svg.line(x, rows_top, x, bottom, m.color, 1.1, layout::LineStyle::dashed);
    svg.text(placed[i].left, label_y, placed[i].label, TextSpec{7, m.color, Anchor::start, true});
  }
  y = bottom + 8;
  std::vector<charts::LegendItem> legend;
  for (const charts::TimelinePhase& p : c.phases) legend.push_back({p.name, p.color});
  const bool overdue = std::any_of(c.items.begin(), c.items.end(), [](const charts::TimelineItem& i) { return i.overdue; });
  if (overdue) {
    legend.push_back({c.overdue_label, charts::okabe_ito::vermillion, charts::Swatch::marker, charts::Marker::alert});
  }
  y += draw_legend(&svg, legend, width, y);
  return svg.finish(width, y + 4, c.title);
}

std::string trend_chart(const charts::TrendChart& c, double width) {
  constexpr const char* kChart = "trend chart";
  Svg svg;
  const double top = draw_title(svg, c.title, width);
  const double max = c.max > 0 ? c.max : 1;
  std::vector<std::string> labels = c.date_labels;
  if (labels.empty()) {
    bool repeats = false;
    for (std::size_t i = 1; i < c.dates.size(); ++i) {
      repeats = repeats || (c.dates[i].year == c.dates[i - 1].year && c.dates[i].month == c.dates[i - 1].month);
    }
    for (const charts::ChartDate& d : c.dates) {
      const std::string month = c.month_names[static_cast<std::size_t>(std::clamp(d.month, 1, 12) - 1)];
      labels.push_back((repeats ? std::to_string(d.day) + " " : std::string()) + month + " " + std::to_string(d.year));
    }
  }
  double widest = 0;
  for (const std::string& l : labels) widest = std::max(widest, text_w(l, kTick));
  const double axis_w = text_w(compact_text(max, 1) + c.value_suffix, kTick) + 8;
  const double x0 = axis_w + 14;
  const double x1 = width - 8;
  const double px0 = x0 + widest / 2 + 4;
  const double px1 = std::max(px0 + 1, x1 - widest / 2 - 4);
  // By time, then at least a label's width apart where they would crowd.
  std::vector<double> xs;
  if (!c.dates.empty()) {
    const long d0 = charts::days_since_epoch(c.dates.front(), kChart);
    const long d1 = charts::days_since_epoch(c.dates.back(), kChart);
    for (const charts::ChartDate& d : c.dates) {
      const long day = charts::days_since_epoch(d, kChart);
      xs.push_back(d1 > d0 ? px0 + (px1 - px0) * static_cast<double>(day - d0) / static_cast<double>(d1 - d0) : (px0 + px1) / 2);
    }
    const double step = std::min(widest + 6, (px1 - px0) / static_cast<double>(std::max<std::size_t>(1, xs.size() - 1)));
    for (std::size_t i = 1; i < xs.size(); ++i) xs[i] = std::max(xs[i], xs[i - 1] + step);
    xs.back() = std::min(xs.back(), px1);
    for (std::size_t i = xs.size() - 1; i-- > 0;) xs[i] = std::min(xs[i], xs[i + 1] - step);
  }
  const double plot_top = top + 6;
  const double plot_h = std::min(200.0, width * 0.4);
  const double bottom = plot_top + plot_h;
  const auto y_of = [&](double v) { return bottom - plot_h * clamp_value(v, max) / max; };
  for (const double t : charts::nice_ticks(max)) {
    if (t > max + 1e-9) break;
    svg.line(x0, y_of(t), x1, y_of(t), charts::grid_color, 0.5);
    svg.text(x0 - 4, y_of(t) + kTick * 0.35, compact_text(t, 1) + c.value_suffix, TextSpec{kTick, charts::tick_color, Anchor::end});
  }
  svg.line(x0, bottom, x1, bottom, charts::axis_color, 0.8);
  if (!c.axis_label.empty()) {
    // Up the left edge: the text turned a quarter anticlockwise about the origin.
    Svg rotated;
    rotated.text(-(plot_top + bottom) / 2, 8, fit(c.axis_label, kTick, plot_h),
                 TextSpec{kTick, charts::tick_color, Anchor::middle});
    svg.group("rotate(-90)", rotated);
  }
  for (std::size_t i = 0; i < xs.size(); ++i) {
    svg.line(xs[i], bottom, xs[i], bottom + 3, charts::axis_color, 0.6);
    svg.text(xs[i], bottom + 12, at_or(labels, i, std::string()), TextSpec{kTick, charts::tick_color, Anchor::middle});
  }
  std::vector<charts::LegendItem> legend;
  if (c.threshold) {
    const double ty = y_of(*c.threshold);
    svg.line(x0, ty, x1, ty, charts::okabe_ito::vermillion, 1.1, layout::LineStyle::dashed);
    legend.push_back({c.threshold_label + (c.threshold_label.empty() ? "" : " ") + compact_text(*c.threshold, 1) +
                          c.value_suffix,
                      charts::okabe_ito::vermillion, charts::Swatch::dashed_line});
  }
  constexpr std::array<charts::Marker, 4> kMarkers{charts::Marker::circle, charts::Marker::square,
                                                   charts::Marker::triangle, charts::Marker::diamond};
  for (std::size_t s = 0; s < c.series.size(); ++s) {
    const charts::TrendSeries& series = c.series[s];
    const charts::Marker marker = kMarkers[s % kMarkers.size()];
    std::vector<std::pair<double, double>> pts;
    for (std::size_t i = 0; i < xs.size(); ++i) pts.push_back({xs[i], y_of(at_or(series.values, i, 0.0))});
    svg.poly(pts, false, series.color, 1.5, series.line);
    for (const auto& p : pts) svg.marker(marker, p.first, p.second, 6, series.color);
    legend.push_back({series.name, series.color,
                      series.line == layout::LineStyle::solid ? charts::Swatch::line : charts::Swatch::dashed_line, marker});
  }
  // The values over their points, stacked upwards where the series lie close together.
  for (std::size_t i = 0; c.label_values && i < xs.size(); ++i) {
    std::vector<std::pair<double, std::size_t>> at;  // (y of the point, series), lowest point first
    for (std::size_t s = 0; s < c.series.size(); ++s) at.push_back({y_of(at_or(c.series[s].values, i, 0.0)), s});
    std::sort(at.begin(), at.end(), [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    // The lowest value under its point, where there are others above it; the rest above theirs.
    double above = 1e9;
    for (std::size_t k = 0; k < at.size(); ++k) {
      const double y = at[k].first;
      const std::size_t s = at[k].second;
      const bool under = k == 0 && at.size() > 1 && y + 12 < bottom;
      const double label_y = under ? y + 11 : std::min(y - 6, above - 8);
      if (!under) above = label_y;
      svg.text(xs[i], label_y, compact_text(at_or(c.series[s].values, i, 0.0), 1) + c.value_suffix,
               TextSpec{6.5, c.series[s].color, Anchor::middle, true});
    }
  }
  double y = bottom + 20;
  y += draw_legend(&svg, legend, width, y);
  return svg.finish(width, y + 4, c.title);
}

// ---------------------------------------------------------------------------------------------
// The document

// The text width of the PDF's pages (the page less the layout's default margins): the width the
// SVG charts are drawn for (they scale to the screen's width).
double text_width(const Template& tmpl) {
  const layout::Margins margins;
  return (tmpl.page == PageSize::letter ? 612.0 : 595.28) - margins.left - margins.right;
}

std::string base64(std::string_view bytes) {
  static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t v = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    if (i + 2 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 2]);
    out += digits[(v >> 18) & 63];
    out += digits[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? digits[(v >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? digits[v & 63] : '=';
  }
  return out;
}

// The logo as a data: URI, read and checked as the PDF layer reads it (layout/image.cc).
std::string logo_uri(const std::filesystem::path& path) {
  const std::string name = path.string();
  InputRead in = read_input_file(name, kImageInput);
  if (!in.ok()) {
    throw layout::LayoutError(name + ": " + (in.error == "no such file" ? std::string("image file not found") : in.error));
  }
  if (in.bytes.empty()) throw layout::LayoutError(name + ": the image file is empty");
  const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(in.bytes.data()), in.bytes.size());
  const layout::ImageFormat format = layout::check_image(bytes, name);
  if (format == layout::ImageFormat::unknown) throw layout::LayoutError(name + ": cannot load image");
  return std::string("data:image/") + (format == layout::ImageFormat::png ? "png" : "jpeg") + ";base64," +
         base64(in.bytes);
}

// "Page {page} of {pages}" as CSS content: "Page " counter(page) " of " counter(pages).
std::string page_number_content(const std::string& format) {
  std::string out;
  std::size_t at = 0;
  while (at < format.size()) {
    const std::size_t page = format.find("{page}", at);
    const std::size_t pages = format.find("{pages}", at);
    const std::size_t next = std::min(page, pages);
    if (next > at) out += (out.empty() ? "" : " ") + css_string(format.substr(at, next == std::string::npos ? std::string::npos : next - at));
    if (next == std::string::npos) break;
    out += (out.empty() ? "" : " ") + std::string(next == pages ? "counter(pages)" : "counter(page)");
    at = next + (next == pages ? 7 : 6);
  }
  return out.empty() ? "none" : out;
}

std::string style_sheet(const ReportContent& content, const Template& tmpl, const layout::Theme& theme) {
  const layout::PageDecoration& d = content.decoration;
  const layout::Margins m;
  const std::string muted = css(theme.muted);
  const std::string box = "font-size: " + n(theme.small_size) + "pt; color: " + muted + "; ";
  const auto margin_box = [&](const char* where, const std::string& text) {
    return text.empty() ? std::string() : "  @" + std::string(where) + " { content: " + css_string(text) + "; " + box + "}\n";
  };
  const std::string number = d.page_number_format.empty()
                                 ? std::string()
                                 : "  @bottom-right { content: " + page_number_content(d.page_number_format) + "; " + box + "}\n";
  std::string s;
  s += "@page { size: " + std::string(tmpl.page == PageSize::letter ? "letter" : "A4") + "; margin: " + n(m.top) + "pt " +
       n(m.right) + "pt " + n(m.bottom) + "pt " + n(m.left) + "pt;\n" + margin_box("top-left", d.header_left) +
       margin_box("top-right", d.header_right) + margin_box("bottom-left", d.footer_left) +
       margin_box("bottom-center", d.footer_center) + number + "}\n";
  s += "@page cover {\n" + (d.number_plain_pages ? number : std::string("  @bottom-right { content: none; }\n")) +
       "  @top-left { content: none; } @top-right { content: none; }\n"
       "  @bottom-left { content: none; } @bottom-center { content: none; }\n}\n";
  const std::string ink = css(theme.ink);
  const std::string primary = css(theme.primary);
  const std::string accent = css(theme.accent);
  const std::string rule = css(theme.rule);
  s += "html { font-family: 'DejaVu Sans', sans-serif; font-size: " + n(theme.body_size) + "pt; line-height: " +
       n(theme.line_height) + "; color: " + ink + "; }\n"
       "body { margin: 0; }\n"
       "p { margin: 0 0 " + n(theme.paragraph_space) + "pt; orphans: 2; widows: 2; }\n"
       "p.small, .caption.small { font-size: " + n(theme.small_size) + "pt; color: " + muted + "; line-height: 1.3; }\n"
       "h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }\n"
       "h1 { font-size: " + n(theme.h1.text.size) + "pt; color: " + css(theme.h1.text.color) + "; line-height: 1.25; margin: 0 0 " +
       n(theme.h1.space_after) + "pt; padding-bottom: 3pt; border-bottom: 1pt solid " + accent + "; bookmark-level: 1; }\n"
       "h2 { font-size: " + n(theme.h2.text.size) + "pt; color: " + css(theme.h2.text.color) + "; line-height: 1.3; margin: " +
       n(theme.h2.space_before) + "pt 0 " + n(theme.h2.space_after) + "pt; bookmark-level: 2; }\n"
       "h3 { font-size: " + n(theme.h3.text.size) + "pt; color: " + css(theme.h3.text.color) + "; line-height: 1.3; margin: " +
       n(theme.h3.space_before) + "pt 0 " + n(theme.h3.space_after) + "pt; bookmark-level: 3; }\n"
       "ul { margin: 0 0 " + n(theme.paragraph_space) + "pt; padding-left: 14pt; }\n"
       "li { margin: 0 0 2pt; }\n"
       "section.body + section.body { margin-top: 24pt; }\n";
  if (content.section_page_breaks) s += "section.body { break-before: page; page-break-before: always; }\n";
  // Tables: header rows repeated on every page (thead), rows kept whole where they fit.
  s += "table.data { width: 100%; border-collapse: collapse; margin: 2pt 0 10pt; font-size: " + n(theme.table_size) +
       "pt; line-height: 1.3; }\n"
       "table.data thead { display: table-header-group; }\n"
       "table.data tr { break-inside: avoid; page-break-inside: avoid; }\n"
       "table.data th { background: " + primary + "; color: " + css(theme.header_text) +
       "; font-weight: bold; padding: 3.5pt 4pt; vertical-align: bottom; }\n"
       "table.data td { padding: 3.5pt 4pt; vertical-align: top; border-bottom: 0.5pt solid " + rule + "; }\n"
       "table.data .w { white-space: nowrap; }\n"
       "table.zebra tbody tr:nth-child(even) td { background: " + css(theme.zebra) + "; }\n"
       "table.data tr.total td { border-top: 1pt solid " + ink + "; break-before: avoid; page-break-before: avoid; }\n"
       "table.data .entry { display: block; }\n"
       "p.caption { break-after: avoid; page-break-after: avoid; }\n"
       ".l { text-align: left; } .c { text-align: center; } .r { text-align: right; } .j { text-align: justify; }\n";
  // Key figures, banners, charts.
  s += ".tiles { display: flex; margin: 4pt 0 12pt; break-inside: avoid; }\n"
       ".tile + .tile { margin-left: 8pt; }\n"
       ".tile { flex: 1 1 0; border-top: 3pt solid " + accent + "; background: #F7F9FB; padding: 6pt 7pt; }\n"
       ".tile .label { font-size: 8pt; color: " + muted + "; text-transform: uppercase; letter-spacing: 0.3pt; }\n"
       ".tile .value { font-size: 17pt; font-weight: bold; line-height: 1.2; margin: 2pt 0; }\n"
       ".tile .note { font-size: 7.5pt; color: " + muted + "; line-height: 1.3; }\n"
       ".banner { border-left: 6pt solid " + accent + "; background: #F7F9FB; padding: 7pt 10pt; margin: 4pt 0 12pt; break-inside: avoid; }\n"
       ".banner .title { font-weight: bold; font-size: 11pt; }\n"
       "figure.chart { margin: 4pt 0 12pt; break-inside: avoid; page-break-inside: avoid; }\n"
       "figure.chart svg { display: block; max-width: 100%; height: auto; }\n";
  // The cover and the contents.
  s += "section.cover { page: cover; break-after: page; page-break-after: always; position: relative; }\n"
       ".cover .top { display: flex; justify-content: space-between; align-items: flex-start; min-height: 56pt; }\n"
       ".cover .logo { max-width: 170pt; max-height: 56pt; }\n"
       ".cover .classification { font-size: 8.5pt; font-weight: bold; color: " + accent + "; margin-left: auto; }\n"
       ".cover .band { background: " + primary + "; border-left: 10pt solid " + accent +
       "; color: #FFFFFF; padding: 38pt 24pt; margin: 110pt -" + n(m.right) + "pt 36pt -" + n(m.left) + "pt; }\n"
       ".cover .band .rule { width: 56pt; border-top: 2.5pt solid #56B4E9; margin-bottom: 12pt; }\n"
       ".cover .title { font-size: 26pt; font-weight: bold; line-height: 1.2; margin: 0 0 10pt; }\n"
       ".cover .subtitle { font-size: 13pt; color: #C9D6E8; line-height: 1.35; margin: 0; }\n"
       ".cover .organisation { font-size: 16pt; font-weight: bold; color: " + primary + "; margin: 0 0 4pt; }\n"
       ".cover .date { font-size: 11pt; color: " + muted + "; margin: 0 0 14pt; }\n"
       ".cover table.details { border-collapse: collapse; font-size: 9.5pt; margin-bottom: 14pt; }\n"
       ".cover table.details th { text-align: left; font-size: 9pt; color: " + muted + "; padding: 1pt 14pt 1pt 0; vertical-align: top; }\n"
       ".cover table.details td { padding: 1pt 0; }\n"
       ".cover .badge { display: inline-block; font-weight: bold; font-size: 11pt; padding: 6pt 12pt; }\n"
       ".cover .prepared { margin-top: 60pt; border-top: 0.5pt solid " + rule + "; padding-top: 8pt; font-size: 9.5pt; }\n"
       ".cover .prepared .label { font-size: 8pt; font-weight: bold; color: " + muted + "; margin: 0 0 2pt; }\n"
       "nav.contents { break-after: page; page-break-after: always; }\n"
       "nav.contents ol { list-style: none; margin: 0; padding: 0; }\n"
       "nav.contents li { margin: 0 0 3pt; }\n"
       "nav.contents li.l1 { font-weight: bold; margin-top: 5pt; }\n"
       "nav.contents li.l2 { padding-left: 14pt; font-size: 9pt; }\n"
       "nav.contents a { color: " + ink + "; text-decoration: none; }\n"
       "@media print {\n"
       "  nav.contents a::after { content: leader('.') target-counter(attr(href), page); }\n"
       "}\n"
       "@media screen {\n"
       "  body { max-width: 52em; margin: 2em auto; padding: 0 1.5em; }\n"
       "  section.cover { border-bottom: 1px solid " + rule + "; padding-bottom: 2em; margin-bottom: 2em; }\n"
       "  .cover .band { margin: 2em 0; }\n"
       "  .cover .prepared { margin-top: 2em; }\n"
       "  section.body { margin-top: 3em; }\n"
       "}\n";
  return s;
}

const char* align_class(layout::Align a) {
  switch (a) {
    case layout::Align::left: return "l";
    case layout::Align::center: return "c";
    case layout::Align::right: return "r";
  }
  return "l";
}

// A cell's text, escaped, with its line breaks, and its hyphenated words (identifiers such as
// "F-8.2.6-GP" or "DOC-PORT-SERVICE-REQUIREMENTS") never broken at their hyphens: the column is as
// wide as its widest word, as in the PDF.
std::string cell_text(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find_first_of(" \n", start), text.size());
    const std::string_view word = text.substr(start, end - start);
    const bool keep = word.find('-') != std::string_view::npos && chars(word) <= 40;
    out += keep ? "<span class=\"w\">" + esc(word) + "</span>" : esc(word);
    if (end < text.size()) out += text[end] == '\n' ? "<br/>" : " ";
    start = end + 1;
  }
  return out;
}

void write_table(std::string& o, const TableBlock& block, const Template& tmpl, const layout::Theme& theme) {
  const layout::Table& t = block.table;
  if (!block.caption.empty()) {
    o += std::string("<p class=\"caption") + (block.caption_role == TextRole::small ? " small" : "") + "\">" +
         esc_lines(block.caption) + "</p>\n";
  }
  o += std::string("<table class=\"data") + (t.zebra ? " zebra" : "") + "\"";
  if (t.font_size > 0) o += " style=\"font-size: " + n(t.font_size) + "pt\"";
  o += ">\n<colgroup>";
  // Fixed columns in points, shared ones as their part of what the fixed ones leave.
  const double width = text_width(tmpl);
  double fixed = 0;
  double shares = 0;
  for (const layout::TableColumn& c : t.columns) {
    (c.width.kind == layout::ColumnWidth::Kind::points ? fixed : shares) += std::max(0.0, c.width.value);
  }
  for (const layout::TableColumn& c : t.columns) {
    if (c.width.kind == layout::ColumnWidth::Kind::points) {
      o += "<col style=\"width: " + n(c.width.value) + "pt\"/>";
    } else {
      const double share = shares > 0 ? std::max(0.0, c.width.value) / shares * std::max(0.0, width - fixed) / width : 0;
      o += "<col style=\"width: " + n(share * 100) + "%\"/>";
    }
  }
  o += "</colgroup>\n";
  if (t.header) {
    o += "<thead><tr>";
    for (const layout::TableColumn& c : t.columns) {
      o += std::string("<th class=\"") + align_class(c.align) + "\">" + esc_lines(c.header) + "</th>";
    }
    o += "</tr></thead>\n";
  }
  o += "<tbody>\n";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const layout::TableRow& row = t.rows[r];
    o += t.total_row && r + 1 == t.rows.size() ? "<tr class=\"total\">" : "<tr>";
    for (std::size_t col = 0; col < std::max(row.size(), t.columns.size()); ++col) {
      if (col >= row.size()) {
        o += "<td></td>";
        continue;
      }
      const layout::TableCell& cell = row[col];
      const layout::Align align = cell.align ? *cell.align : (col < t.columns.size() ? t.columns[col].align : layout::Align::left);
      std::string style;
      if (cell.fill) {
        style += "background: " + css(*cell.fill) + "; ";
        if (!cell.color) style += "color: " + css(layout::text_color_on(*cell.fill, theme.ink)) + "; ";
      }
      if (cell.color) style += "color: " + css(*cell.color) + "; ";
      if (cell.bold) style += "font-weight: bold; ";
      if (cell.indent > 0) style += "padding-left: " + n(4 + cell.indent) + "pt; ";
      if (!style.empty()) style.pop_back();
      o += std::string("<td class=\"") + align_class(align) + "\"" + (style.empty() ? "" : " style=\"" + style + "\"") + ">";
      if (cell.hanging > 0) {
        // Each entry a block, its wrapped lines indented under its first.
        const std::string entry = "<span class=\"entry\" style=\"padding-left: " + n(cell.hanging) + "pt; text-indent: -" +
                                  n(cell.hanging) + "pt\">";
        std::size_t start = 0;
        while (start <= cell.text.size()) {
          std::size_t nl = cell.text.find('\n', start);
          if (nl == std::string::npos) nl = cell.text.size();
          o += entry + cell_text(std::string_view(cell.text).substr(start, nl - start)) + "</span>";
          start = nl + 1;
        }
      } else {
        o += cell_text(cell.text);
      }
      o += "</td>";
    }
    o += "</tr>\n";
  }
  o += "</tbody></table>\n";
}

void write_chart(std::string& o, const ChartBlock& block, const Template& tmpl) {
  const double width = text_width(tmpl);
  double height = 0;
  if (block.height_share > 0) {
    height = width * block.height_share;
    if (block.max_height > 0) height = std::min(height, block.max_height);
  }
  o += "<figure class=\"chart\">\n";
  if (!block.caption.empty()) o += "<p class=\"caption\">" + esc_lines(block.caption) + "</p>\n";
  o += std::visit(
      [&](const auto& chart) -> std::string {
        using T = std::decay_t<decltype(chart)>;
        if constexpr (std::is_same_v<T, charts::BarChart>) return bar_chart(chart, width);
        if constexpr (std::is_same_v<T, charts::StackedBarChart>) return stacked_bar_chart(chart, width);
        if constexpr (std::is_same_v<T, charts::HeatMap>) return heat_map(chart, width);
        if constexpr (std::is_same_v<T, charts::RadarChart>) return radar_chart(chart, width, height);
        if constexpr (std::is_same_v<T, charts::CapabilityChart>) return capability_chart(chart, width);
        if constexpr (std::is_same_v<T, charts::TimelineChart>) return timeline_chart(chart, width);
        if constexpr (std::is_same_v<T, charts::TrendChart>) return trend_chart(chart, width);
      },
      block.chart);
  o += "</figure>\n";
}

// Section anchors: the template's section id; headings within it numbered after it.
std::string anchor(const Section& section) { return "s-" + section.id; }
std::string anchor(const Section& section, std::size_t heading) { return anchor(section) + "-" + std::to_string(heading); }

void write_block(std::string& o, const Block& block, const Section& section, std::size_t& headings,
                 const Template& tmpl, const layout::Theme& theme) {
  std::visit(
      [&](const auto& b) {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, Heading>) {
          const std::string level = std::to_string(std::clamp(b.level, 2, 4));
          o += "<h" + level + " id=\"" + attr(anchor(section, ++headings)) + "\">" + esc(b.text) + "</h" + level + ">\n";
        } else if constexpr (std::is_same_v<T, Paragraph>) {
          o += std::string(b.role == TextRole::small ? "<p class=\"small\">" : "<p>") + esc_lines(b.text) + "</p>\n";
        } else if constexpr (std::is_same_v<T, Bullets>) {
          o += "<ul>\n";
          for (const std::string& item : b.items) o += "<li>" + esc_lines(item) + "</li>\n";
          o += "</ul>\n";
        } else if constexpr (std::is_same_v<T, TableBlock>) {
          write_table(o, b, tmpl, theme);
        } else if constexpr (std::is_same_v<T, KeyFigures>) {
          o += "<div class=\"tiles\">\n";
          for (const KeyFigure& f : b.figures) {
            o += "<div class=\"tile\" style=\"border-top-color: " + css(f.color) +
                 (f.fill ? "; background: " + css(*f.fill) : std::string()) + "\"><div class=\"label\">" + esc(f.label) +
                 "</div><div class=\"value\" style=\"color: " + css(f.color) + "\">" + esc(f.value) +
                 "</div><div class=\"note\">" + esc_lines(f.note) + "</div></div>\n";
          }
          o += "</div>\n";
        } else if constexpr (std::is_same_v<T, Banner>) {
          o += "<div class=\"banner\" style=\"border-left-color: " + css(b.color) + "\"><div class=\"title\" style=\"color: " +
               css(b.color) + "\">" + esc(b.title) + "</div><div class=\"text\">" + esc_lines(b.text) + "</div></div>\n";
        } else if constexpr (std::is_same_v<T, ChartBlock>) {
          write_chart(o, b, tmpl);
        } else if constexpr (std::is_same_v<T, KeepTogether>) {
          // Headings keep with what follows them (break-after: avoid); nothing else to say.
        }
      },
      block);
}

void write_cover(std::string& o, const layout::Cover& cover) {
  o += "<section class=\"cover\" id=\"cover\">\n<div class=\"top\">";
  if (!cover.logo.empty()) o += "<img class=\"logo\" alt=\"\" src=\"" + attr(logo_uri(cover.logo)) + "\"/>";
  if (!cover.classification.empty()) o += "<span class=\"classification\">" + esc(cover.classification) + "</span>";
  o += "</div>\n<div class=\"band\"><div class=\"rule\"></div><p class=\"title\">" + esc(cover.title) + "</p>";
  if (!cover.subtitle.empty()) o += "<p class=\"subtitle\">" + esc(cover.subtitle) + "</p>";
  o += "</div>\n";
  if (!cover.organisation.empty()) o += "<p class=\"organisation\">" + esc(cover.organisation) + "</p>\n";
  if (!cover.date.empty()) o += "<p class=\"date\">" + esc(cover.date) + "</p>\n";
  if (!cover.details.empty()) {
    o += "<table class=\"details\"><tbody>\n";
    for (const layout::CoverDetail& d : cover.details) {
      o += "<tr><th>" + esc(d.label) + "</th><td>" + esc_lines(d.value) + "</td></tr>\n";
    }
    o += "</tbody></table>\n";
  }
  if (!cover.badge.empty()) {
    o += "<p><span class=\"badge\" style=\"background: " + css(cover.badge_color) + "; color: " +
         css(layout::text_color_on(cover.badge_color, layout::hex(0x1F2933))) + "\">" + esc(cover.badge) + "</span></p>\n";
  }
  if (!cover.prepared_by.empty()) {
    o += "<div class=\"prepared\"><p class=\"label\">" + esc(cover.prepared_by_label) + "</p><p>" +
         esc_lines(cover.prepared_by) + "</p></div>\n";
  }
  o += "</section>\n";
}

void write_contents(std::string& o, const ReportContent& content, const layout::Theme& theme) {
  o += "<nav class=\"contents\" id=\"contents\">\n<h1>" + esc(theme.contents_title) + "</h1>\n<ol>\n";
  for (const Section& section : content.sections) {
    if (section.role != SectionRole::numbered && section.role != SectionRole::appendix) continue;
    o += "<li class=\"l1\"><a href=\"#" + attr(anchor(section)) + "\">" + esc(section.heading) + "</a></li>\n";
    std::size_t headings = 0;
    for (const Block& block : section.blocks) {
      const Heading* h = std::get_if<Heading>(&block);
      if (h == nullptr) continue;
      ++headings;
      if (h->level <= theme.toc_depth) {
        o += "<li class=\"l2\"><a href=\"#" + attr(anchor(section, headings)) + "\">" + esc(h->text) + "</a></li>\n";
      }
    }
  }
  o += "</ol>\n</nav>\n";
}

void meta(std::string& o, const char* name, const std::string& value) {
  if (!value.empty()) o += std::string("<meta name=\"") + name + "\" content=\"" + attr(value) + "\"/>\n";
}

}  // namespace

std::string render_html(const ReportContent& content, const Template& tmpl) {
  const layout::Theme theme = report_theme(tmpl);
  const std::string lang = tmpl.language.empty() ? "en" : tmpl.language;
  std::string o;
  o.reserve(1 << 20);
  o += "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + attr(lang) + "\" xml:lang=\"" +
       attr(lang) + "\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + esc(content.metadata.title) + "</title>\n";
  meta(o, "author", content.metadata.author);
  meta(o, "description", content.metadata.subject);
  meta(o, "keywords", content.metadata.keywords);
  meta(o, "generator", content.metadata.creator);
  if (content.metadata.creation_date) {
    const std::chrono::year_month_day d{*content.metadata.creation_date};
    const auto two = [](unsigned v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    meta(o, "dcterms.created", std::to_string(static_cast<int>(d.year())) + "-" +
                                   two(static_cast<unsigned>(d.month())) + "-" + two(static_cast<unsigned>(d.day())));
  }
  o += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<style>\n" +
       style_sheet(content, tmpl, theme) + "</style>\n</head>\n<body>\n";
  for (const Section& section : content.sections) {
    switch (section.role) {
      case SectionRole::cover: write_cover(o, content.cover); break;
      case SectionRole::contents: write_contents(o, content, theme); break;
      case SectionRole::numbered:
      case SectionRole::appendix: {
        o += "<section class=\"body\" id=\"" + attr(anchor(section)) + "\">\n<h1>" + esc(section.heading) + "</h1>\n";
        std::size_t headings = 0;
        for (const Block& block : section.blocks) write_block(o, block, section, headings, tmpl, theme);
        o += "</section>\n";
        break;
      }
    }
  }
  o += "</body>\n</html>\n";
  return o;
}

}  // namespace iso20k::reports
