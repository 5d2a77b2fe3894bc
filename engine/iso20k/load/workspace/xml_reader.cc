#include "iso20k/load/workspace/xml_reader.h"

#include <unordered_set>

#include "iso20k/format/xml_file.h"
#include "iso20k/util/suggest.h"

namespace iso20k::ws {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool always_allowed(std::string_view name) {
  return name == "xmlns" || name.starts_with("xmlns:") || name.starts_with("xsi:");
}

bool blank(std::string_view s) {
  for (char c : s) {
    if (!is_space(c)) return false;
  }
  return true;
}


std::size_t element_offset(const std::string& b, pugi::xml_node n) {
  const std::ptrdiff_t off = n.offset_debug();
  std::size_t o = off < 0 ? 0 : static_cast<std::size_t>(off);
  if (o > 0 && o <= b.size() && b[o - 1] == '<') --o;
  return o;
}

std::string allowed_list(const std::vector<std::string_view>& names, bool elements) {
  std::string s = "; allowed:";
  for (std::string_view n : names) {
    s += elements ? " <" + std::string(n) + ">" : " " + std::string(n);
  }
  return s;
}

std::string suggestion(std::string_view name, const std::vector<std::string_view>& known,
                       bool elements) {
  if (known.empty()) return elements ? "; it takes no child elements" : "; it takes no attributes";
  const std::string hint = name.size() <= 64 ? did_you_mean(name, known) : std::string();
  return hint.empty() ? allowed_list(known, elements) : hint;
}

class Reader {
 public:
  Reader(const XmlFile& f, RecordFile& rf, Diagnostics& out)
      : f_(f), b_(f.source().bytes()), rf_(rf), out_(out) {}

  void read(const FileSpec& spec) {
    const pugi::xml_node root = f_.root();
    if (spec.top) {
      std::vector<std::string_view> containers;
      for (const ContainerSpec& c : spec.containers) containers.push_back(c.name);
      rf_.records.push_back(record(root, *spec.top, containers));
      for (pugi::xml_node child : root.children()) {
        if (child.type() != pugi::node_element) continue;
        for (const ContainerSpec& c : spec.containers) {
          if (c.name == child.name()) container(child, *c.record);
        }
      }
    } else {
      container(root, *spec.item);
    }
  }

