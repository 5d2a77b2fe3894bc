#include "iso20k/format/number_text.h"

#include <doctest/doctest.h>

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>

#include "iso20k/format/json_writer.h"
#include "support/test_support.h"

using namespace iso20k;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kDenormal = std::numeric_limits<double>::denorm_min();  // 4.9e-324

// What printf writes in the C locale (the oracle the formatter must match, never used by it):
// "%.*f", "%.*g" or "%5.*f".
std::string printf_text(std::string_view format, int precision, double v) {
  char buf[512];
  if (format == "%.*f") {
    std::snprintf(buf, sizeof buf, "%.*f", precision, v);
  } else if (format == "%.*g") {
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
  } else {
    REQUIRE(format == "%5.*f");
    std::snprintf(buf, sizeof buf, "%5.*f", precision, v);
  }
  return buf;
}

// Values that probe the rounding: ties at every decimal, binary near-ties, the ends of the range.
const double kProbes[] = {0,       -0.0,    0.5,     1.5,      2.5,    -2.5,   0.125,  0.375,     2.345,
                          2.675,   1.005,   1e-7,    -1e-7,    0.05,   0.15,   0.25,   0.35,      72.5,
                          99.995,  1.0 / 3, 2.0 / 3, 1e15,     1e21,   1e56,   -1e56,  1e300,     -1e300,
                          DBL_MAX, -DBL_MAX, DBL_MIN, kDenormal, -kDenormal, 123456.789, 0.1 + 0.2};

}  // namespace

TEST_CASE("number text: fixed decimals round exactly as printf's %.*f, ties and extremes included") {
  for (const double v : kProbes) {
    for (int decimals = 0; decimals <= 8; ++decimals) {
      CAPTURE(v);
      CAPTURE(decimals);
      CHECK(fixed_text(v, decimals) == printf_text("%.*f", decimals, v));
    }
  }
  for (int i = 0; i <= 20000; ++i) {
    const double x = i / 20000.0;
    for (int decimals = 0; decimals <= 3; ++decimals) {
      REQUIRE_MESSAGE(fixed_text(x * 100, decimals) == printf_text("%.*f", decimals, x * 100), "x = ", x);
    }
  }
  CHECK(fixed_text(2.345, 2) == "2.35");  // 2.34500000000000019984…
  CHECK(fixed_text(0.125, 2) == "0.12");  // a true tie: to even
  CHECK(fixed_text(DBL_MAX, 2).size() == 309 + 3);
  CHECK(fixed_text(-DBL_MAX, kMaxDecimals).size() == 1 + 309 + 1 + kMaxDecimals);
  CHECK(fixed_text(1.5, kMaxDecimals + 50) == fixed_text(1.5, kMaxDecimals));  // clamped
  CHECK(fixed_text(1.5, -3) == "2");
}

TEST_CASE("number text: non-finite values are spelled as printf spells them, or as a dash for people") {
  for (const double v : {kInf, -kInf, kNaN}) {
    CAPTURE(v);
    CHECK(fixed_text(v, 2) == printf_text("%.*f", 2, v));
    CHECK(general_text(v) == printf_text("%.*g", 6, v));
    CHECK(rounded_text(v, 1) == "\u2013");
    CHECK(compact_text(v, 1) == "\u2013");
  }
  CHECK(fixed_text(kInf, 0) == "inf");
  CHECK(shortest_text(-kInf) == "-inf");
  CHECK(shortest_text(kNaN) == "nan");
  CHECK(trimmed_text(kInf, 6) == "inf");
  CHECK(percent(kNaN, 1) == "nan%");
}

TEST_CASE("number text: trimmed decimals drop trailing zeros and a negative zero") {
  CHECK(trimmed_text(1, 6) == "1");
  CHECK(trimmed_text(92.5, 6) == "92.5");
  CHECK(trimmed_text(1.0 / 3, 6) == "0.333333");
  CHECK(trimmed_text(-0.0000001, 6) == "0");
  CHECK(trimmed_text(-0.0, 6) == "0");
  CHECK(trimmed_text(-0.5, 6) == "-0.5");
  CHECK(trimmed_text(100, 0) == "100");  // no point: no zeros to drop
  CHECK(trimmed_text(2.675, 2) == "2.67");
}

TEST_CASE("number text: trimmed decimals of huge and tiny values are whole, not cut off") {
  // printf's "%.6f" of these is longer than any small buffer: the text is complete and exact.
  CHECK(trimmed_text(1e56, 6) == printf_text("%.*f", 0, 1e56));
  CHECK(trimmed_text(1e56, 6).size() == 57);
  CHECK(trimmed_text(1e300, 6) == printf_text("%.*f", 0, 1e300));
  CHECK(trimmed_text(1e300, 6).size() == 301);
  CHECK(trimmed_text(-1e300, 6) == printf_text("%.*f", 0, -1e300));
  CHECK(trimmed_text(DBL_MAX, 6) == printf_text("%.*f", 0, DBL_MAX));
  CHECK(trimmed_text(DBL_MAX, 6).size() == 309);
  CHECK(trimmed_text(-DBL_MAX, 6).size() == 310);
  CHECK(trimmed_text(DBL_MIN, 6) == "0");
  CHECK(trimmed_text(kDenormal, 6) == "0");
  CHECK(trimmed_text(-kDenormal, 6) == "0");
  CHECK(trimmed_text(5e-7, 6) == "0");  // 4.99999999999999977e-07: below the tie
}

