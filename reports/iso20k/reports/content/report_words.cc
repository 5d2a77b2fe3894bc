#include "iso20k/reports/content/report_words.h"

#include "iso20k/format/number_text.h"

namespace iso20k::reports {

std::string ReportWords::wording(const std::string& key) const {
  const auto it = text_->tmpl().strings.find("phrase." + key);
  return it != text_->tmpl().strings.end() ? it->second : std::string(english_wording(key));
}

std::string ReportWords::date(Date d) const { return text_->short_date(d); }

std::string ReportWords::number(double value) const {
  return with_decimal_separator(shortest_text(value), text_->tmpl().text("format.decimal-separator"));
}

std::string ReportWords::percent(double fraction) const { return text_->percent(fraction, 0); }

std::string ReportWords::list(const std::vector<std::string>& items) const { return list_text(items, *this); }

FindingWords finding_words(const ReportInput& input, const ReportText& text, const Finding& f) {
  if (f.phrases.nonconformity.empty()) {
    return FindingWords{f.nonconformity, f.objective_evidence, f.grade_reasons, f.recommendation};
  }
  return iso20k::finding_words(f.phrases, ReportWords(text, input.checklist));
}

std::string action_title(const ReportInput& input, const ReportText& text, const PlannedAction& p) {
  if (!p.proposed || p.findings.size() != 1) return p.title;
  for (const Finding& f : input.assessment.findings) {
    if (f.id == p.findings.front()) return finding_words(input, text, f).recommendation;
  }
  return p.title;
}

}  // namespace iso20k::reports
