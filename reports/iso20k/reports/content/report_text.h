#pragma once
// The words and numbers of a report in the template's language: strings from the template's table
// with the placeholders every string offers ({standard}, {edition}, {organisation}, {firm}) filled
// in, dates ("14 March 2026"), percentages and the names of results, grades, statuses and verdicts.
#include <map>
#include <string>
#include <vector>

#include "iso20k/model/assessment.h"
#include "iso20k/reports/report_input.h"
#include "iso20k/reports/template/template.h"

namespace iso20k::reports {

// Who the reports name as having assessed: the profile's assessing organisation, else the template's
// firm, else the assessors themselves — never a firm that is not in the inputs.
std::string assessed_by(const Template& tmpl, const Profile& profile);
// Whether the template's logo belongs on the reports: only when the template's firm is the one
// named (a template's logo never stands beside another firm's name).
bool shows_template_logo(const Template& tmpl, const Profile& profile);

class ReportText {
 public:
  ReportText(const Template& tmpl, const ReportInput& input);

  const Template& tmpl() const { return *tmpl_; }
  // Who assessed, as the reports name them (assessed_by): the {firm} of every string.
  const std::string& firm() const { return common_.at("firm"); }
  // Whether findings carry recommendations: not in a certification body's reports.
  bool recommends() const { return tmpl_->audience != Audience::certification_body; }
  // The string `id` with the common placeholders and `values` filled in.
  std::string operator()(const std::string& id, const std::map<std::string, std::string>& values = {}) const;

  std::string date(Date d) const;                         // per date.format and month.N
  std::string short_date(Date d) const;                   // per date.short-format and month.short.N
  // rounded_text (number_text.h) with the template's decimal separator: never the C locale's.
  std::string number(double value, int decimals) const;
  std::string percent(double fraction, int decimals = 0) const;  // 0.725 → "73%" / "72.5 %"
  std::string weight(double w) const;                     // 2, 1.5, 0.75: no trailing zeros

  std::string result(Result r) const;
  std::string grade(Grade g) const;       // "Major"
  std::string grade_long(Grade g) const;  // "Major nonconformity"
  std::string status(ActionStatus s) const;
  std::string basis(Basis b) const;
  std::string model(ScoringModel m) const;       // "weighted"
  std::string model_text(ScoringModel m) const;  // how the model scores
  std::string verdict(Verdict v) const;
  std::string verdict_explanation(Verdict v) const;
  std::string party_kind(PartyKind k) const;
  std::string evidence_status(EvidenceStatus s) const;

  // "a, b, c" (and the template's "none" text for an empty list).
  std::string list(const std::vector<std::string>& items) const;

 private:
  // `d` by the string `format` with the month's name from the strings `month_prefix`1 … 12.
  std::string date_as(Date d, const std::string& format, const std::string& month_prefix) const;

  const Template* tmpl_;
  std::map<std::string, std::string> common_;
};

}  // namespace iso20k::reports
