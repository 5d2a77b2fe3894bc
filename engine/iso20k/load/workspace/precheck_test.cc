// What every workspace reader checks before parsing: a file too large for the JSON and INI decoder,
// an empty file (a byte order mark and blanks are nothing), and invalid UTF-8.
#include "iso20k/load/workspace/precheck.h"

#include <doctest/doctest.h>

using namespace iso20k;
using namespace iso20k::ws;

namespace {

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) out += format(x) + "\n";
  return out;
}

}  // namespace

TEST_CASE("precheck: JSON and INI files over 20 MB are refused, XML and CSV are not") {
  const std::string big(kMaxPropertyTreeBytes + 1024 * 1024, ' ');
  Diagnostics d;
  CHECK_FALSE(precheck(SourceText("evidence.json", big), Format::json, "an object", d));
  CHECK(all(d) ==
        "evidence.json: error: the file is 21 MB; JSON workspace files are limited to 20 MB (they are decoded in "
        "memory at about 20 times their size): use XML or CSV for a register this large\n");
  Diagnostics ini;
  CHECK_FALSE(precheck(SourceText("e.ini", big), Format::ini, "sections", ini));
  CHECK(ini[0].message.starts_with("the file is 21 MB; INI workspace files are limited to 20 MB"));
  // The same size in CSV passes the size check (and is then empty: only blanks).
  Diagnostics csv;
  CHECK_FALSE(precheck(SourceText("e.csv", big), Format::csv, "a header row", csv));
  CHECK(all(csv) == "e.csv:1:1: error: the file is empty: expected a header row\n");
  Diagnostics exact;
  CHECK(precheck(SourceText("e.json", std::string(kMaxPropertyTreeBytes - 2, ' ') + "{}"), Format::json, "", exact));
  CHECK(exact.empty());
}

TEST_CASE("precheck: a byte order mark and blanks alone are an empty file, bad UTF-8 is reported") {
  Diagnostics d;
  CHECK_FALSE(precheck(SourceText("p.xml", "\xEF\xBB\xBF \r\n\t\n"), Format::xml, "a <profile> element", d));
  CHECK(all(d) == "p.xml:1:1: error: the file is empty: expected a <profile> element\n");
  Diagnostics bad;
  CHECK_FALSE(precheck(SourceText("p.ini", "[profile]\nname = M\xFCller\n"), Format::ini, "", bad));
  CHECK(all(bad) == "p.ini:2:9: error: invalid UTF-8 (byte 0xFC); save the file as UTF-8\n");
  Diagnostics ok;
  CHECK(precheck(SourceText("p.ini", "\xEF\xBB\xBF[profile]\n"), Format::ini, "", ok));
  CHECK(ok.empty());
}