 private:
  // An element holding records only: <services>, or a register's root.
  void container(pugi::xml_node n, const RecordSpec& item) {
    check_attributes(n, {});
    SimilarProblems unknown(f_.source(), "unknown elements in <" + std::string(n.name()) + ">");
    SimilarProblems text(f_.source(), "texts inside <" + std::string(n.name()) + ">");
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_element) {
        if (item.type == c.name()) {
          rf_.records.push_back(record(c, item, {}));
        } else if (unknown.admit(f_.offset_of(c))) {
          f_.error(out_, c, "unknown element <" + std::string(c.name()) + "> in <" + n.name() +
                                ">" + suggestion(c.name(), {item.type}, true));
        }
      } else if ((c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) &&
                 !blank(c.value()) && text.admit(f_.offset_of(c))) {
        f_.error(out_, c, "unexpected text inside <" + std::string(n.name()) + ">");
      }
    }
    unknown.finish(out_);
    text.finish(out_);
  }

  // Reports unknown and duplicate attributes; returns the known ones as fields. `elements` are the
  // element names of the record, for a hint when one is written as an attribute.
  std::vector<Field> check_attributes(pugi::xml_node n, const std::vector<std::string_view>& known,
                                      const std::vector<std::string_view>& elements = {}) {
    std::vector<Field> fields;
    const std::vector<XmlAttributeSpan> spans = scan_attribute_spans(b_, n);
    std::vector<pugi::xml_attribute> attrs(n.attributes_begin(), n.attributes_end());
    std::unordered_set<std::string_view> seen;
    SimilarProblems duplicates(f_.source(), "duplicate attributes on <" + std::string(n.name()) + ">");
    SimilarProblems unknown(f_.source(), "unknown attributes on <" + std::string(n.name()) + ">");
    for (std::size_t i = 0; i < spans.size(); ++i) {
      const XmlAttributeSpan& s = spans[i];
      if (!seen.insert(s.name).second) {
        if (duplicates.admit(s.name_offset)) {
          out_.push_back(f_.source().error(s.name_offset, "duplicate attribute '" +
                                                              std::string(s.name) + "' on <" +
                                                              n.name() + ">"));
        }
        continue;
      }
      if (always_allowed(s.name)) continue;
      bool ok = false;
      for (std::string_view k : known) ok = ok || k == s.name;
      if (!ok) {
        if (!unknown.admit(s.name_offset)) continue;
        bool element = false;
        for (std::string_view e : elements) element = element || e == s.name;
        out_.push_back(f_.source().error(
            s.name_offset, "unknown attribute '" + std::string(s.name) + "' on <" + n.name() + ">" +
                               (element ? "; it is written as an element: <" + std::string(s.name) +
                                              ">…</" + std::string(s.name) + ">"
                                        : suggestion(s.name, known, false))));
        continue;
      }
      Field fd;
      fd.name = fd.spelled = std::string(s.name);
      fd.value = i < attrs.size() && attrs[i].name() == s.name
                     ? attrs[i].value()
                     : n.attribute(fd.name.c_str()).value();
      fd.offset = s.value_offset;
      fd.name_offset = s.name_offset;
      fields.push_back(std::move(fd));
    }
    duplicates.finish(out_);
    unknown.finish(out_);
    return fields;
  }

  Record record(pugi::xml_node n, const RecordSpec& spec,
                const std::vector<std::string_view>& containers) {
    Record r;
    r.type = std::string(spec.type);
    r.offset = element_offset(b_, n);
    std::vector<std::string_view> attribute_names, element_names;
    for (const FieldSpec& fs : spec.fields) {
      if (fs.informational) continue;
      if (!fs.xml_element) {
        attribute_names.push_back(fs.name);
      } else {
        element_names.push_back(fs.shape == Shape::text_list ? fs.xml_name : fs.name);
      }
    }
    r.fields = check_attributes(n, attribute_names, element_names);
    std::vector<std::string_view> children = element_names;
    children.insert(children.end(), containers.begin(), containers.end());
    SimilarProblems unknown_elements(f_.source(), "unknown elements in <" + std::string(n.name()) + ">");
    SimilarProblems texts(f_.source(), "texts inside <" + std::string(n.name()) + ">");
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        if (!blank(c.value()) && texts.admit(f_.offset_of(c))) {
          f_.error(out_, c, "unexpected text inside <" + std::string(n.name()) + ">");
        }
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = c.name();
      const FieldSpec* fs = nullptr;
      for (const FieldSpec& s : spec.fields) {
        if (!s.informational && s.xml_element &&
            (s.shape == Shape::text_list ? s.xml_name : s.name) == name) {
          fs = &s;
        }
      }
      if (!fs) {
        bool container = false;
        for (std::string_view k : containers) container = container || k == name;
        if (!container && unknown_elements.admit(f_.offset_of(c))) {
          bool attribute = false;
          for (std::string_view a : attribute_names) attribute = attribute || a == name;
          f_.error(out_, c, "unknown element <" + std::string(name) + "> in <" + n.name() + ">" +
                                (attribute ? "; it is written as an attribute: " +
                                                 std::string(name) + "=\"…\""
                                           : suggestion(name, children, true)));
        }
        continue;
      }
      check_attributes(c, {});
      Field fd;
      fd.name = std::string(fs->name);
      fd.spelled = std::string(name);
      fd.value = f_.text(c, out_);
      fd.list_item = fs->shape == Shape::text_list;
      fd.name_offset = element_offset(b_, c);
      fd.offset = fd.value.empty() ? fd.name_offset : f_.text_offset(c, 0);
      r.fields.push_back(std::move(fd));
    }
    unknown_elements.finish(out_);
    texts.finish(out_);
    return r;
  }

  const XmlFile& f_;
  const std::string& b_;
  RecordFile& rf_;
  Diagnostics& out_;
};

}  // namespace

std::optional<RecordFile> read_xml_records(SourceText source, const FileSpec& spec,
                                           Diagnostics& out) {
  std::optional<XmlFile> xml = XmlFile::parse(std::move(source), spec.root,
                                              kWorkspaceNamespace, out);
  if (!xml) return std::nullopt;
  RecordFile rf{xml->source(), Format::xml, spec.kind, {}};
  Reader(*xml, rf, out).read(spec);
  return rf;
}

}  // namespace iso20k::ws
