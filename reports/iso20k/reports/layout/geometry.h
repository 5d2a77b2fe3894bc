#pragma once
// Points, boxes and margins in PDF units (1/72 inch). The origin is the bottom-left corner of the page
// and y grows upwards, as in PDF itself.

namespace iso20k::layout {

struct Point {
  double x = 0;
  double y = 0;
  bool operator==(const Point&) const = default;
};

// A rectangle given by its bottom-left corner, width and height.
struct Box {
  double x = 0;
  double y = 0;
  double w = 0;
  double h = 0;

  double left() const { return x; }
  double right() const { return x + w; }
  double bottom() const { return y; }
  double top() const { return y + h; }
  bool operator==(const Box&) const = default;
};

// Space between the page edge and the text frame. Headers and footers sit inside the top and bottom
// margins, so those should leave room for them (at least 48 pt).
struct Margins {
  double top = 72;
  double right = 56;
  double bottom = 64;
  double left = 56;
};

}  // namespace iso20k::layout
