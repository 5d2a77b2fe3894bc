// The list of string ids the reports use and the placeholders each may contain: whole names only,
// the four every string offers, and the default template defining exactly the list.
#include "iso20k/reports/template/report_strings.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "iso20k/reports/template/template_loader.h"

using namespace iso20k::reports;

TEST_CASE("report strings: each string offers its own placeholders by whole name, and the common four") {
  const StringSpec* page_of = find_report_string("label.page-of");
  REQUIRE(page_of);
  CHECK(page_of->placeholders == "page pages");
  CHECK(offers_placeholder(*page_of, "page"));
  CHECK(offers_placeholder(*page_of, "pages"));
  CHECK_FALSE(offers_placeholder(*page_of, "pag"));    // not a prefix
  CHECK_FALSE(offers_placeholder(*page_of, "ages"));   // not a suffix
  CHECK_FALSE(offers_placeholder(*page_of, "page pages"));
  CHECK_FALSE(offers_placeholder(*page_of, ""));
  for (const char* common : {"standard", "edition", "organisation", "firm"}) {
    CAPTURE(common);
    CHECK(offers_placeholder(*page_of, common));
    CHECK(offers_placeholder(*find_report_string("label.contents"), common));
  }
  const StringSpec* date = find_report_string("date.format");
  REQUIRE(date);
  CHECK(offers_placeholder(*date, "year"));
  CHECK_FALSE(offers_placeholder(*find_report_string("label.contents"), "page"));
}

TEST_CASE("report strings: unknown ids are not found, no id is listed twice") {
  CHECK(find_report_string("label.page-off") == nullptr);
  CHECK(find_report_string("") == nullptr);
  std::set<std::string_view> seen;
  for (const StringSpec& s : report_strings()) {
    CAPTURE(s.id);
    CHECK(seen.insert(s.id).second);
  }
}

TEST_CASE("report strings: the default template defines exactly the listed ids") {
  iso20k::Diagnostics d;
  const std::optional<Template> t = load_template("default", std::string(ISO20K_SOURCE_DIR) + "/templates", d);
  REQUIRE(t);
  std::set<std::string> listed;
  for (const StringSpec& s : report_strings()) listed.emplace(s.id);
  std::set<std::string> defined;
  for (const auto& [id, text] : t->strings) defined.insert(id);
  CHECK(defined == listed);
}
