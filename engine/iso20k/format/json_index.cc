#include "iso20k/format/json_index.h"

#include <set>

#include "iso20k/util/utf8.h"

namespace iso20k::ws {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}


struct Failed {};  // unwinds the scan at the first syntax error (already recorded)

class Scanner {
 public:
  Scanner(std::string_view text, std::size_t max_depth) : t_(text), max_depth_(max_depth) {}

  JsonIndex run() {
    if (t_.starts_with("\xEF\xBB\xBF")) i_ = 3;
    try {
      scan();
    } catch (const Failed&) {
    }
    return std::move(index_);
  }

 private:
  struct Frame {
    bool object = false;
    std::string pointer;
    std::size_t count = 0;
    std::set<std::string> keys;
    bool recording = true;
  };

  [[noreturn]] void fail(std::size_t at, std::string message) {
    index_.syntax_error = JsonProblem{at, std::move(message)};
    throw Failed{};
  }

  void skip_ws() {
    while (i_ < t_.size() && is_ws(t_[i_])) ++i_;
  }

  char peek() const { return i_ < t_.size() ? t_[i_] : '\0'; }

  void scan() {
    skip_ws();
    if (i_ >= t_.size()) fail(i_, "the file holds no JSON value");
    value("", i_, true);
    for (;;) {
      skip_ws();
      if (stack_.empty()) {
        if (i_ < t_.size()) fail(i_, "unexpected text after the end of the JSON value");
        return;
      }
      Frame& f = stack_.back();
      const char c = peek();
      if (c == ',') {
        ++i_;
        skip_ws();
        next_member(f);
      } else if (f.object && c == '}') {
        ++i_;
        stack_.pop_back();
      } else if (!f.object && c == ']') {
        ++i_;
        stack_.pop_back();
      } else if (i_ >= t_.size()) {
        fail(i_, std::string("the file ends inside ") + (f.object ? "an object: a '}' is missing"
                                                                  : "a list: a ']' is missing"));
      } else {
        fail(i_, std::string("expected ',' or ") + (f.object ? "'}'" : "']'") +
                     " after a " + (f.object ? "member of an object" : "list element"));
      }
    }
  }

  // After '{' or '[' or ',': the next member or element.
  void next_member(Frame& f) {
    if (f.object) {
      if (peek() == '}') fail(i_, "a ',' before '}': remove the trailing comma");
      if (peek() != '"') fail(i_, "expected a key in double quotes");
      const std::size_t key_offset = i_;
      std::string key = string();
      skip_ws();
      if (peek() != ':') fail(i_, "expected ':' after the key");
      ++i_;
      skip_ws();
      const bool fresh = f.keys.insert(key).second;
      if (!fresh && f.recording) {
        index_.duplicate_keys.push_back(
            {key_offset, "the key \"" + key + "\" appears twice in this object"});
      }
      const std::string pointer = json_pointer(f.pointer, key);
      ++f.count;
      value(pointer, key_offset, f.recording && fresh);
    } else {
      if (peek() == ']') fail(i_, "a ',' before ']': remove the trailing comma");
      const std::string pointer = json_pointer(f.pointer, std::to_string(f.count++));
      value(pointer, i_, f.recording);
    }
  }

  void record(const std::string& pointer, JsonKind kind, std::size_t at, std::size_t key_offset,
              bool recording) {
    if (recording) index_.spots.emplace(pointer, JsonSpot{kind, at, key_offset});
  }

  void value(const std::string& pointer, std::size_t key_offset, bool recording) {
    const std::size_t at = i_;
    const char c = peek();
    if (c == '{' || c == '[') {
      const bool object = c == '{';
      record(pointer, object ? JsonKind::object : JsonKind::array, at, key_offset, recording);
      if (stack_.size() >= max_depth_) {
        fail(at, "the JSON is nested more than " + std::to_string(max_depth_) + " levels deep");
      }
      ++i_;
      skip_ws();
      stack_.push_back(Frame{object, pointer, 0, {}, recording});
      if (peek() == (object ? '}' : ']')) {
        ++i_;
        stack_.pop_back();
        return;
      }
      next_member(stack_.back());
    } else if (c == '"') {
      string();
      record(pointer, JsonKind::string, at, key_offset, recording);
    } else if (c == 't' || c == 'f' || c == 'n') {
      const std::string_view word = c == 't' ? "true" : c == 'f' ? "false" : "null";
      if (t_.substr(i_, word.size()) != word) {
        fail(i_, "expected a value; text needs double quotes (\"...\")");
      }
      i_ += word.size();
      record(pointer, c == 'n' ? JsonKind::null : JsonKind::boolean, at, key_offset, recording);
    } else if (c == '-' || is_digit(c)) {
      number();
      record(pointer, JsonKind::number, at, key_offset, recording);
    } else if (i_ >= t_.size()) {
      fail(i_, "the file ends where a value is expected");
    } else {
      fail(i_, "expected a value (an object, a list, a string in double quotes, a number, true, "
               "false or null)");
    }
  }

