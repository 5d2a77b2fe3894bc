#pragma once
// Spaces that never break a line: how report code keeps "ISO/IEC 20000-1:2018" or "52.2 %" on one line.
//
// wrap_text (text.h) breaks lines only at ordinary spaces, so a U+00A0 (no-break space) or U+202F (narrow
// no-break space) between two words keeps them together; a phrase joined that way is broken only when it
// alone is wider than the line, and then like any over-long word (after a '/', '-', ':' ..., else between
// characters). U+00A0 is measured and drawn as an ordinary space, so copied and searched text has plain
// spaces; U+202F is drawn with DejaVu's own narrow space (about a third of a space), e.g. before a unit.
#include <string>
#include <string_view>

namespace iso20k::layout {

inline constexpr std::string_view kNoBreakSpace = "\u00A0";
inline constexpr std::string_view kNarrowNoBreakSpace = "\u202F";

// `text` with every ordinary space replaced by a no-break space: keep_together("ISO/IEC 20000-1:2018").
std::string keep_together(std::string_view text);

// `text` with every U+00A0 turned back into an ordinary space (U+202F is kept): what is drawn, and what
// goes into bookmarks and the document's metadata.
std::string plain_spaces(std::string_view text);

}  // namespace iso20k::layout
