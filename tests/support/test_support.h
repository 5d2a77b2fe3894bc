#pragma once
// Helpers shared by the test suites: running a command and capturing its output, temporary
// folders, reading and writing files, locating the source tree and the iso20k binary; texts edited
// at a "@@" marker and the diagnostics expected there; field-by-field comparison; and tables whose
// rows are test cases of their own.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "iso20k/model/diagnostic.h"

namespace iso20k::test {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `command` with /bin/sh; stdout and stderr captured separately.
RunResult run(const std::string& command);
// Runs the iso20k binary under test with the given arguments (already shell-quoted).
RunResult run_iso20k(const std::string& args);
// The same under timeout(1): a run that hangs (a FIFO read, say) is killed after `seconds` and
// gives exit code 124, so that a test of it fails instead of hanging.
RunResult run_iso20k_with_timeout(const std::string& args, int seconds = 30);
inline constexpr int kTimedOut = 124;
std::string quote(const std::string& s);  // single-quoted for /bin/sh

std::string source_dir();                                 // the repository root
std::string fixture(const std::string& relative);         // tests/fixtures/<relative>
const std::string& fixture_text(const std::string& relative);  // its bytes, read once
std::string read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, const std::string& bytes);

// A fresh temporary folder removed when the object goes out of scope.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// ---- The C locale ----
// For its lifetime, a German C locale (std::setlocale(LC_ALL, "de_DE.UTF-8"): a decimal comma in
// printf and strtod) and the same global C++ locale; both are put back afterwards. When the system
// lacks the locale (scripts/install-deps makes it), it is made with localedef from Debian's
// `locales` into a temporary folder that LOCPATH names. active() is false, and why() says why, when
// it cannot be had: a test then skips with that reason.
class GermanLocale {
 public:
  GermanLocale();
  ~GermanLocale();
  GermanLocale(const GermanLocale&) = delete;
  GermanLocale& operator=(const GermanLocale&) = delete;
  bool active() const { return active_; }
  const std::string& why() const { return why_; }

 private:
  void restore_locpath();

  bool active_ = false;
  std::string why_;
  std::string previous_;
  std::unique_ptr<TempDir> made_;  // the locale made for this object, if it had to be
  bool had_locpath_ = false;
  std::string previous_locpath_;
};

// ---- PDFs (poppler-utils) ----
// The text of a PDF, or of its pages first..last (1-based), in content-stream order (pdftotext
// -raw), or with `layout` in the columns of the page (-layout). A failed REQUIRE when pdftotext fails.
std::string pdf_text(const std::filesystem::path& pdf, int first = 0, int last = 0, bool layout = false);
// Every run of whitespace as one space, so texts wrapped over lines can be searched.
std::string squeeze(const std::string& s);

// 1-based line and column (in code points) of byte `offset` in `text`, as "L:C"; lines end at LF,
// CRLF or a CR alone.
std::string line_column(const std::string& text, std::size_t offset);

// Replaces the first `find` in `text` with `with` (a failed REQUIRE when `text` lacks it).
void replace_first(std::string& text, const std::string& find, const std::string& with);

// ---- Texts edited at a marker ----
// A text and the byte offset where a diagnostic must point: the "@@" the text was written with,
// removed.
struct Marked {
  std::string text;
  std::size_t marker = 0;
  std::string where() const { return line_column(text, marker); }  // "L:C"
};
// Removes the "@@" from `text` (a failed REQUIRE when there is none).
Marked take_marker(std::string text);
// `text` with its first `find` replaced by `replace`, in which "@@" marks the spot.
Marked edit_at_marker(std::string text, const std::string& find, const std::string& replace);
// A test case that edits a text: its first `find` replaced by `replace`, in which "@@" marks where a
// diagnostic with `message` must point. A row of a table (ISO20K_TEST_CASE_PER_ROW, below).
struct EditCase {
  const char* name;
  const char* find;
  const char* replace;
  const char* message;
};

// ---- Diagnostics expected at a place ----
enum class Match {
  every_whole,     // each diagnostic whose message is exactly the one expected is at the place
  first_with_part  // the first diagnostic whose message contains the one expected is at the place
};
// Checks that `found` holds `message` (as `match` says) in `file` at `where`: "L:C", or "" for a
// problem with no line. A failure lists everything found.
void expect_diagnostic(const Diagnostics& found, const std::string& file, const std::string& where,
                       const std::string& message, Match match);
