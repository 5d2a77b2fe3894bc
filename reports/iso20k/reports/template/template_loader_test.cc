// The template loader: the bundled templates, and every way a template can be wrong, each reported at
// the exact file:line:column.
#include "iso20k/reports/template/template_loader.h"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <set>

#include "iso20k/model/phrase_text.h"
#include "iso20k/score/plan.h"
#include "iso20k/reports/template/report_sections.h"
#include "iso20k/reports/template/report_strings.h"
#include "support/test_support.h"
#include "support/pdf_probe.h"

namespace iso20k::reports {
namespace {

namespace fs = std::filesystem;
namespace t = iso20k::testing;

std::string source_dir() { return ISO20K_SOURCE_DIR; }
// The bundled templates list the gap report's client sections (the annex comes with --detail) and
// the readiness report's sections for a certification body.
constexpr std::size_t kDefaultGapSections = 9;
constexpr std::size_t kDefaultReadinessSections = 7;

std::string templates_dir() { return source_dir() + "/templates"; }

std::string messages(const Diagnostics& ds) {
  std::string out;
  for (const Diagnostic& d : ds) out += format(d) + "\n";
  return out;
}

std::optional<Template> load(const std::string& name_or_path, Diagnostics& out) {
  return load_template(name_or_path, templates_dir(), out);
}

// A copy of the default template in a folder of its own, branded with a firm and a logo (the default is
// neutral), with `from` replaced by `to`
// in template.xml. Returns the path of template.xml; `at` is the offset of the replacement.
struct Variant {
  fs::path file;
  std::string text;
  std::size_t at = std::string::npos;
  // "file:line:column" of `needle`, searched from the replacement on.
  std::string where(const std::string& needle, std::size_t skip = 0) const {
    const std::size_t offset = text.find(needle, at == std::string::npos ? 0 : at) + skip;
    return file.string() + ":" + iso20k::test::line_column(text, offset);
  }
};

Variant variant(const t::TempDir& dir, const std::string& from, const std::string& to) {
  Variant v;
  const fs::path folder = dir.path() / "custom";
  fs::create_directories(folder);
  fs::copy_file(source_dir() + "/tests/fixtures/branding/logo.png", folder / "logo.png",
                fs::copy_options::overwrite_existing);
  v.text = iso20k::test::read_file(templates_dir() + "/default/template.xml");
  const std::size_t branding = v.text.find("<branding>");
  REQUIRE(branding != std::string::npos);
  v.text.insert(branding + 10, "\n    <firm>Northbridge Assurance Partners</firm>\n    <logo file=\"logo.png\"/>");
  if (!from.empty()) {
    v.at = v.text.find(from);
    REQUIRE_MESSAGE(v.at != std::string::npos, from);
    v.text.replace(v.at, from.size(), to);
  }
  v.file = folder / "template.xml";
  iso20k::test::write_file(v.file, v.text);
  return v;
}

// Loads the variant and expects exactly one diagnostic, at `where`, containing `message`.
void expect_error(const Variant& v, const std::string& where, const std::string& message) {
  Diagnostics ds;
  const std::optional<Template> tmpl = load(v.file.string(), ds);
  INFO(messages(ds));
  CHECK_FALSE(tmpl);
  REQUIRE(ds.size() == 1);
  CHECK(format(ds[0]).starts_with(where + ": error: "));
  CHECK(ds[0].message.find(message) != std::string::npos);
}

// The report strings a template defines (its wordings of the engine's phrases, "phrase.*", apart).
std::set<std::string> ids(const Template& tmpl) {
  std::set<std::string> out;
  for (const auto& [id, text] : tmpl.strings) {
    if (id.rfind("phrase.", 0) != 0) out.insert(id);
  }
  return out;
}

std::set<std::string> phrase_ids(const Template& tmpl) {
  std::set<std::string> out;
  for (const auto& [id, text] : tmpl.strings) {
    if (id.rfind("phrase.", 0) == 0) out.insert(id);
  }
  return out;
}

}  // namespace

TEST_CASE("templates: the bundled templates load and carry every string the reports use") {
  CHECK(bundled_templates(templates_dir()) == std::vector<std::string>{"default", "default-de", "default-letter"});
  std::set<std::string> required;
  for (const StringSpec& s : report_strings()) required.insert(std::string(s.id));
  for (const std::string& name : bundled_templates(templates_dir())) {
    CAPTURE(name);
    Diagnostics ds;
    const std::optional<Template> tmpl = load(name, ds);
    INFO(messages(ds));
    REQUIRE(tmpl);
    CHECK(ds.empty());
    CHECK(tmpl->name == name);
    CHECK(ids(*tmpl) == required);
    CHECK(tmpl->sections.at(ReportKind::gap).size() == kDefaultGapSections);
    CHECK(tmpl->sections.at(ReportKind::readiness).size() == kDefaultReadinessSections);
    CHECK(tmpl->branding.firm.empty());  // neutral: the profile names who assessed
    CHECK(tmpl->branding.logo.empty());
  }
}

TEST_CASE("templates: English and German differ in language, not in shape — Letter only in paper") {
  const Template en = *[] { Diagnostics d; return load("default", d); }();
  const Template de = *[] { Diagnostics d; return load("default-de", d); }();
  const Template letter = *[] { Diagnostics d; return load("default-letter", d); }();
  CHECK(en.language == "en");
  CHECK(de.language == "de");
  CHECK(en.page == PageSize::a4);
  CHECK(de.page == PageSize::a4);
  CHECK(letter.page == PageSize::letter);
  CHECK(ids(en) == ids(de));
  // English comes from the engine; German words every phrase the engine writes.
  CHECK(phrase_ids(en).empty());
  std::set<std::string> phrases;
  for (const PhraseWording& w : phrase_wordings()) phrases.insert("phrase." + std::string(w.key));
  CHECK(phrase_ids(de) == phrases);
  CHECK(en.text("label.contents") == "Contents");
  CHECK(de.text("label.contents") == "Inhalt");
  CHECK(de.text("section.findings-register") == "Feststellungen");
  CHECK(de.branding.confidentiality == "Vertraulich");
  CHECK(letter.strings == en.strings);
  CHECK(letter.sections == en.sections);
  // Every translated string uses only the placeholders its English original could use.
  for (const auto& [id, text] : de.strings) CHECK_MESSAGE(!text.empty(), id);
}

TEST_CASE("templates: the default plan phases are the engine's phase titles") {
  Diagnostics ds;
  const std::optional<Template> en = load("default", ds);
  REQUIRE(en);
  for (int phase = 1; phase <= 4; ++phase) CHECK(en->text("phase." + std::to_string(phase)) == phase_title(phase));
}

TEST_CASE("templates: Template::format fills placeholders and leaves unknown ones") {
  Template tmpl;
  tmpl.name = "x";
  tmpl.strings["a"] = "Page {page} of {pages} for {who}";
  CHECK(tmpl.format("a", {{"page", "3"}, {"pages", "9"}}) == "Page 3 of 9 for {who}");
  CHECK(tmpl.format("a", {{"who", "{page}"}, {"page", "1"}, {"pages", "2"}}) == "Page 1 of 2 for {page}");
  CHECK_THROWS_WITH_AS(tmpl.text("missing"), "report template 'x' has no string 'missing'", std::out_of_range);
}

TEST_CASE("templates: a bundled name, a path to template.xml or a path to its folder") {
  Diagnostics ds;
  CHECK(load(templates_dir() + "/default/template.xml", ds));
  CHECK(load(templates_dir() + "/default-de", ds));
  CHECK(ds.empty());
  const std::optional<Template> unknown = load("defualt", ds);
  CHECK_FALSE(unknown);
  REQUIRE(ds.size() == 1);
  CHECK(format(ds[0]) ==
        "iso20k: error: unknown template 'defualt' (did you mean 'default'?); the bundled templates are default, default-de, "
        "default-letter (or give the path of a template.xml)");
  ds.clear();
  CHECK_FALSE(load("/nonexistent/template.xml", ds));
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message == "template file not found: /nonexistent/template.xml");
}

