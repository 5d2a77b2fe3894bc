#pragma once
// Where something was read from, and a problem found there. Every user-facing error of the engine is
// a Diagnostic, printed like a compiler's: "file:line:column: error: message". In format/ because
// the source text of every format locates them (format/source_text.h); the model speaks of them
// through model/diagnostic.h.
#include <string>
#include <vector>

namespace iso20k {

struct SourceLocation {
  std::string file;  // as given by the user; empty for built-in data
  int line = 0;      // 1-based; 0 = unknown (then column is 0 too)
  int column = 0;    // 1-based, in characters (UTF-8 code points)
};

struct Diagnostic {
  SourceLocation where;
  std::string message;  // what is wrong and, where it helps, what to do
};

using Diagnostics = std::vector<Diagnostic>;

// "file:line:column: error: message" (line/column omitted when unknown), control characters in the
// file name and the message escaped (util/printable.h): the one place diagnostics become text.
std::string format(const Diagnostic& d);
// The same with "warning" for "error": a problem that does not stop the input from being used.
std::string format_warning(const Diagnostic& d);

}  // namespace iso20k
