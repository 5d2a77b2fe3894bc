#pragma once
// The look of a report: colours, type sizes and spacing, in one plain struct with sober consulting
// defaults (navy headings, a blue accent, light rules). Report kinds may copy and adjust it.
#include <string>

#include "iso20k/reports/layout/color.h"
#include "iso20k/reports/layout/text.h"

namespace iso20k::layout {

struct HeadingStyle {
  TextStyle text;
  double space_before = 0;  // dropped at the top of a page
  double space_after = 0;
  bool rule = false;        // a thin accent line under the heading
};

struct Theme {
  Color ink = hex(0x1F2933);        // body text
  Color muted = hex(0x616E7C);      // headers, footers, captions
  Color primary = hex(0x1B365D);    // headings, table headers, cover
  Color accent = hex(0x0072B2);     // rules and highlights (Okabe-Ito blue)
  Color rule = hex(0xC5CCD6);       // table borders and separators
  Color zebra = hex(0xF2F5F9);      // alternate table rows
  Color header_text = white;        // text on the primary colour

  double body_size = 10;
  double line_height = 1.4;
  double paragraph_space = 7;       // after each paragraph
  double small_size = 8;            // headers, footers, captions
  double table_size = 8.5;

  HeadingStyle h1{TextStyle{FontFace::bold, 17, hex(0x1B365D), 1.25, Align::left}, 22, 10, true};
  HeadingStyle h2{TextStyle{FontFace::bold, 13, hex(0x1B365D), 1.3, Align::left}, 16, 6, false};
  HeadingStyle h3{TextStyle{FontFace::bold, 10.5, hex(0x1F2933), 1.3, Align::left}, 11, 4, false};

  std::string contents_title = "Contents";
  int toc_depth = 2;  // heading levels listed in the table of contents (the outline has all three)

  TextStyle body() const { return TextStyle{FontFace::regular, body_size, ink, line_height, Align::left}; }
  TextStyle small() const { return TextStyle{FontFace::regular, small_size, muted, 1.3, Align::left}; }
  const HeadingStyle& heading(int level) const { return level <= 1 ? h1 : (level == 2 ? h2 : h3); }
};

}  // namespace iso20k::layout
