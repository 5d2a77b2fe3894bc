// The findings register: every finding with its statement verbatim (requirement, nonconformity,
// objective evidence, grade), why it got its grade, the recommendation and the action addressing it.
#include "iso20k/reports/content/gap_sections.h"
#include "iso20k/reports/content/report_style.h"

namespace iso20k::reports {

void add_findings_register(GapContext& c) {
  const Assessment& a = c.input.assessment;
  const ReportText& t = c.text;
  c.out.paragraph(t("findings.intro"));
  if (a.findings.empty()) {
    c.out.paragraph(t("findings.none"));
    return;
  }
  const auto count = [&](Grade g) { return std::to_string(a.finding_counts[static_cast<std::size_t>(g)]); };
  c.out.paragraph(t("findings.counts", {{"total", std::to_string(a.findings.size())},
                                         {"major", count(Grade::major)},
                                         {"minor", count(Grade::minor)},
                                         {"ofi", count(Grade::ofi)}}));
  // Each finding under its own heading, its statement in paragraphs that may run across a page
  // break: a consolidated finding can be longer than a page.
  for (const Finding& f : a.findings) {
    c.out.heading(3, f.id + " · " + t.grade_long(f.grade) + " · " + t("findings.clause", {{"clause", f.clause}}));
    std::size_t start = 0;
    while (start < f.statement.size()) {
      std::size_t end = f.statement.find('\n', start);
      if (end == std::string::npos) end = f.statement.size();
      if (end > start) c.out.paragraph(f.statement.substr(start, end - start));
      start = end + 1;
    }
    std::string right = t("col.recommendation") + ": " + f.recommendation;
    if (!f.action.empty()) right += " " + t("findings.action", {{"action", f.action}});
    c.out.paragraph(right);
  }
}

}  // namespace iso20k::reports
