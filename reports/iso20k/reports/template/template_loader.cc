#include "iso20k/reports/template/template_loader.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <string_view>
#include <utility>

#include "iso20k/format/source_text.h"
#include "iso20k/format/text.h"
#include "iso20k/format/xml_file.h"
#include "iso20k/model/phrase_text.h"
#include "iso20k/reports/template/logo_check.h"
#include "iso20k/reports/template/report_sections.h"
#include "iso20k/reports/template/report_strings.h"
#include "iso20k/util/suggest.h"

namespace iso20k::reports {
namespace {

namespace fs = std::filesystem;

constexpr int kMaxExtends = 8;
constexpr std::size_t kMaxMissingReported = 20;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Runs of whitespace (line breaks of the XML file included) become one space.
std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (is_space(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool is_template_name(std::string_view s) {
  if (s.empty() || s.front() == '.') return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.';
  });
}

bool looks_like_path(std::string_view s) { return s.find('/') != std::string_view::npos || s.ends_with(".xml"); }

// "en", "de", "en-GB", "pt-BR", "zh-Hant-TW".
bool is_language_tag(std::string_view s) {
  std::size_t start = 0;
  bool first = true;
  while (true) {
    const std::size_t dash = s.find('-', start);
    const std::string_view part = s.substr(start, dash == std::string_view::npos ? s.size() - start : dash - start);
    const std::size_t min = first ? 2 : 1;
    const std::size_t max = first ? 3 : 8;
    if (part.size() < min || part.size() > max) return false;
    for (char c : part) {
      const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      const bool digit = c >= '0' && c <= '9';
      if (!(alpha || (!first && digit))) return false;
    }
    if (dash == std::string_view::npos) return true;
    start = dash + 1;
    first = false;
  }
}

std::optional<Rgb> parse_colour(std::string_view s) {
  if (s.size() != 7 || s[0] != '#') return std::nullopt;
  int v[6];
  for (std::size_t i = 0; i < 6; ++i) {
    const char c = s[i + 1];
    if (c >= '0' && c <= '9') {
      v[i] = c - '0';
    } else if (c >= 'a' && c <= 'f') {
      v[i] = c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      v[i] = c - 'A' + 10;
    } else {
      return std::nullopt;
    }
  }
  return Rgb{(v[0] * 16 + v[1]) / 255.0, (v[2] * 16 + v[3]) / 255.0, (v[4] * 16 + v[5]) / 255.0};
}

std::vector<std::string_view> section_names(ReportKind kind) {
  std::vector<std::string_view> names;
  for (const SectionSpec& s : report_sections(kind)) names.push_back(s.id);
  return names;
}

// Where a template file is, from what the user or an extends attribute wrote. `relative_to` is the
// folder relative paths start from (the working directory for --template, the template's folder for
// extends).
struct Resolved {
  fs::path file;
  std::string name;
  std::string error;  // set when nothing can be found
};

Resolved resolve_template(const std::string& name_or_path, const std::string& templates_dir,
                          const fs::path& relative_to) {
  Resolved r;
  if (looks_like_path(name_or_path)) {
    fs::path p(name_or_path);
    if (p.is_relative() && !relative_to.empty()) p = (relative_to / p).lexically_normal();
    std::error_code ec;
    if (fs::is_directory(p, ec)) p /= "template.xml";
    r.file = p;
    const fs::path folder = p.parent_path();
    r.name = p.filename() == "template.xml" && !folder.filename().empty() ? folder.filename().string()
                                                                          : p.stem().string();
    if (!fs::exists(p, ec)) r.error = "template file not found: " + p.string();
    return r;
  }
  r.name = name_or_path;
  const std::vector<std::string> bundled = bundled_templates(templates_dir);
  if (is_template_name(name_or_path)) {
    r.file = fs::path(templates_dir) / name_or_path / "template.xml";
    if (std::find(bundled.begin(), bundled.end(), name_or_path) != bundled.end()) return r;
  }
  std::vector<std::string_view> candidates(bundled.begin(), bundled.end());
  r.error = "unknown template '" + name_or_path + "'" + did_you_mean(name_or_path, candidates) +
            (bundled.empty() ? "; no templates are installed in " + templates_dir
                             : "; the bundled templates are " + join(candidates, ", ")) +
            " (or give the path of a template.xml)";
  return r;
}

class TemplateReader {
 public:
  // `extends`: the file extends another; `base_failed`: that one could not be read, so what is
  // missing cannot be told.
  TemplateReader(const XmlFile& file, Template& t, bool extends, bool base_failed, Diagnostics& out)
      : f_(file), t_(t), extends_(extends), base_failed_(base_failed), out_(out) {}

