#include "iso20k/format/json_writer.h"

#include <doctest/doctest.h>

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
