// The small additions the report kinds needed in the layout layer: tables without a header row and
// their measured height, cover details, badge and captions in the report's language, and the page
// number on plain pages.
#include <doctest/doctest.h>

#include "iso20k/reports/layout/cover.h"
#include "iso20k/reports/layout/flow.h"
#include "iso20k/reports/layout/page_decoration.h"
#include "iso20k/reports/layout/table.h"
#include "support/pdf_probe.h"

namespace iso20k::layout {
namespace {

namespace t = iso20k::testing;

Table label_values(bool header) {
  Table table;
  table.columns = {{"Label", ColumnWidth::pt(120)}, {"Value", ColumnWidth::share(1)}};
  table.header = header;
  table.rows = {{"Standard", "ISO/IEC 20000-1:2018"}, {"Assessors", "Jane Doe\nJohn Roe"}, {"Persons", "26"}};
  return table;
}

}  // namespace

TEST_CASE("layout additions: a table without a header row, and the height of a table's start") {
  Document doc;
  Flow flow(doc);
  const Table with = label_values(true);
  const Table without = label_values(false);
  const double all = table_height(flow, with);
  const double body = table_height(flow, without);
  CHECK(all > body);
  CHECK(table_height(flow, with, 1) < all);
  CHECK(table_height(flow, without, 0) == 0);
  // Laid out, the table takes exactly the height measured (plus the paragraph space after it).
  flow.paragraph("Before");
  const double top = flow.cursor();
  add_table(flow, without);
  CHECK(top - flow.cursor() == doctest::Approx(body + flow.theme().paragraph_space));
  flow.finish(PageDecoration{});
  t::TempDir dir("layout-headerless");
  doc.save(dir / "t.pdf");
  const std::string text = t::pdf_text(dir / "t.pdf");
  CHECK(text.find("Assessors") != std::string::npos);
  CHECK(text.find("Label") == std::string::npos);  // no header row
}

TEST_CASE("layout additions: cover details, badge, caption and the page number on the cover") {
  t::TempDir dir("layout-cover-additions");
  Document doc;
  Flow flow(doc);
  Cover cover;
  cover.title = "Gap-Analyse";
  cover.organisation = "Beispiel GmbH";
  cover.date = "17. Februar 2026";
  cover.prepared_by = "Musterberatung";
  cover.prepared_by_label = "ERSTELLT VON";
  cover.details = {{"Checkliste", "ISO/IEC 20000-1:2018"}, {"Bewerter", "Erika Mustermann"}};
  cover.badge = "Bereit für Stufe 1";
  cover.badge_color = hex(0xE69F00);
  add_cover(flow, cover);
  flow.heading(1, "1 Zusammenfassung");
  flow.paragraph("Text.");
  PageDecoration decoration{"Musterberatung", "Gap-Analyse", "Vertraulich", "Beispiel GmbH", "Seite {page} von {pages}"};
  decoration.number_plain_pages = true;
  flow.finish(decoration);
  doc.save(dir / "cover.pdf");
  const std::string first = t::pdf_page_text(dir / "cover.pdf", 1);
  for (const char* s : {"ERSTELLT VON", "Checkliste", "ISO/IEC 20000-1:2018", "Bewerter", "Erika Mustermann",
                        "Bereit für Stufe 1", "Seite 1 von 2"}) {
    CHECK_MESSAGE(first.find(s) != std::string::npos, s);
  }
  CHECK(first.find("PREPARED BY") == std::string::npos);
  CHECK(first.find("Vertraulich") == std::string::npos);  // the cover carries no running footer
  CHECK(t::pdf_page_text(dir / "cover.pdf", 2).find("Seite 2 von 2") != std::string::npos);
  CHECK(t::overlapping_words(t::pdf_words(dir / "cover.pdf", 1)).empty());
}

TEST_CASE("layout additions: a long centre footer gets the room the sides leave") {
  t::TempDir dir("layout-footer-centre");
  Document doc;
  Flow flow(doc);
  flow.paragraph("Text.");
  const std::string organisation = "Harrow & Vale Building Society, IT Services";
  flow.finish(PageDecoration{"Firm", "Title", "Confidential", organisation, "Page {page} of {pages}"});
  doc.save(dir / "f.pdf");
  CHECK(t::pdf_text(dir / "f.pdf").find(organisation) != std::string::npos);
}

}  // namespace iso20k::layout