  void read() {
    const pugi::xml_node root = f_.root();
    f_.check_attributes(root, {"language", "extends", "audience"}, extends_ ? std::initializer_list<std::string_view>{}
                                                                : std::initializer_list<std::string_view>{"language"},
                        out_);
    f_.check_children(root, {"description", "branding", "page", "report", "strings"}, out_);
    if (const pugi::xml_attribute language = root.attribute("language")) {
      if (!is_language_tag(language.value())) {
        f_.error(out_, root, "language",
                 "language '" + std::string(language.value()) + "' is not a language tag such as en, de or en-GB");
      } else {
        t_.language = language.value();
      }
    }
    if (const pugi::xml_attribute audience = root.attribute("audience")) {
      if (const std::optional<Audience> a = enum_from_name<Audience>(audience.value())) {
        t_.audience = *a;
      } else {
        f_.error(out_, root, "audience",
                 "audience '" + std::string(audience.value()) + "' is neither 'client' nor 'certification-body'");
      }
    }
    once(root, "description", [&](pugi::xml_node n) {
      f_.check_attributes(n, {}, {}, out_);
      f_.text(n, out_);
    });
    bool branding = false;
    once(root, "branding", [&](pugi::xml_node n) {
      branding = true;
      read_branding(n);
    });
    if (!branding && !extends_) f_.error(out_, root, "<template> needs a <branding> element");
    once(root, "page", [&](pugi::xml_node n) { read_page(n); });
    std::set<ReportKind> kinds;
    for (pugi::xml_node n : root.children("report")) read_report(n, kinds);
    if (!extends_) {
      for (ReportKind kind : {ReportKind::gap, ReportKind::readiness}) {
        if (kinds.count(kind) == 0) {
          f_.error(out_, root, std::string("<template> needs a <report kind=\"") + to_string(kind) +
                                   "\"> element listing the sections of the " + to_string(kind) + " report");
        }
      }
    }
    pugi::xml_node strings_node = root;
    once(root, "strings", [&](pugi::xml_node n) {
      strings_node = n;
      read_strings(n);
    });
    if (!base_failed_) check_complete(strings_node);
  }

 private:
  // Calls `read` for the only child `name` of `parent`, reporting repeats.
  template <typename Fn>
  void once(pugi::xml_node parent, const char* name, Fn read) {
    pugi::xml_node first = parent.child(name);
    if (!first) return;
    for (pugi::xml_node again = first.next_sibling(name); again; again = again.next_sibling(name)) {
      f_.error(out_, again, "<" + std::string(parent.name()) + "> takes only one <" + name + ">");
    }
    read(first);
  }