TEST_CASE("number text: rounded for people, half away from zero, never -0") {
  CHECK(rounded_text(72, 0) == "72");
  CHECK(rounded_text(72.5, 1) == "72.5");
  CHECK(rounded_text(2.345, 2) == "2.35");
  CHECK(rounded_text(0.125, 2) == "0.13");  // unlike printf's "0.12"
  CHECK(rounded_text(2.5, 0) == "3");
  CHECK(rounded_text(-2.5, 0) == "-3");
  CHECK(rounded_text(-0.4, 0) == "0");
  CHECK(rounded_text(-0.0, 2) == "0.00");
  CHECK(rounded_text(-3, 0) == "-3");
  CHECK(rounded_text(1234567.0, 0) == "1234567");
  CHECK(rounded_text(1e300, 2).size() == 301 + 3);
  CHECK(compact_text(3) == "3");
  CHECK(compact_text(2.5) == "2.5");
  CHECK(compact_text(2.04) == "2");
  CHECK(compact_text(86.44) == "86.4");
  CHECK(compact_text(-0.04) == "0");
  CHECK(compact_text(1.996, 2) == "2");
}

TEST_CASE("number text: shortest round-trip form") {
  CHECK(shortest_text(92.5) == "92.5");
  CHECK(shortest_text(95) == "95");
  CHECK(shortest_text(0.1) == "0.1");
  CHECK(shortest_text(1e21) == "1e+21");
  CHECK(shortest_text(-0.25) == "-0.25");
  CHECK(shortest_text(0.1 + 0.2) == "0.30000000000000004");
  CHECK(shortest_text(DBL_MAX) == "1.7976931348623157e+308");
  CHECK(shortest_text(kDenormal) == "5e-324");
  for (const double v : kProbes) {
    CAPTURE(v);
    const std::string s = shortest_text(v);
    CHECK(std::strtod(s.c_str(), nullptr) == v);
  }
}

TEST_CASE("number text: general form as printf's %.6g and an ostream's default") {
  CHECK(general_text(2.5) == "2.5");
  CHECK(general_text(0.125) == "0.125");
  CHECK(general_text(1234567) == "1.23457e+06");
  CHECK(general_text(1.0 / 3, 3) == "0.333");
  for (const double v : kProbes) {
    CAPTURE(v);
    CHECK(general_text(v) == printf_text("%.*g", 6, v));
    std::ostringstream s;
    s << v;
    CHECK(general_text(v) == s.str());
  }
}

TEST_CASE("number text: whole numbers") {
  CHECK(integer_text(0) == "0");
  CHECK(integer_text(-42) == "-42");
  CHECK(integer_text(std::numeric_limits<long long>::max()) == "9223372036854775807");
  CHECK(integer_text(std::numeric_limits<long long>::min()) == "-9223372036854775808");
}

TEST_CASE("number text: percent writes a fraction as a percentage with the asked decimals") {
  CHECK(percent(0.3333, 1) == "33.3%");
  CHECK(percent(0.3333, 1, true) == "33.3 %");
  CHECK(percent(1, 0) == "100%");
  CHECK(percent(0, 2) == "0.00%");
  CHECK(percent(0.85, 0) == "85%");
}

TEST_CASE("number text: percent rounds exactly as printf's %.*f does, ties included") {
  // Scores are shown in reports and compared by users against their own spreadsheets: the
  // rounding must not change with the implementation.
  char expected[64];
  for (int i = 0; i <= 20000; ++i) {
    const double x = i / 20000.0;
    for (int decimals = 0; decimals <= 2; ++decimals) {
      std::snprintf(expected, sizeof expected, "%.*f%%", decimals, x * 100);
      REQUIRE_MESSAGE(percent(x, decimals) == expected, "x = ", x, ", decimals = ", decimals);
    }
  }
  CHECK(percent(std::numeric_limits<double>::max() / 100, 2).size() == 309 + 3 + 1);  // no truncation
}

TEST_CASE("number text: a decimal separator is the caller's choice, padding is printf's field width") {
  CHECK(with_decimal_separator("72.5", ",") == "72,5");
  CHECK(with_decimal_separator("72", ",") == "72");
  CHECK(with_decimal_separator("-0.25", "\u00b7") == "-0\u00b725");
  CHECK(pad_left(fixed_text(7.5, 1), 5) == printf_text("%5.*f", 1, 7.5));
  CHECK(pad_left(fixed_text(100, 1), 5) == "100.0");
  CHECK(pad_left(fixed_text(12345.5, 1), 5) == "12345.5");
}

TEST_CASE("number text: a German C locale changes nothing") {
  const std::string json_before = JsonWriter().begin_array().value(0.5).value(1e56).value(-2.25).end_array().str();
  const test::GermanLocale german;
  if (!german.active()) {
    MESSAGE("skipped: " << german.why());
    return;
  }
  // The locale is in force: printf writes a decimal comma now.
  REQUIRE(printf_text("%.*f", 1, 2.5) == "2,5");
  CHECK(fixed_text(2.5, 1) == "2.5");
  CHECK(trimmed_text(0.833333333, 6) == "0.833333");
  CHECK(rounded_text(72.45, 1) == "72.5");
  CHECK(compact_text(86.44) == "86.4");
  CHECK(shortest_text(0.1) == "0.1");
  CHECK(general_text(1234567) == "1.23457e+06");
  CHECK(general_text(0.125) == "0.125");
  CHECK(integer_text(1234567) == "1234567");
  CHECK(percent(0.3333, 1) == "33.3%");
  CHECK(json_number(0.5) == "0.5");
  CHECK(JsonWriter().begin_array().value(0.5).value(1e56).value(-2.25).end_array().str() == json_before);
}
