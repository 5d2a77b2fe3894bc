#include "iso20k/pipeline/checklist_translation.h"

#include <filesystem>
#include <utility>

#include "iso20k/load/checklist/catalog.h"
#include "iso20k/load/checklist/translation_loader.h"

namespace iso20k {

namespace fs = std::filesystem;

std::vector<std::string> translation_candidates(const std::string& checklist_path,
                                                std::string_view language) {
  std::vector<std::string> out;
  if (checklist_path.empty() || language.empty()) return out;
  const fs::path file(checklist_path);
  const fs::path dir = file.parent_path();
  const std::string stem = file.stem().string();
  std::vector<std::string_view> tags{language};
  const std::size_t dash = language.find('-');
  if (dash != std::string_view::npos && dash > 0) tags.push_back(language.substr(0, dash));
  for (std::string_view tag : tags) {
    const std::string name = stem + "." + std::string(tag) + ".xml";
    out.push_back((dir / "translations" / name).string());
    out.push_back((dir / name).string());
  }
  return out;
}

TranslationOpen open_checklist_translation(const Checklist& checklist, std::string_view language) {
  TranslationOpen open;
  if (language.empty() || language == checklist.language) return open;
  for (const std::string& candidate : translation_candidates(checklist.path, language)) {
    std::error_code ec;
    // Anything there but a missing file is read, and the loader says what is wrong with it.
    if (fs::symlink_status(candidate, ec).type() == fs::file_type::not_found || ec) continue;
    open.path = candidate;
    ChecklistTranslationLoadOptions options;
    options.checklist = &checklist;
    // The overlay's language is the tag its file name carries ("de" for a "de-CH" lookup that
    // fell back to NAME.de.xml).
    const std::string name = fs::path(candidate).stem().string();  // NAME.LANG
    options.language = name.substr(name.rfind('.') + 1);
    ChecklistTranslationLoad load = load_checklist_translation(candidate, options);
    open.translation = std::move(load.translation);
    open.diagnostics = std::move(load.diagnostics);
    open.warnings = std::move(load.warnings);
    return open;
  }
  return open;
}

ChecklistInLanguage checklist_in_language(const Checklist& checklist, std::string_view language) {
  ChecklistInLanguage out{checklist, {}, open_checklist_translation(checklist, language)};
  if (out.open.translation) {
    TranslatedChecklist t = apply_translation(checklist, *out.open.translation);
    out.checklist = std::move(t.checklist);
    out.untranslated = std::move(t.untranslated);
  }
  return out;
}

TranslationFileName parse_translation_file_name(const std::string& overlay_path) {
  TranslationFileName out;
  const fs::path file(overlay_path);
  if (file.extension() != ".xml") return out;
  const std::string name = file.stem().string();  // NAME.LANG
  const std::size_t dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0 || !is_language_tag(name.substr(dot + 1))) return out;
  out.language = name.substr(dot + 1);
  const std::string checklist = name.substr(0, dot) + ".xml";
  fs::path dir = file.parent_path();
  std::vector<fs::path> candidates;
  if (dir.filename() == "translations") candidates.push_back(dir.parent_path() / checklist);
  candidates.push_back(dir / checklist);
  for (const fs::path& c : candidates) {
    std::error_code ec;
    if (fs::is_regular_file(c, ec)) {
      out.checklist_path = c.string();
      break;
    }
  }
  return out;
}

TranslationCheck check_checklist_translation(const Library& library, const std::string& path) {
  TranslationCheck out;
  ChecklistTranslationLoadOptions options;
  const TranslationFileName name = parse_translation_file_name(path);
  // The checklist: the file the overlay's name pairs it with, else the library's by id.
  std::string id_or_path = name.checklist_path;
  if (id_or_path.empty()) {
    const ChecklistTranslationLoad alone = load_checklist_translation(path);
    if (!alone.translation) {
      out.diagnostics = alone.diagnostics;
      return out;
    }
    id_or_path = alone.translation->checklist;
  } else {
    options.language = name.language;
  }
  ChecklistLoad cl = load_from_catalog(library.catalog, id_or_path, library.registries);
  if (!cl.checklist) {
    // The overlay's own problems, then why its checklist cannot be had.
    ChecklistTranslationLoad alone = load_checklist_translation(path);
    out.diagnostics = std::move(alone.diagnostics);
    for (Diagnostic d : cl.diagnostics) {
      if (d.where.file.empty() && alone.translation) d.where = alone.translation->checklist_where;
      out.diagnostics.push_back(std::move(d));
    }
    return out;
  }
  out.checklist = std::move(cl.checklist);
  options.checklist = &*out.checklist;
  ChecklistTranslationLoad load = load_checklist_translation(path, options);
  out.diagnostics = std::move(load.diagnostics);
  out.warnings = std::move(load.warnings);
  if (load.translation) {
    out.untranslated = apply_translation(*out.checklist, *load.translation).untranslated;
    out.translation = std::move(load.translation);
  }
  return out;
}

}  // namespace iso20k