  void read_branding(pugi::xml_node n) {
    f_.check_attributes(n, {}, {}, out_);
    f_.check_children(n, {"firm", "confidentiality", "logo", "colours"}, out_);
    // No firm is fine: the workspace profile names the assessing organisation.
    if (n.child("firm")) t_.branding.firm = collapse_whitespace(f_.required_text(n, "firm", out_));
    if (!extends_ || n.child("confidentiality")) {
      t_.branding.confidentiality = collapse_whitespace(f_.required_text(n, "confidentiality", out_));
    }
    for (const char* name : {"firm", "confidentiality"}) {
      if (pugi::xml_node e = n.child(name)) f_.check_attributes(e, {}, {}, out_);
    }
    once(n, "logo", [&](pugi::xml_node logo) {
      f_.check_children(logo, {}, out_);
      f_.check_attributes(logo, {"file"}, {}, out_);
      const pugi::xml_attribute file = logo.attribute("file");
      if (!file) {
        t_.branding.logo.clear();  // <logo/>: no logo (e.g. not the one of the template extended)
        return;
      }
      if (std::string_view(file.value()).empty()) return;  // check_attributes reported it
      const LogoCheck check = check_logo(fs::path(t_.folder), file.value());
      if (!check.error.empty()) {
        f_.error(out_, logo, "file", check.error);
      } else {
        t_.branding.logo = check.path;
      }
    });
    once(n, "colours", [&](pugi::xml_node colours) {
      f_.check_children(colours, {}, out_);
      f_.check_attributes(colours, {"primary", "accent", "text"}, {}, out_);
      read_colour(colours, "primary", t_.branding.primary);
      read_colour(colours, "accent", t_.branding.accent);
      read_colour(colours, "text", t_.branding.text);
    });
  }

  void read_colour(pugi::xml_node n, const char* attr, Rgb& into) {
    const pugi::xml_attribute a = n.attribute(attr);
    if (!a) return;
    if (const std::optional<Rgb> c = parse_colour(a.value())) {
      into = *c;
    } else {
      f_.error(out_, n, attr,
               "colour '" + std::string(a.value()) + "' is not of the form #RRGGBB (six hexadecimal digits, e.g. #1B365D)");
    }
  }

  void read_page(pugi::xml_node n) {
    f_.check_children(n, {}, out_);
    f_.check_attributes(n, {"size"}, {"size"}, out_);
    if (const std::optional<PageSize> size = f_.read_enum<PageSize>(n, "size", out_)) t_.page = *size;
  }

  void read_report(pugi::xml_node n, std::set<ReportKind>& kinds) {
    f_.check_children(n, {"section"}, out_);
    f_.check_attributes(n, {"kind"}, {"kind"}, out_);
    const std::optional<ReportKind> choice = f_.read_enum<ReportKind>(n, "kind", out_);
    if (!choice) return;
    const ReportKind kind = *choice;
    if (!kinds.insert(kind).second) {
      f_.error(out_, n, "kind", std::string("the ") + to_string(kind) + " report's sections are listed twice");
      return;
    }
    std::vector<std::string> ids;
    const SectionSpec* previous = nullptr;
    for (pugi::xml_node s : n.children("section")) {
      f_.check_children(s, {}, out_);
      f_.check_attributes(s, {"id"}, {"id"}, out_);
      const std::string id = s.attribute("id").value();
      if (id.empty()) continue;
      const SectionSpec* spec = find_section(kind, id);
      if (spec == nullptr) {
        const std::vector<std::string_view> names = section_names(kind);
        f_.error(out_, s, "id",
                 "unknown section '" + id + "' in the " + to_string(kind) + " report" + did_you_mean(id, names) +
                     "; its sections are " + join(names, ", "));
        continue;
      }
      if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
        f_.error(out_, s, "id", "section '" + id + "' is listed twice");
        continue;
      }
      if (spec->role == SectionRole::cover && !ids.empty()) {
        f_.error(out_, s, "id", "the cover must be the first section");
      } else if (spec->role == SectionRole::contents && previous != nullptr &&
                 previous->role != SectionRole::cover) {
        f_.error(out_, s, "id", "the contents must come before the numbered sections and the appendices");
      } else if (spec->role == SectionRole::numbered && previous != nullptr &&
                 previous->role == SectionRole::appendix) {
        f_.error(out_, s, "id",
                 "section '" + id + "' must come before the appendices ('" + std::string(previous->id) + "')");
      }
      ids.push_back(id);
      previous = spec;
    }
    if (ids.empty() && n.child("section").empty()) {
      f_.error(out_, n, std::string("<report kind=\"") + to_string(kind) + "\"> lists no sections");
    }
    t_.sections[kind] = std::move(ids);
  }

