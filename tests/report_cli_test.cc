// `iso20k report` end to end: what the PDFs contain (pdftotext), that every font is embedded
// (pdffonts), that they are well formed (qpdf --check), deterministic (byte-identical runs, and the
// same from results.json as from the workspace), that non-Latin names, over-wide texts and long
// checklists survive the layout, and the exit codes — with no output file left behind on any error.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <set>
#include <sstream>
#include <vector>

#include "iso20k/format/json_writer.h"
#include "iso20k/load/results/results_reader.h"
#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/load/tailoring/tailoring_loader.h"
#include "support/test_support.h"

using namespace iso20k;
using namespace iso20k::test;
namespace fs = std::filesystem;

namespace {

const std::string kDemos[] = {"northgate-msp", "harrow-vale-it", "fenwick-cloud"};

std::string demo(const std::string& name) { return source_dir() + "/examples/" + name; }
std::string small_checklist() { return fixture("checklists/small.xml"); }

int pdf_pages(const fs::path& pdf) {
  const RunResult r = run("pdfinfo " + quote(pdf.string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::size_t at = r.out.find("Pages:");
  REQUIRE(at != std::string::npos);
  return std::stoi(r.out.substr(at + 6));
}

// The files in a folder, by name (to prove that a failed run left nothing behind).
std::set<std::string> files_in(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

RunResult report(const std::string& input, const std::string& kind, const fs::path& out,
                 const std::string& more = "") {
  return run_iso20k("report " + quote(input) + " --kind " + kind + " --out " + quote(out.string()) +
                    (more.empty() ? "" : " " + more));
}

// Renders and requires success.
void render(const std::string& input, const std::string& kind, const fs::path& out,
            const std::string& more = "") {
  const RunResult r = report(input, kind, out, more);
  INFO("report " << input << " --kind " << kind << " " << more);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  REQUIRE(fs::is_regular_file(out));
}

// Writes a workspace in INI for `checklist` (an absolute path): the small fixture's evidence items
// by default, one nonconformity and one partial result among them.
struct WorkspaceSpec {
  std::string organisation = "Fixture Services Ltd";
  std::string assessors = "Jane Doe; Ravi Patel";
  std::string checklist = small_checklist();
  std::string date = "2026-03-10";
  std::string evidence =
      "[DOC-POLICY]\nstatus = seen\nreference = POL-001\nreviewed = 2026-01-15\napproved-by = CEO\n\n"
      "[REC-INCIDENTS]\nstatus = partial\nreference = INC export\nissued = 2026-02-28\n\n"
      "[REC-CHANGES]\nstatus = missing\n";
  std::string metrics = "[MET-INC-RESOLVED]\nvalue = 85\nperiod = 2026-Q1\n";
};

void write_workspace(const fs::path& dir, const WorkspaceSpec& spec) {
  fs::create_directories(dir);
  write_file(dir / "profile.ini",
             "[profile]\norganisation = " + spec.organisation + "\nchecklist = " + spec.checklist +
                 "\nassessment-date = " + spec.date + "\nassessors = " + spec.assessors +
                 "\nscope = The service desk and hosting for customers in Leeds.\npersons = 45\n");
  if (!spec.evidence.empty()) write_file(dir / "evidence.ini", spec.evidence);
  if (!spec.metrics.empty()) write_file(dir / "metrics.ini", spec.metrics);
}

// What the assessment of `workspace` found, read from the results.json `assess` writes.
Results assessed(const std::string& workspace) {
  TempDir t;
  const RunResult r = run_iso20k("assess " + quote(workspace) + " --quiet --out " + quote((t / "r.json").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  ResultsLoad load = read_results((t / "r.json").string());
  REQUIRE(load.results);
  return std::move(*load.results);
}

// A checklist with `n` requirements spread over 12 leaf clauses, for page-break tests.
std::string generated_checklist(int n) {
  std::ostringstream x;
  x << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<checklist xmlns=\"urn:iso20k:checklist:1\" id=\"test-generated:2024\" standard=\"Test Standard\"\n"
       "           edition=\"2024\" version=\"1.0.0\" language=\"en\">\n"
       "  <title>Generated checklist</title>\n  <licence>CC0 test data</licence>\n  <clauses>\n"
       "    <clause number=\"4\" title=\"Context\" kind=\"hls\">\n";
  for (int c = 1; c <= 4; ++c) x << "      <clause number=\"4." << c << "\" title=\"Context part " << c << "\"/>\n";
  x << "    </clause>\n    <clause number=\"8\" title=\"Operation\" kind=\"sms\">\n";
  for (int c = 1; c <= 8; ++c) x << "      <clause number=\"8." << c << "\" title=\"Operation part " << c << "\"/>\n";
  x << "    </clause>\n  </clauses>\n  <processes>\n"
       "    <process id=\"ops\" name=\"Operations\" clauses=\"8.1 8.2 8.3 8.4 8.5 8.6 8.7 8.8\"/>\n"
       "  </processes>\n  <evidence-items>\n";
  for (int e = 1; e <= 5; ++e) {
    x << "    <evidence id=\"REC-GEN-" << e << "\" kind=\"record\">\n      <title>Generated record " << e
      << "</title>\n      <description>Records of kind " << e << ".</description>\n    </evidence>\n";
  }
  x << "  </evidence-items>\n  <requirements>\n";
  for (int i = 1; i <= n; ++i) {
    const int clause = (i - 1) * 12 / n;  // 0..11, in order
    const std::string number = clause < 4 ? "4." + std::to_string(clause + 1) : "8." + std::to_string(clause - 3);
    char id[32];
    std::snprintf(id, sizeof id, "R-GEN-%03d", i);
    x << "    <requirement id=\"" << id << "\" clause=\"" << number << "\""
      << (clause >= 4 ? " processes=\"ops\" capability=\"PA1.1\"" : "") << ">\n"
      << "      <text>Generated requirement " << i << " is met and kept under review by its owner.</text>\n"
      << "      <guidance>Sample the records.</guidance>\n"
      << "      <evidence ref=\"REC-GEN-" << (i % 5 + 1) << "\"/>\n    </requirement>\n";
  }
  x << "  </requirements>\n</checklist>\n";
  return x.str();
}

}  // namespace

TEST_CASE("report: the gap report shows the organisation, every clause, every finding, page numbers") {
  TempDir t;
  for (const std::string& name : kDemos) {
    CAPTURE(name);
    const fs::path pdf = t / (name + ".pdf");
    render(demo(name), "gap", pdf, "--detail");
    const std::string text = squeeze(pdf_text(pdf));
    const Results r = assessed(demo(name));
    CHECK(text.find(squeeze(r.workspace.profile.organisation)) != std::string::npos);
    for (const auto& clause : r.checklist.clauses) {
      // Top-level clauses are headed "Clause 4: Context of the organization", the others "4.1 …".
      const std::string heading = squeeze(clause.depth == 0 ? "Clause " + clause.number + ": " + clause.title
                                                            : clause.number + " " + clause.title);
      CHECK_MESSAGE(text.find(heading) != std::string::npos, heading);
    }
    // Every line of every statement but the first (the report names the requirement by clause and the
    // checklist requirements by id, their texts are in the annex): a line may run across a page
    // break, so its first words are checked.
    for (const Finding& f : r.assessment.findings) {
      std::size_t start = f.statement.find('\n') + 1;
      CHECK_MESSAGE(text.find(squeeze(f.id + " · ")) != std::string::npos, f.id);
      while (start < f.statement.size()) {
        const std::size_t end = std::min(f.statement.find('\n', start), f.statement.size());
        const std::string line = squeeze(f.statement.substr(start, std::min<std::size_t>(end - start, 80)));
        CHECK_MESSAGE(text.find(line) != std::string::npos, f.id << ": " << line);
        start = end + 1;
      }
    }
    const int pages = pdf_pages(pdf);
    for (int p = 2; p <= pages; ++p) {
      CHECK_MESSAGE(text.find("Page " + std::to_string(p) + " of " + std::to_string(pages)) != std::string::npos,
                    "page " << p);
    }
  }
}

TEST_CASE("report: every font is embedded and qpdf finds the PDFs well formed") {
  TempDir t;
  for (const char* kind : {"gap", "readiness"}) {
    const fs::path pdf = t / (std::string(kind) + ".pdf");
    render(demo("northgate-msp"), kind, pdf);
    const RunResult fonts = run("pdffonts " + quote(pdf.string()));
    REQUIRE(fonts.exit_code == 0);
    std::istringstream lines(fonts.out);
    std::string line;
    int rows = 0;
    for (int i = 0; std::getline(lines, line); ++i) {
      if (i < 2 || line.empty()) continue;  // the header and its underline
      std::istringstream words(line);
      std::vector<std::string> w{std::istream_iterator<std::string>(words), {}};
      REQUIRE(w.size() >= 6);
      // name type… encoding emb sub uni object-id generation: emb is the fifth from the end.
      CHECK_MESSAGE(w[w.size() - 5] == "yes", line);
      ++rows;
    }
    CHECK(rows >= 1);
    const RunResult check = run("qpdf --check " + quote(pdf.string()));
    CHECK_MESSAGE(check.exit_code == 0, check.out << check.err);
  }
}

TEST_CASE("report: identical inputs give byte-identical PDFs") {
  TempDir t;
  for (const char* kind : {"gap", "readiness"}) {
    render(demo("harrow-vale-it"), kind, t / "one.pdf");
    render(demo("harrow-vale-it"), kind, t / "two.pdf");
    CHECK(read_file(t / "one.pdf") == read_file(t / "two.pdf"));
  }
}

TEST_CASE("report: from results.json it is the same PDF as from the workspace") {
  TempDir t;
  for (const std::string& name : kDemos) {
    CAPTURE(name);
    const RunResult a = run_iso20k("assess " + quote(demo(name)) + " --quiet --out " + quote((t / "results.json").string()));
    REQUIRE_MESSAGE(a.exit_code == 0, a.err);
    for (const char* kind : {"gap", "readiness"}) {
      render(demo(name), kind, t / "from-workspace.pdf");
      render((t / "results.json").string(), kind, t / "from-results.pdf");
      CHECK(read_file(t / "from-workspace.pdf") == read_file(t / "from-results.pdf"));
    }
  }
}

TEST_CASE("report: names in accented Latin, Greek and Cyrillic letters survive into the text") {
  TempDir t;
  WorkspaceSpec spec;
  spec.organisation = "Société Générale d'Équipements Ærøskøbing — Ελληνικές Υπηρεσίες — Северный Сервис";
  spec.assessors = "Zoë Łukasiewicz-Dvořák; Δημήτρης Παπαδόπουλος; Ирина Соколова";
  write_workspace(t / "ws", spec);
  for (const char* kind : {"gap", "readiness"}) {
    const fs::path pdf = t / (std::string(kind) + ".pdf");
    render((t / "ws").string(), kind, pdf);
    const std::string text = squeeze(pdf_text(pdf));
    CHECK_MESSAGE(text.find(spec.organisation) != std::string::npos, text.substr(0, 600));
    for (const char* who : {"Zoë Łukasiewicz-Dvořák", "Δημήτρης Παπαδόπουλος", "Ирина Соколова"}) {
      CHECK_MESSAGE(text.find(who) != std::string::npos, who);
    }
  }
}

TEST_CASE("report: a requirement text ten times wider than the page wraps, no word lost") {
  TempDir t;
  std::string words;
  for (int i = 0; i < 160; ++i) words += (i ? " " : "") + std::string("widetext") + std::to_string(i);
  std::string checklist = read_file(small_checklist());
  const std::string find = "<text>Changes are approved before deployment.</text>";
  const std::size_t at = checklist.find(find);
  REQUIRE(at != std::string::npos);
  checklist.replace(at, find.size(), "<text>" + words + "</text>");  // R-8.2-01: a finding
  write_file(t / "wide.xml", checklist);
  WorkspaceSpec spec;
  spec.checklist = (t / "wide.xml").string();
  write_workspace(t / "ws", spec);
  render((t / "ws").string(), "gap", t / "gap.pdf", "--detail");
  const std::string text = squeeze(pdf_text(t / "gap.pdf"));
  for (int i = 0; i < 160; ++i) {
    const std::string w = "widetext" + std::to_string(i);
    CHECK_MESSAGE(text.find(w + " ") != std::string::npos, w);
  }
}

TEST_CASE("report: a 500-requirement checklist breaks over pages without losing text") {
  TempDir t;
  write_file(t / "generated.xml", generated_checklist(500));
  WorkspaceSpec spec;
  spec.checklist = (t / "generated.xml").string();
  spec.evidence = "[REC-GEN-1]\nstatus = seen\nissued = 2026-01-10\n\n[REC-GEN-2]\nstatus = partial\n\n"
                  "[REC-GEN-3]\nstatus = missing\n";
  spec.metrics.clear();
  write_workspace(t / "ws", spec);
  const fs::path pdf = t / "gap.pdf";
  render((t / "ws").string(), "gap", pdf, "--detail");
  const std::string text = squeeze(pdf_text(pdf));
  for (int i = 1; i <= 500; ++i) {
    char id[32];
    std::snprintf(id, sizeof id, "R-GEN-%03d", i);
    CHECK_MESSAGE(text.find(id) != std::string::npos, id);
  }
  // The tables that list requirements run over many pages; every page of such a section that
  // shows requirement rows starts with the table's header row again. The sections' first pages
  // come from the contents page ("Appendix A Requirement results 17").
  const int pages = pdf_pages(pdf);
  CHECK(pages > 20);
  const std::string contents = pdf_text(pdf, 2, 3);
  const auto starts = [&](const std::string& title) {
    const std::size_t at = contents.find(title + " ");
    REQUIRE_MESSAGE(at != std::string::npos, title);
    return std::stoi(contents.substr(at + title.size() + 1));
  };
  const struct {
    int first, last;
    std::string header;
  } sections[] = {
      {starts("Requirement results"), starts("Evidence register") - 1, "Requirement Result Evidence Finding"},
      {starts("How the scores were computed"), pages, "Requirement Basis Explanation"},
  };
  for (const auto& section : sections) {
    int with_rows = 0;
    for (int p = section.first; p <= section.last; ++p) {
      const std::string page = squeeze(pdf_text(pdf, p, p));
      if (page.find("R-GEN-") == std::string::npos) continue;
      ++with_rows;
      CHECK_MESSAGE(page.find(section.header) != std::string::npos, "page " << p << ": " << page.substr(0, 300));
    }
    CAPTURE(section.header);
    CHECK(with_rows >= 3);  // the table did break over pages
  }
}

TEST_CASE("report --previous: the trend of the scores from earlier results of the same organisation") {
  TempDir t;
  const std::string northgate = demo("northgate-msp");
  RunResult r = run_iso20k("assess " + quote(northgate) + " --as-of 2025-11-17 --quiet --out " + quote((t / "nov.json").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = run_iso20k("assess " + quote(demo("fenwick-cloud")) + " --as-of 2025-11-17 --quiet --out " +
                 quote((t / "other.json").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = run_iso20k("assess " + quote(northgate) + " --as-of 2026-06-01 --quiet --out " + quote((t / "later.json").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);

  const fs::path pdf = t / "trend.pdf";
  render(northgate, "gap", pdf, "--previous " + quote((t / "nov.json").string()));
  const std::string text = squeeze(pdf_text(pdf));
  CHECK(text.find("Scores over time") != std::string::npos);
  CHECK(text.find("Nov 2025") != std::string::npos);
  CHECK(text.find("Feb 2026") != std::string::npos);
  // Without earlier results there is no trend.
  render(northgate, "gap", t / "plain.pdf");
  CHECK(squeeze(pdf_text(t / "plain.pdf")).find("Scores over time") == std::string::npos);

  // Another organisation's results, or results dated after the report's assessment, are refused.
  r = report(northgate, "gap", t / "x.pdf", "--previous " + quote((t / "other.json").string()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("is an assessment of Fenwick Cloud Services Ltd, not of Northgate") != std::string::npos, r.err);
  r = report(northgate, "gap", t / "x.pdf", "--previous " + quote((t / "later.json").string()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("is dated 2026-06-01, not before the assessment of 2026-02-17") != std::string::npos, r.err);
  CHECK_FALSE(fs::exists(t / "x.pdf"));
}

TEST_CASE("report: the readiness report has at most 6 pages") {
  TempDir t;
  for (const std::string& name : kDemos) {
    CAPTURE(name);
    render(demo(name), "readiness", t / "r.pdf");
    CHECK(pdf_pages(t / "r.pdf") <= 6);
  }
}

TEST_CASE("report: a missing or corrupt logo is a clear error, exit code 3, no output file") {
  TempDir t;
  const fs::path tmpl = t / "broken";
  fs::copy(source_dir() + "/templates/default", tmpl, fs::copy_options::recursive);
  // A firm's template with its logo (the default is neutral).
  std::string xml = read_file(tmpl / "template.xml");
  xml.replace(xml.find("<branding>"), 10, "<branding><firm>Acme</firm><logo file=\"logo.png\"/>");
  write_file(tmpl / "template.xml", xml);
  fs::create_directory(t / "out");
  // Corrupt: a PNG signature followed by garbage.
  write_file(tmpl / "logo.png", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, 'x'));
  RunResult r = report(demo("northgate-msp"), "gap", t / "out" / "gap.pdf", "--template " + quote(tmpl.string()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("logo.png") != std::string::npos, r.err);
  CHECK(files_in(t / "out").empty());
  // Missing.
  fs::remove(tmpl / "logo.png");
  r = report(demo("northgate-msp"), "gap", t / "out" / "gap.pdf", "--template " + quote(tmpl.string()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("logo.png") != std::string::npos, r.err);
  CHECK(files_in(t / "out").empty());
}

TEST_CASE("report: usage errors give exit code 2 and write nothing") {
  TempDir t;
  const fs::path out = t / "r.pdf";
  const std::string ws = demo("northgate-msp");
  const struct {
    std::string args, message;
  } cases[] = {
      {"report " + quote(ws) + " --kind audit --out " + quote(out.string()), "unknown report kind 'audit'"},
      {"report " + quote(ws) + " --out " + quote(out.string()), "kind"},
      {"report --kind gap --out " + quote(out.string()), "input"},
      {"report " + quote((t / "nowhere").string()) + " --kind gap --out " + quote(out.string()), "no such file"},
      {"report " + quote(ws) + " --kind gap --template nosuch --out " + quote(out.string()), "unknown template 'nosuch'"},
      {"report " + quote(ws) + " --kind gap --template " + quote((t / "nosuch").string()) + " --out " + quote(out.string()), "no such file"},
      {"report " + quote(ws) + " --kind gap --colour --out " + quote(out.string()), "colour"},
      {"report " + quote(ws) + " --kind gap --as-of 2026-13-01 --out " + quote(out.string()), "--as-of"},
      {"report " + quote(ws) + " --kind gap --tailoring " + quote((t / "nosuch.xml").string()) + " --out " + quote(out.string()), "no such file"},
  };
  for (const auto& c : cases) {
    const RunResult r = run_iso20k(c.args);
    INFO(c.args);
    CHECK(r.exit_code == 2);
    CHECK_MESSAGE(r.err.find(c.message) != std::string::npos, r.err);
    CHECK(files_in(t.path()).empty());
  }
  // --model and --as-of with results.json, which is assessed already.
  const RunResult a = run_iso20k("assess " + quote(ws) + " --quiet --out " + quote((t / "results.json").string()));
  REQUIRE(a.exit_code == 0);
  const RunResult r = run_iso20k("report " + quote((t / "results.json").string()) +
                                 " --kind gap --model flat --out " + quote(out.string()));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("assessed already") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
  // The input is never overwritten.
  const std::string before = read_file(t / "results.json");
  const RunResult over = report((t / "results.json").string(), "gap", t / "results.json");
  CHECK(over.exit_code == 4);  // an output that cannot be written (tests/output_guard_cli_test.cc)
  CHECK_MESSAGE(over.err.find("it is the results file") != std::string::npos, over.err);
  CHECK(read_file(t / "results.json") == before);
  CHECK(files_in(t.path()) == std::set<std::string>{"results.json"});
}

TEST_CASE("report: invalid inputs give exit code 3 with located messages and write nothing") {
  TempDir t;
  const fs::path out = t / "r.pdf";
  const RunResult a = run_iso20k("assess " + quote(demo("fenwick-cloud")) + " --quiet --out " +
                                 quote((t / "results.json").string()));
  REQUIRE(a.exit_code == 0);
  std::string json = read_file(t / "results.json");
  // A syntax error.
  std::string broken = json;
  broken.insert(broken.find("\"organisation\""), "}");
  write_file(t / "broken.json", broken);
  RunResult r = report((t / "broken.json").string(), "gap", out);
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("broken.json:") != std::string::npos, r.err);
  CHECK(r.err.find("not well formed") != std::string::npos);
  // A newer schema.
  std::string v2 = json;
  v2.replace(v2.find("iso20k-results/2"), 16, "iso20k-results/3");
  write_file(t / "v2.json", v2);
  r = report((t / "v2.json").string(), "gap", out);
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("v2.json:2:13: error: schema: unsupported schema \"iso20k-results/3\"") != std::string::npos, r.err);
  // A value of the wrong type, named by its JSON path.
  std::string typed = json;
  typed.replace(typed.find("\"persons\": ") + 11, 3, "\"312\"");
  write_file(t / "typed.json", typed);
  r = report((t / "typed.json").string(), "gap", out);
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("organisation.persons: expected a whole number, not a string") != std::string::npos, r.err);
  // A workspace with problems.
  WorkspaceSpec spec;
  spec.evidence = "[DOC-POLICY]\nstatus = maybe\n";
  write_workspace(t / "ws", spec);
  r = report((t / "ws").string(), "gap", out);
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("evidence.ini:2:") != std::string::npos, r.err);
  const std::set<std::string> expected = {"broken.json", "results.json", "typed.json", "v2.json", "ws"};
  CHECK(files_in(t.path()) == expected);
}

TEST_CASE("report: an output that cannot be written gives exit code 4 and leaves nothing") {
  TempDir t;
  RunResult r = report(demo("northgate-msp"), "gap", t / "missing" / "gap.pdf");
  CHECK(r.exit_code == 4);
  CHECK_MESSAGE(r.err.find("missing") != std::string::npos, r.err);
  CHECK(files_in(t.path()).empty());
  r = report(demo("northgate-msp"), "gap", "/dev/null/gap.pdf");
  CHECK(r.exit_code == 4);
  fs::create_directory(t / "folder");
  r = report(demo("northgate-msp"), "gap", t / "folder");
  CHECK(r.exit_code == 4);
  CHECK(files_in(t / "folder").empty());
  // Writing to the default name in the current folder.
  const RunResult ok = run("cd " + quote((t / "folder").string()) + " && " + quote(ISO20K_BINARY) + " report " +
                           quote(demo("northgate-msp")) + " --kind readiness --quiet");
  CHECK_MESSAGE(ok.exit_code == 0, ok.err);
  CHECK(files_in(t / "folder") == std::set<std::string>{"readiness-report.pdf"});
}

TEST_CASE("report and assess: --tailoring applies a tailoring — results.json needs the same one") {
  TempDir t;
  write_workspace(t / "ws", WorkspaceSpec{});
  const std::string tailoring = fixture("tailoring/small-deselect.xml");
  const RunResult a = run_iso20k("assess " + quote((t / "ws").string()) + " --quiet --tailoring " +
                                 quote(tailoring) + " --out " + quote((t / "results.json").string()));
  REQUIRE_MESSAGE(a.exit_code == 0, a.err);
  ResultsLoad load = read_results((t / "results.json").string());
  REQUIRE(load.results);
  std::set<std::string> ids;
  for (const auto& q : load.results->checklist.requirements) ids.insert(q.id);
  CHECK(ids.count("ACME-8.2-01") == 1);  // added by the tailoring
  CHECK(ids.count("R-8.1-02") == 0);     // deselected by it

  render((t / "ws").string(), "gap", t / "from-workspace.pdf", "--tailoring " + quote(tailoring));
  const std::string text = squeeze(pdf_text(t / "from-workspace.pdf"));
  CHECK(text.find("test-tailoring") != std::string::npos);
  // results.json names the checklist by id; one that is not bundled is named by its file.
  RunResult r = report((t / "results.json").string(), "gap", t / "from-results.pdf", "--tailoring " + quote(tailoring));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("test-small:2024, which is not bundled: name its file with --checklist") != std::string::npos, r.err);
  const std::string checklist = "--checklist " + quote(small_checklist());
  render((t / "results.json").string(), "gap", t / "from-results.pdf",
         checklist + " --tailoring " + quote(tailoring));
  CHECK(read_file(t / "from-workspace.pdf") == read_file(t / "from-results.pdf"));

  // Without --tailoring, the tailoring file results.json records is applied again.
  render((t / "results.json").string(), "gap", t / "recorded.pdf", checklist);
  CHECK(read_file(t / "from-workspace.pdf") == read_file(t / "recorded.pdf"));
  // A results.json that records no tailoring (as written before iso20k recorded it) still needs
  // the same --tailoring again: the comparison with the checklist says so.
  std::string json = read_file(t / "results.json");
  const std::size_t from = json.find(",\n    \"tailoring\": {");
  REQUIRE(from != std::string::npos);
  json.erase(from, json.find("\n    }", from) + 6 - from);
  write_file(t / "old.json", json);
  r = report((t / "old.json").string(), "gap", t / "untailored.pdf", checklist);
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("if it was made with a tailoring, name the file with --tailoring") != std::string::npos, r.err);
  render((t / "old.json").string(), "gap", t / "old.pdf", checklist + " --tailoring " + quote(tailoring));
  CHECK(read_file(t / "from-workspace.pdf") == read_file(t / "old.pdf"));
  const std::set<std::string> expected = {"from-results.pdf", "from-workspace.pdf", "old.json", "old.pdf",
                                          "recorded.pdf", "results.json", "ws"};
  CHECK(files_in(t.path()) == expected);
}

namespace {

std::string acme() { return source_dir() + "/examples/tailoring/acme-hosting-2018.xml"; }

// Runs `command` (iso20k's arguments, already quoted) in folder `dir`.
RunResult run_in(const fs::path& dir, const std::string& command) {
  return run("cd " + quote(dir.string()) + " && " + quote(ISO20K_BINARY) + " " + command);
}

}  // namespace

TEST_CASE("assess: results.json records the tailoring applied (acme-hosting-2018 on northgate-msp)") {
  TempDir t;
  const std::string args = "assess " + quote(demo("northgate-msp")) + " --quiet --tailoring " + quote(acme());
  RunResult r = run_iso20k(args + " --out " + quote((t / "results.json").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = run_iso20k(args + " --out " + quote((t / "again.json").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string json = read_file(t / "results.json");
  CHECK(json == read_file(t / "again.json"));
  // What the engine says the tailoring changed, in the checklist object after its title.
  ChecklistLoad cl = load_checklist(source_dir() + "/checklists/iso20000-1-2018.xml");
  REQUIRE(cl.checklist);
  REQUIRE(load_and_apply_tailoring(*cl.checklist, acme()).empty());
  const AppliedTailoring& applied = cl.checklist->tailoring;
  REQUIRE(applied.notes.size() == 10);  // 4 sets, 3 targets, 2 evidence items, 1 requirement
  // json_escape gives the quoted JSON string.
  std::string block = "    \"title\": " + json_escape(cl.checklist->title) +
                      ",\n"
                      "    \"tailoring\": {\n"
                      "      \"id\": \"acme-hosting-2025\",\n"
                      "      \"version\": \"1.0.0\",\n"
                      "      \"title\": \"ACME Hosting: tailoring for the 2025 gap assessment\",\n"
                      "      \"file\": " + json_escape(acme()) + ",\n"
                      "      \"notes\": [\n";
  for (std::size_t i = 0; i < applied.notes.size(); ++i) {
    block += "        " + json_escape(applied.notes[i]) + (i + 1 < applied.notes.size() ? ",\n" : "\n");
  }
  block += "      ],\n      \"deselected\": []\n    }\n  },\n  \"organisation\": {";
  CHECK_MESSAGE(json.find(block) != std::string::npos, json.substr(0, 3000));
  CHECK(json.find("Requirement R-8.7.1-02 (clause 8.7.1): weight changed from ") != std::string::npos);
  // Read back as it was written.
  const ResultsLoad load = read_results((t / "results.json").string());
  REQUIRE(load.results);
  REQUIRE(load.results->checklist.tailoring);
  const AppliedTailoring& read = load.results->checklist.tailoring->applied;
  CHECK(read.id == "acme-hosting-2025");
  CHECK(read.version == "1.0.0");
  CHECK(read.title == applied.title);
  CHECK(read.file == acme());
  CHECK(read.notes == applied.notes);
  CHECK(read.deselected.empty());
  // Without a tailoring there is no tailoring key at all.
  r = run_iso20k("assess " + quote(demo("northgate-msp")) + " --quiet --out " + quote((t / "plain.json").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(read_file(t / "plain.json").find("\"tailoring\"") == std::string::npos);
}

TEST_CASE("report: from a tailored results.json without --tailoring it is the same PDF as from the workspace") {
  TempDir t;
  for (const std::string& name : kDemos) {
    CAPTURE(name);
    const RunResult a = run_iso20k("assess " + quote(demo(name)) + " --quiet --tailoring " + quote(acme()) +
                                   " --out " + quote((t / "results.json").string()));
    REQUIRE_MESSAGE(a.exit_code == 0, a.err);
    for (const char* kind : {"gap", "readiness"}) {
      CAPTURE(kind);
      render(demo(name), kind, t / "from-workspace.pdf", "--tailoring " + quote(acme()));
      render((t / "results.json").string(), kind, t / "from-results.pdf");
      CHECK(read_file(t / "from-workspace.pdf") == read_file(t / "from-results.pdf"));
    }
    CHECK(squeeze(pdf_text(t / "from-workspace.pdf")).size() > 0);
  }
  // The tailoring is the one stated in the gap report's scope and method section.
  render((t / "results.json").string(), "gap", t / "gap.pdf");
  const std::string text = squeeze(pdf_text(t / "gap.pdf"));
  CHECK(text.find("acme-hosting-2025") != std::string::npos);
}

TEST_CASE("report: the recorded tailoring file is found as written, else beside results.json, else a clear error") {
  TempDir t;
  fs::create_directories(t / "in");
  fs::create_directories(t / "elsewhere");
  fs::copy_file(acme(), t / "in" / "acme.xml");
  const std::string ws = demo("fenwick-cloud");
  RunResult r = run_in(t / "in", "assess " + quote(ws) + " --quiet --tailoring acme.xml --out results.json");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(read_file(t / "in" / "results.json").find("\"file\": \"acme.xml\"") != std::string::npos);
  render(ws, "gap", t / "expected.pdf", "--tailoring " + quote(acme()));
  const std::string expected = read_file(t / "expected.pdf");
  // As written, from the current folder.
  r = run_in(t / "in", "report results.json --kind gap --quiet --out " + quote((t / "one.pdf").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(read_file(t / "one.pdf") == expected);
  // Beside results.json, from another folder.
  r = run_in(t / "elsewhere", "report ../in/results.json --kind gap --quiet --out " + quote((t / "two.pdf").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(read_file(t / "two.pdf") == expected);
  // As written comes first: an acme.xml in the current folder is taken, and here it is another
  // version of the tailoring.
  std::string v2 = read_file(acme());
  v2.replace(v2.find("version=\"1.0.0\""), 15, "version=\"2.0.0\"");
  write_file(t / "elsewhere" / "acme.xml", v2);
  r = run_in(t / "elsewhere", "report ../in/results.json --kind gap --quiet --out " + quote((t / "three.pdf").string()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("the results were made with tailoring acme-hosting-2025 version 1.0.0 (acme.xml), not "
                           "with tailoring acme-hosting-2025 version 2.0.0 (acme.xml)") != std::string::npos,
                r.err);
  fs::remove(t / "elsewhere" / "acme.xml");
  // Neither: one message naming the tailoring and its file, exit code 3, no output.
  fs::remove(t / "in" / "acme.xml");
  r = run_in(t / "elsewhere", "report ../in/results.json --kind gap --quiet --out " + quote((t / "four.pdf").string()));
  CHECK(r.exit_code == 3);
  CHECK(r.err ==
        "iso20k: ../in/results.json was made with tailoring acme-hosting-2025 version 1.0.0 from the file "
        "acme.xml, which is found neither from the current folder nor beside ../in/results.json: pass "
        "--tailoring PATH\n");
  CHECK_FALSE(fs::exists(t / "four.pdf"));
  // --tailoring names it.
  r = run_in(t / "elsewhere", "report ../in/results.json --kind gap --quiet --tailoring " + quote(acme()) +
                                  " --out " + quote((t / "five.pdf").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(read_file(t / "five.pdf") == expected);
}

TEST_CASE("report: --tailoring with another id or version than results.json records is refused, naming both") {
  TempDir t;
  const std::string ws = demo("harrow-vale-it");
  const fs::path results = t / "results.json";
  RunResult r = run_iso20k("assess " + quote(ws) + " --quiet --tailoring " + quote(acme()) + " --out " +
                           quote(results.string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string json = read_file(results);
  std::string other = read_file(acme());
  other.replace(other.find("id=\"acme-hosting-2025\""), 22, "id=\"acme-hosting-2026\"");
  write_file(t / "other.xml", other);
  r = report(results.string(), "gap", t / "r.pdf", "--tailoring " + quote((t / "other.xml").string()));
  CHECK(r.exit_code == 3);
  const std::size_t id_at = json.find("\"acme-hosting-2025\"");
  CHECK_MESSAGE(r.err.find(results.string() + ":" + line_column(json, id_at) +
                           ": error: checklist.tailoring: the results were made with tailoring acme-hosting-2025 "
                           "version 1.0.0 (" + acme() + "), not with tailoring acme-hosting-2026 version 1.0.0 (" +
                           (t / "other.xml").string() + ")\n") != std::string::npos,
                r.err);
  CHECK_MESSAGE(r.err.find("does not fit checklist iso20000-1:2018") != std::string::npos, r.err);
  // Another version of the same tailoring: named at the recorded version.
  std::string later = read_file(acme());
  later.replace(later.find("version=\"1.0.0\""), 15, "version=\"1.1.0\"");
  write_file(t / "later.xml", later);
  r = report(results.string(), "gap", t / "r.pdf", "--tailoring " + quote((t / "later.xml").string()));
  CHECK(r.exit_code == 3);
  const std::size_t version_at = json.find("\"1.0.0\"", id_at);
  CHECK_MESSAGE(r.err.find(results.string() + ":" + line_column(json, version_at) +
                           ": error: checklist.tailoring: the results were made with tailoring acme-hosting-2025 "
                           "version 1.0.0 (" + acme() + "), not with tailoring acme-hosting-2025 version 1.1.0") !=
                    std::string::npos,
                r.err);
  // Results that record no tailoring, with --tailoring: the comparison with the checklist decides.
  r = run_iso20k("assess " + quote(ws) + " --quiet --out " + quote((t / "plain.json").string()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = report((t / "plain.json").string(), "gap", t / "r.pdf", "--tailoring " + quote(acme()));
  CHECK(r.exit_code == 3);
  CHECK_MESSAGE(r.err.find("plain.json does not fit checklist iso20000-1:2018") != std::string::npos, r.err);
  CHECK_FALSE(fs::exists(t / "r.pdf"));
}
