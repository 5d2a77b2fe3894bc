#include "iso20k/reports/content/report_frame.h"

#include <algorithm>

#include "iso20k/format/text.h"
#include "iso20k/reports/content/report_style.h"

namespace iso20k::reports {

layout::Metadata report_metadata(const ReportInput& input, const ReportText& text, const std::string& title) {
  layout::Metadata m;
  m.title = title;
  m.author = assessed_by(text.tmpl(), input.workspace.profile);
  m.subject = text("meta.subject");
  m.keywords = text("meta.keywords");
  m.creator = "iso20k";
  m.creation_date = std::chrono::sys_days{std::chrono::days{input.assessment.as_of.days}};
  return m;
}

layout::Cover report_cover(const ReportInput& input, const ReportText& text, const std::string& title,
                           const std::string& subtitle) {
  const Template& tmpl = text.tmpl();
  const Assessment& a = input.assessment;
  layout::Cover cover;
  cover.title = title;
  cover.subtitle = subtitle;
  cover.organisation = a.organisation.empty() ? input.workspace.profile.organisation : a.organisation;
  cover.date = text.date(a.as_of);
  cover.prepared_by = assessed_by(tmpl, input.workspace.profile);
  cover.prepared_by_label = text("cover.prepared-by");
  cover.classification = tmpl.branding.confidentiality;
  if (shows_template_logo(tmpl, input.workspace.profile)) cover.logo = tmpl.branding.logo;
  const std::string version = a.checklist_version.empty() ? input.checklist.version : a.checklist_version;
  cover.details.push_back({text("cover.checklist"), text("cover.checklist-value", {{"version", version}})});
  const std::string assessors = join(input.workspace.profile.assessors, "; ");
  if (!assessors.empty()) cover.details.push_back({text("cover.assessors"), assessors});
  cover.badge = text.verdict(a.verdict);
  cover.badge_color = verdict_color(a.verdict);
  return cover;
}

layout::PageDecoration report_decoration(const ReportText& text, const std::string& title) {
  layout::PageDecoration d;
  d.header_left = text.firm();
  d.header_right = title;
  d.footer_left = text.tmpl().branding.confidentiality;
  d.footer_center = text("footer.center");
  d.page_number_format = text("label.page-of");
  d.number_plain_pages = true;  // "Page 1 of N" on the cover too: nothing can go missing unnoticed
  return d;
}

std::string SectionNumbers::heading(const SectionSpec& spec) {
  const std::string title = text_->tmpl().text("section." + std::string(spec.id));
  if (spec.role == SectionRole::appendix) {
    const std::string letter(1, static_cast<char>('A' + appendices_++ % 26));
    return (*text_)("heading.appendix", {{"letter", letter}, {"title", title}});
  }
  return (*text_)("heading.numbered", {{"number", std::to_string(++numbered_)}, {"title", title}});
}

std::string SectionNumbers::appendix_letter(const std::vector<std::string>& order, ReportKind kind,
                                            const std::string& id) {
  int n = 0;
  for (const std::string& s : order) {
    const SectionSpec* spec = find_section(kind, s);
    if (spec == nullptr || spec->role != SectionRole::appendix) continue;
    if (s == id) return std::string(1, static_cast<char>('A' + n % 26));
    ++n;
  }
  return {};
}

std::vector<std::string> section_order(const Template& tmpl, ReportKind kind, bool annex) {
  const auto it = tmpl.sections.find(kind);
  std::vector<std::string> order = it == tmpl.sections.end() ? std::vector<std::string>{} : it->second;
  if (!annex) return order;
  for (const SectionSpec& spec : report_sections(kind)) {
    if (spec.role != SectionRole::appendix) continue;
    if (std::find(order.begin(), order.end(), spec.id) == order.end()) order.emplace_back(spec.id);
  }
  return order;
}

std::vector<Section> build_sections(ReportKind kind, const std::vector<std::string>& order, SectionNumbers& numbers,
                                    const std::function<void(const std::string& id, Blocks& out)>& body) {
  std::vector<Section> sections;
  for (const std::string& id : order) {
    const SectionSpec* spec = find_section(kind, id);
    if (spec == nullptr) continue;
    Section section{id, spec->role, {}, {}};
    if (spec->role == SectionRole::numbered || spec->role == SectionRole::appendix) {
      section.heading = numbers.heading(*spec);
      Blocks out;
      body(id, out);
      section.blocks = out.take();
    }
    sections.push_back(std::move(section));
  }
  return sections;
}

}  // namespace iso20k::reports
