#include "iso20k/reports/layout/cover.h"

#include <algorithm>
#include <optional>

#include "iso20k/reports/layout/canvas.h"
#include "iso20k/reports/layout/image.h"
#include "iso20k/reports/layout/text.h"
#include "iso20k/reports/layout/utf8.h"

namespace iso20k::layout {

void add_cover(Flow& flow, const Cover& cover) {
  Document& doc = flow.document();
  const Theme& theme = flow.theme();
  std::optional<Image> logo;
  if (!cover.logo.empty()) logo = load_image(doc, cover.logo);

  flow.page_break();
  Canvas canvas = flow.canvas();
  flow.mark_plain_page();
  const Box frame = flow.frame();
  const double page_w = doc.page_width();
  const double page_h = doc.page_height();

  // Top: logo on the left, classification on the right.
  const double top = page_h - 48;
  if (logo) draw_image(canvas, *logo, Box{frame.x, top - 56, 170, 56}, Align::left, VAlign::top);
  if (!cover.classification.empty()) {
    TextStyle label{FontFace::bold, 8.5, theme.accent, 1.2, Align::right};
    canvas.text(fit_text(doc, cover.classification, label.face, label.size, frame.w / 2), frame.right(), top - 10,
                label);
  }

  // The title band, full bleed.
  TextStyle title{FontFace::bold, 26, white, 1.2, Align::left};
  TextStyle subtitle{FontFace::regular, 13, hex(0xC9D6E8), 1.35, Align::left};
  const double text_w = frame.w - 24;
  const std::vector<std::string> title_lines = wrap_text(doc, cover.title, title.face, title.size, text_w, 3);
  const std::vector<std::string> subtitle_lines =
      cover.subtitle.empty() ? std::vector<std::string>{}
                             : wrap_text(doc, cover.subtitle, subtitle.face, subtitle.size, text_w, 2);
  const double title_h = static_cast<double>(title_lines.size()) * title.leading();
  const double subtitle_h =
      subtitle_lines.empty() ? 0 : 10 + static_cast<double>(subtitle_lines.size()) * subtitle.leading();
  const double band_h = std::max(page_h * 0.22, title_h + subtitle_h + 76);
  const double band_y = page_h * 0.60 - band_h / 2;
  canvas.fill_rect(Box{0, band_y, page_w, band_h}, theme.primary);
  canvas.fill_rect(Box{0, band_y, 10, band_h}, theme.accent);
  double y = band_y + band_h / 2 + (title_h + subtitle_h + 14) / 2;
  canvas.line({frame.x, y}, {frame.x + 56, y}, Stroke{hex(0x56B4E9), 2.5, LineStyle::solid});
  y -= 14;
  canvas.lines(title_lines, frame.x, y, text_w, title);
  y -= title_h + 10;
  canvas.lines(subtitle_lines, frame.x, y, text_w, subtitle);

  // Under the band: who and when.
  y = band_y - 36;
  if (!cover.organisation.empty()) {
    TextStyle org{FontFace::bold, 16, theme.primary, 1.3, Align::left};
    const std::vector<std::string> lines = wrap_text(doc, cover.organisation, org.face, org.size, frame.w, 2);
    canvas.lines(lines, frame.x, y, frame.w, org);
    y -= static_cast<double>(lines.size()) * org.leading() + 4;
  }
  if (!cover.date.empty()) {
    TextStyle date{FontFace::regular, 11, theme.muted, 1.3, Align::left};
    canvas.lines(wrap_text(doc, cover.date, date.face, date.size, frame.w, 1), frame.x, y, frame.w, date);
    y -= date.leading();
  }
  if (!cover.details.empty()) {
    y -= 14;
    TextStyle label{FontFace::bold, 9, theme.muted, 1.4, Align::left};
    TextStyle value{FontFace::regular, 9.5, theme.ink, 1.4, Align::left};
    double label_w = 0;
    for (const CoverDetail& d : cover.details) {
      label_w = std::max(label_w, doc.text_width(sanitize_utf8(d.label), label.face, label.size));
    }
    label_w = std::min(label_w + 14, frame.w * 0.35);
    for (const CoverDetail& d : cover.details) {
      const std::vector<std::string> lines = wrap_text(doc, d.value, value.face, value.size, frame.w - label_w, 2);
      canvas.text(fit_text(doc, d.label, label.face, label.size, label_w - 6), frame.x,
                  y - baseline_offset(doc, value), label);
      canvas.lines(lines, frame.x + label_w, y, frame.w - label_w, value);
      y -= static_cast<double>(lines.size()) * value.leading() + 2;
    }
  }
  if (!cover.badge.empty()) {
    y -= 14;
    TextStyle badge{FontFace::bold, 11, text_color_on(cover.badge_color, theme.ink), 1.2, Align::left};
    const std::string text = fit_text(doc, cover.badge, badge.face, badge.size, frame.w - 24);
    const double w = doc.text_width(text, badge.face, badge.size) + 24;
    const double h = badge.leading() + 12;
    canvas.fill_rect(Box{frame.x, y - h, w, h}, cover.badge_color);
    canvas.text(text, frame.x + 12, y - h / 2 - badge.size * 0.35, badge);
  }

  // Bottom: prepared by.
  if (!cover.prepared_by.empty()) {
    TextStyle label{FontFace::bold, 8, theme.muted, 1.3, Align::left};
    TextStyle body{FontFace::regular, 9.5, theme.ink, 1.4, Align::left};
    const std::vector<std::string> lines = wrap_text(doc, cover.prepared_by, body.face, body.size, frame.w, 5);
    const double block_h = label.leading() + 2 + static_cast<double>(lines.size()) * body.leading();
    double by = frame.bottom() + block_h;
    canvas.line({frame.x, by + 10}, {frame.right(), by + 10}, Stroke{theme.rule, 0.5, LineStyle::solid});
    canvas.lines(std::vector<std::string>{fit_text(doc, cover.prepared_by_label, label.face, label.size, frame.w)},
                 frame.x, by, frame.w, label);
    by -= label.leading() + 2;
    canvas.lines(lines, frame.x, by, frame.w, body);
  }
  flow.page_break();
}

}  // namespace iso20k::layout
