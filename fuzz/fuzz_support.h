// What the harnesses share: a small checklist, and the invariants every loader's diagnostics keep —
// each names the file, has a message and a position inside the text; loading twice gives the same.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "iso20k/load/checklist/checklist_loader.h"

namespace iso20k::fuzz {

// A checklist of one clause, one process, a document and a metric, and one requirement.
inline const Checklist& fuzz_checklist() {
  static const Checklist c = [] {
    const char* xml = R"(<checklist xmlns="urn:iso20k:checklist:1" id="fuzz:1" standard="F" edition="1"
        version="1.0.0" language="en">
      <title>t</title><licence>l</licence>
      <clauses><clause number="8" title="Op" kind="sms"><clause number="8.1" title="I"/></clause></clauses>
      <processes><process id="incident" name="Incident" clauses="8.1"/></processes>
      <evidence-items>
        <evidence id="DOC-POLICY" kind="document" mandatory="true"><title>p</title><description>d</description></evidence>
        <evidence id="MET-INC" kind="metric" unit="%" target="90" better="higher"><title>m</title><description>d</description></evidence>
      </evidence-items>
      <requirements>
        <requirement id="R-8.1-01" clause="8.1" processes="incident"><text>t</text><guidance>g</guidance>
          <evidence ref="DOC-POLICY"/><evidence ref="MET-INC"/></requirement>
      </requirements>
    </checklist>)";
    ChecklistLoad load = load_checklist_bytes("fuzz-checklist.xml", xml);
    if (!load.checklist) std::abort();
    return std::move(*load.checklist);
  }();
  return c;
}

// Every diagnostic names `file`, has a message, and a line within the text (0: the whole file).
inline void check_positions(const Diagnostics& ds, const std::string& file, const std::string& text) {
  long lines = 1;  // a line ends at LF, CRLF or a lone CR (SourceText)
  for (std::size_t i = 0; i < text.size(); ++i) {
    lines += text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
  }
  for (const Diagnostic& d : ds) {
    if (d.message.empty() || d.where.file != file) {
      std::fprintf(stderr, "diagnostic without file or message: %s\n", iso20k::format(d).c_str());
      std::abort();
    }
    if (d.where.line < 0 || d.where.line > lines || (d.where.line > 0 && d.where.column < 1)) {
      std::fprintf(stderr, "diagnostic outside the text (%ld lines): %s\n", lines,
                   iso20k::format(d).c_str());
      std::abort();
    }
  }
}

// Two runs over the same input gave the same diagnostics.
inline void check_same(const Diagnostics& a, const Diagnostics& b) {
  if (a.size() != b.size()) {
    std::fprintf(stderr, "not deterministic: %zu then %zu diagnostics\n", a.size(), b.size());
    std::abort();
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (iso20k::format(a[i]) != iso20k::format(b[i])) {
      std::fprintf(stderr, "not deterministic: %s then %s\n", iso20k::format(a[i]).c_str(), iso20k::format(b[i]).c_str());
      std::abort();
    }
  }
}

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

}  // namespace iso20k::fuzz