  void read_strings(pugi::xml_node n) {
    f_.check_attributes(n, {}, {}, out_);
    f_.check_children(n, {"string"}, out_);
    std::set<std::string, std::less<>> seen;
    std::vector<std::string_view> known;
    for (const StringSpec& s : report_strings()) known.push_back(s.id);
    for (pugi::xml_node s : n.children("string")) {
      f_.check_attributes(s, {"id"}, {"id"}, out_);
      const std::string id = s.attribute("id").value();
      const std::string text = f_.text(s, out_);
      if (id.empty()) continue;
      if (id.rfind("phrase.", 0) == 0) {
        read_phrase_wording(s, id, text, seen);
        continue;
      }
      const StringSpec* spec = find_report_string(id);
      if (spec == nullptr) {
        f_.error(out_, s, "id", "unknown string id '" + id + "'" + did_you_mean(id, known) +
                                    "; templates/default/template.xml lists every string the reports use");
        continue;
      }
      if (!seen.insert(id).second) {
        f_.error(out_, s, "id", "string '" + id + "' is defined twice");
        continue;
      }
      check_placeholders(s, *spec, text);
      t_.strings[id] = collapse_whitespace(text);
    }
  }

  // "phrase.<key>": the template's wording of an engine phrase (model/phrase_text.h), optional
  // (the engine's English stands in); its placeholders are those of the English wording.
  void read_phrase_wording(pugi::xml_node s, const std::string& id, const std::string& text,
                           std::set<std::string, std::less<>>& seen) {
    const std::string key = id.substr(7);
    const std::string_view english = english_wording(key);
    if (english.empty()) {
      std::vector<std::string_view> keys;
      for (const PhraseWording& w : phrase_wordings()) keys.push_back(w.key);
      f_.error(out_, s, "id", "unknown phrase '" + key + "'" + did_you_mean(key, keys) +
                                  "; docs/translations.md lists the phrases the engine writes");
      return;
    }
    if (!seen.insert(id).second) {
      f_.error(out_, s, "id", "string '" + id + "' is defined twice");
      return;
    }
    const std::vector<std::string> offered = wording_placeholders(english);
    for (const std::string& name : wording_placeholders(text)) {
      if (std::find(offered.begin(), offered.end(), name) != offered.end()) continue;
      std::string list;
      for (const std::string& o : offered) list += (list.empty() ? "{" : ", {") + o + "}";
      const std::size_t at = text.find("{" + name);
      out_.push_back(Diagnostic{f_.source().location(f_.text_offset(s, at == std::string::npos ? 0 : at)),
                                "phrase '" + key + "' has no placeholder {" + name + "}; it offers " +
                                    (list.empty() ? std::string("none") : list)});
    }
    t_.strings[id] = collapse_whitespace(text);
  }

  void check_placeholders(pugi::xml_node s, const StringSpec& spec, const std::string& text) {
    for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
      const std::size_t close = text.find('}', open + 1);
      if (close == std::string::npos) break;
      const std::string name = text.substr(open + 1, close - open - 1);
      if (name.empty() || name.find_first_of(" {") != std::string::npos) continue;  // not a placeholder
      if (offers_placeholder(spec, name)) continue;
      std::string offered;
      for (const std::string& p : split_words(spec.placeholders)) offered += (offered.empty() ? "{" : ", {") + p + "}";
      out_.push_back(Diagnostic{f_.source().location(f_.text_offset(s, open)),
                                "string '" + std::string(spec.id) + "' has no placeholder {" + name + "}; it offers " +
                                    (offered.empty() ? std::string("none of its own") : offered) +
                                    " and every string offers {standard}, {edition}, {organisation}, {firm}"});
    }
  }

