#pragma once
// Strict reading of our XML formats on top of pugixml. pugixml is lenient (several roots,
// duplicate attributes, unknown names all pass), so every loader states its structure through
// this class and gets file:line:column diagnostics for anything else.
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "iso20k/format/source_text.h"
#include "iso20k/format/date.h"
#include "iso20k/util/enum_names.h"

namespace iso20k {

// An attribute of a start tag as written: its name and the byte offsets where the name and the
// value begin. pugixml keeps no offsets for attributes, so messages about them need this scan.
struct XmlAttributeSpan {
  std::string_view name;
  std::size_t name_offset;
  std::size_t value_offset;
};

// The attributes of `node`'s start tag in `bytes`, the text the document was parsed from.
std::vector<XmlAttributeSpan> scan_attribute_spans(const std::string& bytes, pugi::xml_node node);

class XmlFile {
 public:
  // Checks UTF-8, parses, and requires exactly one root element named `root_name` (and, when
  // `ns` is not empty, carrying xmlns="ns"). Returns nullopt when nothing useful can be read.
  static std::optional<XmlFile> parse(SourceText source, std::string_view root_name,
                                      std::string_view ns, Diagnostics& out);

  pugi::xml_node root() const { return doc_->document_element(); }
  const SourceText& source() const { return source_; }

  SourceLocation at(pugi::xml_node node) const;
  // Byte offset of a node: an element's '<', a text's first character.
  std::size_t offset_of(pugi::xml_node node) const;
  // Location of an attribute's value (of its name when the value is empty), or of the element.
  SourceLocation at(pugi::xml_node node, std::string_view attribute) const;
  // Location of the first character of an element's text content, and the byte offset there.
  std::size_t text_offset(pugi::xml_node element) const;
  // Byte offset in the file of the character at `index` of an element's decoded text, walking
  // entity and character references so columns stay exact after "&amp;" and the like.
  std::size_t text_offset(pugi::xml_node element, std::size_t index) const;

  void error(Diagnostics& out, pugi::xml_node node, std::string message) const;
  void error(Diagnostics& out, pugi::xml_node node, std::string_view attribute,
             std::string message) const;

  // Reports attributes not in `allowed` (with a suggestion), duplicated attributes, and
  // `required` attributes that are missing or blank. xmlns and xmlns:* and xsi:* are always allowed.
  void check_attributes(pugi::xml_node node, std::initializer_list<std::string_view> allowed,
                        std::initializer_list<std::string_view> required, Diagnostics& out) const;
  // Reports child elements not in `allowed` and non-blank text between them.
  void check_children(pugi::xml_node node, std::initializer_list<std::string_view> allowed,
                      Diagnostics& out) const;
  // The element's text; reports child elements inside it; trims surrounding whitespace.
  std::string text(pugi::xml_node element, Diagnostics& out) const;
  // Required single child element with non-blank text; reports when missing or repeated.
  std::string required_text(pugi::xml_node parent, const char* name, Diagnostics& out) const;

  // Typed attribute readers: report a located error and return the fallback when the value is
  // present but malformed; return the fallback silently when the attribute is absent.
  bool read_bool(pugi::xml_node n, const char* attr, bool fallback, Diagnostics& out) const;
  double read_number(pugi::xml_node n, const char* attr, double fallback, Diagnostics& out) const;
  double read_positive(pugi::xml_node n, const char* attr, double fallback, Diagnostics& out) const;
  double read_fraction(pugi::xml_node n, const char* attr, double fallback, Diagnostics& out) const;
  int read_int(pugi::xml_node n, const char* attr, int fallback, int min, int max,
               Diagnostics& out) const;
  std::optional<Duration> read_duration(pugi::xml_node n, const char* attr, Diagnostics& out) const;
  std::optional<Date> read_date(pugi::xml_node n, const char* attr, Diagnostics& out) const;
  // Checks the value against `names`; returns its index, or nullopt (reported) when not found.
  std::optional<std::size_t> read_choice(pugi::xml_node n, const char* attr,
                                         const std::vector<std::string_view>& names,
                                         Diagnostics& out) const;
  // read_choice among the spellings of an enumeration (its enum_table, util/enum_names.h).
  template <class E>
  std::optional<E> read_enum(pugi::xml_node n, const char* attr, Diagnostics& out) const {
    const std::optional<std::size_t> i = read_choice(n, attr, enum_spellings<E>(), out);
    return i ? std::optional<E>(enum_names<E>()[*i].value) : std::nullopt;
  }

 private:
  XmlFile(SourceText source, std::unique_ptr<pugi::xml_document> doc);
  using AttributeSpan = XmlAttributeSpan;
  std::vector<AttributeSpan> scan_attributes(pugi::xml_node node) const;

  SourceText source_;
  std::unique_ptr<pugi::xml_document> doc_;
};

// Whitespace-separated tokens of an attribute value.
std::vector<std::string> split_words(std::string_view s);
// Parses a whole string as a finite decimal number (no trailing garbage, no hex, no inf/nan).
std::optional<double> parse_number(std::string_view s);

}  // namespace iso20k