  void number() {
    const std::size_t start = i_;
    if (peek() == '-') ++i_;
    if (peek() == '0') {
      ++i_;
      if (is_digit(peek())) fail(start, "a number must not start with 0");
    } else if (is_digit(peek())) {
      while (is_digit(peek())) ++i_;
    } else {
      fail(start, "malformed number");
    }
    if (peek() == '.') {
      ++i_;
      if (!is_digit(peek())) fail(start, "malformed number: digits must follow '.'");
      while (is_digit(peek())) ++i_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      if (!is_digit(peek())) fail(start, "malformed number: digits must follow the exponent");
      while (is_digit(peek())) ++i_;
    }
  }

  unsigned hex4() {
    if (i_ + 4 > t_.size()) fail(i_, "\\u needs four hexadecimal digits");
    unsigned v = 0;
    for (int k = 0; k < 4; ++k) {
      const int h = hex_value(t_[i_ + static_cast<std::size_t>(k)]);
      if (h < 0) fail(i_, "\\u needs four hexadecimal digits");
      v = v * 16 + static_cast<unsigned>(h);
    }
    i_ += 4;
    return v;
  }

  // A string starting at the opening quote; returns its decoded text.
  std::string string() {
    const std::size_t open = i_++;
    std::string s;
    for (;;) {
      if (i_ >= t_.size()) fail(open, "this string is never closed: a '\"' is missing");
      const char c = t_[i_];
      if (c == '"') {
        ++i_;
        return s;
      }
      if (static_cast<unsigned char>(c) < 0x20) {
        fail(i_, c == '\n' ? "a line break inside a string: write \\n, or close the string"
                           : "a control character inside a string: write it as an escape");
      }
      if (c != '\\') {
        s += c;
        ++i_;
        continue;
      }
      const std::size_t esc = i_++;
      const char e = peek();
      ++i_;
      switch (e) {
        case '"': s += '"'; break;
        case '\\': s += '\\'; break;
        case '/': s += '/'; break;
        case 'b': s += '\b'; break;
        case 'f': s += '\f'; break;
        case 'n': s += '\n'; break;
        case 'r': s += '\r'; break;
        case 't': s += '\t'; break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xDC00 && cp <= 0xDFFF) fail(esc, "a low surrogate \\u escape without a high one");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (t_.substr(i_, 2) != "\\u") fail(esc, "a high surrogate \\u escape without a low one");
            i_ += 2;
            const unsigned low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) fail(esc, "a high surrogate \\u escape without a low one");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(s, static_cast<char32_t>(cp));
          break;
        }
        default:
          fail(esc, "invalid escape in a string: \\ is followed by one of \" \\ / b f n r t u");
      }
    }
  }

  std::string_view t_;
  std::size_t max_depth_;
  std::size_t i_ = 0;
  std::vector<Frame> stack_;
  JsonIndex index_;
};

}  // namespace

const char* describe(JsonKind k) {
  switch (k) {
    case JsonKind::object: return "an object";
    case JsonKind::array: return "a list";
    case JsonKind::string: return "a string";
    case JsonKind::number: return "a number";
    case JsonKind::boolean: return "true or false";
    case JsonKind::null: return "null";
  }
  return "a value";
}

const JsonSpot* JsonIndex::find(const std::string& pointer) const {
  auto it = spots.find(pointer);
  return it == spots.end() ? nullptr : &it->second;
}

JsonIndex index_json(std::string_view text, std::size_t max_depth) {
  return Scanner(text, max_depth).run();
}

std::string json_pointer(const std::string& parent, std::string_view key) {
  std::string p = parent;
  p += '/';
  for (char c : key) {
    if (c == '~') {
      p += "~0";
    } else if (c == '/') {
      p += "~1";
    } else {
      p += c;
    }
  }
  return p;
}

}  // namespace iso20k::ws
