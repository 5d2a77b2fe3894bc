#include "iso20k/format/xml_file.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <unordered_set>

#include "iso20k/util/suggest.h"
#include "iso20k/util/utf8.h"

namespace iso20k {
namespace {

const char* describe(pugi::xml_parse_status status) {
  switch (status) {
    case pugi::status_bad_pi: return "malformed processing instruction or XML declaration";
    case pugi::status_bad_comment: return "malformed comment (<!-- ... -->)";
    case pugi::status_bad_cdata: return "malformed CDATA section";
    case pugi::status_bad_doctype: return "malformed document type declaration";
    case pugi::status_bad_pcdata: return "malformed text content";
    case pugi::status_bad_start_element: return "malformed start tag";
    case pugi::status_bad_attribute: return "malformed attribute (expected name=\"value\")";
    case pugi::status_bad_end_element: return "malformed end tag";
    case pugi::status_end_element_mismatch:
      return "end tag does not match the open element (or an element is not closed)";
    case pugi::status_unrecognized_tag: return "unexpected '<': not a valid tag";
    case pugi::status_out_of_memory: return "out of memory while parsing";
    default: return "malformed XML";
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool always_allowed(std::string_view name) {
  return name == "xmlns" || name.starts_with("xmlns:") || name.starts_with("xsi:");
}

// ---- Well-formed XML 1.0 without a DTD ----------------------------------------------------------
// pugixml's parse is lenient: it accepts a bare '&', '<' in attribute values, undefined entities
// (left as literal text), text after the root element, an XML declaration anywhere, control
// characters, character references to NUL, surrogates or past U+10FFFF, and DOCTYPEs (whose
// entities it leaves unexpanded). These checks refuse all of that, each at its line and column:
// characters before parsing, the rest on the text pugixml accepted.

constexpr std::size_t kMaxXmlProblems = 10;

std::string code_point_name(unsigned long cp) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string hex;
  do {
    hex.insert(hex.begin(), kDigits[cp % 16]);
    cp /= 16;
  } while (cp > 0);
  while (hex.size() < 4) hex.insert(hex.begin(), '0');
  return "U+" + hex;
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
bool is_xml_char(unsigned long cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

// Every character of valid UTF-8 `b` is an XML Char; the first that is not is reported.
bool check_characters(const SourceText& source, Diagnostics& out) {
  const std::string& b = source.bytes();
  for (std::size_t i = 0; i < b.size();) {
    char32_t cp = static_cast<unsigned char>(b[i]);
    const std::size_t len = cp < 0x80 ? 1 : std::max<std::size_t>(1, utf8_sequence(b, i, cp));
    if (!is_xml_char(cp)) {
      out.push_back(source.error(i, (cp == 0 ? std::string("a NUL byte (U+0000)") : "the character " + code_point_name(cp)) +
                                        " is not allowed in XML; the XML is not well formed"));
      return false;
    }
    i += len;
  }
  return true;
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':' ||
         c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

class WellFormed {
 public:
  WellFormed(const SourceText& source, Diagnostics& out) : src_(source), b_(source.bytes()), out_(out) {}

  bool check() {
    if (std::string_view(b_).starts_with("\xEF\xBB\xBF")) i_ = 3;
    if (b_.compare(i_, 5, "<?xml") == 0 && i_ + 5 < b_.size() && (is_space(b_[i_ + 5]) || b_[i_ + 5] == '?')) {
      declaration();
    }
    while (i_ < b_.size() && problems_ < kMaxXmlProblems && !stop_) {
      if (b_[i_] == '<') {
        markup();
      } else {
        text();
      }
    }
    return problems_ == 0;
  }

 private:
  void problem(std::size_t at, const std::string& message) {
    ++problems_;
    out_.push_back(src_.error(at, message + "; the XML is not well formed"));
  }

  std::size_t find(std::string_view what, std::size_t from) const {
    const std::size_t at = b_.find(what, from);
    return at == std::string::npos ? b_.size() : at;
  }
  // The first `what` in [from, to), or `to`: searches stay inside the construct being checked, so
  // the whole check is linear in the size of the file.
  std::size_t find_in(std::string_view what, std::size_t from, std::size_t to) const {
    if (from >= to) return to;
    const std::size_t at = std::string_view(b_).substr(from, to - from).find(what);
    return at == std::string_view::npos ? to : from + at;
  }

  // <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
  void declaration() {
    const std::size_t start = i_;
    const std::size_t end = find("?>", i_);
    const std::string_view d(b_.data() + start, end - start);
    const auto value = [&](std::string_view name) -> std::optional<std::pair<std::string_view, std::size_t>> {
      std::size_t at = d.find(name);
      while (at != std::string_view::npos && (at == 0 || !is_space(d[at - 1]))) at = d.find(name, at + 1);
      if (at == std::string_view::npos) return std::nullopt;
      std::size_t v = at + name.size();
      while (v < d.size() && (is_space(d[v]) || d[v] == '=')) ++v;
      if (v >= d.size() || (d[v] != '"' && d[v] != '\'')) return std::nullopt;
      const std::size_t close = d.find(d[v], v + 1);
      if (close == std::string_view::npos) return std::nullopt;
      return std::pair{d.substr(v + 1, close - v - 1), start + v + 1};
    };
    const auto version = value("version");
    if (!version) {
      problem(start, "the XML declaration has no version (write <?xml version=\"1.0\" encoding=\"UTF-8\"?>)");
    } else if (!version->first.starts_with("1.") || version->first.size() < 3 ||
               !std::all_of(version->first.begin() + 2, version->first.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      problem(version->second, "XML version '" + std::string(version->first) + "': only XML 1.0 is read");
    }
    if (const auto encoding = value("encoding")) {
      std::string e(encoding->first);
      for (char& c : e) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
      if (e != "UTF-8" && e != "UTF8") {
        problem(encoding->second, "the file declares the encoding '" + std::string(encoding->first) +
                                      "'; iso20k reads UTF-8 only: save it as UTF-8 and declare encoding=\"UTF-8\"");
      }
    }
    i_ = std::min(b_.size(), end + 2);
  }

  void markup() {
    const std::size_t start = i_;
    if (b_.compare(i_, 4, "<!--") == 0) {
      const std::size_t end = find("-->", i_ + 4);
      const std::size_t dashes = find_in("--", i_ + 4, end);
      if (dashes < end) problem(dashes, "'--' inside a comment");
      i_ = std::min(b_.size(), end + 3);
    } else if (b_.compare(i_, 9, "<![CDATA[") == 0) {
      if (depth_ == 0) problem(start, "a CDATA section outside the root element");
      i_ = std::min(b_.size(), find("]]>", i_ + 9) + 3);
    } else if (b_.compare(i_, 9, "<!DOCTYPE") == 0) {
      problem(start, "a document type declaration (<!DOCTYPE ...>) is not allowed: iso20k reads XML without a DTD, "
                     "and entities it declares would not be expanded");
      stop_ = true;  // its internal subset cannot be skipped reliably
    } else if (b_.compare(i_, 2, "<?") == 0) {
      std::size_t t = i_ + 2;
      while (t < b_.size() && is_name_char(b_[t])) ++t;
      std::string target = b_.substr(i_ + 2, t - i_ - 2);
      for (char& c : target) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      if (target == "xml") {
        problem(start, "the XML declaration <?xml ...?> must come first in the file, before anything else "
                       "(even a blank line or a comment)");
      }
      i_ = std::min(b_.size(), find("?>", i_ + 2) + 2);
    } else if (b_.compare(i_, 2, "</") == 0) {
      i_ = std::min(b_.size(), find(">", i_) + 1);
      if (depth_ > 0) --depth_;
    } else if (b_.compare(i_, 2, "<!") == 0) {
      i_ = std::min(b_.size(), find(">", i_) + 1);  // pugixml refused anything else already
    } else {
      start_tag();
    }
  }

  void start_tag() {
    if (depth_ == 0) seen_root_ = true;
    ++i_;
    while (i_ < b_.size() && !is_space(b_[i_]) && b_[i_] != '/' && b_[i_] != '>') ++i_;
    for (;;) {
      while (i_ < b_.size() && is_space(b_[i_])) ++i_;
      if (i_ >= b_.size()) return;
      if (b_[i_] == '/') {  // an empty element
        i_ = std::min(b_.size(), find(">", i_) + 1);
        return;
      }
      if (b_[i_] == '>') {
        ++i_;
        ++depth_;
        return;
      }
      while (i_ < b_.size() && !is_space(b_[i_]) && b_[i_] != '=') ++i_;  // the attribute's name
      while (i_ < b_.size() && (is_space(b_[i_]) || b_[i_] == '=')) ++i_;
      if (i_ >= b_.size() || (b_[i_] != '"' && b_[i_] != '\'')) return;
      const char quote = b_[i_];
      const std::size_t open = i_ + 1;
      const std::size_t close = find(std::string_view(&quote, 1), open);
      const std::size_t lt = find_in("<", open, close);
      if (lt < close) problem(lt, "'<' inside an attribute value: write it as &lt;");
      references(open, close);
      i_ = std::min(b_.size(), close + 1);
    }
  }

  void text() {
    const std::size_t start = i_;
    const std::size_t end = find("<", i_);
    if (depth_ == 0) {
      for (std::size_t k = start; k < end; ++k) {
        if (!is_space(b_[k])) {
          problem(k, seen_root_ ? "text after the root element" : "text before the root element");
          break;
        }
      }
    } else {
      const std::size_t cdata_end = find_in("]]>", start, end);
      if (cdata_end < end) problem(cdata_end, "']]>' in text: write it as ]]&gt;");
      references(start, end);
    }
    i_ = end;
  }

  // Entity and character references in text or an attribute value between `from` and `to`.
  void references(std::size_t from, std::size_t to) {
    for (std::size_t k = find_in("&", from, to); k < to && problems_ < kMaxXmlProblems; k = find_in("&", k + 1, to)) {
      std::size_t e = k + 1;
      if (e < to && b_[e] == '#') ++e;
      while (e < to && is_name_char(b_[e])) ++e;
      if (e >= to || b_[e] != ';' || e == k + 1 || (b_[k + 1] == '#' && e == k + 2)) {
        problem(k, "a bare '&': write it as &amp; (or complete the reference with ';')");
        continue;
      }
      const std::string_view ref(b_.data() + k + 1, e - k - 1);
      if (ref[0] == '#') {
        const bool hex = ref.size() > 1 && ref[1] == 'x';
        const std::string_view digits = ref.substr(hex ? 2 : 1);
        unsigned long cp = 0;
        bool ok = !digits.empty() && digits.size() <= 8;
        for (char c : digits) {
          const int v = (c >= '0' && c <= '9') ? c - '0'
                        : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                      : -1;
          if (v < 0) ok = false;
          cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(v < 0 ? 0 : v);
        }
        if (!ok) {
          problem(k, "malformed character reference &" + std::string(ref) + ";");
        } else if (!is_xml_char(cp)) {
          problem(k, "the character reference &" + std::string(ref) + "; is to " +
                         (cp > 0x10FFFF ? std::string("a value past U+10FFFF") : code_point_name(cp)) +
                         ", which XML does not allow");
        }
      } else if (ref != "amp" && ref != "lt" && ref != "gt" && ref != "quot" && ref != "apos") {
        problem(k, "undefined entity &" + std::string(ref) +
                       "; — XML without a DTD knows only &amp; &lt; &gt; &quot; &apos; (write a character "
                       "as itself or as &#NNNN;)");
      }
    }
  }

  const SourceText& src_;
  const std::string& b_;
  Diagnostics& out_;
  std::size_t i_ = 0;
  int depth_ = 0;
  bool seen_root_ = false;
  bool stop_ = false;
  std::size_t problems_ = 0;
};

}  // namespace

XmlFile::XmlFile(SourceText source, std::unique_ptr<pugi::xml_document> doc)
    : source_(std::move(source)), doc_(std::move(doc)) {}

std::optional<XmlFile> XmlFile::parse(SourceText source, std::string_view root_name,
                                      std::string_view ns, Diagnostics& out) {
  const std::string& bytes = source.bytes();
  if (trim(bytes).empty()) {
    out.push_back(source.error(0, "the file is empty: expected an XML document with a <" +
                                      std::string(root_name) + "> root element"));
    return std::nullopt;
  }
  const bool utf8_ok = source.check_utf8(out);
  if (utf8_ok && !check_characters(source, out)) return std::nullopt;
  auto doc = std::make_unique<pugi::xml_document>();
  const pugi::xml_parse_result r =
      doc->load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!r) {
    if (r.status == pugi::status_no_document_element) {
      out.push_back(source.error(bytes.size(), "no root element: expected <" +
                                                   std::string(root_name) + ">"));
    } else {
      std::size_t at = static_cast<std::size_t>(r.offset);
      // pugixml points at the name of a mismatched end tag; point at its "</" instead.
      if (r.status == pugi::status_end_element_mismatch && at >= 2 && bytes.compare(at - 2, 2, "</") == 0) {
        at -= 2;
      }
      out.push_back(source.error(at, std::string(describe(r.status)) + "; the XML is not well formed"));
    }
    return std::nullopt;
  }
  if (!utf8_ok) return std::nullopt;
  if (!WellFormed(source, out).check()) return std::nullopt;
  XmlFile file(std::move(source), std::move(doc));
  int roots = 0;
  for (pugi::xml_node n : file.doc_->children()) {
    if (n.type() != pugi::node_element) continue;
    if (++roots == 2) {
      file.error(out, n, "a second root element <" + std::string(n.name()) +
                             ">: an XML document has exactly one root");
    }
  }
  const pugi::xml_node root = file.root();
  if (root_name != root.name()) {
    file.error(out, root, "root element is <" + std::string(root.name()) + ">, expected <" +
                              std::string(root_name) + ">");
    return std::nullopt;
  }
  if (!ns.empty() && ns != root.attribute("xmlns").value()) {
    file.error(out, root, "the root element must declare xmlns=\"" + std::string(ns) + "\"");
  }
  return file;
}

std::size_t XmlFile::offset_of(pugi::xml_node node) const {
  const std::ptrdiff_t off = node.offset_debug();
  // offset_debug points at the element name; step back to its '<'.
  std::size_t o = off < 0 ? 0 : static_cast<std::size_t>(off);
  if (node.type() == pugi::node_element && o > 0 && source_.bytes()[o - 1] == '<') --o;
  return o;
}

SourceLocation XmlFile::at(pugi::xml_node node) const { return source_.location(offset_of(node)); }

std::vector<XmlAttributeSpan> scan_attribute_spans(const std::string& b, pugi::xml_node node) {
  std::vector<XmlAttributeSpan> spans;
  const std::ptrdiff_t off = node.offset_debug();
  if (off < 0) return spans;
  std::size_t i = static_cast<std::size_t>(off);
  while (i < b.size() && !is_space(b[i]) && b[i] != '>' && b[i] != '/') ++i;  // element name
  while (i < b.size()) {
    while (i < b.size() && is_space(b[i])) ++i;
    if (i >= b.size() || b[i] == '>' || b[i] == '/') break;
    const std::size_t name_start = i;
    while (i < b.size() && !is_space(b[i]) && b[i] != '=') ++i;
    const std::string_view name(b.data() + name_start, i - name_start);
    while (i < b.size() && (is_space(b[i]) || b[i] == '=')) ++i;
    if (i >= b.size()) break;
    const char quote = b[i];
    const std::size_t value_start = i + 1;
    const std::size_t end = b.find(quote, value_start);
    if (end == std::string::npos) break;
    spans.push_back({name, name_start, value_start});
    i = end + 1;
  }
  return spans;
}

std::vector<XmlFile::AttributeSpan> XmlFile::scan_attributes(pugi::xml_node node) const {
  return scan_attribute_spans(source_.bytes(), node);
}

SourceLocation XmlFile::at(pugi::xml_node node, std::string_view attribute) const {
  for (const AttributeSpan& s : scan_attributes(node)) {
    if (s.name == attribute) return source_.location(s.value_offset);
  }
  return at(node);
}

std::size_t XmlFile::text_offset(pugi::xml_node element) const {
  for (pugi::xml_node c : element.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      const std::ptrdiff_t off = c.offset_debug();
      if (off >= 0) return static_cast<std::size_t>(off);
    }
  }
  const std::ptrdiff_t off = element.offset_debug();
  return off < 0 ? 0 : static_cast<std::size_t>(off);
}

std::size_t XmlFile::text_offset(pugi::xml_node element, std::size_t index) const {
  // text() is the element's text and CDATA children joined, with surrounding whitespace trimmed;
  // `index` counts bytes of that. Find the child holding it, then walk that child's raw bytes:
  // in text a reference (&amp;, &#x20AC;) is one run of raw bytes giving one character, in both
  // text and CDATA a CRLF gives one LF (pugixml's end-of-line handling); anything else is one byte
  // for one byte. CDATA has no references: "&&" in a rule there is two bytes, not a reference.
  const std::string& b = source_.bytes();
  std::size_t lead = 0;  // whitespace text() trimmed
  for (pugi::xml_node c : element.children()) {
    if (c.type() != pugi::node_pcdata && c.type() != pugi::node_cdata) continue;
    const std::string_view v = c.value();
    std::size_t k = 0;
    while (k < v.size() && is_space(v[k])) ++k;
    lead += k;
    if (k < v.size()) break;
  }
  std::size_t target = index + lead;
  std::size_t end = text_offset(element);
  for (pugi::xml_node c : element.children()) {
    if (c.type() != pugi::node_pcdata && c.type() != pugi::node_cdata) continue;
    const std::size_t length = std::strlen(c.value());
    const std::ptrdiff_t start = c.offset_debug();
    if (start < 0) continue;
    std::size_t raw = static_cast<std::size_t>(start);
    const bool cdata = c.type() == pugi::node_cdata;
    const std::size_t limit = std::min(target, length);
    std::size_t decoded = 0;
    while (raw < b.size() && decoded < limit) {
      if (!cdata && b[raw] == '&') {
        const std::size_t semi = b.find(';', raw);
        if (semi == std::string::npos) break;
        const std::string_view ref(b.data() + raw + 1, semi - raw - 1);
        std::size_t produced = 1;  // &amp; &lt; &gt; &quot; &apos;
        if (!ref.empty() && ref[0] == '#') {
          unsigned long cp = 0;
          if (ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X')) {
            std::from_chars(ref.data() + 2, ref.data() + ref.size(), cp, 16);
          } else {
            std::from_chars(ref.data() + 1, ref.data() + ref.size(), cp, 10);
          }
          produced = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        decoded += produced;
        raw = semi + 1;
      } else if (b[raw] == '\r' && raw + 1 < b.size() && b[raw + 1] == '\n') {
        decoded += 1;
        raw += 2;
      } else {
        ++decoded;
        ++raw;
      }
    }
    if (target < length) return raw;
    target -= length;
    end = raw;
  }
  return end;
}

void XmlFile::error(Diagnostics& out, pugi::xml_node node, std::string message) const {
  out.push_back({at(node), std::move(message)});
}

void XmlFile::error(Diagnostics& out, pugi::xml_node node, std::string_view attribute,
                    std::string message) const {
  out.push_back({at(node, attribute), std::move(message)});
}

void XmlFile::check_attributes(pugi::xml_node node,
                               std::initializer_list<std::string_view> allowed,
                               std::initializer_list<std::string_view> required,
                               Diagnostics& out) const {
  const std::vector<std::string_view> known(allowed);
  const std::vector<AttributeSpan> spans = scan_attributes(node);
  std::unordered_set<std::string_view> seen;
  SimilarProblems duplicates(source_, "duplicate attributes on <" + std::string(node.name()) + ">");
  SimilarProblems unknown(source_, "unknown attributes on <" + std::string(node.name()) + ">");
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const AttributeSpan& s = spans[i];
    if (!seen.insert(s.name).second && duplicates.admit(s.name_offset)) {
      out.push_back(source_.error(s.name_offset, "duplicate attribute '" + std::string(s.name) +
                                                     "' on <" + node.name() + ">"));
    }
    if (always_allowed(s.name)) continue;
    bool ok = false;
    for (std::string_view a : allowed) ok = ok || a == s.name;
    if (!ok && unknown.admit(s.name_offset)) {
      std::string msg = "unknown attribute '" + std::string(s.name) + "' on <" + node.name() + ">";
      const std::string hint = did_you_mean(s.name, known);
      if (!hint.empty()) {
        msg += hint;
      } else if (!known.empty()) {
        msg += "; allowed:";
        for (std::string_view a : known) msg += " " + std::string(a);
      }
      out.push_back(source_.error(s.name_offset, msg));
    }
  }
  duplicates.finish(out);
  unknown.finish(out);
  for (std::string_view r : required) {
    const pugi::xml_attribute a = node.attribute(std::string(r).c_str());
    if (!a) {
      error(out, node, "<" + std::string(node.name()) + "> needs the attribute '" +
                           std::string(r) + "'");
    } else if (trim(a.value()).empty()) {
      error(out, node, r, "attribute '" + std::string(r) + "' of <" + node.name() +
                              "> must not be empty");
    }
  }
}

void XmlFile::check_children(pugi::xml_node node, std::initializer_list<std::string_view> allowed,
                             Diagnostics& out) const {
  const std::vector<std::string_view> known(allowed);
  SimilarProblems unknown(source_, "unknown elements in <" + std::string(node.name()) + ">");
  SimilarProblems text(source_, "texts inside <" + std::string(node.name()) + ">");
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element) {
      bool ok = false;
      for (std::string_view a : allowed) ok = ok || a == c.name();
      if (!ok && unknown.admit(offset_of(c))) {
        std::string msg = "unknown element <" + std::string(c.name()) + "> in <" + node.name() + ">";
        const std::string hint = did_you_mean(c.name(), known);
        if (!hint.empty()) {
          msg += hint;
        } else if (known.empty()) {
          msg += "; it takes no child elements";
        } else {
          msg += "; allowed:";
          for (std::string_view a : known) msg += " <" + std::string(a) + ">";
        }
        error(out, c, msg);
      }
    } else if ((c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) &&
               !trim(c.value()).empty() && text.admit(offset_of(c))) {
      error(out, c, "unexpected text inside <" + std::string(node.name()) + ">");
    }
  }
  unknown.finish(out);
  text.finish(out);
}

std::string XmlFile::text(pugi::xml_node element, Diagnostics& out) const {
  std::string t;
  for (pugi::xml_node c : element.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      t += c.value();
    } else if (c.type() == pugi::node_element) {
      error(out, c, "unexpected element <" + std::string(c.name()) + "> inside <" +
                        element.name() + ">: it holds text only");
    }
  }
  return std::string(trim(t));
}

std::string XmlFile::required_text(pugi::xml_node parent, const char* name,
                                   Diagnostics& out) const {
  pugi::xml_node first = parent.child(name);
  if (!first) {
    error(out, parent, "<" + std::string(parent.name()) + "> needs a <" + name + "> element");
    return {};
  }
  if (pugi::xml_node second = first.next_sibling(name)) {
    error(out, second, "<" + std::string(parent.name()) + "> takes only one <" + name + ">");
  }
  std::string t = text(first, out);
  if (t.empty()) error(out, first, "<" + std::string(name) + "> must not be empty");
  return t;
}

bool XmlFile::read_bool(pugi::xml_node n, const char* attr, bool fallback, Diagnostics& out) const {
  const pugi::xml_attribute a = n.attribute(attr);
  if (!a) return fallback;
  const std::string_view v = a.value();
  if (v == "true") return true;
  if (v == "false") return false;
  error(out, n, attr, "attribute '" + std::string(attr) + "' must be true or false, not '" +
                          std::string(v) + "'");
  return fallback;
}

double XmlFile::read_number(pugi::xml_node n, const char* attr, double fallback,
                            Diagnostics& out) const {
  const pugi::xml_attribute a = n.attribute(attr);
  if (!a) return fallback;
  if (auto v = parse_number(a.value())) return *v;
  error(out, n, attr, "attribute '" + std::string(attr) + "' must be a number, not '" +
                          a.value() + "'");
  return fallback;
}

double XmlFile::read_positive(pugi::xml_node n, const char* attr, double fallback,
                              Diagnostics& out) const {
  const pugi::xml_attribute a = n.attribute(attr);
  if (!a) return fallback;
  const auto v = parse_number(a.value());
  if (v && *v > 0) return *v;
  error(out, n, attr, "attribute '" + std::string(attr) + "' must be a positive number, not '" +
                          a.value() + "'");
  return fallback;
}

double XmlFile::read_fraction(pugi::xml_node n, const char* attr, double fallback,
                              Diagnostics& out) const {
  const pugi::xml_attribute a = n.attribute(attr);
  if (!a) return fallback;
  const auto v = parse_number(a.value());
  if (v && *v >= 0 && *v <= 1) return *v;
  error(out, n, attr, "attribute '" + std::string(attr) +
                          "' must be a fraction between 0 and 1, not '" + a.value() + "'");
  return fallback;
}

int XmlFile::read_int(pugi::xml_node n, const char* attr, int fallback, int min, int max,
                      Diagnostics& out) const {
  const pugi::xml_attribute a = n.attribute(attr);
  if (!a) return fallback;
  const std::string_view v = a.value();
  int value = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
  if (ec == std::errc() && end == v.data() + v.size() && value >= min && value <= max) return value;
  error(out, n, attr, "attribute '" + std::string(attr) + "' must be a whole number from " +
                          std::to_string(min) + " to " + std::to_string(max) + ", not '" +
                          std::string(v) + "'");
  return fallback;
}

std::optional<Duration> XmlFile::read_duration(pugi::xml_node n, const char* attr,
                                               Diagnostics& out) const {
  const pugi::xml_attribute a = n.attribute(attr);
  if (!a) return std::nullopt;
  if (auto d = parse_duration(a.value())) return d;
  error(out, n, attr, "attribute '" + std::string(attr) +
                          "' must be a duration such as 90d, 8w, 12m or 1y, not '" + a.value() +
                          "'");
  return std::nullopt;
}

std::optional<Date> XmlFile::read_date(pugi::xml_node n, const char* attr, Diagnostics& out) const {
  const pugi::xml_attribute a = n.attribute(attr);
  if (!a || a.value()[0] == 0) return std::nullopt;
  if (auto d = parse_date(a.value())) return d;
  error(out, n, attr, "attribute '" + std::string(attr) +
                          "' must be a calendar date YYYY-MM-DD, not '" + a.value() + "'");
  return std::nullopt;
}

std::optional<std::size_t> XmlFile::read_choice(pugi::xml_node n, const char* attr,
                                                const std::vector<std::string_view>& names,
                                                Diagnostics& out) const {
  const pugi::xml_attribute a = n.attribute(attr);
  if (!a) return std::nullopt;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == a.value()) return i;
  }
  std::string msg = "attribute '" + std::string(attr) + "' is '" + a.value() + "'; expected one of:";
  for (std::string_view s : names) msg += " " + std::string(s);
  error(out, n, attr, msg + did_you_mean(a.value(), names));
  return std::nullopt;
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (i > start) words.emplace_back(s.substr(start, i - start));
  }
  return words;
}

std::optional<double> parse_number(std::string_view s) {
  s = trim(s);
  if (s.empty() || s[0] == '+') return std::nullopt;
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

}  // namespace iso20k
