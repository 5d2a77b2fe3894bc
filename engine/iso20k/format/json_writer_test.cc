#include "iso20k/format/json_writer.h"

#include <doctest/doctest.h>

#include <limits>
#include <string>

using namespace iso20k;

TEST_CASE("json writer: nesting, escaping and numbers are exact") {
  JsonWriter w;
  w.begin_object()
      .field("name", std::string("Société \"Ærø\"\n"))
      .field("score", 5.0 / 6.0)
      .field("count", 3)
      .field("ok", true)
      .key("empty").begin_array().end_array()
      .strings("ids", {"A", "B"})
      .key("nested").begin_object().key("x").null().end_object()
      .end_object();
  CHECK(w.str() ==
        "{\n"
        "  \"name\": \"Société \\\"Ærø\\\"\\n\",\n"
        "  \"score\": 0.833333,\n"
        "  \"count\": 3,\n"
        "  \"ok\": true,\n"
        "  \"empty\": [],\n"
        "  \"ids\": [\n    \"A\",\n    \"B\"\n  ],\n"
        "  \"nested\": {\n    \"x\": null\n  }\n"
        "}\n");
}

TEST_CASE("json numbers: rounded to six decimals, no trailing zeros, no negative zero") {
  CHECK(json_number(1) == "1");
  CHECK(json_number(92.5) == "92.5");
  CHECK(json_number(-0.0000001) == "0");
  CHECK(json_number(1.0 / 3) == "0.333333");
  CHECK(json_escape(std::string("\x01", 1)) == "\"\\u0001\"");
}

TEST_CASE("json numbers: huge values are written whole, exactly as printf's %.6f less the zeros") {
  // snprintf's return value was once taken as the length written: from about 1e56 on, "%.6f" needs
  // more than the buffer and the bytes past it were copied into results.json.
  const std::string e56 = json_number(1e56);
  CHECK(e56 == "100000000000000009190283508143378238084034459715684532224");
  CHECK(e56.size() == 57);
  const std::string e300 = json_number(1e300);
  CHECK(e300.size() == 301);
  CHECK(e300 == "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
  CHECK(json_number(-1e300) == "-" + e300);
  const std::string max = json_number(std::numeric_limits<double>::max());
  CHECK(max.size() == 309);
  CHECK(max.starts_with("17976931348623157"));
  CHECK(max.find_first_not_of("0123456789") == std::string::npos);
  CHECK(json_number(-std::numeric_limits<double>::max()) == "-" + max);
}

TEST_CASE("json numbers: denormals and the smallest normal round to 0") {
  CHECK(json_number(std::numeric_limits<double>::denorm_min()) == "0");
  CHECK(json_number(-std::numeric_limits<double>::denorm_min()) == "0");
  CHECK(json_number(std::numeric_limits<double>::min()) == "0");
  CHECK(json_number(2.5e-310) == "0");
  CHECK(json_number(0.0000005000001) == "0.000001");
}

TEST_CASE("json numbers: JSON has no NaN or infinity, so they are written null") {
  CHECK(json_number(std::numeric_limits<double>::quiet_NaN()) == "null");
  CHECK(json_number(std::numeric_limits<double>::infinity()) == "null");
  CHECK(json_number(-std::numeric_limits<double>::infinity()) == "null");
  JsonWriter w;
  w.begin_object().field("score", std::numeric_limits<double>::quiet_NaN()).field("big", 1e56).end_object();
  CHECK(w.str() == "{\n  \"score\": null,\n  \"big\": 100000000000000009190283508143378238084034459715684532224\n}\n");
}
