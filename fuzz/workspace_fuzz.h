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

#include "fuzz/fuzz_support.h"
#include "iso20k/load/workspace/workspace_check.h"
#include "iso20k/load/workspace/workspace_file.h"

namespace iso20k::fuzz {

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
  check_same(out, out2);
  if (out.empty()) check_positions(check_workspace(w, fuzz_checklist()), file, text);
  return 0;
}

}  // namespace iso20k::fuzz
