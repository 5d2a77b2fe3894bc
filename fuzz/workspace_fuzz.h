// Shared body of the workspace loader harnesses (workspace_{xml,json,ini}_fuzz.cc): the first input
// byte picks the kind of file (profile, evidence, metrics, judgements, actions), the rest is the
// file. It is read through the format's reader and the kind's builder exactly as load_workspace
// reads a file, then checked against a small checklist. Invariants (abort on failure): every
// diagnostic names the file, has a message, and a position inside the text (line 1..lines+1,
// column >= 1 when the line is known); reading is deterministic; a workspace read without problems
// also gets positioned diagnostics from check_workspace.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/load/workspace/workspace_check.h"
#include "iso20k/load/workspace/workspace_file.h"

namespace iso20k::fuzz {

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

inline void check_positions(const Diagnostics& ds, const std::string& file, const std::string& text) {
  long lines = 1;
  for (char c : text) lines += c == '\n';
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

inline int fuzz_workspace_file(ws::Format format, const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const ws::FileKind kind = ws::kFileKinds[data[0] % 5];
  const ws::FileSpec& spec = ws::file_spec(kind);
  bool allowed = false;
  for (ws::Format f : spec.formats) allowed = allowed || f == format;
  if (!allowed) return 0;  // judgements are never CSV; the profile never CSV
  const std::string file = "fuzz." + std::string(ws::extension(format));
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  Workspace w;
  Diagnostics out;
  ws::read_workspace_file(kind, format, SourceText(file, text), w, out);
  check_positions(out, file, text);
  Workspace again;
  Diagnostics out2;
  ws::read_workspace_file(kind, format, SourceText(file, text), again, out2);
  if (out.size() != out2.size()) std::abort();
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (iso20k::format(out[i]) != iso20k::format(out2[i])) std::abort();
  }
  if (out.empty()) check_positions(check_workspace(w, fuzz_checklist()), file, text);
  return 0;
}

}  // namespace iso20k::fuzz
