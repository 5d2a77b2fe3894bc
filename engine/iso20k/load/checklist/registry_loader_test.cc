// The clause registries and correspondences of a folder: read in file-name order, duplicate clauses
// and correspondences naming clauses the registries lack reported.
#include "iso20k/load/checklist/registry_loader.h"

#include <doctest/doctest.h>

#include "support/test_support.h"

using namespace iso20k;
using iso20k::test::TempDir;
using iso20k::test::write_file;

namespace {

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) out += format(x) + "\n";
  return out;
}

const char* const kIso9001 = R"(<registry xmlns="urn:iso20k:registry:1" standard="ISO 9001" edition="2015">
  <clause number="4.1" title="Understanding the organization"/>
  <clause number="4.2" title="Interested parties"/>
</registry>
)";
const char* const kMini = R"(<registry xmlns="urn:iso20k:registry:1" standard="Mini" edition="1">
  <clause number="1" title="One"/>
  <clause number="2" title="Two"/>
</registry>
)";

}  // namespace

TEST_CASE("registry loader: registries and correspondences as written") {
  TempDir dir;
  write_file(dir / "b-iso9001.xml", kIso9001);
  write_file(dir / "a-mini.xml", kMini);
  write_file(dir / "c-map.xml", R"(<correspondence xmlns="urn:iso20k:registry:1" from-standard="Mini" from-edition="1" to-standard="ISO 9001" to-edition="2015">
  <map from="1" to=" 4.1  4.2 " note="partial"/>
  <map from="2" to=""/>
</correspondence>
)");
  write_file(dir / "readme.txt", "not read");
  Diagnostics d;
  const Registries r = load_registries(dir.path().string(), d);
  CHECK(all(d).empty());
  REQUIRE(r.registries.size() == 2);
  CHECK(r.registries[0].standard == "Mini");  // a-mini.xml first
  CHECK(r.registries[1].edition == "2015");
  CHECK(r.registries[1].path == (dir / "b-iso9001.xml").string());
  CHECK(r.find("ISO 9001", "2015")->find("4.2")->title == "Interested parties");
  REQUIRE(r.correspondences.size() == 1);
  const Correspondence& c = r.correspondences[0];
  CHECK(c.from_standard + ":" + c.from_edition + " > " + c.to_standard + ":" + c.to_edition == "Mini:1 > ISO 9001:2015");
  REQUIRE(c.entries.size() == 2);
  CHECK(c.entries[0].to == std::vector<std::string>{"4.1", "4.2"});
  CHECK(c.entries[0].note == "partial");
  CHECK(c.entries[1].to.empty());  // removed: no counterpart
}

TEST_CASE("registry loader: a clause twice in a registry, clauses a correspondence names that do not exist") {
  TempDir dir;
  std::string twice = kMini;
  iso20k::test::replace_first(twice, "number=\"2\"", "number=\"1\"");
  write_file(dir / "mini.xml", twice);
  write_file(dir / "iso9001.xml", kIso9001);
  const std::string map = (dir / "map.xml").string();
  write_file(map, R"(<correspondence xmlns="urn:iso20k:registry:1" from-standard="Mini" from-edition="1" to-standard="ISO 9001" to-edition="2015">
  <map from="1" to="4.1 4.3"/>
  <map from="3" to="4.2"/>
</correspondence>
)");
  // A correspondence toward a standard without a registry is not checked on that side.
  write_file(dir / "other.xml", R"(<correspondence xmlns="urn:iso20k:registry:1" from-standard="ISO 9001" from-edition="2015" to-standard="Elsewhere" to-edition="9">
  <map from="4.1" to="anything"/>
</correspondence>
)");
  Diagnostics d;
  load_registries(dir.path().string(), d);
  CHECK(all(d) ==
        (dir / "mini.xml").string() + ":3:19: error: clause 1 appears twice in the registry\n" +
        map + ": error: clause 4.3 (mapped from 1) is not in ISO 9001:2015\n" +
        map + ": error: clause 3 is not in Mini:1\n");
}

TEST_CASE("registry loader: the namespace is required and the folder must exist") {
  TempDir dir;
  write_file(dir / "r.xml", "<registry standard=\"S\" edition=\"1\"/>\n");
  Diagnostics d;
  load_registries(dir.path().string(), d);
  CHECK(all(d) == (dir / "r.xml").string() +
                      ":1:1: error: the root element must declare xmlns=\"urn:iso20k:registry:1\"\n");
  Diagnostics missing;
  load_registries("/nonexistent/iso20k-registry", missing);
  CHECK(all(missing) ==
        "/nonexistent/iso20k-registry: error: cannot read the registry folder: No such file or directory\n");
}