  // After this file is applied (over the template it extends, if any), everything the reports need
  // must be there.
  void check_complete(pugi::xml_node strings_node) {
    std::vector<std::string_view> missing;
    for (const StringSpec& s : report_strings()) {
      if (t_.strings.count(std::string(s.id)) == 0) missing.push_back(s.id);
    }
    for (std::size_t i = 0; i < missing.size() && i < kMaxMissingReported; ++i) {
      f_.error(out_, strings_node, "missing string '" + std::string(missing[i]) + "', which the reports use");
    }
    if (missing.size() > kMaxMissingReported) {
      f_.error(out_, strings_node,
               "… and " + std::to_string(missing.size() - kMaxMissingReported) +
                   " more missing strings; templates/default/template.xml defines them all (or write extends=\"default\")");
    }
  }

  const XmlFile& f_;
  Template& t_;
  bool extends_;
  bool base_failed_;
  Diagnostics& out_;
};

std::optional<Template> load_file(const Resolved& where, const std::string& templates_dir,
                                  std::vector<fs::path>& chain, Diagnostics& out,
                                  std::optional<SourceText> source = std::nullopt) {
  if (!source) source = SourceText::read(where.file.string(), kTemplateInput, out);
  if (!source) return std::nullopt;
  const std::size_t errors_before = out.size();
  std::optional<XmlFile> file = XmlFile::parse(std::move(*source), "template", kTemplateNamespace, out);
  if (!file) return std::nullopt;

  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(where.file, ec);
  chain.push_back(canonical);
  Template t;
  bool base_failed = false;
  const pugi::xml_node root = file->root();
  const pugi::xml_attribute extends = root.attribute("extends");
  if (extends) {
    const std::string base_name = extends.value();
    const Resolved base = resolve_template(base_name, templates_dir, canonical.parent_path());
    const fs::path base_canonical = fs::weakly_canonical(base.file, ec);
    base_failed = true;
    if (base_name.empty()) {
      // check_attributes does not see it: an empty extends is as good as none
      file->error(out, root, "extends", "extends names no template");
    } else if (!base.error.empty()) {
      file->error(out, root, "extends", base.error);
    } else if (std::find(chain.begin(), chain.end(), base_canonical) != chain.end()) {
      file->error(out, root, "extends", "template '" + base_name + "' extends itself (through " +
                                            std::to_string(chain.size()) + " files)");
    } else if (chain.size() >= kMaxExtends) {
      file->error(out, root, "extends", "templates extend each other more than " + std::to_string(kMaxExtends) + " deep");
    } else if (std::optional<Template> loaded = load_file(base, templates_dir, chain, out)) {
      t = std::move(*loaded);
      base_failed = false;
    } else {
      file->error(out, root, "extends", "the template '" + base_name + "' it extends cannot be used (see above)");
    }
  }
  t.name = where.name;
  t.folder = canonical.parent_path().string();
  t.folders.push_back(t.folder);
  TemplateReader(*file, t, static_cast<bool>(extends), base_failed, out).read();
  chain.pop_back();
  if (out.size() != errors_before) return std::nullopt;
  return t;
}

}  // namespace

std::optional<Template> load_template(const std::string& name_or_path, const std::string& templates_dir,
                                      Diagnostics& out) {
  const Resolved where = resolve_template(name_or_path, templates_dir, {});
  if (!where.error.empty()) {
    out.push_back(Diagnostic{{}, where.error});
    return std::nullopt;
  }
  std::vector<fs::path> chain;
  const std::size_t errors_before = out.size();
  std::optional<Template> t = load_file(where, templates_dir, chain, out);
  if (out.size() != errors_before) return std::nullopt;
  return t;
}

std::optional<Template> load_template_bytes(const std::string& file, std::string bytes,
                                            const std::string& templates_dir, Diagnostics& out) {
  Resolved where;
  where.file = fs::path(file);
  where.name = where.file.stem().string();
  std::vector<fs::path> chain;
  const std::size_t errors_before = out.size();
  std::optional<Template> t = load_file(where, templates_dir, chain, out, SourceText(file, std::move(bytes)));
  if (out.size() != errors_before) return std::nullopt;
  return t;
}

std::vector<std::string> bundled_templates(const std::string& templates_dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(templates_dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (is_template_name(name) && fs::is_regular_file(it->path() / "template.xml", ec)) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace iso20k::reports
