#pragma once
// The engine's phrases (model/phrase.h) in a report's language: the template's wording of each
// phrase ("phrase.<key>" strings, the engine's English where a template has none), titles from the
// report's checklist (translated when an overlay was applied), the template's dates and decimal
// separator. A finding's texts and a process's capability explanation are written with it.
#include <string>
#include <vector>

#include "iso20k/model/phrase_text.h"
#include "iso20k/reports/content/report_text.h"
#include "iso20k/score/findings.h"

namespace iso20k::reports {

class ReportWords : public ChecklistWords {
 public:
  ReportWords(const ReportText& text, const Checklist& checklist) : ChecklistWords(checklist), text_(&text) {}
  std::string wording(const std::string& key) const override;
  std::string date(Date d) const override;
  std::string number(double value) const override;
  std::string percent(double fraction) const override;
  std::string list(const std::vector<std::string>& items) const override;

 private:
  const ReportText* text_;
};

// A finding's texts in the report's language: from its phrases, or its English texts for results
// written before findings carried phrases.
FindingWords finding_words(const ReportInput& input, const ReportText& text, const Finding& f);

// An action's title in the report's language: a proposed action's is its finding's recommendation.
std::string action_title(const ReportInput& input, const ReportText& text, const PlannedAction& p);

}  // namespace iso20k::reports
