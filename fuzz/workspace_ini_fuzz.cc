// libFuzzer harness for the INI workspace reader: see workspace_fuzz.h and README.md.
#include "workspace_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return iso20k::fuzz::fuzz_workspace_file(iso20k::ws::Format::ini, data, size);
}
