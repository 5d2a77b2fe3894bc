#include "iso20k/reports/layout/to_unicode.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace iso20k::layout {
namespace {

constexpr int kRangesPerBlock = 100;  // the most one beginbfrange block may hold

bool is_surrogate_block(unsigned high) { return high >= 0xD8 && high <= 0xDF; }

}  // namespace

std::string identity_to_unicode_cmap() {
  std::vector<unsigned> highs;
  for (unsigned high = 0; high <= 0xFF; ++high) {
    if (!is_surrogate_block(high)) highs.push_back(high);
  }
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n"
      "<0000> <FFFF>\n"
      "endcodespacerange\n";
  for (std::size_t start = 0; start < highs.size(); start += kRangesPerBlock) {
    const std::size_t end = std::min(highs.size(), start + kRangesPerBlock);
    cmap += std::to_string(end - start) + " beginbfrange\n";
    for (std::size_t i = start; i < end; ++i) {
      char line[32];
      std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", highs[i], highs[i], highs[i]);
      cmap += line;
    }
    cmap += "endbfrange\n";
  }
  cmap +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return cmap;
}

bool fix_to_unicode(HPDF_Font font) {
  auto* stream_dict = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  if (stream_dict == nullptr || stream_dict->stream == nullptr) return false;
  HPDF_MemStream_FreeData(stream_dict->stream);
  const std::string cmap = identity_to_unicode_cmap();
  if (HPDF_Stream_Write(stream_dict->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                        static_cast<HPDF_UINT>(cmap.size())) != HPDF_OK) {
    return false;
  }
  // Not found is fine (HPDF_Dict_RemoveElement records no error for it).
  for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) HPDF_Dict_RemoveElement(stream_dict, key);
  return true;
}

}  // namespace iso20k::layout
