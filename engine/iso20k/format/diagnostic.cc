#include "iso20k/format/diagnostic.h"

#include "iso20k/util/printable.h"

namespace iso20k {

std::string format(const Diagnostic& d) {
  // File names and messages carry text from the inputs: escaped, never sent raw to a terminal.
  std::string out = d.where.file.empty() ? std::string("iso20k") : printable(d.where.file);
  if (d.where.line > 0) {
    out += ':' + std::to_string(d.where.line) + ':' + std::to_string(d.where.column);
  }
  out += ": error: ";
  out += printable(d.message);
  return out;
}

}  // namespace iso20k
