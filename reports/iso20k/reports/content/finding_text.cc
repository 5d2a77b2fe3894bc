#include "iso20k/reports/content/finding_text.h"

#include <algorithm>

#include "iso20k/format/text.h"
#include "iso20k/reports/content/report_charts.h"
#include "iso20k/reports/content/report_words.h"

namespace iso20k::reports {

std::string finding_heading(const ReportInput& input, const ReportText& text, const Finding& f) {
  return text("finding.heading", {{"id", f.id},
                                  {"grade", text.grade_long(f.grade)},
                                  {"clause", clause_label(input.checklist, f.clause)}});
}

std::string finding_requirement(const ReportInput& input, const ReportText& text, const Finding& f) {
  std::vector<std::string> own;
  std::vector<std::string> elsewhere;
  for (const std::string& id : f.requirements) {
    const Requirement* r = input.checklist.find_requirement(id);
    (r == nullptr || r->clause == f.clause ? own : elsewhere).push_back(id);
  }
  const std::string clause = clause_label(input.checklist, f.clause);
  std::string s = text(f.basis == Provenance::good_practice ? "finding.practice" : "finding.requirement",
                       {{"clause", clause}, {"requirements", text.list(own)}});
  if (!elsewhere.empty()) s += " " + text("finding.also", {{"requirements", text.list(elsewhere)}});
  return s;
}

void add_finding(Blocks& out, const ReportInput& input, const ReportText& text, const Finding& f, bool recommend) {
  out.heading(3, finding_heading(input, text, f));
  out.paragraph(text(f.grade == Grade::ofi ? "finding.area-label" : "finding.requirement-label",
                     {{"text", finding_requirement(input, text, f)}}));
  const FindingWords words = finding_words(input, text, f);
  out.paragraph(text(f.grade == Grade::ofi ? "finding.observation-label" : "finding.nonconformity-label",
                     {{"text", words.nonconformity}}));
  if (!words.objective_evidence.empty()) {
    out.paragraph(text("finding.evidence-label", {{"text", words.objective_evidence}}), TextRole::small);
  }
  out.paragraph(text("finding.grade-label", {{"grade", text.grade_long(f.grade)},
                                             {"reasons", join(words.grade_reasons, "; ")}}));
  if (!recommend) return;
  std::string action;
  if (!f.action.empty()) {
    const auto p = std::find_if(input.assessment.plan.begin(), input.assessment.plan.end(),
                                [&](const PlannedAction& x) { return x.id == f.action; });
    if (p != input.assessment.plan.end() && p->overdue && p->due) {
      action = text("finding.action-overdue", {{"action", p->id},
                                               {"owner", p->owner.empty() ? text("plan.unassigned") : p->owner},
                                               {"due", text.short_date(*p->due)}});
    } else if (p != input.assessment.plan.end() && !p->owner.empty() && p->due) {
      action = text("finding.action-owned", {{"action", p->id}, {"owner", p->owner}, {"due", text.short_date(*p->due)}});
    } else {
      action = text("finding.action", {{"action", f.action}});
    }
  }
  out.paragraph(text("finding.recommendation-label", {{"text", words.recommendation}, {"action", action}}));
}

std::vector<const Finding*> by_grade(const Assessment& a) {
  std::vector<const Finding*> all;
  for (const Finding& f : a.findings) all.push_back(&f);
  std::stable_sort(all.begin(), all.end(), [](const Finding* x, const Finding* y) { return x->grade < y->grade; });
  return all;
}

}  // namespace iso20k::reports
