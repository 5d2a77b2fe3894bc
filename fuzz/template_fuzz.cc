// libFuzzer harness for the report template loader: arbitrary bytes as a template.xml (strict XML,
// then the template format: branding, page, report sections, strings and their placeholders,
// extends of the bundled templates, a logo looked for beside it). Invariants (abort on failure):
// every diagnostic has a message, and one about this file lies inside its text; loading twice
// gives the same; a template is returned exactly when there are no problems, and then it has every
// string the reports use. See README.md.
#include "fuzz/fuzz_support.h"
#include "iso20k/reports/template/report_strings.h"
#include "iso20k/reports/template/template_loader.h"

using namespace iso20k;

namespace {

// Where the bundled templates are (for extends="default"): the source tree the harness was built in.
const std::string kTemplates = ISO20K_FUZZ_TEMPLATES_DIR;
const std::string kFile = "/nonexistent-iso20k-fuzz/brand/template.xml";

Diagnostics load(const std::string& text, std::optional<reports::Template>& t) {
  Diagnostics out;
  t = reports::load_template_bytes(kFile, text, kTemplates, out);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::optional<reports::Template> t;
  const Diagnostics out = load(text, t);
  Diagnostics own;
  for (const Diagnostic& d : out) {
    if (d.message.empty()) fuzz::fail("a diagnostic without a message");
    if (d.where.file == kFile) own.push_back(d);
  }
  fuzz::check_positions(own, kFile, text);
  std::optional<reports::Template> again;
  fuzz::check_same(out, load(text, again));
  if (t.has_value() != out.empty()) fuzz::fail("a template with problems, or none without");
  if (!t) return 0;
  for (const reports::StringSpec& s : reports::report_strings()) {
    if (t->strings.count(std::string(s.id)) == 0) fuzz::fail("an accepted template lacks a string the reports use");
  }
  return 0;
}
