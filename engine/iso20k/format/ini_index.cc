#include "iso20k/format/ini_index.h"

#include <algorithm>

namespace iso20k::ws {
namespace {

// std::isspace in the "C" locale, which PropertyTree's trim uses.
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// [begin, end) of `t` without surrounding white space.
std::pair<std::size_t, std::size_t> trimmed(std::string_view t, std::size_t begin, std::size_t end) {
  while (begin < end && is_space(t[begin])) ++begin;
  while (end > begin && is_space(t[end - 1])) --end;
  return {begin, end};
}

}  // namespace

IniIndex index_ini(std::string_view t) {
  IniIndex index;
  std::size_t pos = t.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  // PropertyTree's view: top-level keys and the sections it keeps, by name, in order.
  std::vector<std::string> kept;
  IniSection* current = nullptr;  // into index.sections; re-pointed after every push_back
  auto fail = [&](std::size_t at, std::string message) {
    index.syntax_error = IniProblem{at, std::move(message)};
  };
  auto drop_if_empty = [&] {
    if (current && current->entries.empty()) {
      index.warnings.push_back({current->offset, "section [" + current->name +
                                                     "] has no keys; remove it or fill it in"});
      kept.pop_back();
    }
  };
  while (pos <= t.size()) {
    std::size_t nl = t.find('\n', pos);
    if (nl == std::string_view::npos) nl = t.size();
    const auto [b, e] = trimmed(t, pos, nl);
    pos = nl + 1;
    if (b == e || t[b] == ';' || t[b] == '#') {
      if (nl == t.size()) break;
      continue;
    }
    if (t[b] == '[') {
      const std::size_t close = t.find(']', b);
      if (close == std::string_view::npos || close >= e) {
        fail(b, "a section header needs a closing ']'");
        return index;
      }
      drop_if_empty();
      const auto [nb, ne] = trimmed(t, b + 1, close);
      IniSection s;
      s.name = std::string(t.substr(nb, ne - nb));
      s.offset = b;
      s.name_offset = nb;
      if (std::find(kept.begin(), kept.end(), s.name) != kept.end()) {
        fail(nb, "the section [" + s.name + "] appears twice");
        return index;
      }
      if (close + 1 < e) {
        index.warnings.push_back({close + 1 + (trimmed(t, close + 1, e).first - (close + 1)),
                                  "unexpected text after the section header [" + s.name + "]"});
      }
      kept.push_back(s.name);
      index.sections.push_back(std::move(s));
      current = &index.sections.back();
    } else {
      const std::size_t eq = t.find('=', b);
      if (eq == std::string_view::npos || eq >= e) {
        fail(b, "expected 'key = value', a [section] header or a comment line (; or #)");
        return index;
      }
      if (eq == b) {
        fail(b, "a key is missing before '='");
        return index;
      }
      const auto [kb, ke] = trimmed(t, b, eq);
      const auto [vb, ve] = trimmed(t, eq + 1, e);
      IniEntry entry;
      entry.key = std::string(t.substr(kb, ke - kb));
      entry.value = std::string(t.substr(vb, ve - vb));
      entry.key_offset = kb;
      entry.value_offset = vb;
      std::vector<IniEntry>& container = current ? current->entries : index.top;
      const bool repeated =
          std::any_of(container.begin(), container.end(),
                      [&](const IniEntry& x) { return x.key == entry.key; }) ||
          (!current && std::find(kept.begin(), kept.end(), entry.key) != kept.end());
      if (repeated) {
        fail(kb, "the key '" + entry.key + "' appears twice in " +
                     (current ? "section [" + current->name + "]" : std::string("the file")));
        return index;
      }
      if (!current) kept.push_back(entry.key);
      container.push_back(std::move(entry));
    }
    if (nl == t.size()) break;
  }
  drop_if_empty();
  return index;
}

}  // namespace iso20k::ws
