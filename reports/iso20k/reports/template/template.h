#pragma once
// A report template as plain data (docs/templates.md): branding, page size, which sections each
// report kind shows and in which order, and every fixed text of the reports in a string table.
// Loaded from templates/<name>/template.xml by template_loader.h.
#include <map>
#include <string>
#include <vector>

#include "iso20k/model/diagnostic.h"
#include "iso20k/util/enum_names.h"

namespace iso20k::reports {

struct Rgb {
  double r = 0, g = 0, b = 0;  // 0–1
};

struct Branding {
  std::string firm;             // the firm whose template it is; empty: none (the profile names who assessed)
  std::string confidentiality;  // "Confidential — prepared for …"
  std::string logo;             // absolute path of a PNG or JPEG inside the template folder, or empty
  Rgb primary{0.043, 0.235, 0.365};
  Rgb accent{0.0, 0.447, 0.698};
  Rgb text{0.13, 0.13, 0.13};
};

enum class PageSize { a4, letter };
constexpr auto enum_table(PageSize) {
  return std::to_array<EnumName<PageSize>>({{PageSize::a4, "A4"}, {PageSize::letter, "Letter"}});
}

enum class ReportKind { gap, readiness };
constexpr auto enum_table(ReportKind) {
  return std::to_array<EnumName<ReportKind>>({{ReportKind::gap, "gap"}, {ReportKind::readiness, "readiness"}});
}

// Who the reports are written for. A consultancy writes for its client and recommends; a
// certification body must not (ISO/IEC 17021-1: no consultancy), so its reports state findings only.
enum class Audience { client, certification_body };
constexpr auto enum_table(Audience) {
  return std::to_array<EnumName<Audience>>(
      {{Audience::client, "client"}, {Audience::certification_body, "certification-body"}});
}

struct Template {
  std::string name;      // folder name or file stem
  std::string folder;    // absolute folder of template.xml (logo paths are confined to it)
  std::vector<std::string> folders;  // every folder a template.xml was read from: this and those it extends
  std::string language;  // BCP 47: "en", "de"
  Branding branding;
  Audience audience = Audience::client;
  PageSize page = PageSize::a4;
  std::map<ReportKind, std::vector<std::string>> sections;  // section ids in order
  std::map<std::string, std::string> strings;               // string id → text

  // The text for `id`; throws std::out_of_range naming the id when the table lacks it (the
  // loader checks every id the reports use, so this only fires on a programming error).
  const std::string& text(const std::string& id) const;
  // text(id) with "{name}" placeholders replaced from `values`.
  std::string format(const std::string& id, const std::map<std::string, std::string>& values) const;
};

}  // namespace iso20k::reports
