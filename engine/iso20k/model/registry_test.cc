// Clause registries of other standards, found by standard and edition, and the "standard:edition"
// names users write in mappings and on the command line (checklists map --from/--to).
#include "iso20k/model/registry.h"

#include <doctest/doctest.h>

using namespace iso20k;

namespace {

// "standard|edition", or "refused".
std::string read(const std::string& text) {
  std::string standard = "?", edition = "?";
  return parse_standard_edition(text, standard, edition) ? standard + "|" + edition : "refused";
}

}  // namespace

TEST_CASE("registry: the short and long names of the known standards read the same") {
  CHECK(read("ISO/IEC 20000-1:2011") == "ISO/IEC 20000-1|2011");
  CHECK(read("iso20000-1:2018") == "ISO/IEC 20000-1|2018");
  CHECK(read("ISO 20000-1:2018") == "ISO/IEC 20000-1|2018");
  CHECK(read("iso9001:2015") == "ISO 9001|2015");
  CHECK(read("ISO 9001:2008") == "ISO 9001|2008");
  CHECK(read("iso27001:2022") == "ISO/IEC 27001|2022");
  CHECK(read("ISO/IEC 27001:2013") == "ISO/IEC 27001|2013");
  // Case, blanks and slashes do not matter in the known names: always the long form.
  CHECK(read("ISO IEC 27001:2022") == "ISO/IEC 27001|2022");
  CHECK(read("iso/iec 20000-1:2011") == "ISO/IEC 20000-1|2011");
  CHECK(read("Iso 9001:2015") == "ISO 9001|2015");
  // Any other standard is taken as written; the edition is the part after the last colon.
  CHECK(read("BS 15000:2002") == "BS 15000|2002");
  CHECK(read("Acme:Internal:2024") == "Acme:Internal|2024");
}

TEST_CASE("registry: a name without a standard or a numeric edition is refused") {
  CHECK(read("iso20000-1") == "refused");
  CHECK(read(":2018") == "refused");
  CHECK(read("iso9001:") == "refused");
  CHECK(read("iso9001:2015a") == "refused");
  CHECK(read("iso9001:20 15") == "refused");
}

TEST_CASE("registry: a clause by number, a registry by standard and edition") {
  Registries all;
  all.registries.push_back(ClauseRegistry{"ISO 9001", "2015", {{"5.2.1", "Establishing the quality policy"}, {"8.5", "Production"}}, ""});
  all.registries.push_back(ClauseRegistry{"ISO/IEC 27001", "2022", {{"A.8.32", "Change management"}}, ""});
  const ClauseRegistry* iso9001 = all.find("ISO 9001", "2015");
  REQUIRE(iso9001);
  CHECK(iso9001->find("8.5")->title == "Production");
  CHECK(iso9001->find("8.5.1") == nullptr);
  CHECK(all.find("ISO/IEC 27001", "2022")->find("A.8.32")->title == "Change management");
  CHECK(all.find("ISO 9001", "2008") == nullptr);
  CHECK(all.find("iso9001", "2015") == nullptr);  // registries are keyed by the long name
}