TEST_CASE("templates: a missing logo is refused at the logo's file attribute") {
  t::TempDir dir("tmpl-missing-logo");
  const Variant v = variant(dir, "<logo file=\"logo.png\"/>", "<logo file=\"brand/missing.png\"/>");
  expect_error(v, v.where("brand/missing.png"), "logo file not found: ");
}

TEST_CASE("templates: a corrupt logo is refused") {
  t::TempDir dir("tmpl-corrupt-logo");
  const Variant v = variant(dir, "", "");
  std::vector<std::uint8_t> png = t::read_bytes(v.file.parent_path() / "logo.png");
  png[png.size() / 2] ^= 0xFF;  // a CRC no longer matches
  t::write_bytes(v.file.parent_path() / "logo.png", png);
  expect_error(v, v.where("logo.png\""), "corrupt PNG image");

  iso20k::test::write_file(v.file.parent_path() / "logo.png", "GIF89a not a png at all");
  expect_error(v, v.where("logo.png\""), "is neither a PNG nor a JPEG image");
  iso20k::test::write_file(v.file.parent_path() / "logo.png", "");
  expect_error(v, v.where("logo.png\""), "is empty");
}

TEST_CASE("templates: a 16-bit PNG logo is refused, an 8-bit one accepted") {
  t::TempDir dir("tmpl-16bit-logo");
  const Variant v = variant(dir, "", "");
  t::write_bytes(v.file.parent_path() / "logo.png", t::make_logo_png(16));
  expect_error(v, v.where("logo.png\""), "is a 16-bit PNG, which would be embedded corrupted");
  t::write_bytes(v.file.parent_path() / "logo.png", t::make_logo_png(8));
  Diagnostics ds;
  CHECK(load(v.file.string(), ds));
  CHECK(ds.empty());
}

