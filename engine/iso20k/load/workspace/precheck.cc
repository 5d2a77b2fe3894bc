#include "iso20k/load/workspace/precheck.h"

namespace iso20k::ws {

bool precheck(const SourceText& source, Format format, std::string_view example,
              Diagnostics& out) {
  const std::string& b = source.bytes();
  if (format == Format::json || format == Format::ini) {
    if (b.size() > kMaxPropertyTreeBytes) {
      out.push_back({{source.file(), 0, 0},
                     "the file is " + std::to_string(b.size() / (1024 * 1024)) + " MB; " +
                         to_string(format) + " workspace files are limited to " +
                         std::to_string(kMaxPropertyTreeBytes / (1024 * 1024)) +
                         " MB (they are decoded in memory at about 20 times their size): "
                         "use XML or CSV for a register this large"});
      return false;
    }
  }
  std::size_t i = b.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < b.size() && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) ++i;
  if (i == b.size()) {
    out.push_back(source.error(0, "the file is empty: expected " + std::string(example)));
    return false;
  }
  return source.check_utf8(out);
}

}  // namespace iso20k::ws
