// `iso20k report --out X.html` end to end: the HTML document says what the PDF says (the same section
// headings and findings as the PDF's pdftotext), is byte-identical from run to run, and the format
// follows the extension unless --format names it.
#include <doctest/doctest.h>

#include <pugixml.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "iso20k/load/results/results_reader.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;
namespace fs = std::filesystem;

namespace {

std::string demo(const std::string& name) { return source_dir() + "/examples/" + name; }

RunResult report(const std::string& input, const std::string& kind, const fs::path& out, const std::string& more = "") {
  return run_iso20k("report " + quote(input) + " --kind " + kind + " --quiet --out " + quote(out.string()) +
                    (more.empty() ? "" : " " + more));
}

void render(const std::string& input, const std::string& kind, const fs::path& out, const std::string& more = "") {
  const RunResult r = report(input, kind, out, more);
  INFO("report " << input << " --kind " << kind << " --out " << out.string() << " " << more);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  REQUIRE(fs::is_regular_file(out));
}

// The text a reader of the HTML sees (no style sheet, no markup), and its section and sub-section
// headings.
struct HtmlText {
  std::string text;
  std::vector<std::string> headings;
};

void collect(const pugi::xml_node& node, std::string& out) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_pcdata) out += child.value();
    if (child.type() == pugi::node_element && std::string(child.name()) != "style") {
      collect(child, out);
      out += ' ';
    }
  }
}

HtmlText html_text(const fs::path& html) {
  const std::string bytes = read_file(html);
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_doctype);
  REQUIRE_MESSAGE(parsed, parsed.description());
  HtmlText out;
  collect(doc.child("html").child("body"), out.text);
  out.text = squeeze(out.text);
  for (const pugi::xpath_node& h : doc.select_nodes("//section[@class='body']/h1 | //section[@class='body']/h2")) {
    out.headings.push_back(squeeze(h.node().child_value()));
  }
  return out;
}

std::vector<Finding> findings_of(const std::string& workspace) {
  TempDir t;
  const RunResult r = run_iso20k("assess " + quote(workspace) + " --quiet --out " + quote((t / "r.json").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  ResultsLoad load = read_results((t / "r.json").string());
  REQUIRE(load.results);
  return load.results->assessment.findings;
}

}  // namespace

TEST_CASE("report --out x.html: the same headings and findings as the PDF, the same bytes every run") {
  TempDir t;
  const std::string ws = demo("fenwick-cloud");
  render(ws, "gap", t / "gap.pdf", "--detail");
  render(ws, "gap", t / "gap.html", "--detail");
  render(ws, "gap", t / "again.html", "--detail");
  CHECK(read_file(t / "gap.html") == read_file(t / "again.html"));
  CHECK(read_file(t / "gap.html").starts_with("<!DOCTYPE html>"));

  const std::string pdf = squeeze(pdf_text(t / "gap.pdf"));
  const HtmlText html = html_text(t / "gap.html");
  REQUIRE(html.headings.size() > 10);
  for (const std::string& heading : html.headings) {
    CHECK_MESSAGE(pdf.find(heading) != std::string::npos, heading);
  }
  const std::vector<Finding> findings = findings_of(ws);
  REQUIRE_FALSE(findings.empty());
  for (const Finding& f : findings) {
    CHECK_MESSAGE(html.text.find(f.id) != std::string::npos, f.id);
    CHECK_MESSAGE(pdf.find(f.id) != std::string::npos, f.id);
  }
}

TEST_CASE("report --out x.html: the readiness report holds the PDF's sections") {
  TempDir t;
  const std::string ws = demo("northgate-msp");
  render(ws, "readiness", t / "r.pdf");
  render(ws, "readiness", t / "r.htm");
  const std::string pdf = squeeze(pdf_text(t / "r.pdf"));
  const HtmlText html = html_text(t / "r.htm");
  REQUIRE_FALSE(html.headings.empty());
  for (const std::string& heading : html.headings) {
    CHECK_MESSAGE(pdf.find(heading) != std::string::npos, heading);
  }
}

TEST_CASE("report --format: names the format whatever the file is called, and is checked") {
  TempDir t;
  const std::string ws = demo("fenwick-cloud");
  render(ws, "readiness", t / "r.report", "--format html");
  CHECK(read_file(t / "r.report").starts_with("<!DOCTYPE html>"));
  render(ws, "readiness", t / "r.html", "--format pdf");
  CHECK(read_file(t / "r.html").starts_with("%PDF-"));
  render(ws, "readiness", t / "r.HTML");
  CHECK(read_file(t / "r.HTML").starts_with("<!DOCTYPE html>"));
  render(ws, "readiness", t / "r.txt");  // an unknown extension: PDF, as always
  CHECK(read_file(t / "r.txt").starts_with("%PDF-"));

  const RunResult bad = report(ws, "readiness", t / "x.html", "--format docx");
  CHECK(bad.exit_code == 2);
  CHECK_MESSAGE(bad.err.find("unknown format 'docx' (pdf or html)") != std::string::npos, bad.err);
  CHECK_FALSE(fs::exists(t / "x.html"));
}
