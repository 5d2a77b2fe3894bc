#include "iso20k/model/diagnostic.h"

namespace iso20k {

std::string format(const Diagnostic& d) {
  std::string out = d.where.file.empty() ? std::string("iso20k") : d.where.file;
  if (d.where.line > 0) {
    out += ':' + std::to_string(d.where.line) + ':' + std::to_string(d.where.column);
  }
  out += ": error: ";
  out += d.message;
  return out;
}

}  // namespace iso20k