TEST_CASE("templates: an interlaced, oversized or non-regular logo is refused at the template check") {
  t::TempDir dir("tmpl-logo-limits");
  const Variant v = variant(dir, "", "");
  const fs::path logo = v.file.parent_path() / "logo.png";
  t::write_bytes(logo, t::make_png_header(240, 80, 8, 1));
  expect_error(v, v.where("logo.png\""), "is an interlaced PNG, which cannot be embedded");
  t::write_bytes(logo, t::make_png_header(0x7FFFFFFF, 0x7FFFFFFF));
  expect_error(v, v.where("logo.png\""), "is 2147483647 × 2147483647 pixels; images of at most 8000 × 8000");
  t::write_bytes(logo, t::make_jpeg_header(60000, 60000));
  expect_error(v, v.where("logo.png\""), "is 60000 × 60000 pixels");
  fs::remove(logo);
  REQUIRE(::mkfifo(logo.c_str(), 0600) == 0);
  expect_error(v, v.where("logo.png\""), "a named pipe (FIFO), not a regular file");
}

TEST_CASE("templates: a logo outside the template folder is refused") {
  t::TempDir dir("tmpl-logo-outside");
  fs::copy_file(source_dir() + "/tests/fixtures/branding/logo.png", dir.path() / "outside.png");
  {
    const Variant v = variant(dir, "<logo file=\"logo.png\"/>", "<logo file=\"../outside.png\"/>");
    expect_error(v, v.where("../outside.png"), "outside the template folder");
  }
  {
    const std::string absolute = (dir.path() / "outside.png").string();
    const Variant v = variant(dir, "<logo file=\"logo.png\"/>", "<logo file=\"" + absolute + "\"/>");
    expect_error(v, v.where(absolute), "is an absolute path; give a path relative to the template folder");
  }
  {
    // A symbolic link inside the folder that leads out of it.
    const Variant v = variant(dir, "<logo file=\"logo.png\"/>", "<logo file=\"link.png\"/>");
    fs::create_symlink(dir.path() / "outside.png", v.file.parent_path() / "link.png");
    expect_error(v, v.where("link.png"), "outside the template folder");
  }
  {
    // ".." that stays inside is fine.
    const Variant v = variant(dir, "<logo file=\"logo.png\"/>", "<logo file=\"./sub/../logo.png\"/>");
    fs::create_directories(v.file.parent_path() / "sub");
    Diagnostics ds;
    const std::optional<Template> tmpl = load(v.file.string(), ds);
    INFO(messages(ds));
    REQUIRE(tmpl);
    CHECK(tmpl->branding.logo == fs::canonical(v.file.parent_path() / "logo.png").string());
  }
}

