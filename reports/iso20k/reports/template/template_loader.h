#pragma once
// Reads and validates a report template (docs/templates.md). Strict, like the engine's loaders:
// every problem is reported at file:line:column, not just the first, and a template is returned
// only when there are none.
#include <optional>
#include <string>
#include <vector>

#include "iso20k/model/diagnostic.h"
#include "iso20k/reports/template/template.h"

namespace iso20k::reports {

inline constexpr const char* kTemplateNamespace = "urn:iso20k:template:1";

// `name_or_path` is either the name of a bundled template ("default", "default-de"), read from
// <templates_dir>/<name>/template.xml, or — when it contains a '/' or ends in ".xml" — the path of a
// template.xml file or of a folder holding one. `templates_dir` is DataPaths::templates(); it also
// resolves a template's extends="<name>". Returns nullopt, with the reasons appended to `out`,
// when the template cannot be used.
std::optional<Template> load_template(const std::string& name_or_path, const std::string& templates_dir,
                                      Diagnostics& out);

// The same for the text of a template.xml already in memory; `file` names it in diagnostics, and
// its folder is where the logo and relative extends are looked for.
std::optional<Template> load_template_bytes(const std::string& file, std::string bytes,
                                            const std::string& templates_dir, Diagnostics& out);

// The names of the bundled templates (folders of `templates_dir` holding a template.xml), sorted.
std::vector<std::string> bundled_templates(const std::string& templates_dir);

}  // namespace iso20k::reports
