#pragma once
// The ToUnicode CMap of our fonts, so that copying, searching and screen readers get the text back.
//
// libharu 2.3.0 writes its UTF-8 fonts (Type 0, Identity-H) with a ToUnicode stream that is really an
// encoding CMap ("begincidrange"), which is not valid in a ToUnicode CMap: poppler warns on every page
// and other readers may map nothing. With the UTF-8 encoder the codes in the content streams are the
// characters themselves (UTF-16 code units of the BMP; the font's CIDToGIDMap turns them into glyphs),
// so the right ToUnicode CMap maps every two-byte code to the same UTF-16BE value: 248 bfranges, one per
// high byte (the surrogate block D800-DFFF, never a character, left out). It is the same for every
// font and every document, so output stays byte-deterministic.
#include <hpdf.h>

#include <string>

namespace iso20k::layout {

// The text of that CMap.
std::string identity_to_unicode_cmap();

// Replaces the contents of `font`'s ToUnicode stream with identity_to_unicode_cmap() and drops the
// encoding-CMap entries (Type, CMapName, CIDSystemInfo, WMode) from its dictionary. Returns false when
// the font has no ToUnicode stream (nothing to fix) or libharu refused a step.
bool fix_to_unicode(HPDF_Font font);

}  // namespace iso20k::layout
