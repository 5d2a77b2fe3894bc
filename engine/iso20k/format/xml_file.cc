#include "iso20k/format/xml_file.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "iso20k/util/suggest.h"

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

SourceLocation XmlFile::at(pugi::xml_node node) const {
  const std::ptrdiff_t off = node.offset_debug();
  // offset_debug points at the element name; step back to its '<'.
  std::size_t o = off < 0 ? 0 : static_cast<std::size_t>(off);
  if (node.type() == pugi::node_element && o > 0 && source_.bytes()[o - 1] == '<') --o;
  return source_.location(o);
}

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
  // The decoded text is the raw text with leading whitespace trimmed by text(); walk the raw
  // bytes, skipping that whitespace, and count one decoded byte per raw byte or per reference.
  const std::string& b = source_.bytes();
  std::size_t i = text_offset(element);
  if (b.compare(i, 9, "<![CDATA[") == 0) i += 9;
  while (i < b.size() && is_space(b[i])) ++i;
  std::size_t decoded = 0;
  while (i < b.size() && decoded < index) {
    if (b[i] == '&') {
      const std::size_t semi = b.find(';', i);
      if (semi == std::string::npos) break;
      const std::string_view ref(b.data() + i + 1, semi - i - 1);
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
      i = semi + 1;
    } else {
      ++decoded;
      ++i;
    }
  }
  return i;
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
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const AttributeSpan& s = spans[i];
    for (std::size_t j = 0; j < i; ++j) {
      if (spans[j].name == s.name) {
        out.push_back(source_.error(s.name_offset, "duplicate attribute '" + std::string(s.name) +
                                                       "' on <" + node.name() + ">"));
        break;
      }
    }
    if (always_allowed(s.name)) continue;
    bool ok = false;
    for (std::string_view a : allowed) ok = ok || a == s.name;
    if (!ok) {
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
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element) {
      bool ok = false;
      for (std::string_view a : allowed) ok = ok || a == c.name();
      if (!ok) {
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
               !trim(c.value()).empty()) {
      error(out, c, "unexpected text inside <" + std::string(node.name()) + ">");
    }
  }
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
