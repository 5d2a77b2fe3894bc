#pragma once
// A small streaming JSON writer with deterministic output: keys in the order written, two-space
// indentation, numbers rounded to six decimals and printed without a locale (number_text.h),
// strings escaped per RFC 8259 (UTF-8 passed through). Misuse (a value where a key is due) is a
// programming error.
#include <string>
#include <string_view>
#include <vector>

namespace iso20k {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(double d);
  JsonWriter& value(int i);
  JsonWriter& value(bool b);
  JsonWriter& null();
  // key + value in one call.
  template <class T>
  JsonWriter& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }
  JsonWriter& field(std::string_view k, const std::string& v) { return key(k).value(std::string_view(v)); }
  JsonWriter& strings(std::string_view k, const std::vector<std::string>& items);

  // The document so far, with a final newline once the top-level value is complete.
  const std::string& str() const { return out_; }

 private:
  void before_value();
  void newline();
  std::string out_;
  struct Level {
    bool array;
    int count;
  };
  std::vector<Level> stack_;
  bool after_key_ = false;
};

std::string json_escape(std::string_view s);
// Rounded to six decimals as printf's "%.6f" rounds, trailing zeros dropped, never "-0":
// 0.833333, 1, 92.5, 0 (for -0.0000001); huge values whole (1e56 is 57 digits). JSON has no NaN or
// infinity: a non-finite value is written null (the results reader refuses null where it expects a
// number, so such a value cannot pass unnoticed into a report).
std::string json_number(double d);

}  // namespace iso20k
