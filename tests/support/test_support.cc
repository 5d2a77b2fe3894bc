#include "support/test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <locale>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace iso20k::test {

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') {
      q += "'\\''";
    } else {
      q += c;
    }
  }
  return q + "'";
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + p.string());
}

RunResult run(const std::string& command) {
  TempDir tmp;
  const std::string full = "(" + command + ") >" + quote((tmp / "out").string()) + " 2>" +
                           quote((tmp / "err").string());
  const int status = std::system(full.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(tmp / "out");
  r.err = read_file(tmp / "err");
  return r;
}

RunResult run_iso20k(const std::string& args) {
  return run(quote(ISO20K_BINARY) + " " + args);
}

RunResult run_iso20k_with_timeout(const std::string& args, int seconds) {
  return run("timeout -k 5 " + std::to_string(seconds) + " " + quote(ISO20K_BINARY) + " " + args);
}

std::string source_dir() { return ISO20K_SOURCE_DIR; }

namespace {

constexpr const char* kGerman = "de_DE.UTF-8";

bool set_german() {
  if (std::setlocale(LC_ALL, kGerman) == nullptr) return false;
  try {
    std::locale::global(std::locale(kGerman));
  } catch (const std::runtime_error&) {
    std::setlocale(LC_ALL, "C");
    return false;
  }
  return true;
}

}  // namespace

GermanLocale::GermanLocale() {
  const char* now = std::setlocale(LC_ALL, nullptr);
  previous_ = now != nullptr ? now : "C";
  if (set_german()) {
    active_ = true;
    return;
  }
  // Not installed: made from Debian's definitions into a folder of its own, which LOCPATH points
  // to (a process does not see locales added to the system's archive after it started, and this
  // needs no root).
  const char* locpath = std::getenv("LOCPATH");
  had_locpath_ = locpath != nullptr;
  if (had_locpath_) previous_locpath_ = locpath;
  made_ = std::make_unique<TempDir>();
  const RunResult made = run("localedef -i de_DE -f UTF-8 " + quote((*made_ / kGerman).string()));
  ::setenv("LOCPATH", made_->path().c_str(), 1);
  if (made.exit_code == 0 && set_german()) {
    active_ = true;
    return;
  }
  restore_locpath();
  made_.reset();
  why_ = std::string("the locale ") + kGerman + " is not installed and localedef could not make it (" +
         (made.err.empty() ? "exit code " + std::to_string(made.exit_code) : squeeze(made.err)) +
         "): scripts/install-deps installs Debian's locales package and makes it";
}

void GermanLocale::restore_locpath() {
  if (had_locpath_) {
    ::setenv("LOCPATH", previous_locpath_.c_str(), 1);
  } else {
    ::unsetenv("LOCPATH");
  }
}

GermanLocale::~GermanLocale() {
  if (!active_) return;
  std::locale::global(std::locale::classic());
  std::setlocale(LC_ALL, previous_.c_str());
  if (made_) restore_locpath();
}

std::string pdf_text(const std::filesystem::path& pdf, int first, int last, bool layout) {
  std::string range;
  if (first > 0) range = " -f " + std::to_string(first) + " -l " + std::to_string(last);
  const RunResult r = run(std::string("pdftotext ") + (layout ? "-layout" : "-raw") + " -enc UTF-8" + range +
                          " " + quote(pdf.string()) + " -");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return r.out;
}

std::string squeeze(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}
std::string fixture(const std::string& relative) {
  return source_dir() + "/tests/fixtures/" + relative;
}

const std::string& fixture_text(const std::string& relative) {
  static std::map<std::string, std::string> read;  // its nodes, and so the texts, never move
  auto it = read.find(relative);
  if (it == read.end()) it = read.emplace(relative, read_file(fixture(relative))).first;
  return it->second;
}

TempDir::TempDir() {
  std::random_device rd;
  const auto base = std::filesystem::temp_directory_path();
  for (int attempt = 0; attempt < 100; ++attempt) {
    path_ = base / ("iso20k-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    if (std::filesystem::create_directory(path_)) return;
  }
  throw std::runtime_error("cannot create a temporary folder");
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string line_column(const std::string& text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    // A line ends at LF, CRLF or a CR alone, as SourceText counts them.
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

void replace_first(std::string& text, const std::string& find, const std::string& with) {
  const std::size_t at = text.find(find);
  REQUIRE_MESSAGE(at != std::string::npos, "the text lacks: " << find);
  text.replace(at, find.size(), with);
}

Marked take_marker(std::string text) {
  const std::size_t marker = text.find("@@");
  REQUIRE_MESSAGE(marker != std::string::npos, "the text lacks the @@ marker");
  text.erase(marker, 2);
  return {std::move(text), marker};
}

Marked edit_at_marker(std::string text, const std::string& find, const std::string& replace) {
  replace_first(text, find, replace);
  return take_marker(std::move(text));
}

void expect_diagnostic(const Diagnostics& found, const std::string& file, const std::string& where,
                       const std::string& message, Match match) {
  bool seen = false;
  std::string all;
  for (const Diagnostic& d : found) {
    all += format(d) + "\n";
    const bool matches = match == Match::every_whole
                             ? d.message == message
                             : !seen && d.message.find(message) != std::string::npos;
    if (!matches) continue;
    seen = true;
    CHECK(d.where.file == file);
    const std::string at =
        d.where.line ? std::to_string(d.where.line) + ":" + std::to_string(d.where.column) : "";
    CHECK(at == where);
  }
  CHECK_MESSAGE(seen, "expected '" << message << "' at " << where << ", got:\n" << all);
}

void expect_validate_error(const std::filesystem::path& path,
                           std::initializer_list<std::string> expected) {
  const RunResult r = run_iso20k("validate " + quote(path.string()));
  CHECK(r.exit_code == 3);
  for (const std::string& e : expected) {
    CHECK_MESSAGE(r.err.find(e) != std::string::npos, "expected " << e << "\ngot:\n" << r.err);
  }
}

}  // namespace iso20k::test
