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
  if (!source.check_utf8(out)) return false;
  if (format == Format::ini) {
    // XML and JSON refuse a NUL byte as they parse (CSV too, parse_csv); PropertyTree would keep
    // it in an INI value.
    const std::size_t nul = b.find('\0');
    if (nul != std::string::npos) {
      out.push_back(source.error(nul, "a NUL byte: an INI file holds text only (is it saved as UTF-16? save it "
                                      "as UTF-8)"));
      return false;
    }
  }
  return true;
}

}  // namespace iso20k::ws