// Runs `iso20k validate <path>` and checks that it fails with exit code 3 and that stderr holds
// each of `expected`.
void expect_validate_error(const std::filesystem::path& path,
                           std::initializer_list<std::string> expected);

// ---- Comparing two values field by field ----
// REQUIREs that the containers `a` and `b` (named `what`) are as long, then calls check(x, y) for
// each pair of elements in order, the index captured for the messages.
template <class Container, class Check>
void check_pairs(const char* what, const Container& a, const Container& b, Check check) {
  INFO("comparing the " << std::string(what));
  REQUIRE(std::size(a) == std::size(b));
  std::size_t index = 0;
  for (auto ia = std::begin(a), ib = std::begin(b); ia != std::end(a); ++ia, ++ib, ++index) {
    CAPTURE(index);
    check(*ia, *ib);
  }
}

}  // namespace iso20k::test

// CHECK(a.f == b.f) for each field f named: a check of its own for each, which names the field.
#define CHECK_SAME_FIELDS(a, b, ...) \
  __VA_OPT__(ISO20K_EXPAND(ISO20K_CHECK_SAME_EACH(a, b, __VA_ARGS__)))
#define ISO20K_CHECK_SAME_EACH(a, b, field, ...) \
  CHECK(a.field == b.field);                     \
  __VA_OPT__(ISO20K_CHECK_SAME_AGAIN ISO20K_PARENS(a, b, __VA_ARGS__))
#define ISO20K_CHECK_SAME_AGAIN() ISO20K_CHECK_SAME_EACH
#define ISO20K_PARENS ()
// Rescans enough for 60 fields; with more, ISO20K_CHECK_SAME_AGAIN is left over: a compile error.
#define ISO20K_EXPAND(...) ISO20K_EXPAND8(ISO20K_EXPAND8(ISO20K_EXPAND8(ISO20K_EXPAND8(__VA_ARGS__))))
#define ISO20K_EXPAND8(...) ISO20K_EXPAND4(ISO20K_EXPAND4(__VA_ARGS__))
#define ISO20K_EXPAND4(...) ISO20K_EXPAND2(ISO20K_EXPAND2(__VA_ARGS__))
#define ISO20K_EXPAND2(...) __VA_ARGS__

// ---- Tables of test cases ----
// Each row of `table` (a constexpr array whose rows have a `const char* name`) becomes a doctest
// test case of its own, named by the row and running check(row): CTest runs and reports each row
// alone, as if it were written as a TEST_CASE. Use at namespace scope, after the table:
//   constexpr Row kRows[] = {{"broken thing: a case", ...}, ...};
//   ISO20K_TEST_CASE_PER_ROW(kRows, expect_row);
// doctest (2.4) has no public way to register a test case that is not written as a TEST_CASE: this
// registers them as TEST_CASE itself does, at the line of this macro.
#define ISO20K_TEST_CASE_PER_ROW(table, check)                                              \
  static_assert(::iso20k::test::table_detail::names_unique(table),                          \
                "two rows of " #table " have the same name: doctest would keep only one");  \
  [[maybe_unused]] static const bool iso20k_registered_##table =                            \
      ::iso20k::test::table_detail::register_rows<table, check>(                            \
          __FILE__, __LINE__, doctest_detail_test_suite_ns::getCurrentTestSuite(),          \
          std::make_index_sequence<std::size(table)>{})

namespace iso20k::test::table_detail {

template <class Table>
constexpr bool names_unique(const Table& table) {
  for (std::size_t i = 0; i < std::size(table); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (std::string_view(table[i].name) == table[j].name) return false;
    }
  }
  return true;
}

template <const auto& table, auto check, std::size_t row>
void run_row() {
  check(table[row]);
}

template <const auto& table, auto check, std::size_t... rows>
bool register_rows(const char* file, int line, const doctest::detail::TestSuite& suite,
                   std::index_sequence<rows...>) {
  (doctest::detail::regTest(doctest::detail::TestCase(&run_row<table, check, rows>, file,
                                                      static_cast<unsigned>(line), suite) *
                            table[rows].name),
   ...);
  return true;
}

}  // namespace iso20k::test::table_detail