TEST_CASE("templates: unknown and misplaced sections") {
  t::TempDir dir("tmpl-sections");
  {
    const Variant v = variant(dir, "<section id=\"executive-summary\"/>", "<section id=\"executive-sumary\"/>");
    expect_error(v, v.where("executive-sumary"),
                 "unknown section 'executive-sumary' in the gap report (did you mean 'executive-summary'?)");
  }
  {
    const Variant v = variant(dir, "<section id=\"verdict\"/>", "<section id=\"findings-register\"/>");
    expect_error(v, v.where("findings-register"), "unknown section 'findings-register' in the readiness report");
  }
  {
    const Variant v = variant(dir, "<section id=\"scope-and-method\"/>", "<section id=\"executive-summary\"/>");
    expect_error(v, v.where("executive-summary\"/>", 0), "section 'executive-summary' is listed twice");
  }
  {
    const Variant v = variant(dir, "    <section id=\"outstanding-evidence\"/>\n",
                              "    <section id=\"outstanding-evidence\"/>\n    <section id=\"evidence-register\"/>\n"
                              "    <section id=\"scope-and-method\"/>\n    <section id=\"score-computation\"/>\n");
    // the first scope-and-method is now a duplicate further down; remove the first to isolate the order error
    Variant w = v;
    const std::size_t first = w.text.find("    <section id=\"scope-and-method\"/>\n");
    w.text.erase(first, std::string("    <section id=\"scope-and-method\"/>\n").size());
    w.at = w.text.find("<section id=\"scope-and-method\"/>");
    iso20k::test::write_file(w.file, w.text);
    expect_error(w, w.where("scope-and-method"), "section 'scope-and-method' must come before the appendices");
  }
}

TEST_CASE("templates: a missing string is reported at the string table") {
  t::TempDir dir("tmpl-missing-string");
  const Variant v = variant(dir, "    <string id=\"gap.title\">{standard} Gap Assessment</string>\n", "");
  const std::string at = v.file.string() + ":" + iso20k::test::line_column(v.text, v.text.find("<strings>"));
  expect_error(v, at, "missing string 'gap.title', which the reports use");
}

TEST_CASE("templates: unknown string ids, repeated ids and placeholders a string does not offer") {
  t::TempDir dir("tmpl-strings");
  {
    const Variant v = variant(dir, "<string id=\"label.contents\">", "<string id=\"label.content\">");
    Diagnostics ds;
    CHECK_FALSE(load(v.file.string(), ds));
    INFO(messages(ds));
    REQUIRE(ds.size() == 2);  // the unknown id, and then label.contents missing
    CHECK(format(ds[0]).starts_with(v.where("label.content\"") + ": error: unknown string id 'label.content' (did you mean 'label.contents'?)"));
    CHECK(ds[1].message == "missing string 'label.contents', which the reports use");
  }
  {
    const Variant v = variant(dir, "Page {page} of {pages}", "Page {page} of {total}");
    expect_error(v, v.where("{total}"), "string 'label.page-of' has no placeholder {total}; it offers {page}, {pages}");
  }
  {
    const Variant v = variant(dir, "    <string id=\"label.yes\">Yes</string>\n",
                              "    <string id=\"label.yes\">Yes</string>\n    <string id=\"label.yes\">Ja</string>\n");
    expect_error(v, v.where("label.yes\">Ja"), "string 'label.yes' is defined twice");
  }
}

TEST_CASE("templates: colours must be #RRGGBB") {
  t::TempDir dir("tmpl-colour");
  const Variant v = variant(dir, "primary=\"#1B365D\"", "primary=\"#1B365\"");
  expect_error(v, v.where("#1B365"), "colour '#1B365' is not of the form #RRGGBB");
  const Variant w = variant(dir, "accent=\"#0072B2\"", "accent=\"blue\"");
  expect_error(w, w.where("blue"), "colour 'blue' is not of the form #RRGGBB");
  const Variant ok = variant(dir, "primary=\"#1B365D\"", "primary=\"#ff8000\"");
  Diagnostics ds;
  const std::optional<Template> tmpl = load(ok.file.string(), ds);
  REQUIRE(tmpl);
  CHECK(tmpl->branding.primary.r == doctest::Approx(1.0));
  CHECK(tmpl->branding.primary.g == doctest::Approx(128 / 255.0));
  CHECK(tmpl->branding.primary.b == doctest::Approx(0.0));
}

