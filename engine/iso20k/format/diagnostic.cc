#include "iso20k/format/diagnostic.h"

#include "iso20k/util/printable.h"

namespace iso20k {

namespace {

std::string format_as(const Diagnostic& d, const char* severity) {
  // File names and messages carry text from the inputs: escaped, never sent raw to a terminal.
  std::string out = d.where.file.empty() ? std::string("iso20k") : printable(d.where.file);
  if (d.where.line > 0) {
    out += ':' + std::to_string(d.where.line) + ':' + std::to_string(d.where.column);
  }
  out += ": ";
  out += severity;
  out += ": ";
  out += printable(d.message);
  return out;
}

}  // namespace

std::string format(const Diagnostic& d) { return format_as(d, "error"); }
std::string format_warning(const Diagnostic& d) { return format_as(d, "warning"); }

}  // namespace iso20k
