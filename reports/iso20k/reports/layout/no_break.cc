#include "iso20k/reports/layout/no_break.h"

namespace iso20k::layout {

std::string keep_together(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    if (c == ' ') {
      out += kNoBreakSpace;
    } else {
      out += c;
    }
  }
  return out;
}

std::string plain_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, kNoBreakSpace.size()) == kNoBreakSpace) {
      out += ' ';
      i += kNoBreakSpace.size() - 1;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace iso20k::layout