TEST_CASE("templates: page size A4 or Letter") {
  t::TempDir dir("tmpl-page");
  const Variant v = variant(dir, "<page size=\"A4\"/>", "<page size=\"Letter\"/>");
  Diagnostics ds;
  const std::optional<Template> tmpl = load(v.file.string(), ds);
  REQUIRE(tmpl);
  CHECK(tmpl->page == PageSize::letter);
  const Variant w = variant(dir, "<page size=\"A4\"/>", "<page size=\"A3\"/>");
  expect_error(w, w.where("A3"), "attribute 'size' is 'A3'; expected one of: A4 Letter");
}

TEST_CASE("templates: a template extending another changes only what it says") {
  t::TempDir dir("tmpl-extends");
  fs::create_directories(dir.path() / "acme");
  iso20k::test::write_file(dir.path() / "acme" / "template.xml",
                           "<template xmlns=\"urn:iso20k:template:1\" extends=\"default\">\n"
                           "  <branding><firm>Acme Certification</firm><logo/><colours primary=\"#202020\"/></branding>\n"
                           "  <report kind=\"readiness\"><section id=\"cover\"/><section id=\"verdict\"/></report>\n"
                           "  <strings><string id=\"label.yes\">Yep</string></strings>\n"
                           "</template>\n");
  Diagnostics ds;
  const std::optional<Template> tmpl = load((dir.path() / "acme").string(), ds);
  INFO(messages(ds));
  REQUIRE(tmpl);
  CHECK(tmpl->name == "acme");
  CHECK(tmpl->branding.firm == "Acme Certification");
  CHECK(tmpl->branding.logo.empty());
  CHECK(tmpl->branding.confidentiality == "Confidential");
  CHECK(tmpl->text("label.yes") == "Yep");
  CHECK(tmpl->text("label.no") == "No");
  CHECK(tmpl->sections.at(ReportKind::readiness) == std::vector<std::string>{"cover", "verdict"});
  CHECK(tmpl->sections.at(ReportKind::gap).size() == kDefaultGapSections);

  // Extending itself, directly or through another, is refused.
  iso20k::test::write_file(dir.path() / "acme" / "template.xml",
                           "<template xmlns=\"urn:iso20k:template:1\" extends=\"../b/template.xml\"/>\n");
  fs::create_directories(dir.path() / "b");
  iso20k::test::write_file(dir.path() / "b" / "template.xml",
                           "<template xmlns=\"urn:iso20k:template:1\" extends=\"../acme\"/>\n");
  ds.clear();
  CHECK_FALSE(load((dir.path() / "acme").string(), ds));
  INFO(messages(ds));
  REQUIRE(ds.size() == 2);
  CHECK(format(ds[0]).starts_with((dir.path() / "b" / "template.xml").string() + ":1:50: error: template '../acme' extends itself"));
  CHECK(ds[1].message == "the template '../b/template.xml' it extends cannot be used (see above)");
}

TEST_CASE("templates: a template that extends nothing must say everything") {
  t::TempDir dir("tmpl-minimal");
  fs::create_directories(dir.path() / "bare");
  iso20k::test::write_file(dir.path() / "bare" / "template.xml",
                           "<template xmlns=\"urn:iso20k:template:1\" language=\"en\">\n  <strings/>\n</template>\n");
  Diagnostics ds;
  CHECK_FALSE(load((dir.path() / "bare").string(), ds));
  const std::string all = messages(ds);
  INFO(all);
  const std::string file = (dir.path() / "bare" / "template.xml").string();
  CHECK(all.find(file + ":1:1: error: <template> needs a <branding> element") != std::string::npos);
  CHECK(all.find(file + ":1:1: error: <template> needs a <report kind=\"gap\"> element") != std::string::npos);
  CHECK(all.find(file + ":2:3: error: missing string 'gap.title', which the reports use") != std::string::npos);
  CHECK(all.find("more missing strings; templates/default/template.xml defines them all") != std::string::npos);
}

}  // namespace iso20k::reports
