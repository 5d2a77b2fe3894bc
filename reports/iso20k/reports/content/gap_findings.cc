// The findings register: every consolidated finding in full — the requirement of the standard, what
// is not met, the objective evidence, the grade and why — majors first, with the recommendation and
// the action addressing it.
#include "iso20k/reports/content/finding_text.h"
#include "iso20k/reports/content/gap_sections.h"

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
  std::optional<Grade> grade;
  for (const Finding* f : by_grade(a)) {
    if (grade != f->grade) {
      grade = f->grade;
      c.out.heading(2, t("findings.group." + std::string(to_string(f->grade))));
    }
    add_finding(c.out, c.input, t, *f, t.recommends());
  }
}

}  // namespace iso20k::reports
