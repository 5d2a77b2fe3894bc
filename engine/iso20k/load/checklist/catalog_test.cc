// The checklists a user can name: every *.xml with a <checklist> root of a folder, in file-name
// order, found by id or by path; an unknown name lists the ids there are.
#include "iso20k/load/checklist/catalog.h"

#include <doctest/doctest.h>

#include <filesystem>

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

std::string listing(const Catalog& c) {
  std::string out;
  for (const CatalogEntry& e : c.entries()) {
    out += e.id + " " + std::filesystem::path(e.path).filename().string() + (e.bundled ? " bundled" : "") + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("catalog: the checklists of a folder by file name, other files left out") {
  TempDir dir;
  write_file(dir / "b.xml", "<checklist xmlns=\"urn:iso20k:checklist:1\" id=\"beta:1\" standard=\"B\">\n</checklist>\n");
  write_file(dir / "a.xml", "<?xml version=\"1.0\"?>\n<checklist\n    xmlns=\"urn:iso20k:checklist:1\"\n    id=\"alpha:2\">\n</checklist>\n");
  write_file(dir / "reg.xml", "<registry standard=\"ISO 9001\" edition=\"2015\" id=\"not-a-checklist\"/>\n");
  write_file(dir / "noid.xml", "<checklist version=\"1\"><x id=\"inner\"/></checklist>\n");
  write_file(dir / "c.txt", "<checklist id=\"text:1\"/>\n");
  std::filesystem::create_directory(dir / "d.xml");
  Catalog catalog;
  Diagnostics d;
  catalog.add_dir(dir.path().string(), true, d);
  CHECK(all(d).empty());
  CHECK(listing(catalog) == "alpha:2 a.xml bundled\nbeta:1 b.xml bundled\n");
  // A second folder adds its checklists after the first one's.
  TempDir mine;
  write_file(mine / "own.xml", "<checklist id=\"acme:2025\"/>");
  catalog.add_dir(mine.path().string(), false, d);
  CHECK(listing(catalog) == "alpha:2 a.xml bundled\nbeta:1 b.xml bundled\nacme:2025 own.xml\n");
}

TEST_CASE("catalog: a checklist is found by id, or by the path of a file, otherwise the known ids are listed") {
  TempDir dir;
  write_file(dir / "a.xml", "<checklist id=\"alpha:1\"/>");
  write_file(dir / "b.xml", "<checklist id=\"beta:1\"/>");
  Catalog catalog;
  Diagnostics d;
  catalog.add_dir(dir.path().string(), true, d);
  const std::optional<CatalogEntry> beta = catalog.find("beta:1", d);
  REQUIRE(beta);
  CHECK(beta->path == (dir / "b.xml").string());
  CHECK(beta->bundled);
  TempDir elsewhere;
  write_file(elsewhere / "mine.xml", "<checklist id=\"mine:3\"/>");
  const std::optional<CatalogEntry> mine = catalog.find((elsewhere / "mine.xml").string(), d);
  REQUIRE(mine);
  CHECK(mine->id == "mine:3");
  CHECK_FALSE(mine->bundled);
  CHECK(d.empty());
  CHECK_FALSE(catalog.find("gamma:1", d));
  CHECK(all(d) ==
        "iso20k: error: unknown checklist 'gamma:1' (known: alpha:1, beta:1); give a checklist id or the path of "
        "a checklist file\n");
}

TEST_CASE("catalog: a folder that is not there is reported") {
  Catalog catalog;
  Diagnostics d;
  catalog.add_dir("/nonexistent/iso20k-checklists", false, d);
  CHECK(all(d) == "/nonexistent/iso20k-checklists: error: not a folder of checklists\n");
  CHECK(catalog.entries().empty());
}

TEST_CASE("catalog: load_from_catalog loads the named checklist, or says why not") {
  TempDir dir;
  std::filesystem::copy_file(iso20k::test::fixture("checklists/small.xml"), dir / "small.xml");
  Catalog catalog;
  Diagnostics d;
  catalog.add_dir(dir.path().string(), true, d);
  const Registries none;
  const ChecklistLoad load = load_from_catalog(catalog, "test-small:2024", none);
  REQUIRE(load.checklist);
  CHECK(load.checklist->requirements.size() == 4);
  const ChecklistLoad unknown = load_from_catalog(catalog, "nope:1", none);
  CHECK_FALSE(unknown.checklist);
  CHECK(all(unknown.diagnostics) ==
        "iso20k: error: unknown checklist 'nope:1' (known: test-small:2024); give a checklist id or the path of a "
        "checklist file\n");
}

TEST_CASE("catalog: a translation overlay beside a checklist is not a checklist") {
  TempDir dir;
  write_file(dir / "mine.xml", "<checklist id=\"mine:1\"/>");
  write_file(dir / "mine.de.xml",
             "<checklist-translation xmlns=\"urn:iso20k:checklist-translation:1\" id=\"x:1\" "
             "checklist=\"mine:1\" checklist-version=\"1\" language=\"de\"/>");
  write_file(dir / "other.xml", "<!-- <checklist-translation id=\"y:1\"> -->\n<checklist id=\"other:1\"/>");
  Catalog catalog;
  Diagnostics d;
  catalog.add_dir(dir.path().string(), false, d);
  CHECK(all(d).empty());
  CHECK(listing(catalog) == "mine:1 mine.xml\nother:1 other.xml\n");
}

TEST_CASE("catalog: a file that only mentions a checklist in a comment before its root is not one") {
  TempDir dir;
  write_file(dir / "notes.xml", "<!-- copied from <checklist id=\"fake:1\"> -->\n<tailoring checklist=\"fake:1\"/>");
  write_file(dir / "real.xml", "<?xml version=\"1.0\"?>\n<!-- the real one -->\n<checklist\n  id='real:1'/>");
  Catalog catalog;
  Diagnostics d;
  catalog.add_dir(dir.path().string(), false, d);
  CHECK(all(d).empty());
  CHECK(listing(catalog) == "real:1 real.xml\n");
}
